/**
 * Remembers the chosen UI language on the device. Read synchronously at start-up so the first
 * screen already appears in the right language.
 */
import { LANGUAGE_KEY } from '../../domain/guide/first-question-page';

// The ready first-question page's check script reads the same key before the app runs.
const KEY = LANGUAGE_KEY;

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
