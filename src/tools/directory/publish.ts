import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseDirectory, type Directory, type SourceDirectory } from '../../domain/directory/schema';
import { MAX_DIRECTORY_BYTES } from '../../domain/sync/manifest';
import { PARTS_MANIFEST_FILE } from '../../domain/sync/parts-manifest';
import { largestLanguages, publishParts, type PublishedParts } from './publish-parts';
import { formatSize } from './report';

/**
 * Publishing: the validated source becomes the directory in parts (publish-parts.ts: a manifest
 * plus content-addressed parts per language, what the phone syncs) and, for app versions released
 * before the parts, the whole directory as one compact directory.json with its manifest. Pure apart
 * from hashing and compression (publishDirectory); writing is a thin wrapper (writePublished) that
 * never leaves half a file behind.
 */

export const DIRECTORY_FILE = 'directory.json';
export const MANIFEST_FILE = 'directory-manifest.json';

/**
 * The largest whole directory.json that app versions released before the parts accept (their own
 * MAX_DIRECTORY_BYTES was 25 MB). A larger whole file is left out of the publication: those versions
 * then find no manifest (a server error to them, tried again later) and keep the directory they hold.
 */
const LEGACY_DIRECTORY_BYTES = 25 * 1024 * 1024;

export interface Manifest {
  version: string;
  generatedAt: string;
  sha256: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
  counts: { organizations: number; services: number; locations: number };
  bytesPerService: number;
}

