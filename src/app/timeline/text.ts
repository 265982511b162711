import type { TimelineText } from '../../domain/timeline/schema';

/** A timeline text in the UI language (every language is required by validate; German as a last resort). */
export function textIn(text: TimelineText, language: string): string {
  const texts = text as Record<string, string | undefined>;
  return texts[language] ?? texts.de ?? '';
}
