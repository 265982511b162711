/**
 * The most of the directory a phone stores: 16 MB of JSON in parts (the shared parts, i.e. German and
 * everything without a language, plus the languages it keeps). Set from measurements (`npm run bench`,
 * phone-holding.bench.ts; README "A whole Kreis on a phone"): the screens that still read the whole
 * stored directory (Merkliste, visit mode, the youth office's emergency duty, the timeline) hold about
 * 1.3 bytes of JS heap per stored byte, so 16 MB keeps such a page near 25 MB of heap, within 30 MB.
 * The build refuses a publication whose shared parts plus two largest languages are over it; a phone
 * over it drops the languages it holds but does not show now, and refuses (before any download) only
 * when German and the languages shown alone are over it (parts-sync.ts), so a broken or hostile
 * publication cannot fill an old phone's memory and data plan.
 */
export const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;
