/**
 * Names of spoken languages in the UI language ("Türkisch", "Turkish"): the common ones as the app
 * was built with them (virtual:locale-names), others from the browser's own tables.
 */
import built from 'virtual:locale-names';

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLanguage: string): Intl.DisplayNames | null {
  if (!cache.has(uiLanguage)) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([uiLanguage, 'de'], { type: 'language' });
    } catch {
      names = null; // very old browsers: the codes are shown as they are
    }
    cache.set(uiLanguage, names);
  }
  return cache.get(uiLanguage) ?? null;
}

// Each card lists its languages: the same few names, looked up once per UI language.
const names = new Map<string, string>();

export function languageName(code: string, uiLanguage: string): string {
  const key = `${uiLanguage}|${code}`;
  let name = names.get(key);
  if (name === undefined) {
    name = built.languages[uiLanguage]?.[code] ?? displayNames(uiLanguage)?.of(code) ?? code;
    names.set(key, name);
  }
  return name;
}

/** The UI language first (the family reads that one), then the others in the data's order. */
export function languageNames(codes: readonly string[], uiLanguage: string): string[] {
  const ordered = [...codes.filter((c) => c === uiLanguage), ...codes.filter((c) => c !== uiLanguage)];
  return ordered.map((code) => languageName(code, uiLanguage));
}
