import * as v from 'valibot';

/**
 * The small file the app checks first: /data/directory-manifest.json, written by the build next
 * to directory.json. Only what sync relies on is checked; extra fields (gzip sizes …) are allowed
 * so the build can add more without breaking phones that are already out there.
 */
/**
 * The largest directory a phone downloads: 16 MB of JSON (about 5,600 services at today's 2.8 KB per
 * service). Set from measurements (`npm run perf -- --services N`, README "A whole Kreis on a phone"):
 * the results page holds the directory in memory, about 1.7 bytes of JS heap per byte of JSON plus
 * 2 MB, so 16 MB keeps the page within 30 MB of heap, and the first result card within the times
 * measured at 5,000 services. A manifest announcing more is refused before anything is downloaded, so
 * a broken or hostile publication cannot fill an old phone's memory and data plan; the build refuses
 * to publish such a directory in the first place.
 */
export const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

const ManifestSchema = v.object({
  version: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(2)),
  generatedAt: v.optional(v.string()),
  counts: v.optional(
    v.object({
      organizations: v.number(),
      services: v.number(),
      locations: v.number(),
    }),
  ),
});

type Manifest = v.InferOutput<typeof ManifestSchema>;

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; problem: string };

/** Parses the manifest's text; a broken manifest is a failed check, never a crash. */
export function parseManifest(text: string): ManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const result = v.safeParse(ManifestSchema, json);
  if (!result.success) {
    const first = result.issues[0];
    const where = first?.path?.map((p) => String((p as { key?: unknown }).key)).join('.') ?? '';
    return { ok: false, problem: where === '' ? 'shape' : `field ${where}` };
  }
  if (result.output.bytes > MAX_DIRECTORY_BYTES) return { ok: false, problem: 'too-large' };
  return { ok: true, manifest: { ...result.output, sha256: result.output.sha256.toLowerCase() } };
}
