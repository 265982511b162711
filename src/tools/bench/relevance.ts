/**
 * Relevance of the search and the guide's ranking over the editorial directory: what counts as a
 * relevant result for a query (criteria from relevance-queries.json) and the figures per language.
 */
import type { Guide } from '../../domain/directory/guide-schema';
import type { Answers } from '../../domain/guide/answers';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { toMatchAnswers } from '../../domain/guide/flow';
import { coversMunicipality } from '../../domain/guide/match';

/** Every field given must hold; `id` is one of these parts of the service id, `topics` all of these. */
export interface Criterion {
  id?: string[];
  topics?: string[];
  role?: string;
  town?: string;
}

export interface RelevanceQuery {
  lang: string;
  q: string;
  rel: Criterion[];
}

export interface GuideCase {
  name: string;
  lang: string;
  answers: Answers;
  rel: Criterion[];
  /** The first relevant service must be at this place or better (in the whole list, or in its group with `inGroup`). */
  within: number;
  inGroup?: boolean;
  /** The first relevant service must also come before every service meeting these criteria. */
  before?: Criterion[];
  /** No service meeting these criteria may be "responsible for you". */
  notResponsible?: Criterion[];
  /**
   * Answers to the directory guide's follow-up questions by question id (e.g. `{ "school-focus": ["worries"] }`),
   * read as the app reads them: only when the answers lead to that question.
   */
  followUps?: Record<string, string[]>;
}

/**
 * The case's answers as the app ranks them: the town, life stages and topics given, and the follow-ups
 * answered through the directory's own guide (so a focus is what `guide.yaml` says it is).
 */
export function caseAnswers(guide: Guide, c: GuideCase): Answers {
  if (!c.followUps) return c.answers;
  const chosen: Record<string, string[]> = { ...c.followUps };
  for (const question of guide.questions) {
    if (question.followUpOnly) continue;
    if (question.kind === 'municipality' && c.answers.municipality) chosen[question.id] = [c.answers.municipality];
    if (question.kind === 'life-stage') chosen[question.id] = [...c.answers.lifeStages];
    if (question.kind === 'topic') chosen[question.id] = [...c.answers.topics];
  }
  return { ...toMatchAnswers(guide, chosen), ...(c.answers.urgent && { urgent: true }) };
}

export interface QueryOutcome {
  query: RelevanceQuery;
  /** 1-based place of the first relevant result; undefined when none is listed. */
  rank?: number;
  count: number;
  top: string[];
}

export interface Figures {
  queries: number;
  top1: number;
  top5: number;
  mrr: number;
  nothing: number;
}

export function isRelevant(entry: DirectoryEntry, criteria: readonly Criterion[]): boolean {
  const { service } = entry;
  return criteria.some(
    (c) =>
      (!c.id || c.id.some((part) => service.id.includes(part))) &&
      (!c.topics || c.topics.every((topic) => service.topics.includes(topic))) &&
      (!c.role || service.role === c.role) &&
      (!c.town || coversMunicipality(service.serviceArea, c.town)),
  );
}

/** Checks that every criterion can be met by some service, so a typo in the data cannot pass silently. */
export function unmetCriteria(entries: readonly DirectoryEntry[], queries: readonly { rel: Criterion[] }[]): string[] {
  return queries.flatMap((query) =>
    query.rel.filter((c) => !entries.some((entry) => isRelevant(entry, [c]))).map((c) => JSON.stringify(c)),
  );
}

export function outcomeOf(query: RelevanceQuery, ranked: readonly DirectoryEntry[]): QueryOutcome {
  const index = ranked.findIndex((entry) => isRelevant(entry, query.rel));
  return {
    query,
    ...(index >= 0 && { rank: index + 1 }),
    count: ranked.length,
    top: ranked.slice(0, 3).map((entry) => entry.service.id),
  };
}

export function figuresOf(outcomes: readonly QueryOutcome[]): Figures {
  const n = outcomes.length || 1;
  const share = (test: (o: QueryOutcome) => boolean) => outcomes.filter(test).length / n;
  return {
    queries: outcomes.length,
    top1: share((o) => o.rank === 1),
    top5: share((o) => o.rank !== undefined && o.rank <= 5),
    mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
    nothing: share((o) => o.count === 0),
  };
}

/** Offices shown as "responsible for you" although none of their topics was asked for. */
export function unfittingResponsible(
  results: readonly { group: string; entry: DirectoryEntry }[],
  answers: Answers,
): string[] {
  if (answers.topics.length === 0) return [];
  return results
    .filter((r) => r.group === 'responsible' && !r.entry.service.topics.some((t) => answers.topics.includes(t)))
    .map((r) => r.entry.service.id);
}
