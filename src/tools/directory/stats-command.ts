import type { ParsedArgs } from './args';
import { loadSource } from './load-source';
import { plural, printIssues, table, type Output } from './report';
import { computeStats, type Cell, type CoverageTable, type Stats } from './stats';
import type { LanguageStatus } from './translations/apply';
import { STALE_MONTHS } from './warnings';

/** `stats`: coverage per town, stale entries, translation completeness. */
export async function statsCommand(args: ParsedArgs, output: Output, now = new Date()): Promise<number> {
  const loaded = await loadSource(args.from);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err('Keine Statistik: das Verzeichnis enthält Fehler (siehe oben, oder „validate“).');
    return 1;
  }
  for (const line of renderStats(computeStats(loaded.directory, now, loaded.translations?.status))) output.out(line);
  return 0;
}

/** "3+12": direct in the town + Kreis-wide/national; an empty cell is shown as "!0" so gaps stand out. */
export function formatCell(cell: Cell | undefined): string {
  if (!cell || cell.direct + cell.wide === 0) return '!0';
  return `${cell.direct}+${cell.wide}`;
}

function renderTable(t: CoverageTable, stats: Stats): string[] {
  // Codes as rows and towns as columns: 18 topics would not fit side by side.
  const header = ['', ...stats.municipalities.map((m) => m.code)];
  const rows = t.codes.map(({ code }) => [
    code,
    ...stats.municipalities.map((m) => formatCell(t.cells[m.code]?.[code])),
  ]);
  const gaps = t.codes.flatMap(({ code, label }) =>
    stats.municipalities.filter((m) => formatCell(t.cells[m.code]?.[code]) === '!0').map((m) => `${m.name}: ${label}`),
  );
  return [
    '',
    `${t.title}`,
    ...table(header, rows),
    gaps.length > 0 ? `Lücken (kein Angebot): ${plural(gaps.length, 'Feld', 'Felder')}` : 'Keine Lücken.',
  ];
}

export function renderStats(stats: Stats): string[] {
  const lines = [
    `Abdeckung: ${plural(stats.services, 'Angebot', 'Angebote')}. Zelle = „im Ort + kreisweit/bundesweit“, !0 = kein Angebot.`,
  ];
  for (const t of stats.tables) lines.push(...renderTable(t, stats));
  lines.push('', `Veraltete Einträge (zuletzt geprüft vor mehr als ${STALE_MONTHS} Monaten): ${stats.stale.length}`);
  for (const s of stats.stale) lines.push(`  ${s.recordId} (${s.organization}): ${s.lastChecked}`);
  if (stats.languageStatus) {
    lines.push('', ...renderLanguageStatus(stats.languageStatus));
    return lines;
  }
  lines.push('', 'Übersetzungen (Anteil der Textfelder):');
  lines.push(
    ...table(
      ['Sprache', 'übersetzt', 'von', 'Anteil'],
      stats.translations.map((t) => [t.language, String(t.translated), String(t.total), `${t.percent} %`]),
    ),
  );
  return lines;
}

/** One row per language: what the family sees translated, what a person has reviewed, what needs work. */
function renderLanguageStatus(status: readonly LanguageStatus[]): string[] {
  const percent = (n: number, total: number) => `${total === 0 ? 100 : Math.round((n / total) * 100)} %`;
  return [
    'Übersetzungen der Texte in organizations/ (translations/<Sprache>.po):',
    ...table(
      ['Sprache', 'fertig', 'Anteil', 'geprüft', 'maschinell', 'veraltet', 'fehlt', 'von'],
      status.map((s) => [
        s.language,
        String(s.done),
        percent(s.done, s.total),
        String(s.reviewed),
        String(s.machine),
        String(s.outdated),
        String(s.missing),
        String(s.total),
      ]),
    ),
    'fertig = aus dem aktuellen deutschen Text übersetzt (geprüft + maschinell, Entwürfe „fuzzy“); veraltet = der deutsche',
    'Text hat sich seitdem geändert (die App zeigt dann Deutsch); fehlt = keine Übersetzung.',
    ...(status.some((s) => s.inline > 0)
      ? [
          'Übersetzungen direkt in YAML-Dateien zählen als fertig: „move-translations“ verschiebt sie in die Übersetzungsdateien.',
        ]
      : []),
  ];
}
