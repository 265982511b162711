/**
 * The order of the results. First what is urgent (only when someone is in danger), then the office
 * responsible for the family's town (the right youth office, Familienbüro, Jobcenter …), then
 * services in the town, then Kreis-wide ones, then those reached by phone or online nationwide.
 * Inside a group a service that speaks the family's language or is open now comes first; closer
 * matches before looser ones; otherwise the directory's own order, so the list never jumps around.
 */
import type { Role } from '../directory/schema';
import type { BerlinMoment } from '../hours/berlin-time';
import { openingStatusAt, type OpeningStatus } from '../hours/opening-status';
import type { Answers } from './answers';
import type { DirectoryEntry } from './entries';
import { coversMunicipality, matchEntry, reachOf, type MatchReasons } from './match';

export const RESULT_GROUPS = ['urgent', 'responsible', 'town', 'kreis', 'national'] as const;
export type ResultGroup = (typeof RESULT_GROUPS)[number];

export interface RankedResult {
  entry: DirectoryEntry;
  group: ResultGroup;
  reasons: MatchReasons;
  speaksLanguage: boolean;
  status: OpeningStatus;
}

export interface RankOptions {
  /** The family's language (ISO 639-1); services that speak it get a boost. */
  language?: string;
  now: BerlinMoment;
}

const URGENT_ROLES: ReadonlySet<Role> = new Set(['emergency', 'youth-office-emergency']);
const RESPONSIBLE_ROLES: ReadonlySet<Role> = new Set([
  'youth-office',
  'youth-office-emergency',
  'family-office',
  'jobcenter',
  'health-office',
]);

function groupOf(entry: DirectoryEntry, answers: Answers): ResultGroup {
  const { role, serviceArea } = entry.service;
  if (answers.urgent && role && URGENT_ROLES.has(role)) return 'urgent';
  if (answers.municipality && role && RESPONSIBLE_ROLES.has(role)) return 'responsible';
  return reachOf(serviceArea);
}

/** In a crisis the emergency numbers and the town's youth-office emergency service show whatever else was answered. */
function urgentReasons(entry: DirectoryEntry, answers: Answers): MatchReasons | undefined {
  const { role, serviceArea } = entry.service;
  if (!answers.urgent || !role || !URGENT_ROLES.has(role)) return undefined;
  if (answers.municipality && !coversMunicipality(serviceArea, answers.municipality)) return undefined;
  return { ...(answers.municipality && { municipality: answers.municipality }), lifeStages: [], topics: [] };
}

export function rankResults(
  entries: readonly DirectoryEntry[],
  answers: Answers,
  options: RankOptions,
): RankedResult[] {
  const results: (RankedResult & { score: number })[] = [];
  for (const entry of entries) {
    const reasons = matchEntry(entry, answers) ?? urgentReasons(entry, answers);
    if (!reasons) continue;
    const speaksLanguage = options.language !== undefined && entry.service.languages.includes(options.language);
    const status = openingStatusAt(entry.service.schedules, options.now);
    const boost = (speaksLanguage ? 1 : 0) + (status.kind === 'open' ? 1 : 0);
    const closeness = reasons.topics.length + reasons.lifeStages.length;
    results.push({
      entry,
      group: groupOf(entry, answers),
      reasons,
      speaksLanguage,
      status,
      score: boost * 100 + closeness,
    });
  }
  results.sort(
    (a, b) =>
      RESULT_GROUPS.indexOf(a.group) - RESULT_GROUPS.indexOf(b.group) ||
      b.score - a.score ||
      a.entry.order - b.entry.order,
  );
  return results.map(({ score: _score, ...result }) => result);
}

/** Results split into their groups, in group order, leaving out empty groups. */
export function groupResults(results: readonly RankedResult[]): { group: ResultGroup; results: RankedResult[] }[] {
  return RESULT_GROUPS.map((group) => ({ group, results: results.filter((r) => r.group === group) })).filter(
    (g) => g.results.length > 0,
  );
}
