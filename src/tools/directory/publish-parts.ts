import { createHash } from 'node:crypto';
import type { Directory } from '../../domain/directory/schema';
import type { LanguageCode } from '../../domain/directory/text';
import { splitDirectory } from '../../domain/publication/parts';
import { PARTS_FORMAT, partPath, type PartRef, type PartsManifest } from '../../domain/sync/parts-manifest';

/**
 * The directory published in parts (see src/domain/publication/parts.ts): every part is a file named
 * by its SHA-256 (data/parts/<sha256>.json, immutable), listed in data/directory-parts.json (no-cache).
 * Equal parts (e.g. the empty text part of a bucket without translations) are one file.
 */

interface PartFile {
  /** Below the data folder, e.g. "parts/<sha256>.json". */
  path: string;
  body: string;
}

export interface PublishedParts {
  files: PartFile[];
  manifest: PartsManifest;
  manifestJson: string;
  /** Bytes of the shared parts, and of each language's parts: what a phone downloads per language. */
  sharedBytes: number;
  languageBytes: Partial<Record<LanguageCode, number>>;
}

export function publishParts(directory: Directory, counts: PartsManifest['counts']): PublishedParts {
  const split = splitDirectory(directory);
  const files = new Map<string, PartFile>();
  const add = (value: unknown): PartRef => {
    const body = JSON.stringify(value);
    const sha256 = createHash('sha256').update(body, 'utf8').digest('hex');
    files.set(sha256, { path: partPath(sha256), body });
    return { sha256, bytes: Buffer.byteLength(body, 'utf8') };
  };
  const sum = (refs: PartRef[]) => refs.reduce((n, ref) => n + ref.bytes, 0);
  const shared = split.shared.map(add);
  const texts: Partial<Record<LanguageCode, PartRef[]>> = {};
  const languageBytes: Partial<Record<LanguageCode, number>> = {};
  // In the order of the dataset's languages, then any other language a text carries.
  const order = [...new Set([...directory.meta.languages, ...split.texts.keys()])];
  for (const language of order) {
    const parts = split.texts.get(language);
    if (!parts) continue;
    const refs = parts.map(add);
    texts[language] = refs;
    languageBytes[language] = sum(refs);
  }
  const manifest: PartsManifest = {
    format: PARTS_FORMAT,
    version: directory.meta.version,
    ...(directory.meta.generatedAt !== undefined ? { generatedAt: directory.meta.generatedAt } : {}),
    ...(counts !== undefined ? { counts } : {}),
    shared,
    texts,
  };
  return {
    files: [...files.values()],
    manifest,
    manifestJson: `${JSON.stringify(manifest)}\n`,
    sharedBytes: sum(shared),
    languageBytes,
  };
}

/** The languages other than German, largest first, with the bytes of their parts. */
export function largestLanguages(parts: PublishedParts): [LanguageCode, number][] {
  return (Object.entries(parts.languageBytes) as [LanguageCode, number][]).sort((a, b) => b[1] - a[1]);
}

/** What a phone with German and the two largest other languages stores (the build's size check). */
export function largestDownload(parts: PublishedParts): number {
  const [first, second] = largestLanguages(parts);
  return parts.sharedBytes + (first?.[1] ?? 0) + (second?.[1] ?? 0);
}
