import { isCalendarDate, WEEKDAYS } from '../../../domain/directory/hours-schema';
import { phoneNumberProblem } from '../../../domain/directory/phone';
import type { Interval, Phone, Schedule, Text, Weekday } from '../../../domain/directory/schema';
import { urlProblem } from '../../../domain/directory/web';
import { list, str, type Json } from './collect';
import { codesOf } from './vocabulary';
import { spelledOutLower } from '../german-letters';

/**
 * Small HSDS → model conversions used by import.ts. Each takes a `note` callback to say
 * in German what it dropped; none of them invents data.
 */

export type Note = (message: string) => void;

/** A lowercase id from a name ("Familienbüro Unna" → "familienbuero-unna"), unique via `taken`. */
export function slugId(name: string, taken: Set<string>, fallback: string): string {
  const base =
    spelledOutLower(name)
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function website(value: unknown, what: string, note: Note): string | undefined {
  const url = str(value);
  if (!url) return undefined;
  const problem = urlProblem(url);
  if (problem) note(`${what}: ${problem} – weggelassen`);
  return problem ? undefined : url;
}

export function email(value: unknown, what: string, note: Note): string | undefined {
  const address = str(value);
  if (!address) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@.]+$/.test(address)) return address;
  note(`${what}: E-Mail-Adresse „${address}“ ungültig – weggelassen`);
  return undefined;
}

const KINDS: Record<string, Phone['kind']> = {
  voice: 'voice',
  cell: 'voice',
  fax: 'fax',
  text: 'sms',
  textphone: 'sms',
};

export function phones(items: unknown, what: string, note: Note): Phone[] {
  const out: Phone[] = [];
  for (const item of list(items)) {
    // The standard's own examples write the number in extra quotes ("\"+44 1234 234567\"").
    const number = str(item.number)
      ?.replace(/^["']+|["']+$/g, '')
      .trim();
    if (!number) continue;
    const problem = phoneNumberProblem(number);
    if (problem) {
      note(`${what}: ${problem} – Nummer weggelassen`);
      continue;
    }
    if (item.extension !== undefined)
      note(`${what}: Durchwahl (extension) ${String(item.extension)} weggelassen – bitte in die Nummer schreiben`);
    const type = str(item.type) ?? 'voice';
    const kind = KINDS[type] ?? 'voice';
    if (!KINDS[type]) note(`${what}: Art „${type}“ der Nummer ${number} als Telefon übernommen`);
    const description = str(item.description);
    out.push({ number, kind, ...(description ? { label: { de: description.slice(0, 300) } } : {}) });
  }
  return out;
}

export function assuredDate(service: Json): string | undefined {
  for (const value of [service.assured_date, service.last_modified]) {
    const date = str(value)?.slice(0, 10);
    if (date && isCalendarDate(date)) return date;
  }
  return undefined;
}

/**
 * "10:00:00", "10:00+01:00" → "10:00" (our times are local Kreis Unna time). German offsets
 * (+01:00, +02:00) are local time; any other offset (or Z for UTC) is kept as written and reported.
 * "23:59" as the end of a day (HSDS has no 24:00) becomes our "24:00".
 */
function time(value: unknown, what: string, note: Note, closing = false): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(str(value) ?? '');
  if (!m) return undefined;
  const zone = m[3];
  if (zone !== undefined && !/^\+0[12]:?00$/.test(zone))
    note(
      `${what}: Zeit „${String(value)}“ hat nicht die deutsche Zeitzone – unverändert als Ortszeit übernommen, bitte prüfen`,
    );
  const hhmm = `${(m[1] ?? '').padStart(2, '0')}:${m[2]}`;
  return closing && hhmm === '23:59' ? '24:00' : hhmm;
}

const IGNORED_SCHEDULE_FIELDS = [
  'valid_from',
  'valid_to',
  'dtstart',
  'until',
  'count',
  'interval',
  'byweekno',
  'bymonthday',
  'byyearday',
  'schedule_link',
  'attending_type',
];

/** HSDS schedule rows of one place → one schedule of ours (weekly hours; holidays unknown). */
export function scheduleFrom(rows: readonly Json[], what: string, note: Note): Schedule | undefined {
  if (rows.length === 0) return undefined;
  const weekly: Interval[] = [];
  const texts = new Set<string>();
  for (const row of rows) {
    for (const field of IGNORED_SCHEDULE_FIELDS) {
      if (row[field] !== undefined)
        note(`${what}: Zeitplan-Feld ${field} übersprungen – das Modell kennt nur wöchentliche Zeiten`);
    }
    for (const text of [row.description, row.notes]) if (str(text)) texts.add(str(text) as string);
    const freq = str(row.freq);
    if (freq === undefined && row.byday === undefined) continue;
    if (freq !== 'WEEKLY') {
      note(
        `${what}: Zeitplan mit freq ${freq ?? '(leer)'} übersprungen – nur wöchentliche Zeiten (WEEKLY) werden übernommen`,
      );
      continue;
    }
    const days = (str(row.byday) ?? '').split(',').map((d) => d.trim().toLowerCase());
    const opens = time(row.opens_at, what, note);
    const closes = time(row.closes_at, what, note, true);
    if (row.timezone !== undefined && row.timezone !== 1 && row.timezone !== 2)
      note(
        `${what}: Zeitplan mit timezone ${String(row.timezone)} – Zeiten unverändert als Ortszeit übernommen, bitte prüfen`,
      );
    if (!days.every((d) => (WEEKDAYS as readonly string[]).includes(d)) || days.length === 0 || !opens || !closes) {
      note(
        `${what}: Öffnungszeit „${String(row.byday)} ${String(row.opens_at)}–${String(row.closes_at)}“ nicht lesbar – übersprungen`,
      );
      continue;
    }
    const overnight = closes !== '24:00' && closes <= opens;
    weekly.push({ days: [...new Set(days)] as Weekday[], opens, closes, ...(overnight ? { overnight: true } : {}) });
  }
  const noteText = [...texts].join(' – ').slice(0, 2000);
  if (weekly.length === 0) {
    note(
      `${what}: keine wöchentlichen Öffnungszeiten – ${noteText ? 'Beschreibung als Hinweis in der Beschreibung belassen, ' : ''}Zeitplan weggelassen`,
    );
    return undefined;
  }
  note(`${what}: Feiertagsregel fehlt in HSDS – vorläufig „as-usual-unknown“ (unbekannt), bitte prüfen`);
  return { weekly, holidays: 'as-usual-unknown', ...(noteText ? { note: { de: noteText } } : {}) };
}

/** The profile our own export writes into `attributes` (the record in our model, with translations). */
export function profileOf(attributes: unknown): Json | undefined {
  const value = codesOf(attributes, 'profile')[0]?.value;
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** A German-only text from an HSDS field, or undefined when it is empty. */
export const text = (value: unknown): Text | undefined => (str(value) ? { de: str(value) as string } : undefined);

/** `{ key: value }`, or nothing when the value is undefined (spread into a record). */
export const optional = <K extends string, T>(key: K, value: T | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;

/** Fields the profile holds in full (with translations) win over the German-only HSDS field. */
export const fromProfile = <T>(profile: Json | undefined, key: string, native: T): T =>
  profile && profile[key] !== undefined ? (profile[key] as T) : native;
