import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceDirectory } from '../../../src/domain/directory/schema';
import { LANGUAGE_CODES } from '../../../src/domain/directory/text';
import { PARTS_MANIFEST_FILE } from '../../../src/domain/sync/parts-manifest';
import { publishDirectory, PublishError, writePublished } from '../../../src/tools/directory/publish';
import { largestDownload, largestLanguages } from '../../../src/tools/directory/publish-parts';
import { region } from '../../fixtures/region';

const NOW = new Date('2026-11-02T09:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The test region with every service's name and description in every language (as once all is translated). */
function everyLanguage(): SourceDirectory {
  const source = structuredClone(region);
  for (const organization of source.organizations) {
    for (const service of organization.services) {
      for (const code of LANGUAGE_CODES) {
        service.name = { ...service.name, [code]: service.name[code] ?? `${code}: ${service.name.de}` };
        service.description = {
          ...service.description,
          [code]: service.description[code] ?? `${code}: ${service.description.de}`,
        };
      }
    }
  }
  return source;
}

const translated = everyLanguage();
const reference = publishDirectory(translated, NOW);
const wholeFile = reference.manifest.bytes;
const phone = largestDownload(reference.parts);

describe('the build checks what a phone stores, not the whole file in every language', () => {
  it('the test region in every language: the whole file is larger than what one phone stores (so the two limits differ)', () => {
    expect(largestLanguages(reference.parts).length).toBeGreaterThanOrEqual(2);
    expect(wholeFile).toBeGreaterThan(phone);
  });

  it('a whole file over the cap does not block a publication phones can hold', () => {
    const published = publishDirectory(translated, NOW, phone, Number.POSITIVE_INFINITY);
    expect(published.legacy).toBe(true);
    expect(published.warnings).toEqual([]);
  });

  it('over the phones cap: refused, naming the shared parts, the two largest languages, the total and the limit', () => {
    const [first, second] = largestLanguages(reference.parts);
    let message = '';
    try {
      publishDirectory(translated, NOW, phone - 1);
    } catch (error) {
      expect(error).toBeInstanceOf(PublishError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Das Verzeichnis ist zu groß für die Telefone: Deutsch mit allen Angaben ohne Sprache /);
    expect(message).toContain(` + ${first![0]} `);
    expect(message).toContain(` + ${second![0]} `);
    expect(message).toContain('Deutsch allein passt, mit zwei Übersetzungen nicht');
    expect(message).toMatch(
      /Bitte lange Beschreibungen kürzen, Angebote zusammenfassen oder das Verzeichnis aufteilen/,
    );
  });

  it('German alone over the cap: the message says so', () => {
    expect(() => publishDirectory(translated, NOW, reference.parts.sharedBytes - 1)).toThrow(
      /ein Telefon speichert höchstens \d+ KB\. Schon Deutsch mit allen Angaben ohne Sprache ist zu groß\./,
    );
  });

  it('a whole file over what older app versions accept is left out with a warning; the parts are published', async () => {
    const published = publishDirectory(translated, NOW, phone, wholeFile - 1);
    expect(published.legacy).toBe(false);
    expect(published.warnings).toHaveLength(1);
    expect(published.warnings[0]).toMatch(
      /^directory\.json \(das ganze Verzeichnis in allen Sprachen, nur noch für ältere App-Versionen\) wäre \d+ KB groß, ältere App-Versionen nehmen höchstens \d+ KB an\. Die Datei wird deshalb nicht veröffentlicht/,
    );
    expect(published.warnings[0]).toContain('behalten ihr gespeichertes Verzeichnis');

    const out = await mkdtemp(join(tmpdir(), 'bff-cap-'));
    dirs.push(out);
    await mkdir(out, { recursive: true });
    // An earlier publication's whole file must not stand for this one.
    await writeFile(join(out, 'directory.json'), 'ALT');
    await writeFile(join(out, 'directory-manifest.json'), 'ALT-MANIFEST');
    await writePublished(out, published);
    const files = await readdir(out);
    expect(files).not.toContain('directory.json');
    expect(files).not.toContain('directory-manifest.json');
    expect(JSON.parse(await readFile(join(out, PARTS_MANIFEST_FILE), 'utf8'))).toEqual(published.parts.manifest);
    expect((await readdir(join(out, 'parts'))).length).toBe(published.parts.files.length);
  });

  it('within what older versions accept, the whole file and its manifest are still written', async () => {
    const published = publishDirectory(translated, NOW, phone, wholeFile);
    expect(published.legacy).toBe(true);
    const out = await mkdtemp(join(tmpdir(), 'bff-cap-'));
    dirs.push(out);
    await writePublished(out, published);
    expect(await readFile(join(out, 'directory.json'), 'utf8')).toBe(published.json);
    expect(await readFile(join(out, 'directory-manifest.json'), 'utf8')).toBe(published.manifestJson);
  });
});
