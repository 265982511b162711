/** Names of spoken languages in the UI language ("Türkisch", "Turkish"), from the browser's own tables. */
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

export function languageName(code: string, uiLanguage: string): string {
  return displayNames(uiLanguage)?.of(code) ?? code;
}

/** The UI language first (the family reads that one), then the others in the data's order. */
export function languageNames(codes: readonly string[], uiLanguage: string): string[] {
  const ordered = [...codes.filter((c) => c === uiLanguage), ...codes.filter((c) => c !== uiLanguage)];
  return ordered.map((code) => languageName(code, uiLanguage));
}
