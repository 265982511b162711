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
import type { Role } from '../directory/schema';
import type { BerlinMoment } from '../hours/berlin-time';
import { openingStatusAt, type OpeningStatus } from '../hours/opening-status';
import { openNowCheck } from '../hours/open-now';
import type { Answers } from './answers';
import type { DirectoryEntry } from './entries';
import type { MatchEntry, MatchService } from './match-table';
import { coversMunicipality, matchEntry, reachOf, type MatchReasons } from './match';

export const RESULT_GROUPS = ['urgent', 'responsible', 'town', 'kreis', 'national'] as const;
export type ResultGroup = (typeof RESULT_GROUPS)[number];

export interface RankedResult<E extends MatchEntry = DirectoryEntry> {
  entry: E;
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
function isUrgentFor(entry: MatchEntry, answers: Answers): boolean {
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
function isResponsibleFor(service: MatchService, topics: readonly string[]): boolean {
  if (topics.length === 0) return true;
  if (service.role !== undefined && GENERALIST_ROLES.has(service.role)) {
    return topics.some((topic) => service.topics.includes(topic));
  }
  return service.topics.length > 0 && topics.includes(service.topics[0]!);
}

function groupOf(entry: MatchEntry, answers: Answers, urgent: boolean): ResultGroup {
  const { role, serviceArea } = entry.service;
  if (urgent) return 'urgent';
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
 * (more focused); each focus topic (what the topic is about in particular) the service lists counts
 * the same way, so a service that lists it early comes first (the focus never adds a service: only
 * those that fit the answered topics are ranked); the life stages by how much of the service is for
 * them (a service for exactly this age 1, one for every age a seventh), at half weight.
 */
function fitOf(service: MatchService, reasons: MatchReasons, answers: Answers): number {
  let fit = 0;
  if (reasons.topics.length > 0) {
    fit = 0.1 / service.topics.length;
    for (const topic of reasons.topics) fit += 1 / (1 + service.topics.indexOf(topic));
  }
  for (const topic of reasons.focus ?? []) fit += 1 / (1 + service.topics.indexOf(topic));
  if (answers.lifeStages.length > 0 && service.lifeStages.length > 0) {
    fit += reasons.lifeStages.length / service.lifeStages.length / 2;
  }
  return fit;
}

/**
 * The reasons with the focus topics the service lists (not those already answered as topics), so
 * a card can say why it comes first; the same reasons when it lists none.
 */
function withFocus(reasons: MatchReasons, service: MatchService, answers: Answers): MatchReasons {
  const focus = (answers.focus ?? []).filter(
    (topic) => service.topics.includes(topic) && !answers.topics.includes(topic),
  );
  return focus.length > 0 ? { ...reasons, focus } : reasons;
}

/** In a crisis the urgent services show whatever else was answered (age, other topics). */
function urgentReasons(entry: MatchEntry, answers: Answers): MatchReasons {
  const topics = entry.service.topics.filter((topic) => answers.topics.includes(topic));
  return { ...(answers.municipality && { municipality: answers.municipality }), lifeStages: [], topics };
}

/**
 * One ranked service. Its full opening status (until when, the next opening, why it is closed) is
 * worked out the first time `status` is read: of thousands of results only the cards on screen need
 * it. A class, so ranking the whole directory makes one small object per service.
 */
class Ranked<E extends MatchEntry> implements RankedResult<E> {
  private cached: OpeningStatus | undefined;
  constructor(
    readonly entry: E,
    readonly group: ResultGroup,
    readonly reasons: MatchReasons,
    readonly speaksLanguage: boolean,
    private readonly now: BerlinMoment,
  ) {}

  get status(): OpeningStatus {
    return (this.cached ??= openingStatusAt(this.entry.service.schedules, this.now));
  }
}

const GROUP_INDEX: Readonly<Record<ResultGroup, number>> = {
  urgent: 0,
  responsible: 1,
  town: 2,
  kreis: 3,
  national: 4,
};

/*
 * The sort keys of a result packed into one integer below 2^53, so the whole list sorts as numbers
 * (a typed array's own sort, no comparison function): from the top bits down the group (and, in a
 * crisis, emergency numbers before the youth office's duty), the fit (inverted: better first; in
 * steps of 2^-18), the responsible role with language and "open now", and the result's place in
 * the list given (the directory's order, when that list is in it).
 */
const FIT_STEPS = 2 ** 18;
const FIT_SLOTS = 2 ** 23;
const SECOND_SLOTS = 32;
const INDEX_SLOTS = 2 ** 21;

export function rankResults<E extends MatchEntry = DirectoryEntry>(
  entries: readonly E[],
  answers: Answers,
  options: RankOptions,
): RankedResult<E>[] {
  const openNow = openNowCheck(options.now);
  const { language, now } = options;
  const { municipality } = answers;
  // When only the town is answered (or nothing), every fitting service has the same reasons: one object for all.
  const unnarrowed =
    answers.lifeStages.length === 0 && answers.topics.length === 0
      ? { ...(municipality && { municipality }), lifeStages: [], topics: [] }
      : undefined;
  // A focus ranks only services that fit the answered topics (without topics it has nothing to rank).
  const focused = (answers.focus?.length ?? 0) > 0 && answers.topics.length > 0;
  const results: Ranked<E>[] = [];
  // The sort keys, worked out once per result rather than in each of the sort's comparisons:
  // group and urgency; fit; responsible role, language and "open now"; the directory's order.
  const firsts = new Uint8Array(entries.length);
  const fits = new Float64Array(entries.length);
  const seconds = new Uint8Array(entries.length);
  let inDirectoryOrder = entries.length <= INDEX_SLOTS;
  let previousOrder = -Infinity;
  for (const entry of entries) {
    const { service } = entry;
    const urgent = answers.urgent === true && isUrgentFor(entry, answers);
    let reasons: MatchReasons | undefined;
    if (urgent) reasons = urgentReasons(entry, answers);
    else if (unnarrowed)
      reasons = !municipality || coversMunicipality(service.serviceArea, municipality) ? unnarrowed : undefined;
    else reasons = matchEntry(entry, answers);
    if (!reasons) continue;
    if (focused && !urgent) reasons = withFocus(reasons, service, answers);
    const speaksLanguage = language !== undefined && service.languages.includes(language);
    const group = groupOf(entry, answers, urgent);
    const boost = (speaksLanguage ? 2 : 0) + (openNow(service.schedules) ? 1 : 0);
    const role = service.role;
    const at = results.length;
    firsts[at] = GROUP_INDEX[group] * 2 + (urgent && role !== 'emergency' ? 1 : 0);
    fits[at] = urgent ? 0 : fitOf(service, reasons, answers);
    // Inside "responsible": youth services before health office and Jobcenter; elsewhere no difference.
    seconds[at] = (group === 'responsible' && role ? RESPONSIBLE_ORDER.indexOf(role) : 0) * 4 + (3 - boost);
    results.push(new Ranked(entry, group, reasons, speaksLanguage, now));
    if (entry.order <= previousOrder) inDirectoryOrder = false;
    previousOrder = entry.order;
  }
  return inDirectoryOrder
    ? sortedByPackedKeys(results, firsts, fits, seconds)
    : sortedByComparison(results, firsts, fits, seconds);
}

type Keys = Uint8Array | Float64Array;

function sortedByPackedKeys<T>(results: readonly T[], firsts: Keys, fits: Keys, seconds: Keys): T[] {
  const keys = new Float64Array(results.length);
  for (let i = 0; i < results.length; i += 1) {
    const fit = Math.min(FIT_SLOTS - 1, Math.round(fits[i]! * FIT_STEPS));
    keys[i] = ((firsts[i]! * FIT_SLOTS + (FIT_SLOTS - 1 - fit)) * SECOND_SLOTS + seconds[i]!) * INDEX_SLOTS + i;
  }
  keys.sort();
  const sorted = new Array<T>(results.length);
  for (let i = 0; i < keys.length; i += 1) sorted[i] = results[keys[i]! % INDEX_SLOTS]!;
  return sorted;
}

/** The same order for a list not in the directory's order (or longer than the packed index allows). */
function sortedByComparison<T extends { entry: MatchEntry }>(
  results: readonly T[],
  firsts: Keys,
  fits: Keys,
  seconds: Keys,
): T[] {
  const fitOrder = Array.from(fits, (fit) => Math.round(fit * FIT_STEPS));
  const order = Array.from(results, (_, i) => i);
  order.sort(
    (a, b) =>
      firsts[a]! - firsts[b]! ||
      fitOrder[b]! - fitOrder[a]! ||
      seconds[a]! - seconds[b]! ||
      results[a]!.entry.order - results[b]!.entry.order,
  );
  return order.map((i) => results[i]!);
}

/** Results split into their groups, in group order, leaving out empty groups. */
export function groupResults<E extends MatchEntry>(
  results: readonly RankedResult<E>[],
): { group: ResultGroup; results: RankedResult<E>[] }[] {
  return RESULT_GROUPS.map((group) => ({ group, results: results.filter((r) => r.group === group) })).filter(
    (g) => g.results.length > 0,
  );
}
