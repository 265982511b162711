/**
 * The order of the results. First what is urgent (only when someone is in danger), then the office
 * responsible for the family's town (the right youth office, Familienbüro, Jobcenter …) when the
 * question is one of its tasks, then services in the town, then Kreis-wide ones, then those
 * reached by phone or online nationwide. Inside a group, fit decides: a service whose main topic is
 * the family's question and that is made for their child's age comes before one that lists the
 * topic among many or serves every age. Among equally fitting services, the responsible youth
 * services come before health office and Jobcenter, then a service that speaks the family's
 * language or is open now; otherwise the directory's own order, so the list never jumps around.
 */
import type { Role, Service } from '../directory/schema';
import type { BerlinMoment } from '../hours/berlin-time';
import { openingStatusAt, type OpeningStatus } from '../hours/opening-status';
import { openNowCheck } from '../hours/open-now';
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
  /** Worked out when first read: only the cards on screen need it. */
  readonly status: OpeningStatus;
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

/** The youth office and its Familienbüro are the family's first address for everything they list. */
const GENERALIST_ROLES: ReadonlySet<Role> = new Set(['youth-office', 'family-office', 'youth-office-emergency']);

/**
 * Whether an office is responsible for the family's question. The youth office and Familienbüro:
 * for every topic they list. The specialised offices (health office, Jobcenter, Jugendberufsagentur):
 * only for their main topic, the first they list (editors list the main topic first). What else
 * they list makes them a fitting service of their area, ranked by fit like any other: the
 * Jobcenter's Bürgergeld lists work and training second (help for the parents looking for work),
 * but a young person's apprenticeship is not its task; the health office's child health service
 * lists school for the school entry examination, but a school problem is not its task either.
 */
function isResponsibleFor(service: Service, topics: readonly string[]): boolean {
  if (topics.length === 0) return true;
  if (service.role !== undefined && GENERALIST_ROLES.has(service.role)) {
    return topics.some((topic) => service.topics.includes(topic));
  }
  return service.topics.length > 0 && topics.includes(service.topics[0]!);
}

function groupOf(entry: DirectoryEntry, answers: Answers): ResultGroup {
  const { role, serviceArea } = entry.service;
  if (isUrgentFor(entry, answers)) return 'urgent';
  if (
    answers.municipality &&
    role &&
    RESPONSIBLE_ORDER.includes(role) &&
    isResponsibleFor(entry.service, answers.topics)
  ) {
    return 'responsible';
  }
  return reachOf(serviceArea);
}

/**
 * How well a service fits the answers: each answered topic counts by where the service lists it
 * (its first topic 1, its second ½, its third ⅓ …), a little more for a service with fewer topics
 * (more focused); the life stages by how much of the service is for them (a service for exactly
 * this age 1, one for every age a seventh), at half weight.
 */
function fitOf(service: Service, reasons: MatchReasons, answers: Answers): number {
  const focus = reasons.topics.length > 0 ? 0.1 / service.topics.length : 0;
  const topics = reasons.topics.reduce((sum, topic) => sum + 1 / (1 + service.topics.indexOf(topic)), focus);
  const stages =
    answers.lifeStages.length > 0 && service.lifeStages.length > 0
      ? reasons.lifeStages.length / service.lifeStages.length
      : 0;
  return topics + stages / 2;
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

/**
 * In a crisis the emergency numbers come first, in the directory's order (112 before 110), then the
 * youth office's emergency duty: fit does not decide there.
 */
function urgentRank(result: RankedResult): number {
  return result.group === 'urgent' && result.entry.service.role !== 'emergency' ? 1 : 0;
}

/**
 * One ranked service. Its full opening status (until when, the next opening, why it is closed) is
 * worked out the first time `status` is read: of thousands of results only the cards on screen need
 * it. A class, so ranking the whole directory makes one small object per service.
 */
class Ranked implements RankedResult {
  private cached: OpeningStatus | undefined;
  constructor(
    readonly entry: DirectoryEntry,
    readonly group: ResultGroup,
    readonly reasons: MatchReasons,
    readonly speaksLanguage: boolean,
    private readonly now: BerlinMoment,
  ) {}

  get status(): OpeningStatus {
    return (this.cached ??= openingStatusAt(this.entry.service.schedules, this.now));
  }
}

export function rankResults(
  entries: readonly DirectoryEntry[],
  answers: Answers,
  options: RankOptions,
): RankedResult[] {
  const openNow = openNowCheck(options.now);
  const results: Ranked[] = [];
  // The sort keys as numbers, once per result rather than in each of the sort's comparisons:
  // group and urgency; fit; responsible role, language and "open now"; the directory's order.
  const first: number[] = [];
  const fits: number[] = [];
  const second: number[] = [];
  for (const entry of entries) {
    const reasons = urgentReasons(entry, answers) ?? matchEntry(entry, answers);
    if (!reasons) continue;
    const { schedules, languages } = entry.service;
    const speaksLanguage = options.language !== undefined && languages.includes(options.language);
    const result = new Ranked(entry, groupOf(entry, answers), reasons, speaksLanguage, options.now);
    const boost = (speaksLanguage ? 2 : 0) + (openNow(schedules) ? 1 : 0);
    first.push(RESULT_GROUPS.indexOf(result.group) * 2 + urgentRank(result));
    fits.push(result.group === 'urgent' ? 0 : fitOf(entry.service, reasons, answers));
    second.push(roleRank(result) * 4 + (3 - boost));
    results.push(result);
  }
  const order = Array.from(results, (_, i) => i);
  order.sort(
    (a, b) =>
      first[a]! - first[b]! ||
      fits[b]! - fits[a]! ||
      second[a]! - second[b]! ||
      results[a]!.entry.order - results[b]!.entry.order,
  );
  return order.map((i) => results[i]!);
}

/** Results split into their groups, in group order, leaving out empty groups. */
export function groupResults(results: readonly RankedResult[]): { group: ResultGroup; results: RankedResult[] }[] {
  return RESULT_GROUPS.map((group) => ({ group, results: results.filter((r) => r.group === group) })).filter(
    (g) => g.results.length > 0,
  );
}
