import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSourceDirectory } from '../../../domain/directory/schema';
import { UsageError, type ParsedArgs } from '../args';
import { CsvExportError, directoryToCsv } from './export';
import { CsvSyntaxError, parseCsv } from './format';
import { formatProblem, recordsToOrganizations, type CsvProblem, type ImportedTable } from './import';
import { columnForPath } from './layout';
import { ImportTargetError } from '../merge/apply';
import { finishImport, importTarget } from '../merge/import-command';
import { loadSource } from '../load-source';
import { writeFileAtomic } from '../publish';
import { formatSize, plural, printIssues, type Output } from '../report';
import { parseYamlFile } from '../yaml-source';

/** `export-csv FILE` and `import-csv FILE`: the spreadsheet the Kreis's staff keep (one row per service). */

/**
 * One limit for both directions: a sheet export-csv writes can always be read back. The largest
 * directory phones accept (25 MB of JSON) repeats each organization's columns on every service row,
 * which stays well below this.
 */
const MAX_CSV_BYTES = 150 * 1024 * 1024;

function fileArgument(args: ParsedArgs, example: string): string {
  const [file, ...more] = args.rest;
  if (file === undefined) throw new UsageError(`Bitte die Datei angeben, z. B. ${example}`);
  if (more.length > 0) throw new UsageError(`Nur eine Datei angeben (zu viel: ${more.join(' ')})`);
  return file;
}

export async function exportCsvCommand(args: ParsedArgs, output: Output): Promise<number> {
  const file = fileArgument(args, 'export-csv verzeichnis.csv');
  const loaded = await loadSource(args.from);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err(
      `Export abgebrochen: das Verzeichnis in „${args.from}“ ist nicht gültig. Bitte zuerst die Fehler beheben.`,
    );
    return 1;
  }
  let csv: string;
  try {
    csv = directoryToCsv(loaded.directory);
  } catch (error) {
    if (!(error instanceof CsvExportError)) throw error;
    output.err(`Export abgebrochen: ${error.message}`);
    return 1;
  }
  const bytes = Buffer.byteLength(csv, 'utf8');
  if (bytes > MAX_CSV_BYTES) {
    output.err(
      `Export abgebrochen: die Tabelle wäre ${formatSize(bytes)} groß, import-csv liest höchstens ${formatSize(MAX_CSV_BYTES)}. Bitte das Verzeichnis in Teilen bearbeiten (Import führt nach Kennung zusammen).`,
    );
    return 1;
  }
  try {
    await writeFileAtomic(file, csv);
  } catch (error) {
    output.err(`Datei „${file}“ konnte nicht geschrieben werden (${(error as Error).message}).`);
    return 1;
  }
  const services = loaded.directory.organizations.reduce((n, o) => n + o.services.length, 0);
  output.out(
    `✓ ${plural(services, 'Angebot', 'Angebote')} aus ${plural(loaded.directory.organizations.length, 'Organisation', 'Organisationen')} nach „${file}“ geschrieben (Semikolon, UTF-8 mit BOM – öffnet direkt in Excel).`,
  );
  return 0;
}

/** dataset.yaml's content (of the target, else of --from) for checking the rows; {} when neither has one. */
async function datasetMeta(target: string, from: string): Promise<unknown> {
  for (const dir of [target, from]) {
    const text = await readFile(join(dir, 'dataset.yaml'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const meta = parseYamlFile('dataset.yaml', text);
    return meta.ok ? meta.data : {};
  }
  return {};
}

async function readCsvFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new ImportTargetError(`Datei „${file}“ nicht gefunden`);
  }
  // Checked before reading, so a huge file is never parsed.
  if (size > MAX_CSV_BYTES) {
    throw new ImportTargetError(
      `Datei „${file}“ ist zu groß (${formatSize(size)}, höchstens ${formatSize(MAX_CSV_BYTES)}) – nicht gelesen`,
    );
  }
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportTargetError(
      `Datei „${file}“ ist nicht in UTF-8 gespeichert – in Excel „Speichern unter → CSV UTF-8 (durch Trennzeichen getrennt)“ wählen`,
    );
  }
}

/** Schema and integrity problems of the imported data, placed at the row and column they came from. */
function validationProblems(table: ImportedTable, meta: unknown): CsvProblem[] {
  const result = parseSourceDirectory({ meta, organizations: table.organizations });
  if (result.ok) return [];
  return result.issues.map((issue) => {
    const m = /^organizations\[(\d+)\](?:\.services\[(\d+)\])?/.exec(issue.path);
    const org = m ? table.organizations[Number(m[1])] : undefined;
    if (!org) return { row: 1, message: `${issue.path}: ${issue.message} (Angaben aus dataset.yaml)` };
    const service = m?.[2] !== undefined ? org.services[Number(m[2])] : undefined;
    const row = service ? table.serviceRows.get(service.id) : table.organizationRows.get(org.id);
    return { row: row ?? 1, column: table.columnName(columnForPath(issue.path).column), message: issue.message };
  });
}

function printProblems(output: Output, problems: readonly CsvProblem[]): void {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  output.err(`${plural(sorted.length, 'Fehler', 'Fehler')} in der Tabelle:`);
  for (const problem of sorted.slice(0, 200)) output.err(`  ✗ ${formatProblem(problem)}`);
  if (sorted.length > 200) output.err(`  … und ${sorted.length - 200} weitere`);
}

export async function importCsvCommand(args: ParsedArgs, output: Output): Promise<number> {
  const file = fileArgument(args, 'import-csv verzeichnis.csv');
  const target = importTarget(args);
  try {
    const text = await readCsvFile(file);
    let records: string[][];
    try {
      records = parseCsv(text).records;
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        output.err(`Datei „${file}“, ${error.message}. Nichts geschrieben.`);
        return 1;
      }
      throw error;
    }
    if (records.length < 2) {
      output.err(`Datei „${file}“ enthält keine Angebote (nur Kopfzeile oder leer). Nichts geschrieben.`);
      return 1;
    }
    const table = recordsToOrganizations(records);
    const meta = await datasetMeta(target, args.from);
    const problems = table.problems.length > 0 ? table.problems : validationProblems(table, meta);
    if (problems.length > 0) {
      printProblems(output, problems);
      output.err(`Import abgebrochen: nichts geschrieben, „${target}“ ist unverändert.`);
      return 1;
    }
    if (table.oldHeader)
      output.out(
        '  Ältere Tabelle erkannt (englische oder gemischte Spaltennamen) – gelesen wie bisher; export-csv schreibt jetzt deutsche Spaltennamen.',
      );
    return await finishImport(args, output, table.organizations, new Set(table.languages));
  } catch (error) {
    if (error instanceof ImportTargetError) {
      output.err(`${error.message}. Nichts geschrieben.`);
      return 1;
    }
    throw error;
  }
}
