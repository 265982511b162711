import * as v from 'valibot';
import { list, picklist, strictObject, uniqueItems } from './messages';
import { TextSchema } from './text';

/** Opening hours in local Europe/Berlin time. Relations (closes after opens) are checked in integrity.ts. */

/** True for a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export const DateSchema = v.pipe(
  v.string('Datum: erwartet Text im Format "JJJJ-MM-TT" (in Anführungszeichen)'),
  v.check(
    isCalendarDate,
    (issue) => `„${String(issue.input)}“ ist kein gültiges Datum (Format JJJJ-MM-TT, z. B. 2025-03-31)`,
  ),
);

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const TimeSchema = v.pipe(
  v.string('Uhrzeit: erwartet Text im Format "HH:MM" in Anführungszeichen, z. B. "08:30"'),
  v.regex(TIME, (issue) => `„${String(issue.input)}“ ist keine gültige Uhrzeit (00:00 bis 23:59, Format HH:MM)`),
);

/** Closing time may also be 24:00 (end of the day). */
const ClosingTimeSchema = v.pipe(
  v.string('Uhrzeit: erwartet Text im Format "HH:MM" in Anführungszeichen, z. B. "16:00"'),
  v.check(
    (t) => t === '24:00' || TIME.test(t),
    (issue) => `„${String(issue.input)}“ ist keine gültige Schließzeit (00:00 bis 24:00, Format HH:MM)`,
  ),
);

/** Minutes since midnight for 'HH:MM' (24:00 → 1440). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const IntervalSchema = strictObject(
  {
    days: v.pipe(
      list(picklist(WEEKDAYS, 'Unbekannter Wochentag'), 7, 'Wochentagen'),
      v.nonEmpty('Mindestens einen Wochentag angeben (mo, tu, we, th, fr, sa, su)'),
      uniqueItems<Weekday>('Wochentag'),
    ),
    opens: TimeSchema,
    closes: ClosingTimeSchema,
    overnight: v.optional(v.boolean('overnight: erwartet true oder false')),
  },
  'einer Öffnungszeit (days, opens, closes)',
);
export type Interval = v.InferOutput<typeof IntervalSchema>;

const ClosureSchema = strictObject(
  { from: DateSchema, to: DateSchema, note: v.optional(TextSchema) },
  'einer Schließzeit (from, to, note)',
);
export type Closure = v.InferOutput<typeof ClosureSchema>;

const HOLIDAY_RULES = ['closed', 'open', 'as-usual-unknown'] as const;

export function scheduleSchema<TId extends v.GenericSchema<string, string>>(idSchema: TId) {
  return v.pipe(
    strictObject(
      {
        locationId: v.optional(idSchema),
        weekly: v.optional(list(IntervalSchema, 50, 'Öffnungszeiten')),
        alwaysOpen: v.optional(v.boolean('alwaysOpen: erwartet true oder false')),
        appointmentOnly: v.optional(v.boolean('appointmentOnly: erwartet true oder false')),
        holidays: picklist(HOLIDAY_RULES, 'Unbekannte Feiertagsregel'),
        closures: v.optional(list(ClosureSchema, 100, 'Schließzeiten')),
        note: v.optional(TextSchema),
      },
      'einem Zeitplan (weekly, holidays …)',
    ),
    v.check(
      (s) => (s.weekly?.length ?? 0) > 0 || s.alwaysOpen === true || s.appointmentOnly === true,
      'Der Zeitplan sagt nichts: weekly mit Öffnungszeiten angeben oder alwaysOpen: true oder appointmentOnly: true',
    ),
  );
}
