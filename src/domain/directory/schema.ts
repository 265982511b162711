import * as v from 'valibot';
import { DateSchema, scheduleSchema } from './hours-schema';
import { checkGuide } from './guide-integrity';
import { GuideSchema } from './guide-schema';
import { checkIntegrity } from './integrity';
import { checkRetired } from './retired';
import { toIssues, type Issue } from './issues';
import { germanFallback, list, picklist, strictObject, uniqueItems } from './messages';
import { PhoneSchema } from './phone';
import { LifeStageSchema, MunicipalitySchema, SectorSchema, TopicSchema } from './taxonomy-codes';
import {
  type LanguageCode,
  KeywordsSchema,
  LANGUAGE_CODES,
  LanguageCodeSchema,
  plainString,
  TextSchema,
  textSchema,
} from './text';
import { EmailSchema, UrlSchema } from './web';

/**
 * The one definition of the support directory. The editorial source (directory/*.yaml) and the
 * published directory.json have the same shape, so this schema validates both; the phone's sync
 * validates every download with it too (keep it free of Node and DOM).
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const IdSchema = v.pipe(
  v.string('Kennung (id): erwartet Text'),
  v.maxLength(80, (issue) => `Kennung „${issue.input.slice(0, 40)}…“ ist zu lang (höchstens 80 Zeichen)`),
  v.regex(
    ID_PATTERN,
    (issue) =>
      `Kennung „${String(issue.input)}“ ungültig: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche (z. B. familienbuero-unna; statt ü → ue)`,
  ),
);

/** Spoken languages: a content language code or any ISO 639-1 two-letter code. */
const SpokenLanguageSchema = v.pipe(
  v.string('Sprache: erwartet einen Sprachcode wie de, en, tr'),
  v.check(
    (code) => /^[a-z]{2}$/.test(code) || (LANGUAGE_CODES as readonly string[]).includes(code),
    (issue) =>
      `„${String(issue.input)}“ ist kein Sprachcode – zwei Kleinbuchstaben nach ISO 639-1, z. B. de, en, tr, ar`,
  ),
);

/** Germany's bounding box, so swapped or mistyped coordinates are caught. */
const GeoSchema = strictObject(
  {
    lat: v.pipe(
      v.number('lat: erwartet eine Zahl'),
      v.minValue(47.2, 'Breitengrad (lat) liegt nicht in Deutschland (47,2 bis 55,1)'),
      v.maxValue(55.1, 'Breitengrad (lat) liegt nicht in Deutschland (47,2 bis 55,1)'),
    ),
    lon: v.pipe(
      v.number('lon: erwartet eine Zahl'),
      v.minValue(5.8, 'Längengrad (lon) liegt nicht in Deutschland (5,8 bis 15,1)'),
      v.maxValue(15.1, 'Längengrad (lon) liegt nicht in Deutschland (5,8 bis 15,1)'),
    ),
  },
  'den Koordinaten (lat, lon)',
);

const AddressSchema = strictObject(
  {
    street: plainString('Straße'),
    postalCode: v.pipe(
      v.string('Postleitzahl: erwartet Text in Anführungszeichen, z. B. "59423"'),
      v.regex(/^\d{5}$/, (issue) => `Postleitzahl „${String(issue.input)}“ ungültig: genau 5 Ziffern`),
    ),
    city: plainString('Ort'),
    municipality: v.optional(MunicipalitySchema),
  },
  'einer Anschrift (street, postalCode, city, municipality)',
);
export type Address = v.InferOutput<typeof AddressSchema>;

const LocationSchema = strictObject(
  {
    id: IdSchema,
    name: v.optional(TextSchema),
    address: AddressSchema,
    geo: v.optional(GeoSchema),
    accessibility: v.optional(TextSchema),
    transit: v.optional(TextSchema),
  },
  'einem Standort (id, address …)',
);
export type Location = v.InferOutput<typeof LocationSchema>;

const ScheduleSchema = scheduleSchema(IdSchema);
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

