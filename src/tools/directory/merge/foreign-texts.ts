import { isLocalizedText, recordName } from './merge-data';

/**
 * An import whose texts are in another language than German (HSDS from a foreign system, read
 * with --lang): each foreign text goes to that language's translation and the German stays as
 * stored (pure). A record the target does not have yet has no German at all: it is refused,
 * because every entry needs a German text; a foreign text of a field that has no German in the
 * target is left out. Both are reported in plain German.
 */

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const withId = (items: unknown[]): items is Plain[] =>
  items.length > 0 && items.every((item) => isPlain(item) && typeof item.id === 'string');

const foreignOnly = (value: unknown): boolean => isLocalizedText(value) && typeof value.de !== 'string';

/** Whether the record holds any text without German (its own fields and everything inside). */
function hasForeignText(value: unknown): boolean {
  if (foreignOnly(value)) return true;
  if (Array.isArray(value)) return value.some(hasForeignText);
  return isPlain(value) && Object.values(value).some(hasForeignText);
}

/** The record's name in whatever language it has one. */
function foreignName(record: Plain): string {
  const name = record.name;
  if (isLocalizedText(name)) {
    const first = Object.values(name).find((value) => typeof value === 'string');
    if (typeof first === 'string') return first;
  }
  return recordName(record);
}

export interface ForeignTexts {
  organizations: Plain[];
  /** What was refused or left out, for the plan. */
  notes: string[];
}

export function withStoredGerman(
  imported: readonly Plain[],
  existing: readonly Plain[],
  language: string,
): ForeignTexts {
  const notes: string[] = [];
  const refuse = (kind: string, record: Plain) =>
    notes.push(
      `${kind} „${foreignName(record)}“ (${String(record.id)}) nicht übernommen: noch nicht im Verzeichnis und ohne deutschen Text (${language}) – jeder Eintrag braucht Deutsch; bitte zuerst auf Deutsch anlegen, dann erneut einlesen`,
    );
  const fill = (incoming: unknown, stored: unknown, path: string): unknown => {
    if (foreignOnly(incoming)) {
      if (isLocalizedText(stored) && typeof stored.de === 'string') return { ...(incoming as Plain), de: stored.de };
      notes.push(`${path}: nur auf ${language}, im Verzeichnis ohne deutschen Text – weggelassen`);
      return undefined;
    }
    if (Array.isArray(incoming)) {
      const before = Array.isArray(stored) ? stored : [];
      if (withId(incoming)) {
        const byId = new Map(before.filter(isPlain).map((item) => [item.id, item] as const));
        return incoming.flatMap((item) => {
          const old = byId.get(item.id);
          if (!old && hasForeignText(item)) {
            refuse(path.endsWith('services') ? 'Angebot' : path.endsWith('locations') ? 'Standort' : 'Eintrag', item);
            return [];
          }
          return [fill(item, old, `${path}.${String(item.id)}`)];
        });
      }
      return incoming.map((item, i) => fill(item, before[i], `${path}.${i}`)).filter((v) => v !== undefined);
    }
    if (isPlain(incoming)) {
      const old = isPlain(stored) ? stored : {};
      const out: Plain = {};
      for (const [key, value] of Object.entries(incoming)) {
        const filled = fill(value, old[key], path === '' ? key : `${path}.${key}`);
        if (filled !== undefined) out[key] = filled;
      }
      return out;
    }
    return incoming;
  };
  const byId = new Map(existing.map((org) => [org.id, org]));
  const organizations: Plain[] = [];
  for (const org of imported) {
    const old = byId.get(org.id);
    if (!old && hasForeignText(org)) refuse('Organisation', org);
    else organizations.push(fill(org, old, String(org.id)) as Plain);
  }
  return { organizations, notes };
}
