/** Plain labels for taxonomy codes: town names from the taxonomy, stages and topics from the UI strings. */
import taxonomy from '../../domain/taxonomy.json';
import type { MatchReasons } from '../../domain/guide/match';

type T = (key: string, values?: Record<string, string>) => string;

const TOWN_NAMES = new Map(taxonomy.municipalities.map((m) => [m.code, m.name]));

export const TOWNS: readonly { code: string; name: string }[] = taxonomy.municipalities.map(({ code, name }) => ({
  code,
  name,
}));

export function townName(code: string): string {
  return TOWN_NAMES.get(code) ?? code;
}

/** "Holzwickede · Baby · Schreien, Schlafen" – or '' when nothing was answered. */
export function reasonsText(reasons: MatchReasons, t: T): string {
  const parts = [
    reasons.municipality !== undefined ? townName(reasons.municipality) : '',
    reasons.lifeStages.map((code) => t(`stages.${code}`)).join(', '),
    reasons.topics.map((code) => t(`topics.${code}`)).join(', '),
  ];
  return parts.filter((part) => part !== '').join(' · ');
}
