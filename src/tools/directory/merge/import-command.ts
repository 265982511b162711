import type { ParsedArgs } from '../args';
import { plural, printIssues, type Output } from '../report';
import { prepareImport, writeImport } from './apply';
import { planIsEmpty, planText } from './plan';
import { translationPlanText } from './translations';

/** Import commands write into the editorial source unless --out is given. */
export function importTarget(args: ParsedArgs): string {
  return args.outGiven ? args.out : 'directory';
}

/**
 * The common end of import-csv and import-hsds: show the plan in plain German; write only with
 * --write, remove only with --remove-missing, and nothing at all when the result has errors.
 */
export async function finishImport(
  args: ParsedArgs,
  output: Output,
  imported: readonly Record<string, unknown>[],
  languages: ReadonlySet<string>,
  keepAbsent?: ReadonlySet<string>,
  foreignLanguage?: string,
): Promise<number> {
  const target = importTarget(args);
  const prepared = await prepareImport(target, args.from, imported, {
    removeMissing: args.removeMissing,
    languages,
    ...(keepAbsent ? { keepAbsent } : {}),
    ...(foreignLanguage ? { foreignLanguage } : {}),
  });
  output.out(`Plan für „${target}/organizations/“:`);
  for (const line of planText(prepared.plan)) output.out(`  ${line}`);
  for (const line of translationPlanText(prepared.translations)) output.out(`  ${line}`);
  if (prepared.foreignNotes.length > 0) {
    output.out(`  Nicht übernommen (Texte in ${foreignLanguage ?? '?'} ohne deutschen Text):`);
    for (const line of prepared.foreignNotes) output.out(`    ✗ ${line}`);
  }
  const refused = prepared.translations.languages.reduce((n, l) => n + l.refused.length, 0);
  const refusedNote = () =>
    output.err(
      `${plural(refused, 'Übersetzung wurde', 'Übersetzungen wurden')} nicht übernommen (Gründe oben); die gespeicherte Fassung bleibt, alles andere ${args.write ? 'ist geschrieben' : 'steht im Plan'}.`,
    );
  if (prepared.issues.length > 0) {
    printIssues(output, prepared.issues);
    output.err(
      `Import abgebrochen: das Ergebnis wäre nicht gültig (siehe oben). Nichts geschrieben, „${target}“ ist unverändert.`,
    );
    return 1;
  }
  if (planIsEmpty(prepared.plan) && prepared.translations.writes.length === 0) {
    output.out('Keine Änderungen – nichts zu schreiben.');
    if (refused > 0) refusedNote();
    return refused > 0 ? 1 : 0;
  }
  if (!args.write) {
    output.out(
      `Nichts geschrieben (nur der Plan). Zum Übernehmen denselben Befehl mit --write wiederholen${prepared.plan.missing.length > 0 && !args.removeMissing ? '; fehlende Einträge löschen nur zusätzlich mit --remove-missing' : ''}.`,
    );
    if (refused > 0) refusedNote();
    return refused > 0 ? 1 : 0;
  }
  const backup = await writeImport(target, prepared);
  output.out(
    `✓ Geschrieben: ${plural(prepared.plan.writes.length + prepared.translations.writes.length, 'Datei', 'Dateien')} neu oder geändert, ${plural(prepared.plan.deletes.length, 'Datei', 'Dateien')} gelöscht; alle anderen unverändert.`,
  );
  if (backup) output.out(`  Sicherung der ersetzten Dateien: ${backup}`);
  if (refused > 0) refusedNote();
  return refused > 0 ? 1 : 0;
}