const ServiceAreaSchema = v.variant(
  'scope',
  [
    strictObject(
      {
        scope: v.literal('municipality'),
        municipalities: v.pipe(
          list(MunicipalitySchema, 10, 'Gemeinden'),
          v.nonEmpty('Mindestens eine Gemeinde angeben'),
          uniqueItems<string>('Gemeinde'),
        ),
      },
      'dem Einzugsgebiet (scope, municipalities)',
    ),
    strictObject({ scope: v.literal('kreis') }, 'dem Einzugsgebiet (scope: kreis)'),
    strictObject({ scope: v.literal('national') }, 'dem Einzugsgebiet (scope: national)'),
  ],
  (issue) =>
    issue.expected === 'Object' || typeof issue.input !== 'string'
      ? `Einzugsgebiet: erwartet scope: municipality, kreis oder national`
      : `Unbekanntes Einzugsgebiet – scope muss municipality, kreis oder national sein`,
);
export type ServiceArea = v.InferOutput<typeof ServiceAreaSchema>;

const flag = (name: string) => v.optional(v.boolean(`${name}: erwartet true oder false`));
const FlagsSchema = strictObject(
  {
    free: flag('free'),
    anonymous: flag('anonymous'),
    appointmentNeeded: flag('appointmentNeeded'),
    homeVisits: flag('homeVisits'),
    barrierFree: flag('barrierFree'),
  },
  'den Merkmalen (free, anonymous, appointmentNeeded, homeVisits, barrierFree)',
);
export type Flags = v.InferOutput<typeof FlagsSchema>;

export const ROLES = [
  'youth-office',
  'youth-office-emergency',
  'family-office',
  'jobcenter',
  'youth-employment-agency',
  'health-office',
  'emergency',
] as const;
export type Role = (typeof ROLES)[number];

const ServiceSchema = strictObject(
  {
    id: IdSchema,
    name: TextSchema,
    summary: textSchema(160),
    description: TextSchema,
    sector: SectorSchema,
    topics: v.pipe(
      list(TopicSchema, 30, 'Themen'),
      v.nonEmpty('Mindestens ein Thema angeben'),
      uniqueItems<string>('Thema'),
    ),
    lifeStages: v.pipe(
      list(LifeStageSchema, 10, 'Lebensphasen'),
      v.nonEmpty('Mindestens eine Lebensphase angeben'),
      uniqueItems<string>('Lebensphase'),
    ),
    serviceArea: ServiceAreaSchema,
    role: v.optional(picklist(ROLES, 'Unbekannte Rolle')),
    flags: FlagsSchema,
    languages: v.pipe(
      list(SpokenLanguageSchema, 60, 'Sprachen'),
      v.nonEmpty('Mindestens eine gesprochene Sprache angeben (meist de)'),
      uniqueItems<string>('Sprache'),
    ),
    phones: list(PhoneSchema, 20, 'Telefonnummern'),
    email: v.optional(EmailSchema),
    website: v.optional(UrlSchema),
    locationIds: v.pipe(list(IdSchema, 200, 'Standorten'), uniqueItems<string>('Standort')),
    schedules: list(ScheduleSchema, 50, 'Zeitplänen'),
    eligibility: v.optional(TextSchema),
    fees: v.optional(TextSchema),
    keywords: v.optional(KeywordsSchema),
    lastChecked: DateSchema,
  },
  'einem Angebot (service)',
);
export type Service = v.InferOutput<typeof ServiceSchema>;

export const OrganizationSchema = strictObject(
  {
    id: IdSchema,
    name: TextSchema,
    description: v.optional(TextSchema),
    website: v.optional(UrlSchema),
    email: v.optional(EmailSchema),
    phones: list(PhoneSchema, 20, 'Telefonnummern'),
    sampleData: v.boolean('sampleData: erwartet true (Beispieldaten) oder false'),
    locations: list(LocationSchema, 200, 'Standorten'),
    services: v.pipe(list(ServiceSchema, 300, 'Angeboten'), v.nonEmpty('Mindestens ein Angebot (services) angeben')),
  },
  'einer Organisation',
);
export type Organization = v.InferOutput<typeof OrganizationSchema>;

