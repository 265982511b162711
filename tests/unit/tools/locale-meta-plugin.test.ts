import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocaleMeta } from '../../../src/tools/vite-plugin-locale-meta';
import { UI_LANGUAGES } from '../../../src/domain/languages';

describe('virtual:locale-meta', () => {
  it('carries the review status of every UI language from locales/', async () => {
    const meta = await readLocaleMeta('locales');
    expect(Object.keys(meta).sort()).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
    expect(meta.de?.reviewedByNativeSpeaker).toBe(true);
    expect(meta.ar).toEqual({
      translator: expect.any(String),
      reviewedByNativeSpeaker: false,
      notReviewed: expect.any(String),
    });
  });

  it('gives each unreviewed language its own words for "not yet reviewed", a reviewed one none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'locale-meta-'));
    try {
      const meta = { translator: 'T', reviewedByNativeSpeaker: false };
      await writeFile(
        join(dir, 'pl.json'),
        JSON.stringify({ _meta: meta, language: { notReviewed: 'Nie sprawdzone' } }),
      );
      await writeFile(
        join(dir, 'de.json'),
        JSON.stringify({ _meta: { ...meta, reviewedByNativeSpeaker: true }, language: { notReviewed: 'Geprüft?' } }),
      );
      await writeFile(join(dir, 'tr.json'), JSON.stringify({ _meta: meta }));
      expect(await readLocaleMeta(dir)).toEqual({
        de: { translator: 'T', reviewedByNativeSpeaker: true },
        pl: { translator: 'T', reviewedByNativeSpeaker: false, notReviewed: 'Nie sprawdzone' },
        tr: { translator: 'T', reviewedByNativeSpeaker: false },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves out a locale whose _meta is missing or malformed, and copies nothing but the two fields', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'locale-meta-'));
    try {
      await writeFile(
        join(dir, 'en.json'),
        JSON.stringify({ _meta: { translator: 'A', reviewedByNativeSpeaker: true, x: 1 } }),
      );
      await writeFile(
        join(dir, 'tr.json'),
        JSON.stringify({ _meta: { translator: 'B', reviewedByNativeSpeaker: 'no' } }),
      );
      await writeFile(join(dir, 'pl.json'), JSON.stringify({ home: { title: 'x' } }));
      await writeFile(join(dir, 'notes.txt'), 'not a locale');
      expect(await readLocaleMeta(dir)).toEqual({ en: { translator: 'A', reviewedByNativeSpeaker: true } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
