/**
 * The child's timeline as data (directory/timeline.yaml): check-ups, vaccination appointments,
 * errands after the birth and the prevention chain's milestones, each with its window, its texts in
 * every UI language, what to bring, the taxonomy codes that find the local contact, and the
 * sources it rests on. The editorial team keeps it; `npm run directory -- validate` checks it with
 * this schema and `checkTimeline` (German messages), and the build bundles it with the timeline screen.
 */
import * as v from 'valibot';
import { DateSchema } from '../directory/hours-schema';
import { list, picklist, strictObject, uniqueItems } from '../directory/messages';
import { ROLES } from '../directory/schema';
import { LifeStageSchema, SectorSchema, TopicSchema } from '../directory/taxonomy-codes';
import { UrlSchema } from '../directory/web';
import { UI_LANGUAGES } from '../languages';

const ID = v.pipe(
  v.string('Kennung (id): erwartet Text'),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    (issue) => `Kennung „${String(issue.input)}“ ungültig: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche`,
  ),
  v.maxLength(60, 'Kennung zu lang (höchstens 60 Zeichen)'),
);

const UI_CODES = UI_LANGUAGES.map((language) => language.code);

/** One text in every UI language: the timeline's sentences are short, and a family must never meet a gap. */
function timelineText(max: number) {
  const entry = (code: string) =>
    v.pipe(
      v.string(`Text (${code}): erwartet Text`),
      v.trim(),
      v.nonEmpty(`Text (${code}) darf nicht leer sein`),
      v.maxLength(max, (issue) => `Text (${code}) ist zu lang (${issue.input.length} Zeichen, höchstens ${max})`),
    );
  return strictObject(
    Object.fromEntries(UI_CODES.map((code) => [code, entry(code)])) as { de: ReturnType<typeof entry> } & Record<
      string,
      ReturnType<typeof entry>
    >,
    `einem Text (alle ${UI_CODES.length} Sprachen: ${UI_CODES.join(', ')})`,
  );
}
const TitleSchema = timelineText(80);
const SentenceSchema = timelineText(400);

const TIMELINE_KINDS = ['check-up', 'vaccination', 'errand', 'milestone'] as const;

const WINDOW_UNITS = ['day', 'week', 'month', 'year'] as const;
export type WindowUnit = (typeof WINDOW_UNITS)[number];

const Ordinal = (field: string) =>
  v.pipe(
    v.number(`${field}: erwartet eine Zahl`),
    v.check(
      (n) => n !== 0,
      `${field}: 0 gibt es nicht – 1 ist der erste Lebenstag/-monat, -1 eine Einheit vor der Geburt`,
    ),
    v.check(
      (n) => Number.isInteger(n) || (n > 0 && Number.isInteger(n * 2)),
      `${field}: nur ganze Zahlen (oder ein halber Monat wie 4.5)`,
    ),
    v.minValue(-60, `${field}: höchstens 60 Einheiten vor der Geburt`),
    v.maxValue(240, `${field}: zu groß`),
  );

/**
 * A window counted like the Kinder-Richtlinie: `unit: month, from: 3, to: 4` is "3. bis 4.
 * Lebensmonat" (from the day the child is two months old to the day before it is four months old).
 * Negative numbers count before the birth or due date: `unit: week, from: -12, to: -7` is twelve
 * to seven weeks before it.
 */
const WindowSchema = v.pipe(
  strictObject(
    { unit: picklist(WINDOW_UNITS, 'Unbekannte Einheit'), from: Ordinal('from'), to: Ordinal('to') },
    'einem Zeitraum (unit, from, to)',
  ),
  v.check((w) => w.from <= w.to, 'Zeitraum: „from“ muss vor oder gleich „to“ sein'),
  v.check(
    (w) => w.unit === 'month' || (Number.isInteger(w.from) && Number.isInteger(w.to)),
    'Zeitraum: halbe Einheiten (z. B. 4.5) gibt es nur bei Monaten',
  ),
);
export type TimelineWindow = v.InferOutput<typeof WindowSchema>;

/** Which local contact the item leads to: the guide's ranking picks it for the family's town. */
const ContactSchema = strictObject(
  {
    topic: TopicSchema,
    lifeStage: v.optional(LifeStageSchema),
    sector: v.optional(SectorSchema),
    role: v.optional(picklist(ROLES, 'Unbekannte Rolle')),
  },
  'dem Kontakt (topic, lifeStage, sector, role)',
);
export type TimelineContact = v.InferOutput<typeof ContactSchema>;

const SourceSchema = strictObject(
  {
    id: ID,
    title: v.pipe(
      v.string('title: erwartet Text'),
      v.trim(),
      v.nonEmpty('title darf nicht leer sein'),
      v.maxLength(300),
    ),
    url: UrlSchema,
    /** The day an editor last compared the items with this source. */
    checked: DateSchema,
    /** What was checked there, in German, for the next editor. */
    note: v.optional(v.pipe(v.string('note: erwartet Text'), v.maxLength(2000, 'note: zu lang'))),
  },
  'einer Quelle (id, title, url, checked, note)',
);
export type TimelineSource = v.InferOutput<typeof SourceSchema>;

const ItemSchema = strictObject(
  {
    id: ID,
    kind: picklist(TIMELINE_KINDS, 'Unbekannte Art (kind)'),
    window: WindowSchema,
    /** The outer limits (the Richtlinie's "Toleranzgrenze"); the window when missing. */
    tolerance: v.optional(WindowSchema),
    title: TitleSchema,
    text: SentenceSchema,
    /** Only for some families (e.g. Kinderzuschlag with a small income): said before the text. */
    condition: v.optional(SentenceSchema),
    bring: v.optional(SentenceSchema),
    contact: v.optional(ContactSchema),
    /** An official page for more (e.g. the vaccination calendar). */
    link: v.optional(UrlSchema),
    sources: v.pipe(
      list(ID, 10, 'Quellen'),
      v.nonEmpty('Jeder Eintrag nennt mindestens eine Quelle (sources)'),
      uniqueItems<string>('Quelle'),
    ),
  },
  'einem Eintrag (id, kind, window, title, text, sources …)',
);
export type TimelineItem = v.InferOutput<typeof ItemSchema>;

export const TimelineSchema = strictObject(
  {
    sources: v.pipe(list(SourceSchema, 50, 'Quellen'), v.nonEmpty('Mindestens eine Quelle angeben')),
    items: v.pipe(list(ItemSchema, 200, 'Einträgen'), v.nonEmpty('Mindestens einen Eintrag angeben')),
  },
  'der Zeitleiste (sources, items)',
);
export type Timeline = v.InferOutput<typeof TimelineSchema>;
