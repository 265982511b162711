/** Plain labels for taxonomy codes: town names from the taxonomy, stages and topics from the UI strings. */
import type { MatchReasons } from '../../domain/guide/match';
import { townName } from '../../domain/towns';

type T = (key: string, values?: Record<string, string>) => string;

/**
 * "Holzwickede · Baby · Schreien, Schlafen" – or '' when nothing was answered. The focus topics a
 * service lists (what a school problem is about …) follow the answered topics.
 */
export function reasonsText(reasons: MatchReasons, t: T): string {
  const parts = [
    reasons.municipality !== undefined ? townName(reasons.municipality) : '',
    reasons.lifeStages.map((code) => t(`stages.${code}`)).join(', '),
    [...reasons.topics, ...(reasons.focus ?? [])].map((code) => t(`topics.${code}`)).join(', '),
  ];
  return parts.filter((part) => part !== '').join(' · ');
}
