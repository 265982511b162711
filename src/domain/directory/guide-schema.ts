/**
 * The guide's questions live with the directory (directory/guide.yaml), not in code, so the
 * editorial team can word them, translate them and map answers onto the taxonomy themselves.
 */
import * as v from 'valibot';
import { list, picklist, strictObject, uniqueItems } from './messages';
import { LifeStageSchema, TopicSchema } from './taxonomy-codes';
import { KeywordsSchema, TextSchema } from './text';

/** Pictures the app can draw next to an answer (the app holds the drawings). */
const GUIDE_ICONS = [
  'pregnancy',
  'baby',
  'toddler',
  'child',
  'school',
  'teen',
  'work',
  'health',
  'midwife',
  'development',
  'disability',
  'mind',
  'childcare',
  'family',
  'meeting',
  'separation',
  'single-parent',
  'shield',
  'money',
  'home',
  'language',
  'alert',
] as const;
export type GuideIcon = (typeof GUIDE_ICONS)[number];

/**
 * What a question asks for: the town, the children's life stages, the topics, whether someone
 * is in danger right now (yes puts the emergency contacts first), or what a chosen topic is about
 * in particular (a focus: its answers rank the topic's services, they never add or remove any).
 */
const QUESTION_KINDS = ['municipality', 'life-stage', 'topic', 'urgent', 'focus'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const QUESTION_ID = v.pipe(
  v.string('Kennung (id): erwartet Text'),
  v.regex(
    /^[a-z][a-z0-9-]{0,39}$/,
    (issue) => `Kennung „${String(issue.input)}“ ungültig: Kleinbuchstaben, Ziffern, Bindestriche`,
  ),
);

const GuideOptionSchema = strictObject(
  {
    /** A taxonomy code (life stage, topic, town) or, for an urgent question, "yes" or "no". */
    value: v.pipe(v.string('value: erwartet einen Code'), v.maxLength(60, 'value: zu lang')),
    label: TextSchema,
    hint: v.optional(TextSchema),
    icon: v.optional(picklist(GUIDE_ICONS, 'Unbekanntes Bild (icon)')),
    /** Topic and focus answers: offered only when one of these life stages was chosen (or none was). */
    showFor: v.optional(v.pipe(list(LifeStageSchema, 10, 'Lebensphasen'), uniqueItems<string>('Lebensphase'))),
    /** Another question to ask when this answer is chosen. */
    followUp: v.optional(QUESTION_ID),
    /**
     * Focus answers: topics that make a service fit better (by where it lists them) without
     * widening the results, e.g. mental-health and parenting for a problem at school.
     */
    focus: v.optional(v.pipe(list(TopicSchema, 18, 'Themen'), uniqueItems<string>('Thema'))),
  },
  'einer Antwort (value, label, icon …)',
);
export type GuideOption = v.InferOutput<typeof GuideOptionSchema>;

const GuideQuestionSchema = strictObject(
  {
    id: QUESTION_ID,
    kind: picklist(QUESTION_KINDS, 'Unbekannte Art von Frage (kind)'),
    text: TextSchema,
    help: v.optional(TextSchema),
    /** Several answers allowed (several children, several topics). */
    multiple: v.optional(v.boolean('multiple: erwartet true oder false')),
    /** Asked only when an answer points here with followUp. */
    followUpOnly: v.optional(v.boolean('followUpOnly: erwartet true oder false')),
    options: list(GuideOptionSchema, 60, 'Antworten'),
  },
  'einer Frage (id, kind, text, options)',
);
export type GuideQuestion = v.InferOutput<typeof GuideQuestionSchema>;

/**
 * Everyday words of parents for the search, in every language: one entry is a set of words that
 * mean the same ("Schulden", "debts", "борги", "datorii" …). A word typed in any language also
 * searches the entry's German words, so it finds services that are described only in German.
 * With `topics`, every service of these topics is found by the entry's words too.
 */
const VocabularyEntrySchema = strictObject(
  {
    topics: v.optional(v.pipe(list(TopicSchema, 18, 'Themen'), uniqueItems<string>('Thema'))),
    words: v.pipe(
      KeywordsSchema,
      v.check(
        (words) => (words.de?.length ?? 0) > 0,
        'Jeder Eintrag im Wortschatz braucht deutsche Wörter (de), denn die Angebote sind auf Deutsch beschrieben',
      ),
    ),
  },
  'einem Eintrag des Wortschatzes (topics, words)',
);
export type VocabularyEntry = v.InferOutput<typeof VocabularyEntrySchema>;

export const GuideSchema = strictObject(
  {
    questions: v.pipe(list(GuideQuestionSchema, 30, 'Fragen'), v.nonEmpty('Mindestens eine Frage angeben')),
    /** Everyday words for the search (see VocabularyEntrySchema). */
    vocabulary: v.optional(list(VocabularyEntrySchema, 2000, 'Einträge im Wortschatz (vocabulary)')),
  },
  'dem Wegweiser (questions, vocabulary)',
);
export type Guide = v.InferOutput<typeof GuideSchema>;