const metaEntries = {
  id: IdSchema,
  version: plainString('version', 100),
  title: TextSchema,
  region: plainString('region'),
  regionKey: v.literal(
    '05978',
    'regionKey muss "05978" sein (Amtlicher Gemeindeschlüssel des Kreises Unna, in Anführungszeichen)',
  ),
  editorialEmail: EmailSchema,
  licence: plainString('licence'),
  sample: v.boolean('sample: erwartet true (enthält Beispieldaten) oder false'),
  generatedAt: v.optional(
    v.pipe(
      v.string('generatedAt: erwartet Text'),
      v.isoTimestamp('generatedAt: erwartet einen ISO-Zeitstempel, z. B. 2025-01-31T12:00:00.000Z'),
    ),
  ),
  languages: v.pipe(
    list(LanguageCodeSchema, LANGUAGE_CODES.length, 'Sprachen'),
    v.nonEmpty('Mindestens eine Sprache angeben (de zuerst)'),
    uniqueItems<LanguageCode>('Sprache'),
    v.check((langs: LanguageCode[]) => langs[0] === 'de', 'languages: Deutsch (de) muss an erster Stelle stehen'),
  ),
};

/** Meta of the published file: version is set by the build. */
const MetaSchema = strictObject(metaEntries, 'den Angaben zum Verzeichnis (meta)');

/** Meta in directory/dataset.yaml: version and generatedAt are filled in by the build. */
export const SourceMetaSchema = strictObject(
  { ...metaEntries, version: v.optional(metaEntries.version) },
  'den Angaben zum Verzeichnis (dataset.yaml)',
);

/** Room for a 20,000-service directory of small organizations; the 25 MB download limit bounds the rest. */
export const MAX_ORGANIZATIONS = 20_000;

/**
 * A published service that no longer exists (directory/retired.yaml): families may still have it in
 * their Merkliste, so the app tells them why it is gone and where to go now.
 */
const RetirementSchema = strictObject(
  {
    id: IdSchema,
    date: DateSchema,
    reason: TextSchema,
    successor: v.optional(IdSchema),
  },
  'einem stillgelegten Angebot (retired.yaml: id, date, reason, successor)',
);
export type Retirement = v.InferOutput<typeof RetirementSchema>;
export const RetiredListSchema = list(RetirementSchema, 20_000, 'stillgelegten Angeboten');

const DirectorySchema = strictObject(
  {
    meta: MetaSchema,
    guide: GuideSchema,
    organizations: list(OrganizationSchema, MAX_ORGANIZATIONS, 'Organisationen'),
    retired: v.optional(RetiredListSchema),
  },
  'dem Verzeichnis (meta, guide, organizations)',
);
export type Directory = v.InferOutput<typeof DirectorySchema>;

/**
 * The editorial source assembled from directory/*.yaml (meta without version). The guide's
 * questions (guide.yaml) may be missing while a folder is being imported; publishing needs them.
 */
const SourceDirectorySchema = strictObject(
  {
    meta: SourceMetaSchema,
    guide: v.optional(GuideSchema),
    organizations: list(OrganizationSchema, MAX_ORGANIZATIONS, 'Organisationen'),
    retired: v.optional(RetiredListSchema),
  },
  'dem Verzeichnis (meta, guide, organizations)',
);
export type SourceDirectory = v.InferOutput<typeof SourceDirectorySchema>;

export type { Issue } from './issues';
export type { Guide, GuideOption, GuideIcon } from './guide-schema';
export type { Text, LanguageCode, Keywords } from './text';
export type { Phone } from './phone';
export type { Interval, Closure, Weekday } from './hours-schema';
export type { LifeStageCode, TopicCode, MunicipalityCode } from './taxonomy-codes';
export { LANGUAGE_CODES } from './text';
export { toTelUri } from './phone';

export type ParseResult<T> = { ok: true; directory: T } | { ok: false; issues: Issue[] };

function parseWith<T extends SourceDirectory>(schema: v.GenericSchema<unknown, T>, input: unknown): ParseResult<T> {
  const result = v.safeParse(schema, input, { message: germanFallback });
  if (!result.success) return { ok: false, issues: toIssues(result.issues, input) };
  const issues = [
    ...checkIntegrity(result.output),
    ...checkRetired(result.output),
    ...(result.output.guide ? checkGuide(result.output.guide) : []),
  ];
  return issues.length > 0 ? { ok: false, issues } : { ok: true, directory: result.output };
}

/** Validates a published directory (e.g. a download on the phone): schema, then cross-record checks. */
export function parseDirectory(json: unknown): ParseResult<Directory> {
  return parseWith(DirectorySchema, json);
}

/** Validates the editorial source assembled from the YAML files (meta.version may be missing). */
export function parseSourceDirectory(input: unknown): ParseResult<SourceDirectory> {
  return parseWith(SourceDirectorySchema, input);
}
