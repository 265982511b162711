import * as v from 'valibot';
import { LANGUAGE_CODES, type LanguageCode } from '../directory/text';
import { MAX_DIRECTORY_BYTES } from './manifest';

/**
 * The manifest of the directory in parts (data/directory-parts.json, `no-cache`): the version and,
 * for every part, its SHA-256 and size. Parts live at data/parts/<sha256>.json (immutable: a changed
 * part gets a new name). `shared[0]` is the head, the rest the buckets (see parts.ts); `texts` has,
 * per language other than German, one part per shared part, in the same order. Written by the build
 * (src/tools/directory/publish.ts), checked here before the phone fetches anything.
 */

export const PARTS_MANIFEST_FILE = 'directory-parts.json';
const PARTS_DIR = 'parts';
export const PARTS_FORMAT = 2;
/** Head plus at most this many buckets (parts.ts caps them at 32; room for a later larger cap). */
const MAX_PARTS = 257;

const PartRefSchema = v.object({
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  bytes: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_DIRECTORY_BYTES)),
});
export type PartRef = v.InferOutput<typeof PartRefSchema>;

const PartListSchema = v.pipe(v.array(PartRefSchema), v.minLength(2), v.maxLength(MAX_PARTS));

const PartsManifestSchema = v.object({
  format: v.literal(PARTS_FORMAT),
  version: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
  generatedAt: v.optional(v.string()),
  shared: PartListSchema,
  texts: v.record(v.picklist(LANGUAGE_CODES.filter((code) => code !== 'de')), PartListSchema),
  counts: v.optional(v.object({ organizations: v.number(), services: v.number(), locations: v.number() })),
});
export type PartsManifest = Omit<v.InferOutput<typeof PartsManifestSchema>, 'texts'> & {
  texts: Partial<Record<LanguageCode, PartRef[]>>;
};

export type PartsManifestResult = { ok: true; manifest: PartsManifest } | { ok: false; problem: string };

/** The URL path of a part below the data folder. */
export const partPath = (sha256: string) => `${PARTS_DIR}/${sha256}.json`;

/** Checks the manifest's text; a broken one is a failed check, never a crash. */
export function parsePartsManifest(text: string): PartsManifestResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const result = v.safeParse(PartsManifestSchema, json);
  if (!result.success) {
    const first = result.issues[0];
    const where = first?.path?.map((p) => String((p as { key?: unknown }).key)).join('.') ?? '';
    return { ok: false, problem: where === '' ? 'shape' : `field ${where}` };
  }
  const manifest = result.output as PartsManifest;
  for (const parts of Object.values(manifest.texts)) {
    if (parts.length !== manifest.shared.length) return { ok: false, problem: 'texts not aligned with shared' };
  }
  return { ok: true, manifest };
}

/** The languages a phone should hold: German (always in the shared parts) and the wanted ones that are published. */
export function languagesToHold(manifest: PartsManifest, wanted: Iterable<string>): LanguageCode[] {
  const out = new Set<LanguageCode>();
  for (const language of wanted) {
    if (language !== 'de' && Object.hasOwn(manifest.texts, language)) out.add(language as LanguageCode);
  }
  return [...out].sort();
}

/** Every part those languages need: the shared parts first, then each language's, without repeats (equal parts share a hash). */
export function partsFor(manifest: PartsManifest, languages: readonly LanguageCode[]): PartRef[] {
  const seen = new Map<string, PartRef>();
  for (const part of manifest.shared) seen.set(part.sha256, part);
  for (const language of languages) for (const part of manifest.texts[language] ?? []) seen.set(part.sha256, part);
  return [...seen.values()];
}
