/**
 * First start: nobody has chosen a language on this phone yet (nothing stored, no ?lang= in the
 * address — a ?lang= link stores its language). The home screen then offers the chooser, once: when
 * the family leaves it without choosing, the language in use is remembered as their choice.
 */
import { readStoredLanguage } from '../i18n/language-choice';
import { UI_LANGUAGES } from '../../domain/languages';

export function isFirstStart(): boolean {
  return readStoredLanguage() === null;
}

/** The UI languages the phone itself is set to, best first (e.g. ["ar", "de"]), to list them first. */
export function phoneLanguages(preferred: readonly string[] = navigator.languages ?? [navigator.language]): string[] {
  const codes: string[] = [];
  for (const tag of preferred) {
    const code = tag.toLowerCase().split('-')[0] ?? '';
    if (UI_LANGUAGES.some((l) => l.code === code) && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
