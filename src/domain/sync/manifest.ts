/**
 * The largest directory a phone downloads: 16 MB of JSON (about 5,600 services at today's 2.8 KB per
 * service). Set from measurements (`npm run perf -- --services N`, README "A whole Kreis on a phone"):
 * the results page holds the directory in memory, about 1.7 bytes of JS heap per byte of JSON plus
 * 2 MB, so 16 MB keeps the page within 30 MB of heap, and the first result card within the times
 * measured at 5,000 services. A parts manifest announcing more (the shared parts and the languages
 * wanted) is refused before anything is downloaded (parts-sync.ts), so a broken or hostile publication
 * cannot fill an old phone's memory and data plan; the build refuses to publish such a directory in
 * the first place.
 */
export const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
