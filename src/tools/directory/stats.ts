import taxonomy from '../../domain/taxonomy.json';
import type { Service, SourceDirectory } from '../../domain/directory/schema';
import { directoryTextFields } from '../../domain/directory/text-fields';
import type { LanguageStatus } from './translations/apply';
import { isStale } from './warnings';

/**
 * Coverage of the directory: for each town and code, how many services a family living there
 * can use. `direct` = the service area names the town; `wide` = Kreis-wide or national.
 */

export interface Cell {
  direct: number;
  wide: number;
}
export interface CoverageTable {
  title: string;
  codes: { code: string; label: string }[];
  /** cells[municipalityCode][code] */
  cells: Record<string, Record<string, Cell>>;
}
export interface Stats {
  municipalities: { code: string; name: string }[];
  tables: CoverageTable[];
  stale: { recordId: string; lastChecked: string; organization: string }[];
  translations: { language: string; translated: number; total: number; percent: number }[];
  /** Per language from the translation files: done, reviewed, machine-assisted, outdated, missing. */
  languageStatus?: LanguageStatus[];
  services: number;
}

type Dimension = (s: Service) => readonly string[];

function coverage(
  title: string,
  codes: { code: string; label: string }[],
  services: Service[],
  of: Dimension,
): CoverageTable {
  const cells: CoverageTable['cells'] = {};
  for (const m of taxonomy.municipalities) {
    const row: Record<string, Cell> = {};
    for (const { code } of codes) row[code] = { direct: 0, wide: 0 };
    cells[m.code] = row;
  }
  for (const s of services) {
    const values = of(s);
    for (const m of taxonomy.municipalities) {
      const area = s.serviceArea;
      const direct = area.scope === 'municipality' && area.municipalities.includes(m.code);
      if (!direct && area.scope === 'municipality') continue;
      for (const value of values) {
        const cell = cells[m.code]?.[value];
        if (!cell) continue;
        if (direct) cell.direct++;
        else cell.wide++;
      }
    }
  }
  return { title, codes, cells };
}

export function computeStats(directory: SourceDirectory, now: Date, languageStatus?: LanguageStatus[]): Stats {
  const services = directory.organizations.flatMap((o) => o.services);
  const label = (items: { code: string; de: string }[]) => items.map((i) => ({ code: i.code, label: i.de }));
  const tables = [
    coverage('Gemeinde × Bereich', label(taxonomy.sectors), services, (s) => [s.sector]),
    coverage('Gemeinde × Lebensphase', label(taxonomy.lifeStages), services, (s) => s.lifeStages),
    coverage('Gemeinde × Thema', label(taxonomy.topics), services, (s) => s.topics),
  ];
  const stale = directory.organizations.flatMap((o) =>
    o.services
      .filter((s) => isStale(s.lastChecked, now))
      .map((s) => ({ recordId: s.id, lastChecked: s.lastChecked, organization: o.id })),
  );
  const fields = directoryTextFields(directory);
  const languages = directory.meta.languages.filter((l) => l !== 'de');
  const translations = languages.map((language) => {
    const translated = fields.filter((f) => f.text[language] !== undefined).length;
    const total = fields.length;
    return { language, translated, total, percent: total === 0 ? 100 : Math.round((translated / total) * 100) };
  });
  return {
    municipalities: taxonomy.municipalities.map((m) => ({ code: m.code, name: m.name })),
    tables,
    stale,
    translations,
    ...(languageStatus ? { languageStatus } : {}),
    services: services.length,
  };
}
