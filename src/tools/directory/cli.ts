import { parseArgs, UsageError, type ParsedArgs } from './args';
import { buildCommand } from './build-command';
import { checkRequestsCommand, confirmCommand } from './check-requests';
import { exportCsvCommand, importCsvCommand } from './csv/commands';
import { exportHsdsCommand, importHsdsCommand } from './hsds/commands';
import { SourceDirError } from './load-source';
import { consoleOutput, type Output } from './report';
import { statsCommand } from './stats-command';
import { exportTranslationsCommand, importTranslationsCommand, moveTranslationsCommand } from './translations/commands';
import { validateCommand } from './validate-command';

/**
 * `npm run directory -- <command> [--from DIR] [--out DIR]`: the editorial team's tool.
 * Exit codes: 0 fine, 1 errors in the data (or nothing published), 2 wrong usage.
 */

export interface Command {
  /** One German line for the help text. */
  summary: string;
  run(args: ParsedArgs, output: Output): Promise<number>;
}

/**
 * The registration table. Further commands (import-csv, export-csv, export-hsds, import-hsds)
 * are added here: one line each, implemented in their own file.
 */
export const COMMANDS: Record<string, Command> = {
  validate: { summary: 'Verzeichnis prüfen: alle Fehler und Warnungen auflisten', run: validateCommand },
  build: { summary: 'prüfen und für die App veröffentlichen (directory.json + Manifest in --out)', run: buildCommand },
  stats: { summary: 'Abdeckung je Gemeinde, veraltete Einträge, Stand der Übersetzungen', run: statsCommand },
  'export-csv': {
    summary: 'Tabelle für Excel schreiben: export-csv DATEI (eine Zeile je Angebot)',
    run: exportCsvCommand,
  },
  'import-csv': {
    summary: 'Tabelle einlesen: import-csv DATEI (zeigt den Plan; schreibt nur mit --write)',
    run: importCsvCommand,
  },
  'check-requests': {
    summary: 'je Organisation eine Prüfanfrage als E-Mail-Text schreiben (Standard: .tmp/pruefanfragen/)',
    run: checkRequestsCommand,
  },
  confirm: {
    summary: 'Antwort eintragen: confirm ORGANISATION [--changes TEXT] (setzt lastChecked)',
    run: confirmCommand,
  },
  'export-hsds': { summary: 'Open-Referral-HSDS-3.1-JSON schreiben: export-hsds ORDNER', run: exportHsdsCommand },
  'import-hsds': {
    summary: 'HSDS-3.1-JSON einlesen: import-hsds ORDNER [--lang en] (zeigt den Plan; schreibt nur mit --write)',
    run: importHsdsCommand,
  },
  'export-translations': {
    summary: 'Texte für Übersetzer schreiben (gettext PO): export-translations --lang tr [--out DATEI]',
    run: exportTranslationsCommand,
  },
  'import-translations': {
    summary: 'Übersetzung einlesen und prüfen: import-translations DATEI (nach translations/<Sprache>.po)',
    run: importTranslationsCommand,
  },
  'move-translations': {
    summary: 'Übersetzungen aus den YAML-Dateien nach translations/<Sprache>.po verschieben',
    run: moveTranslationsCommand,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    'Familienverzeichnis Kreis Unna – Werkzeug für die Redaktion',
    '',
    'Aufruf:  npm run directory -- <Befehl> [Optionen]',
    '',
    'Befehle:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  diese Hilfe anzeigen`,
    '',
    'Optionen:',
    '  --from ORDNER  Quelle der Daten (Standard: directory)',
    '  --out ORDNER   Ziel für build (Standard: dist/data)',
    '  --lang SPRACHE Sprache für export-translations (en, tr, ar, uk, fa, ru, pl, ro, bg, de-simple);',
    '                 import-hsds: Sprache der HSDS-Texte (ohne Angabe: Deutsch)',
    '  --verbose      alle fehlenden Übersetzungen einzeln auflisten',
    '  --write        Import: den gezeigten Plan ausführen (ersetzte Dateien werden in .sicherung/ gesichert)',
    '  --remove-missing  Import: Organisationen und Angebote löschen, die im Import fehlen',
    '  --changes TEXT    confirm: was die Organisation als geändert gemeldet hat',
    '  --date JJJJ-MM-TT confirm: Tag der Antwort (Standard: heute)',
    '',
    'Beispiele:',
    '  npm run directory -- validate',
    '  npm run directory -- build --out dist/data',
    '  npm run directory -- import-csv liste.csv            (nur der Plan)',
    '  npm run directory -- import-csv liste.csv --write    (übernehmen)',
  ].join('\n');
}

export async function runCli(argv: readonly string[], output: Output = consoleOutput): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === undefined || args.command === 'help') {
      output.out(helpText());
      return args.command === 'help' ? 0 : 2;
    }
    const command = COMMANDS[args.command];
    if (!command) {
      output.err(`Unbekannter Befehl „${args.command}“.\n`);
      output.err(helpText());
      return 2;
    }
    return await command.run(args, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}.\n`);
      output.err(helpText());
      return 2;
    }
    if (error instanceof SourceDirError) {
      output.err(error.message);
      return 1;
    }
    // Never a stack trace for the editorial team: one German sentence and the reason.
    const reason = error instanceof Error ? error.message : String(error);
    output.err(`Unerwarteter Fehler: ${reason}`);
    return 1;
  }
}

// Run only when started as a program (not when imported by tests).
if (process.argv[1] && /cli\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
