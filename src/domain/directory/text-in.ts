/**
 * The one rule for showing a directory text in a family's language: the translation when there is one,
 * otherwise the German original (German is the source of every text). Screens, spoken text and the
 * hand-over summary all use it, so they never disagree about which language a text is shown in.
 */
import type { Text } from './text';

/** The text in `language`, or undefined when only the German original exists. */
export function translated(text: Text | object, language: string): string | undefined {
  const value = (text as Record<string, unknown>)[language];
  // A localized text also carries `machine` (the languages that are drafts): never a text itself.
  return typeof value === 'string' ? value : undefined;
}

/** The text in `language`, German when there is no translation. */
export function textIn(text: Text | { de?: unknown }, language: string): string {
  return translated(text, language) ?? (typeof text.de === 'string' ? text.de : '');
}
