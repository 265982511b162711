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
/**
 * Offices responsible for the family's town, in the order a family needs them: the youth services
 * first (Jugendamt, Familienbüro), then health office, Jobcenter and the Jugendberufsagentur (for
 * young people up to 25), the emergency duty last (it leads only when someone is in danger).
 */
const RESPONSIBLE_ORDER: readonly Role[] = [
  'youth-office',
  'family-office',
  'health-office',
  'jobcenter',
  'youth-employment-agency',
  'youth-office-emergency',
];

/**
 * Someone is in danger: emergency services for the topic that raised the alarm (112 and 110 for a
 * child-protection crisis, not the poison line) and the town's youth-office emergency duty.
 */
function isUrgentFor(entry: DirectoryEntry, answers: Answers): boolean {
  const { role, serviceArea, topics } = entry.service;
  if (!answers.urgent || !role || !URGENT_ROLES.has(role)) return false;
  if (answers.municipality && !coversMunicipality(serviceArea, answers.municipality)) return false;
  return answers.topics.length === 0 || topics.some((topic) => answers.topics.includes(topic));
}

function groupOf(entry: DirectoryEntry, answers: Answers): ResultGroup {
  const { role, serviceArea } = entry.service;
  if (isUrgentFor(entry, answers)) return 'urgent';
  if (answers.municipality && role && RESPONSIBLE_ORDER.includes(role)) return 'responsible';
  return reachOf(serviceArea);
}

/** In a crisis the urgent services show whatever else was answered (age, other topics). */
function urgentReasons(entry: DirectoryEntry, answers: Answers): MatchReasons | undefined {
  if (!isUrgentFor(entry, answers)) return undefined;
  const topics = entry.service.topics.filter((topic) => answers.topics.includes(topic));
  return { ...(answers.municipality && { municipality: answers.municipality }), lifeStages: [], topics };
}

/** Inside "responsible": youth services before health office and Jobcenter; elsewhere no difference. */
function roleRank(result: RankedResult): number {
  const role = result.entry.service.role;
  return result.group === 'responsible' && role ? RESPONSIBLE_ORDER.indexOf(role) : 0;
}

export function rankResults(
  entries: readonly DirectoryEntry[],
  answers: Answers,
  options: RankOptions,
): RankedResult[] {
  const results: (RankedResult & { score: number })[] = [];
  for (const entry of entries) {
    const reasons = urgentReasons(entry, answers) ?? matchEntry(entry, answers);
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
      roleRank(a) - roleRank(b) ||
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
