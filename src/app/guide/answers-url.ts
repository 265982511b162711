/**
 * The guide's answers live in the URL only (`?town=holzwickede&who=baby,toddler&topic=baby-care`),
 * so a result list is a link that can be opened again or sent. Question ids come from the data;
 * values are taxonomy codes (a–z, 0–9, -), so a comma separates several answers to one question.
 */
import type { Guide } from '../../domain/directory/guide-schema';
import type { GuideAnswers } from '../../domain/guide/flow';

const VALUE = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Reads the answers to the guide's questions; other parameters (lang …) and malformed values are ignored. */
export function readAnswers(guide: Guide, search: string | URLSearchParams): GuideAnswers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: Record<string, string[]> = {};
  for (const question of guide.questions) {
    const raw = params.getAll(question.id).flatMap((value) => value.split(','));
    const values = [...new Set(raw.map((v) => v.trim().toLowerCase()).filter((v) => VALUE.test(v)))];
    if (values.length > 0) answers[question.id] = question.multiple ? values : values.slice(0, 1);
  }
  return answers;
}

/** The query string (with "?", or '' when nothing was answered), in the guide's question order. */
export function answersQuery(guide: Guide, answers: GuideAnswers): string {
  const parts: string[] = [];
  for (const question of guide.questions) {
    const values = answers[question.id] ?? [];
    if (values.length > 0) parts.push(`${encodeURIComponent(question.id)}=${values.map(encodeURIComponent).join(',')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The answers with one question's answer replaced (an empty list removes it: skipped). */
export function withAnswer(answers: GuideAnswers, questionId: string, values: readonly string[]): GuideAnswers {
  const next: Record<string, readonly string[]> = { ...answers };
  if (values.length > 0) next[questionId] = values;
  else delete next[questionId];
  return next;
}

/** Toggles one value of a multiple-choice question. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export const questionPath = (step: number, query: string) => `/fragen/${step}${query}`;
export const resultsPath = (query: string) => `/ergebnisse${query}`;