export interface Published {
  directory: Directory;
  /** The whole directory in one file, for app versions released before the parts (published one release longer). */
  json: string;
  manifest: Manifest;
  manifestJson: string;
  parts: PublishedParts;
  /**
   * False when the whole file is larger than older app versions accept (LEGACY_DIRECTORY_BYTES):
   * directory.json and its manifest are then not written; `warnings` says so.
   */
  legacy: boolean;
  /** Notes for the editors, in German (the build prints them; nothing is refused for them). */
  warnings: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** "2025-01-31T12:00:00.000Z" → "20250131T120000Z" (sorts, and is safe in file names and URLs). */
export function compactTimestamp(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
}

/** Build time; honours SOURCE_DATE_EPOCH for reproducible builds. */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/** The source cannot be published (e.g. the guide's questions are missing). */
export class PublishError extends Error {}

/**
 * `maxBytes`: what a phone stores (MAX_DIRECTORY_BYTES: the shared parts, German and two more
 * languages); `legacyMaxBytes`: the whole file older app versions accept. Both smaller in tests.
 */
export function publishDirectory(
  source: SourceDirectory,
  now: Date,
  maxBytes = MAX_DIRECTORY_BYTES,
  legacyMaxBytes = LEGACY_DIRECTORY_BYTES,
): Published {
  const { guide } = source;
  if (!guide) {
    throw new PublishError(
      'guide.yaml fehlt: ohne die Fragen des Wegweisers kann die App nichts fragen. Bitte guide.yaml in den Ordner legen.',
    );
  }
  const organizations = [...source.organizations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { version: _ignored, generatedAt: _old, ...meta } = source.meta;
  // The version names the content, so it is hashed without the fields that carry the version itself.
  const retired = source.retired && source.retired.length > 0 ? { retired: source.retired } : {};
  const contentHash = sha256(JSON.stringify({ meta, guide, organizations, ...retired }));
  const generatedAt = now.toISOString();
  const version = `${compactTimestamp(generatedAt)}-${contentHash.slice(0, 8)}`;

  // Re-validate the final object with the phone's own check, which also fixes the key order.
  const parsed = parseDirectory({ meta: { ...meta, version, generatedAt }, guide, organizations, ...retired });
  if (!parsed.ok) {
    const first = parsed.issues[0];
    throw new Error(`Veröffentlichte Daten ungültig: ${first?.path ?? ''} ${first?.message ?? ''}`);
  }
  const directory = parsed.directory;
  const json = JSON.stringify(directory);
  const bytes = Buffer.byteLength(json, 'utf8');
  const services = organizations.reduce((n, o) => n + o.services.length, 0);
  const counts = {
    organizations: organizations.length,
    services,
    locations: organizations.reduce((n, o) => n + o.locations.length, 0),
  };
  const parts = publishParts(directory, counts);
  checkPhoneSize(parts, maxBytes);
  const legacy = bytes <= legacyMaxBytes;
  const warnings = legacy
    ? []
    : [
        `directory.json (das ganze Verzeichnis in allen Sprachen, nur noch für ältere App-Versionen) wäre ${formatSize(bytes)} groß, ` +
          `ältere App-Versionen nehmen höchstens ${formatSize(legacyMaxBytes)} an. Die Datei wird deshalb nicht veröffentlicht: ` +
          `Telefone mit einer älteren App-Version behalten ihr gespeichertes Verzeichnis, bis sie die neue App-Version laden. ` +
          `Die neue App lädt die Teile und ist davon nicht betroffen.`,
      ];
  const manifest: Manifest = {
    version,
    generatedAt,
    sha256: sha256(json),
    bytes,
    gzipBytes: gzipSync(json, { level: 6 }).length,
    // Only a figure for the editors (the host compresses by itself): quality 5 takes a fraction of
    // quality 11's time (18 of 24 s of the build at 5,000 services) and reads about a sixth larger
    // (the sample: 82 KB instead of 70 KB); npm run bench measures quality 11.
    brotliBytes: brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length,
    counts,
    bytesPerService: services > 0 ? Math.round(bytes / services) : 0,
  };
  return {
    directory,
    json,
    manifest,
    manifestJson: `${JSON.stringify(manifest, null, 2)}\n`,
    parts,
    legacy,
    warnings,
  };
}

/**
 * A phone stores the shared parts (German and everything without a language) and the languages it
 * shows; the build checks German plus the two largest other languages (a family's language and, in
 * visit mode, another family's) against what phones accept, and says what is too large.
 */
function checkPhoneSize(parts: PublishedParts, maxBytes: number): void {
  const [first, second] = largestLanguages(parts);
  const languages = [first, second].filter((entry) => entry !== undefined);
  const total = parts.sharedBytes + languages.reduce((n, [, b]) => n + b, 0);
  if (total <= maxBytes) return;
  const named = languages.map(([code, b]) => ` + ${code} ${formatSize(b)}`).join('');
  const what =
    parts.sharedBytes > maxBytes
      ? 'Schon Deutsch mit allen Angaben ohne Sprache ist zu groß.'
      : 'Deutsch allein passt, mit zwei Übersetzungen nicht: ein Telefon speichert Deutsch und die Sprache, die es zeigt, im Hausbesuch auch die einer zweiten Familie.';
  throw new PublishError(
    `Das Verzeichnis ist zu groß für die Telefone: Deutsch mit allen Angaben ohne Sprache ${formatSize(parts.sharedBytes)}${named} ` +
      `= ${formatSize(total)}, ein Telefon speichert höchstens ${formatSize(maxBytes)}. ${what} ` +
      `Die App würde es ablehnen. Bitte lange Beschreibungen kürzen, Angebote zusammenfassen oder das Verzeichnis aufteilen (z. B. nach Städten).`,
  );
}

/** Writes via a temp file and rename, so a crash never leaves a half-written file. */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    await writeFile(temp, data, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Parts and directory first, manifests last: a manifest never points at bytes that are not there yet. */
export async function writePublished(outDir: string, published: Published): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const written = new Set<string>();
  for (const file of published.parts.files) {
    const path = join(outDir, file.path);
    const folder = join(path, '..');
    if (!written.has(folder)) await mkdir(folder, { recursive: true });
    written.add(folder);
    await writeFileAtomic(path, file.body);
  }
  if (published.legacy) {
    await writeFileAtomic(join(outDir, DIRECTORY_FILE), published.json);
    await writeFileAtomic(join(outDir, MANIFEST_FILE), published.manifestJson);
  } else {
    // No earlier whole file is left behind to stand for this publication (its manifest first).
    await rm(join(outDir, MANIFEST_FILE), { force: true });
    await rm(join(outDir, DIRECTORY_FILE), { force: true });
  }
  await writeFileAtomic(join(outDir, PARTS_MANIFEST_FILE), published.parts.manifestJson);
}
