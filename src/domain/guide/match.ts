/**
 * Which services fit a family's answers, and why. A service fits when its service area covers
 * the family's town and its life stages and topics meet the answers; an unanswered question
 * does not narrow anything.
 */
import type { LifeStageCode, MunicipalityCode, ServiceArea, TopicCode } from '../directory/schema';
import type { Answers } from './answers';
import type { MatchEntry } from './match-table';

/** Where a service is, seen from the family's town. */
export type Reach = 'town' | 'kreis' | 'national';

export interface MatchReasons {
  /** The family's town, when the service covers it. */
  municipality?: MunicipalityCode;
  lifeStages: LifeStageCode[];
  topics: TopicCode[];
  /** The focus topics (what the answered topics are about in particular) the service lists, when a focus was answered. */
  focus?: TopicCode[];
}

export function reachOf(area: ServiceArea): Reach {
  return area.scope === 'municipality' ? 'town' : area.scope;
}

export function coversMunicipality(area: ServiceArea, municipality: MunicipalityCode): boolean {
  return area.scope !== 'municipality' || area.municipalities.includes(municipality);
}

function intersect<T>(wanted: readonly T[], offered: readonly T[]): T[] {
  return wanted.filter((code) => offered.includes(code));
}

/** Why the entry fits the answers, or undefined when it does not. */
export function matchEntry(entry: MatchEntry, answers: Answers): MatchReasons | undefined {
  const { service } = entry;
  if (answers.municipality && !coversMunicipality(service.serviceArea, answers.municipality)) return undefined;
  // Most services of a large directory fail here: rule them out before making any list.
  if (!meets(answers.lifeStages, service.lifeStages) || !meets(answers.topics, service.topics)) return undefined;
  const lifeStages = intersect(answers.lifeStages, service.lifeStages);
  const topics = intersect(answers.topics, service.topics);
  return answers.municipality ? { municipality: answers.municipality, lifeStages, topics } : { lifeStages, topics };
}

/** An unanswered question (nothing wanted) does not narrow; otherwise one wanted code must be offered. */
function meets<T>(wanted: readonly T[], offered: readonly T[]): boolean {
  if (wanted.length === 0) return true;
  for (const code of wanted) if (offered.includes(code)) return true;
  return false;
}
