import taxonomy from '../../../domain/taxonomy.json';
import type { Schedule, Service, ServiceArea } from '../../../domain/directory/schema';
import { list, str, type Json } from './collect';
import { AREA_URI } from './export';
import {
  assuredDate,
  email,
  fromProfile,
  optional,
  phones,
  profileOf,
  scheduleFrom,
  slugId,
  text,
  website,
} from './import-parts';
import type { ImportRun } from './import-run';
import { codesOf, type Vocabulary } from './vocabulary';

const PLACEHOLDER_DATE = '2000-01-01';
const LIFE_STAGES = taxonomy.lifeStages;

/** A service's link to a location: the HSDS row and our location id ('' when the location was left out). */
interface AtLocation {
  sal: Json;
  ours: string;
}

/**
 * An HSDS service as ours; undefined (and reported) when inactive or nameless. What our schema
 * requires and HSDS lacks is filled in as a reported placeholder.
 */
export function toService(run: ImportRun, hsds: Json): Service | undefined {
  const profile = profileOf(hsds.attributes);
  if (profile) run.profiled = true;
  const name = str(hsds.name) ?? '';
  const what = `Dienst „${name}“`;
  const status = str(hsds.status);
  if (status === 'inactive' || status === 'defunct') {
    run.note(`${what} übersprungen: Status „${status}“`);
    return undefined;
  }
  if (!name) {
    run.note(`Dienst ohne Namen (${str(hsds.id) ?? '?'}) übersprungen`);
    return undefined;
  }
  run.countSkipped(hsds);
  const id = str(profile?.id) ?? slugId(name, run.taken, 'angebot');
  run.taken.add(id);
  const languages = languagesOf(run, hsds, what);
  const atLocations: AtLocation[] = list(hsds.service_at_locations).map((sal) => ({
    sal,
    ours: run.locationIds.get(str(sal.location_id) ?? str((sal.location as Json | undefined)?.id) ?? '') ?? '',
  }));
  const needed = <T>(value: T | undefined, fallback: T, message: string): T =>
    run.needed(value, fallback, `${what}: ${message}`);
  return {
    id,
    name: fromProfile(profile, 'name', { de: name }),
    ...serviceTexts(hsds, profile, name, needed),
    ...serviceCodes(hsds, needed),
    languages: needed(languages.length > 0 ? languages : undefined, ['de'], 'keine Sprache (languages) – vorläufig de'),
    phones: (profile?.phones as Service['phones'] | undefined) ?? phones(hsds.phones, what, run.note),
    ...optional('email', email(hsds.email, what, run.note)),
    ...optional('website', website(hsds.url, what, run.note)),
    locationIds: [...new Set(atLocations.map((s) => s.ours).filter((l) => l !== ''))],
    // Our own export carries the exact schedules in the profile; otherwise read HSDS's rows.
    schedules: (profile?.schedules as Schedule[] | undefined) ?? schedulesFromRows(run, hsds, what, atLocations),
    ...optional('eligibility', fromProfile(profile, 'eligibility', text(hsds.eligibility_description))),
    ...optional('fees', fromProfile(profile, 'fees', text(hsds.fees_description))),
    ...optional('keywords', profile?.keywords as Service['keywords']),
    lastChecked: needed(
      assuredDate(hsds),
      PLACEHOLDER_DATE,
      `kein Prüfdatum (assured_date) – vorläufig ${PLACEHOLDER_DATE} (gilt als veraltet), nach Prüfung eintragen`,
    ),
  };
}

type Needed = <T>(value: T | undefined, fallback: T, message: string) => T;

/** Summary and description: the profile's, else HSDS's German text, else a reported placeholder. */
function serviceTexts(hsds: Json, profile: Json | undefined, name: string, needed: Needed) {
  const description = str(hsds.description);
  const summaryFallback = (description ?? name).split(/(?<=[.!?])\s/)[0]?.slice(0, 160) ?? name;
  return {
    summary:
      fromProfile(profile, 'summary', undefined) ??
      needed(
        undefined,
        { de: summaryFallback },
        `keine Kurzbeschreibung (summary) in HSDS – vorläufig „${summaryFallback}“, bitte in Elternsprache umschreiben`,
      ),
    description:
      fromProfile(profile, 'description', undefined) ??
      needed(text(description), { de: name }, 'keine Beschreibung – vorläufig der Name, bitte ergänzen'),
  };
}

