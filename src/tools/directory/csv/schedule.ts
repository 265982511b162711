import { isCalendarDate, minutesOf, WEEKDAYS } from '../../../domain/directory/hours-schema';
import type { Closure, Interval, Schedule, Weekday } from '../../../domain/directory/schema';
import { CellError, readInlineText, readList, writeInlineText } from './cells';

/**
 * Opening hours as readable text in one cell, one schedule per line:
 *   "Standort rathaus-unna | mo-fr 08:30-12:00, 13:30-16:00; do 08:30-18:00 | Feiertage geschlossen
 *    | Termine nach Vereinbarung | geschlossen 2026-12-24..2027-01-01 (Weihnachten; en=Christmas)
 *    | Hinweis: Bitte klingeln"
 * Days are German abbreviations (mo di mi do fr sa so). "overnight" is not written: a time that
 * closes before it opens (22:00-06:00) is always overnight, anything else never is.
 */

const GERMAN_DAYS: Record<Weekday, string> = { mo: 'mo', tu: 'di', we: 'mi', th: 'do', fr: 'fr', sa: 'sa', su: 'so' };
const DAY_OF = new Map(Object.entries(GERMAN_DAYS).map(([code, german]) => [german, code as Weekday]));

const HOLIDAY_WORDS: Record<Schedule['holidays'], string> = {
  closed: 'Feiertage geschlossen',
  open: 'Feiertage geöffnet',
  'as-usual-unknown': 'Feiertage unbekannt',
};
const ALWAYS_OPEN = 'rund um die Uhr';
const APPOINTMENT_ONLY = 'Termine nach Vereinbarung';
const LOCATION_PREFIX = 'Standort ';
const NOTE_PREFIX = 'Hinweis:';
const CLOSURE_PREFIX = 'geschlossen ';

function writeDays(days: readonly Weekday[]): string {
  const indexes = days.map((d) => WEEKDAYS.indexOf(d));
  const contiguous = indexes.every((n, i) => i === 0 || n === (indexes[i - 1] ?? -2) + 1);
  if (days.length >= 3 && contiguous)
    return `${GERMAN_DAYS[days[0] as Weekday]}-${GERMAN_DAYS[days.at(-1) as Weekday]}`;
  return days.map((d) => GERMAN_DAYS[d]).join(',');
}

function readDays(spec: string): Weekday[] {
  const days: Weekday[] = [];
  const unknown = (d: string) =>
    new CellError(`Unbekannter Wochentag „${d}“ – erlaubt sind mo, di, mi, do, fr, sa, so (Bereiche wie mo-fr)`);
  for (const item of spec.split(',')) {
    const [from = '', to] = item.trim().toLowerCase().split('-');
    const start = DAY_OF.get(from);
    if (!start) throw unknown(from);
    if (to === undefined) {
      days.push(start);
      continue;
    }
    const end = DAY_OF.get(to);
    if (!end) throw unknown(to);
    const [a, b] = [WEEKDAYS.indexOf(start), WEEKDAYS.indexOf(end)];
    if (b < a) throw new CellError(`Tagesbereich „${item.trim()}“ läuft rückwärts – z. B. mo-fr schreiben`);
    days.push(...WEEKDAYS.slice(a, b + 1));
  }
  return days;
}

const TIME_RANGE = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

function readWeekly(part: string): Interval[] {
  const intervals: Interval[] = [];
  for (const group of part.split(';')) {
    const trimmed = group.trim();
    const space = trimmed.indexOf(' ');
    if (space < 0)
      throw new CellError(`„${trimmed}“: erwartet Tage und Zeiten, z. B. „mo-fr 08:30-12:00, 13:30-16:00“`);
    const days = readDays(trimmed.slice(0, space));
    for (const range of trimmed.slice(space + 1).split(',')) {
      const m = TIME_RANGE.exec(range.trim());
      if (!m) throw new CellError(`„${range.trim()}“ ist keine Zeitspanne – erwartet z. B. 08:30-12:00`);
      const [opens, closes] = [m[1] as string, m[2] as string];
      const overnight = minutesOf(closes) <= minutesOf(opens);
      intervals.push({ days: [...days], opens, closes, ...(overnight ? { overnight: true } : {}) });
    }
  }
  return intervals;
}

function writeWeekly(weekly: readonly Interval[]): string {
  const groups: string[] = [];
  let lastDays = '';
  let times: string[] = [];
  const flush = () => {
    if (times.length > 0) groups.push(`${lastDays} ${times.join(', ')}`);
  };
  for (const interval of weekly) {
    const days = writeDays(interval.days);
    if (days !== lastDays) {
      flush();
      lastDays = days;
      times = [];
    }
    times.push(`${interval.opens}-${interval.closes}`);
  }
  flush();
  return groups.join('; ');
}

