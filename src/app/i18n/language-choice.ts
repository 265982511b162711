/**
 * Remembers the chosen UI language on the device. Read synchronously at start-up so the first
 * screen already appears in the right language.
 */
const KEY = 'bff.language';

export function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (some private modes): fall back to German
  }
}

export function storeLanguage(code: string): void {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // Not remembered, but the switch still works for this visit.
  }
}

export function forgetLanguage(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
