/** What a family told the guide. Every answer may be missing: each question can be skipped. */
import type { LifeStageCode, MunicipalityCode, TopicCode } from '../directory/schema';

export interface Answers {
  municipality?: MunicipalityCode;
  /** Several children allowed, so several stages. Empty = not answered. */
  lifeStages: LifeStageCode[];
  /** Empty = not answered. */
  topics: TopicCode[];
  /** Someone is in danger right now: emergency contacts come first. */
  urgent?: boolean;
  /**
   * What the chosen topics are about in particular (a follow-up's answer, e.g. a problem at school:
   * mental-health, parenting). These topics rank the results (fit); they never add or remove one.
   */
  focus?: TopicCode[];
}

export const NO_ANSWERS: Answers = { lifeStages: [], topics: [] };