function writeClosure(closure: Closure): string {
  const note = closure.note ? ` (${writeInlineText(closure.note, 'Anmerkung zur Schließzeit')})` : '';
  return `${CLOSURE_PREFIX}${closure.from}..${closure.to}${note}`;
}

function readClosure(part: string): Closure {
  const m = /^geschlossen\s+(\S+)\s*\.\.\s*(\S+?)(?:\s+\((.*)\))?$/s.exec(part);
  if (!m) throw new CellError(`„${part}“: erwartet z. B. „geschlossen 2026-12-24..2027-01-01 (Weihnachten)“`);
  const [from, to] = [m[1] as string, m[2] as string];
  for (const date of [from, to]) {
    if (!isCalendarDate(date)) throw new CellError(`„${date}“ ist kein gültiges Datum (Format JJJJ-MM-TT)`);
  }
  return { from, to, ...(m[3] !== undefined ? { note: readInlineText(m[3], 'Anmerkung zur Schließzeit') } : {}) };
}

function writeSchedule(schedule: Schedule): string {
  const parts: string[] = [];
  if (schedule.locationId !== undefined) parts.push(`${LOCATION_PREFIX}${schedule.locationId}`);
  if (schedule.weekly && schedule.weekly.length > 0) parts.push(writeWeekly(schedule.weekly));
  if (schedule.alwaysOpen === true) parts.push(ALWAYS_OPEN);
  if (schedule.appointmentOnly === true) parts.push(APPOINTMENT_ONLY);
  parts.push(HOLIDAY_WORDS[schedule.holidays]);
  for (const closure of schedule.closures ?? []) parts.push(writeClosure(closure));
  if (schedule.note) parts.push(`${NOTE_PREFIX} ${writeInlineText(schedule.note, 'Hinweis')}`);
  return parts.join(' | ');
}

function readSchedule(line: string): Schedule {
  let holidays: Schedule['holidays'] | undefined;
  const schedule: Omit<Schedule, 'holidays'> = {};
  const weekly: Interval[] = [];
  const closures: Closure[] = [];
  for (const part of readList(line)) {
    const lower = part.toLowerCase();
    const holiday = Object.entries(HOLIDAY_WORDS).find(([, words]) => words.toLowerCase() === lower)?.[0];
    if (holiday !== undefined) {
      if (holidays !== undefined) throw new CellError('Die Feiertagsregel steht doppelt in einem Zeitplan');
      holidays = holiday as Schedule['holidays'];
    } else if (part.startsWith(LOCATION_PREFIX)) schedule.locationId = part.slice(LOCATION_PREFIX.length).trim();
    else if (lower === ALWAYS_OPEN.toLowerCase()) schedule.alwaysOpen = true;
    else if (lower === APPOINTMENT_ONLY.toLowerCase()) schedule.appointmentOnly = true;
    else if (lower.startsWith(CLOSURE_PREFIX)) closures.push(readClosure(part));
    else if (part.startsWith(NOTE_PREFIX)) schedule.note = readInlineText(part.slice(NOTE_PREFIX.length), 'Hinweis');
    else if (part === '') throw new CellError('Leerer Teil im Zeitplan – zwei „|“ hintereinander?');
    else weekly.push(...readWeekly(part));
  }
  if (holidays === undefined) {
    throw new CellError(
      `Feiertagsregel fehlt: „${HOLIDAY_WORDS.closed}“, „${HOLIDAY_WORDS.open}“ oder „${HOLIDAY_WORDS['as-usual-unknown']}“ angeben`,
    );
  }
  // Key order as in the schema, so written YAML reads the same as hand-written files.
  const { locationId, alwaysOpen, appointmentOnly, note } = schedule;
  return {
    ...(locationId !== undefined ? { locationId } : {}),
    ...(weekly.length > 0 ? { weekly } : {}),
    ...(alwaysOpen ? { alwaysOpen } : {}),
    ...(appointmentOnly ? { appointmentOnly } : {}),
    holidays,
    ...(closures.length > 0 ? { closures } : {}),
    ...(note ? { note } : {}),
  };
}

/** All schedules of a service: one per line of the cell. */
export function writeSchedules(schedules: readonly Schedule[]): string {
  return schedules.map(writeSchedule).join('\n');
}

export function readSchedules(cell: string): Schedule[] {
  return cell
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(readSchedule);
}
