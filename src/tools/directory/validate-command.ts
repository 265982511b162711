import type { ParsedArgs } from './args';
import { loadSource } from './load-source';
import { plural, printIssues, type Output } from './report';
import { printTranslationWarnings } from './translations/warnings';
import { directoryWarnings, type Warning } from './warnings';

/** `validate`: every error (exit 1), then warnings (exit 0). */
export async function validateCommand(args: ParsedArgs, output: Output, now = new Date()): Promise<number> {
  const loaded = await loadSource(args.from);
  for (const note of loaded.notes) output.out(`Hinweis: ${note}`);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err(`Das Verzeichnis in „${args.from}“ ist nicht gültig. Bitte die Fehler oben beheben.`);
    return 1;
  }
  const { directory } = loaded;
  const services = directory.organizations.reduce((n, o) => n + o.services.length, 0);
  output.out(
    `✓ Keine Fehler: ${plural(directory.organizations.length, 'Organisation', 'Organisationen')}, ${plural(services, 'Angebot', 'Angebote')}.`,
  );
  if (loaded.timeline)
    output.out(
      `✓ Zeitleiste: ${plural(loaded.timeline.items.length, 'Eintrag', 'Einträge')}, ${plural(loaded.timeline.sources.length, 'Quelle', 'Quellen')}.`,
    );
  printWarnings(output, directoryWarnings(directory, now, loaded.fileOf), args.verbose);
  printTranslationWarnings(output, loaded.translations, args.verbose);
  return 0;
}

function printWarnings(output: Output, warnings: readonly Warning[], verbose: boolean): void {
  if (warnings.length === 0) {
    output.out('Keine Warnungen.');
    return;
  }
  const translations = warnings.filter((w) => w.kind === 'translation');
  const others = warnings.filter((w) => w.kind !== 'translation');
  output.out(`${plural(warnings.length, 'Warnung', 'Warnungen')} (veröffentlichen ist trotzdem möglich):`);
  for (const w of others) output.out(`  ! ${w.path} [${w.recordId}]\n      ${w.message}`);
  if (translations.length > 0) {
    const perLanguage = new Map<string, number>();
    for (const w of translations) perLanguage.set(w.language ?? '?', (perLanguage.get(w.language ?? '?') ?? 0) + 1);
    output.out('  Fehlende Übersetzungen (Textfelder ohne Übersetzung, Deutsch wird angezeigt):');
    for (const [language, count] of perLanguage) output.out(`    ${language}: ${count}`);
    if (verbose) {
      for (const w of translations) output.out(`  ! ${w.path} [${w.recordId}]: ${w.message}`);
    } else {
      output.out('  Vollständige Liste mit --verbose.');
    }
  }
}
