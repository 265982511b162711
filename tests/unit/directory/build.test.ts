import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDirectory, parseSourceDirectory } from '../../../src/domain/directory/schema';
import { MAX_DIRECTORY_BYTES } from '../../../src/domain/sync/manifest';
import { parseArgs } from '../../../src/tools/directory/args';
import { buildCommand } from '../../../src/tools/directory/build-command';
import { compactTimestamp, publishDirectory, PublishError } from '../../../src/tools/directory/publish';
import { largestDownload } from '../../../src/tools/directory/publish-parts';
import { createHash } from 'node:crypto';
import type { LanguageCode } from '../../../src/domain/directory/schema';
import type { LanguageEntry } from '../../../src/domain/publication/by-language';
import { joinDirectory } from '../../../src/domain/publication/parts';
import { PARTS_MANIFEST_FILE, parsePartsManifest, partPath } from '../../../src/domain/sync/parts-manifest';
import { memoryOutput } from '../../../src/tools/directory/report';
import { validGuide, validMeta, validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bff-out-'));
  dirs.push(dir);
  return dir;
}
const NOW = new Date('2025-06-01T10:20:30.456Z');

describe('build', () => {
  it('publishes a compact directory.json whose manifest matches its bytes', async () => {
    const from = await writeSourceDir([
      validOrganization('b-stelle'),
      validOrganization('a-stelle'),
      validOrganization('c-stelle'),
    ]);
    dirs.push(from);
    const out = join(await tempDir(), 'data');
    const output = memoryOutput();
    expect(await buildCommand(parseArgs(['build', '--from', from, '--out', out]), output, NOW)).toBe(0);

    const bytes = await readFile(join(out, 'directory.json'));
    const manifest = JSON.parse(await readFile(join(out, 'directory-manifest.json'), 'utf8'));
    // The phone checks the download with WebCrypto's SHA-256 (src/storage/sync-ports.ts does the same).
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(manifest.sha256).toBe(digest);
    expect(manifest.bytes).toBe(bytes.length);
    expect(manifest.counts).toEqual({ organizations: 3, services: 3, locations: 3 });
    // "Bytes per service", rounded to the nearest byte: times three it is at most 1.5 bytes off the file size.
    expect(Number.isInteger(manifest.bytesPerService)).toBe(true);
    expect(Math.abs(manifest.bytesPerService * 3 - bytes.length)).toBeLessThanOrEqual(1.5);
    expect(manifest.gzipBytes).toBeGreaterThan(0);
    expect(manifest.gzipBytes).toBeLessThan(bytes.length);
    expect(manifest.brotliBytes).toBeGreaterThan(0);
    expect(manifest.generatedAt).toBe('2025-06-01T10:20:30.456Z');
    expect(manifest.version).toMatch(/^20250601T102030Z-[0-9a-f]{8}$/);
    expect(compactTimestamp(NOW.toISOString())).toBe('20250601T102030Z');

    const text = bytes.toString('utf8');
    expect(text).not.toContain('\n'); // minified
    const json = JSON.parse(text);
    expect(json.organizations.map((o: { id: string }) => o.id)).toEqual(['a-stelle', 'b-stelle', 'c-stelle']);
    expect(json.meta.version).toBe(manifest.version);
    expect(parseDirectory(json).ok).toBe(true); // the phone's own check accepts it
    expect(output.lines.join('\n')).toMatch(/Größe: .* \(gzip .*, brotli .*\), \d+ Bytes je Angebot/);
    // no temp files left
    expect((await readdir(out)).sort()).toEqual([
      'directory-manifest.json',
      'directory-parts.json',
      'directory.json',
      'parts',
    ]);
  });

  it('publishes the same directory in parts: each file matches its SHA-256, and all of them join into directory.json', async () => {
    const from = await writeSourceDir([validOrganization('b-stelle'), validOrganization('a-stelle')]);
    dirs.push(from);
    const out = join(await tempDir(), 'data');
    expect(await buildCommand(parseArgs(['build', '--from', from, '--out', out]), memoryOutput(), NOW)).toBe(0);
    const parsed = parsePartsManifest(await readFile(join(out, PARTS_MANIFEST_FILE), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem);
    const { manifest } = parsed;
    const read = async (ref: { sha256: string; bytes: number }) => {
      const bytes = await readFile(join(out, partPath(ref.sha256)));
      expect(bytes.length).toBe(ref.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(ref.sha256);
      return JSON.parse(bytes.toString('utf8'));
    };
    const shared = await Promise.all(manifest.shared.map(read));
    const texts = new Map<LanguageCode, LanguageEntry[][]>();
    for (const [language, refs] of Object.entries(manifest.texts)) {
      texts.set(language as LanguageCode, await Promise.all(refs.map(read)));
    }
    const whole = JSON.parse(await readFile(join(out, 'directory.json'), 'utf8'));
    expect(joinDirectory(shared, texts, manifest)).toEqual(whole);
    expect(manifest.version).toBe(whole.meta.version);
    expect(Object.keys(manifest.texts).length).toBeGreaterThan(0);
  });

  it('gives the same version hash for the same content', async () => {
    const from = await writeSourceDir([validOrganization()]);
    dirs.push(from);
    const versions: string[] = [];
    for (const _ of [1, 2]) {
      const out = await tempDir();
      await buildCommand(parseArgs(['build', '--from', from, '--out', out]), memoryOutput(), NOW);
      versions.push(JSON.parse(await readFile(join(out, 'directory-manifest.json'), 'utf8')).version);
    }
    expect(versions[0]).toBe(versions[1]);
  });

  it('writes nothing when the source is invalid', async () => {
    const org = validOrganization();
    org.website = 'http://example.org';
    const from = await writeSourceDir([org]);
    dirs.push(from);
    const out = join(await tempDir(), 'data');
    const output = memoryOutput();
    expect(await buildCommand(parseArgs(['build', '--from', from, '--out', out]), output, NOW)).toBe(1);
    await expect(readdir(out)).rejects.toThrow(); // the folder was not even created
    expect(output.errors.join('\n')).toContain(
      'organizations/beratungsstelle-unna.yaml: website (Zeile 58) [beratungsstelle-unna]\n      Webadresse „http://example.org“: nur sichere Adressen mit https:// sind erlaubt, nicht http://',
    );
    expect(output.errors.at(-1)).toBe(
      'Nicht veröffentlicht: das Verzeichnis enthält Fehler. Es wurde nichts geschrieben.',
    );
  });

  it('leaves an existing published directory untouched on failure', async () => {
    const org = validOrganization();
    (org.services as Record<string, unknown>[])[0]!.topics = ['xyz'];
    const from = await writeSourceDir([org]);
    dirs.push(from);
    const out = await tempDir();
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'directory.json'), 'ALT');
    await writeFile(join(out, 'directory-manifest.json'), 'ALT-MANIFEST');
    expect(await buildCommand(parseArgs(['build', '--from', from, '--out', out]), memoryOutput(), NOW)).toBe(1);
    expect(await readFile(join(out, 'directory.json'), 'utf8')).toBe('ALT');
    expect(await readFile(join(out, 'directory-manifest.json'), 'utf8')).toBe('ALT-MANIFEST');
  });
});

describe('the size phones accept', () => {
  it('refuses to publish what a phone with German and two languages would store over the cap, in words the editors understand', () => {
    const parsed = parseSourceDirectory({
      meta: validMeta(),
      guide: validGuide(),
      organizations: [validOrganization()],
    });
    if (!parsed.ok) throw new Error('fixture invalid');
    const published = publishDirectory(parsed.directory, NOW);
    // What one phone stores in parts; the whole file (older app versions) has a limit of its own.
    const needed = largestDownload(published.parts);
    expect(needed).toBeLessThan(MAX_DIRECTORY_BYTES);
    expect(() => publishDirectory(parsed.directory, NOW, needed - 1)).toThrow(
      /^Das Verzeichnis ist zu groß für die Telefone: Deutsch mit allen Angaben ohne Sprache \d+ KB \+ en \d+ (KB|Bytes) = \d+ KB, ein Telefon speichert höchstens \d+ KB\. Deutsch allein passt/,
    );
    expect(() => publishDirectory(parsed.directory, NOW, needed - 1)).toThrow(PublishError);
    expect(publishDirectory(parsed.directory, NOW, needed).manifest.bytes).toBe(published.manifest.bytes);
  });
});
