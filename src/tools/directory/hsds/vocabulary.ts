import taxonomy from '../../../domain/taxonomy.json';
import { hsdsId } from './ids';

/**
 * Our taxonomy as HSDS attributes: each code becomes a taxonomy_term in a vocabulary named
 * "bruecken-fuer-familien/<kind>", linked to the service (or location) by an attribute.
 * The "profile" vocabulary carries what HSDS cannot hold (translations, summary, keywords,
 * phone kinds and labels, our schedule rules) as JSON in the attribute's value, so our own
 * export imports back unchanged; other HSDS consumers can ignore it.
 */

const VOCABULARY_PREFIX = 'bruecken-fuer-familien/';
export type Vocabulary = 'topic' | 'life-stage' | 'sector' | 'municipality' | 'flag' | 'role' | 'profile';

const vocabulary = (kind: Vocabulary) => `${VOCABULARY_PREFIX}${kind}`;

const FLAG_NAMES: Record<string, string> = {
  free: 'kostenlos',
  anonymous: 'anonym möglich',
  appointmentNeeded: 'Termin nötig',
  homeVisits: 'Hausbesuche',
  barrierFree: 'barrierefrei',
};
const ROLE_NAMES: Record<string, string> = {
  'youth-office': 'Jugendamt',
  'youth-office-emergency': 'Jugendamt – Notdienst',
  'family-office': 'Familienbüro',
  jobcenter: 'Jobcenter',
  'youth-employment-agency': 'Jugendberufsagentur',
  'health-office': 'Gesundheitsamt',
  emergency: 'Notruf',
};
const DESCRIPTIONS: Record<Vocabulary, string> = {
  topic: 'Thema eines Angebots (Brücken für Familien, Kreis Unna)',
  'life-stage': 'Lebensphase der Kinder, für die ein Angebot gedacht ist',
  sector: 'Bereich (Hilfesystem), zu dem ein Angebot gehört',
  municipality: 'Stadt oder Gemeinde im Kreis Unna',
  flag: 'Merkmal eines Angebots (Wert true/false)',
  role: 'Zuständige Stelle, die bei passenden Fragen zuerst genannt wird',
  profile: 'Daten des Profils Brücken für Familien, die HSDS nicht abbilden kann (JSON im Feld value)',
};

/** German name of a code in its vocabulary (from taxonomy.json). */
function termName(kind: Vocabulary, code: string): string {
  const lists: Partial<Record<Vocabulary, { code: string; de?: string; name?: string }[]>> = {
    topic: taxonomy.topics,
    'life-stage': taxonomy.lifeStages,
    sector: taxonomy.sectors,
    municipality: taxonomy.municipalities,
  };
  const item = lists[kind]?.find((i) => i.code === code);
  return item?.de ?? item?.name ?? FLAG_NAMES[code] ?? ROLE_NAMES[code] ?? code;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_detail: { id: string; name: string; description: string; version: string };
  language: string;
}

export function taxonomyTerm(kind: Vocabulary, code: string): HsdsTaxonomyTerm {
  const name = termName(kind, code);
  return {
    id: hsdsId('term', kind, code),
    code,
    name,
    description: kind === 'profile' ? DESCRIPTIONS.profile : `${DESCRIPTIONS[kind]}: ${name}`,
    taxonomy: vocabulary(kind),
    taxonomy_detail: {
      id: hsdsId('taxonomy', kind),
      name: vocabulary(kind),
      description: DESCRIPTIONS[kind],
      version: '1',
    },
    language: 'de',
  };
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
  label: string;
}

/** An attribute linking a record (by its HSDS id) to one of our codes. */
export function attribute(
  entity: 'service' | 'location' | 'organization',
  linkId: string,
  kind: Vocabulary,
  code: string,
  value?: string,
): HsdsAttribute {
  const term = taxonomyTerm(kind, code);
  return {
    id: hsdsId('attribute', linkId, kind, code),
    link_id: linkId,
    link_type: kind,
    link_entity: entity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    ...(value !== undefined ? { value } : {}),
    label: term.name,
  };
}

/** Codes of one vocabulary among a record's attributes (foreign attributes are ignored). */
export function codesOf(attributes: unknown, kind: Vocabulary): { code: string; value?: string }[] {
  if (!Array.isArray(attributes)) return [];
  const found: { code: string; value?: string }[] = [];
  for (const a of attributes as Record<string, unknown>[]) {
    const term = (a?.taxonomy_term ?? {}) as Record<string, unknown>;
    const detail = (term.taxonomy_detail ?? {}) as Record<string, unknown>;
    const name = term.taxonomy ?? detail.name;
    if (name === vocabulary(kind) && typeof term.code === 'string') {
      found.push({ code: term.code, ...(typeof a.value === 'string' ? { value: a.value } : {}) });
    }
  }
  return found;
}