/** Sector, topics, life stages, area, role and flags from our vocabulary's attributes (or the ages). */
function serviceCodes(hsds: Json, needed: Needed) {
  const codes = (kind: Vocabulary) => codesOf(hsds.attributes, kind).map((c) => c.code);
  const topics = codes('topic');
  const stages = codes('life-stage');
  return {
    sector: needed(codes('sector')[0], 'youth', 'kein Bereich (sector) – vorläufig youth, bitte prüfen'),
    topics: needed(
      topics.length > 0 ? topics : undefined,
      ['parenting'],
      'kein Thema (topics) – vorläufig parenting, bitte nachtragen',
    ),
    lifeStages:
      stages.length > 0
        ? stages
        : needed(
            lifeStagesForAges(hsds.minimum_age, hsds.maximum_age),
            LIFE_STAGES.map((s) => s.code),
            'keine Lebensphase (lifeStages) und kein Alter – vorläufig alle, bitte eingrenzen',
          ),
    serviceArea: needed(
      serviceAreaOf(hsds, codes('municipality')),
      { scope: 'kreis' } as ServiceArea,
      'kein Einzugsgebiet aus unserem Profil – vorläufig ganzer Kreis (kreis), bitte prüfen',
    ),
    ...optional('role', codes('role')[0] as Service['role']),
    flags: Object.fromEntries(codesOf(hsds.attributes, 'flag').map((f) => [f.code, f.value === 'true'])),
  };
}

/** Two-letter ISO 639-1 codes; anything else is reported and left out. */
function languagesOf(run: ImportRun, hsds: Json, what: string): string[] {
  return list(hsds.languages)
    .map((l) => str(l.code)?.toLowerCase())
    .filter((code): code is string => {
      if (code && /^[a-z]{2}$/.test(code)) return true;
      if (code) run.note(`${what}: Sprachcode „${code}“ ist kein zweibuchstabiger ISO-639-1-Code – weggelassen`);
      return false;
    });
}

/** HSDS's schedule rows: the service's own, then one per location it is offered at. */
function schedulesFromRows(run: ImportRun, hsds: Json, what: string, atLocations: AtLocation[]): Schedule[] {
  const schedules: Schedule[] = [];
  const direct = scheduleFrom(list(hsds.schedules), what, run.note);
  if (direct) schedules.push(direct);
  for (const { sal, ours } of atLocations) {
    if (!ours && list(sal.schedules).length > 0) {
      run.note(`${what}: Zeitplan eines übersprungenen Standorts weggelassen`);
      continue;
    }
    const atLocation = scheduleFrom(list(sal.schedules), what, run.note);
    if (atLocation) schedules.push({ locationId: ours, ...atLocation });
  }
  return schedules;
}

function lifeStagesForAges(min: unknown, max: unknown): string[] | undefined {
  if (typeof min !== 'number' && typeof max !== 'number') return undefined;
  const from = typeof min === 'number' ? min * 12 : 0;
  const to = typeof max === 'number' ? max * 12 + 11 : 10_000;
  const stages = LIFE_STAGES.filter((s) => {
    const [first, last] = s.ageMonths ?? [];
    return first !== undefined && last !== undefined && first <= to && last >= from;
  }).map((s) => s.code);
  return stages.length > 0 ? stages : undefined;
}

function serviceAreaOf(hsds: Json, municipalities: string[]): ServiceArea | undefined {
  const uris = list(hsds.service_areas).map((a) => str(a.uri) ?? '');
  if (uris.includes(`${AREA_URI}kreis`)) return { scope: 'kreis' };
  if (uris.includes(`${AREA_URI}national`)) return { scope: 'national' };
  const fromUris = uris
    .filter((u) => u.startsWith(`${AREA_URI}municipality:`))
    .map((u) => u.slice(`${AREA_URI}municipality:`.length));
  const codes = [...new Set([...fromUris, ...municipalities])];
  return codes.length > 0 ? { scope: 'municipality', municipalities: codes } : undefined;
}
