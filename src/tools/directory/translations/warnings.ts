import type { Output } from '../report';
import type { TranslationState } from './apply';

/**
 * What `validate` says about the translation files: outdated translations (the German changed since;
 * the app shows the German meanwhile), keys no text has any more, translations still in YAML files.
 * Warnings only: publishing stays possible.
 */
function translationWarnings(state: TranslationState | undefined, verbose: boolean): string[] {
  if (!state) return [];
  const lines: string[] = [];
  if (state.outdated.length > 0) {
    lines.push(
      `  Veraltete Übersetzungen: ${state.outdated.length} – der deutsche Text hat sich geändert, die App zeigt bis zur neuen Übersetzung Deutsch (export-translations → übersetzen → import-translations):`,
    );
    for (const o of state.outdated) {
      lines.push(
        `  ! ${o.file ?? '?'}: ${o.key} [${o.language}]`,
        `      übersetzt aus „${o.source}“, jetzt „${o.current}“`,
      );
    }
  }
  if (state.unknown.length > 0) {
    lines.push(
      `  Übersetzungen ohne Text: ${state.unknown.length} – diesen Schlüssel gibt es im Verzeichnis nicht mehr (Eintrag umbenannt oder gelöscht?); sie bleiben in der Datei, werden aber nicht verwendet:`,
    );
    for (const u of state.unknown) lines.push(`  ! translations/${u.language}.po: ${u.key}`);
  }
  if (state.inline.length > 0) {
    const files = new Set(state.inline.map((i) => i.file));
    lines.push(
      `  Übersetzungen in YAML-Dateien: ${state.inline.length} in ${files.size} Dateien – „npm run directory -- move-translations“ verschiebt sie nach translations/ (nur dort wird erkannt, wann eine Übersetzung veraltet; steht ein Text auch dort, gilt die Fassung aus translations/).`,
    );
    if (verbose) for (const i of state.inline) lines.push(`  ! ${i.file ?? '?'}: ${i.key} [${i.language}]`);
  }
  return lines;
}

export function printTranslationWarnings(output: Output, state: TranslationState | undefined, verbose: boolean): void {
  for (const line of translationWarnings(state, verbose)) output.out(line);
}
