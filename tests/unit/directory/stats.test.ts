import { describe, expect, it } from 'vitest';
import { parseSourceDirectory, type SourceDirectory } from '../../../src/domain/directory/schema';
import { formatCell, renderStats } from '../../../src/tools/directory/stats-command';
import { computeStats } from '../../../src/tools/directory/stats';
import { validMeta, validOrganization } from './fixtures';

/** Three services: one in Unna only, one in Bönen + Holzwickede, one Kreis-wide. */
function tinyDirectory(): SourceDirectory {
  const unna = validOrganization('stelle-unna'); // parenting, primary+secondary, youth, lastChecked 2025-01-15
  const boenen = validOrganization('stelle-boenen');
  Object.assign((boenen.services as Record<string, unknown>[])[0]!, {
    serviceArea: { scope: 'municipality', municipalities: ['boenen', 'holzwickede'] },
    sector: 'health',
    topics: ['midwife', 'baby-care'],
    lifeStages: ['baby'],
    name: { de: 'Hebammen', en: 'Midwives', tr: 'Ebeler' },
    lastChecked: '2026-05-01',
  });
  const kreis = validOrganization('stelle-kreis');
  Object.assign((kreis.services as Record<string, unknown>[])[0]!, {
    serviceArea: { scope: 'kreis' },
    lastChecked: '2026-05-01',
  });
  const result = parseSourceDirectory({
    meta: { ...validMeta(), languages: ['de', 'en', 'tr'] },
    organizations: [unna, boenen, kreis],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.directory;
}

describe('stats', () => {
  const stats = computeStats(tinyDirectory(), new Date('2026-06-01T00:00:00Z'));
  const [sectors, lifeStages, topics] = stats.tables;

  it('counts services available in each town, direct and Kreis-wide', () => {
    expect(sectors?.cells.unna?.youth).toEqual({ direct: 1, wide: 1 });
    expect(sectors?.cells.kamen?.youth).toEqual({ direct: 0, wide: 1 });
    expect(sectors?.cells.boenen?.health).toEqual({ direct: 1, wide: 0 });
    expect(sectors?.cells.unna?.health).toEqual({ direct: 0, wide: 0 });
    expect(lifeStages?.cells.holzwickede?.baby).toEqual({ direct: 1, wide: 0 });
    expect(topics?.cells.werne?.parenting).toEqual({ direct: 0, wide: 1 });
    expect(topics?.cells.werne?.housing).toEqual({ direct: 0, wide: 0 });
  });

  it('formats cells as direct+wide and marks gaps', () => {
    expect(formatCell({ direct: 3, wide: 12 })).toBe('3+12');
    expect(formatCell({ direct: 0, wide: 0 })).toBe('!0');
    const text = renderStats(stats).join('\n');
    expect(text).toMatch(/^youth\s+0\+1\s+0\+1\s+0\+1\s+0\+1\s+0\+1\s+0\+1\s+0\+1\s+0\+1\s+1\+1\s+0\+1$/m);
    expect(text).toMatch(/^health\s+!0\s+1\+0\s+!0\s+1\+0\s+!0/m);
  });

  it('lists stale entries and translation completeness', () => {
    expect(stats.stale).toEqual([
      { recordId: 'stelle-unna-angebot', lastChecked: '2025-01-15', organization: 'stelle-unna' },
    ]);
    // 3 organizations × (org name + service name, summary, description) + meta.title = 13 text fields
    const en = stats.translations.find((t) => t.language === 'en');
    const tr = stats.translations.find((t) => t.language === 'tr');
    expect(en).toEqual({ language: 'en', translated: 7, total: 13, percent: 54 });
    expect(tr).toEqual({ language: 'tr', translated: 1, total: 13, percent: 8 });
    expect(renderStats(stats).join('\n')).toContain('Veraltete Einträge (zuletzt geprüft vor mehr als 12 Monaten): 1');
  });
});
