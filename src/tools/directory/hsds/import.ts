import taxonomy from '../../../domain/taxonomy.json';
import type { Location, Organization, Schedule, Service, ServiceArea, Text } from '../../../domain/directory/schema';
import { collect, list, str, type HsdsFile, type Json } from './collect';
import { AREA_URI, LOCATION_ID_TYPE } from './export';
import { assuredDate, email, phones, scheduleFrom, slugId, website, type Note } from './import-parts';
import { codesOf, type Vocabulary } from './vocabulary';

/**
 * HSDS 3.1 → our editorial files (pure). Maps what fits the model and reports in German what it
 * left out and why. What our schema requires but HSDS lacks (sector, topics, summary …) is filled
 * with a documented placeholder and reported per record ("vorläufig …"), never silently.
 * Records from our own export carry the profile attribute and come back unchanged.
 */

export type { HsdsFile } from './collect';

export interface HsdsImport {
  organizations: Organization[];
  report: string[];
  placeholders: number;
}

const SKIPPED: Record<string, string> = {
  alternate_name: 'das Modell kennt keinen Zweitnamen',
  additional_urls: 'nur eine Webadresse je Angebot',
  additional_websites: 'nur eine Webadresse je Organisation',
  interpretation_services: 'Dolmetschen bitte als Sprache (languages) oder im Text angeben',
  application_process: 'das Modell kennt keinen Antragsweg – bei Bedarf in die Beschreibung übernehmen',
  wait_time: 'das Modell kennt keine Wartezeit',
  fees: 'veraltetes Feld, Kosten stehen in fees_description',
  accreditations: 'das Modell kennt keine Zertifizierungen',
  licenses: 'das Modell kennt keine Lizenzen',
  alert: 'kurzfristige Hinweise kennt das Modell nicht',
  assurer_email: 'wer geprüft hat, wird nicht veröffentlicht',
  funding: 'das Modell kennt keine Förderung',
  cost_options: 'Kosten nur als Text (fees)',
  program: 'das Modell kennt keine Programme',
  program_id: 'das Modell kennt keine Programme',
  programs: 'das Modell kennt keine Programme',
  required_documents: 'das Modell kennt keine Unterlagen-Liste',
  contacts: 'keine Ansprechpersonen im Verzeichnis (Datenschutz)',
  capacities: 'das Modell kennt keine Kapazitäten',
  metadata: 'der Änderungsverlauf wird nicht übernommen',
  tax_status: 'Steuerstatus gehört nicht ins Familienverzeichnis',
  tax_id: 'Steuernummer gehört nicht ins Familienverzeichnis',
  year_incorporated: 'Gründungsjahr gehört nicht ins Familienverzeichnis',
  legal_status: 'Rechtsform gehört nicht ins Familienverzeichnis',
  logo: 'keine Bilder von fremden Servern (Datenschutz, offline)',
  uri: 'das Modell kennt keine externe Kennung der Organisation',
  parent_organization_id: 'das Modell kennt keine Dachorganisationen',
  organization_identifiers: 'das Modell kennt keine Register-Nummern',
};
const PLACEHOLDER_DATE = '2000-01-01';
const LIFE_STAGES = taxonomy.lifeStages;

function profileOf(attributes: unknown): Json | undefined {
  const value = codesOf(attributes, 'profile')[0]?.value;
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Json) : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown): Text | undefined => (str(value) ? { de: str(value) as string } : undefined);
const optional = <K extends string, T>(key: K, value: T | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;
/** Fields the profile holds in full (with translations) win over the German-only HSDS field. */
const fromProfile = <T>(profile: Json | undefined, key: string, native: T): T =>
  profile && profile[key] !== undefined ? (profile[key] as T) : native;

export function hsdsToOrganizations(files: readonly HsdsFile[]): HsdsImport {
  const found = collect(files);
  const report: string[] = [...found.notes];
  const skippedFields = new Map<string, number>();
  let placeholders = 0;
  const taken = new Set<string>();
  const note: Note = (message) => report.push(message);
  const placeholder = (message: string) => {
    placeholders++;
    report.push(message);
  };
  const countSkipped = (item: Json) => {
    for (const key of Object.keys(item))
      if (SKIPPED[key] && item[key] !== undefined) skippedFields.set(key, (skippedFields.get(key) ?? 0) + 1);
  };

  const locationIds = new Map<string, string>(); // HSDS location id → our id
  const toLocation = (hsds: Json): Location | undefined => {
    const profile = profileOf(hsds.attributes);
    const label = str(hsds.name) ?? str(hsds.id) ?? '?';
    const address = list(hsds.addresses).find((a) => a.address_type !== 'postal') ?? list(hsds.addresses)[0];
    const postalCode = str(address?.postal_code);
    if (!address || !postalCode || !/^\d{5}$/.test(postalCode) || !str(address.address_1) || !str(address.city)) {
      note(
        `Standort „${label}“ übersprungen: keine deutsche Anschrift (Straße, 5-stellige Postleitzahl, Ort)${postalCode ? ` – Postleitzahl „${postalCode}“` : ''}`,
      );
      return undefined;
    }
    const ours =
      str(profile?.id) ??
      (hsds.external_identifier_type === LOCATION_ID_TYPE ? str(hsds.external_identifier) : undefined);
    const id = ours ?? slugId(`${label}`, taken, 'standort');
    if (ours) taken.add(ours);
    const city = str(address.city) as string;
    const municipality =
      codesOf(hsds.attributes, 'municipality')[0]?.code ??
      // Foreign data: the town from the city name; our own export says it in the attribute (or not at all).
      (profile ? undefined : taxonomy.municipalities.find((m) => m.name.toLowerCase() === city.toLowerCase())?.code);
    const [lat, lon] = [hsds.latitude, hsds.longitude];
    const geoOk =
      typeof lat === 'number' && typeof lon === 'number' && lat >= 47.2 && lat <= 55.1 && lon >= 5.8 && lon <= 15.1;
    if (lat !== undefined && !geoOk)
      note(`Standort „${label}“: Koordinaten ${String(lat)}, ${String(lon)} liegen nicht in Deutschland – weggelassen`);
    const accessibility = list(hsds.accessibility)
      .map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' ');
    countSkipped(hsds);
    return {
      id,
      ...optional('name', fromProfile(profile, 'name', text(hsds.name))),
      address: {
        street: str(address.address_1) as string,
        postalCode,
        city,
        ...optional('municipality', municipality),
      },
      ...(geoOk ? { geo: { lat: lat as number, lon: lon as number } } : {}),
      ...optional('accessibility', fromProfile(profile, 'accessibility', text(accessibility))),
      ...optional('transit', fromProfile(profile, 'transit', text(hsds.transportation))),
    };
  };

  const organizations: Organization[] = [];
  for (const [orgHsdsId, hsdsOrg] of found.organizations) {
    const profile = profileOf(hsdsOrg.attributes);
    const name = str(hsdsOrg.name) ?? 'Organisation ohne Namen';
    const id = str(profile?.id) ?? slugId(name, taken, 'organisation');
    taken.add(id);
    const what = `Organisation „${name}“`;
    countSkipped(hsdsOrg);
    const services = [...found.services.values()].filter(
      (s) => (str((s.organization as Json | undefined)?.id) ?? str(s.organization_id)) === orgHsdsId,
    );
    const locationSources = [
      ...list(hsdsOrg.locations),
      ...[...found.locations.values()].filter((l) => l.organization_id === orgHsdsId),
      ...services.flatMap((s) =>
        list(s.service_at_locations)
          .map((sal) => sal.location)
          .filter((l): l is Json => !!l && typeof l === 'object'),
      ),
    ];
    const locations: Location[] = [];
    for (const hsdsLocation of locationSources) {
      const hsdsId = str(hsdsLocation.id) ?? '';
      if (locationIds.has(hsdsId)) continue;
      const location = toLocation(hsdsLocation);
      if (location) {
        locationIds.set(hsdsId, location.id);
        locations.push(location);
      } else locationIds.set(hsdsId, '');
    }
    const order = (ids: unknown) => (Array.isArray(ids) ? (ids as string[]) : []);
    const byOrder = <T extends { id: string }>(items: T[], ids: string[]) =>
      ids.length === 0 ? items : [...items].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
    const ourServices = services.map((s) => toService(s)).filter((s): s is Service => s !== undefined);
    if (ourServices.length === 0) {
      note(`${what} übersprungen: kein übernehmbares Angebot (services)`);
      continue;
    }
    const sampleData = profile?.sampleData;
    if (typeof sampleData !== 'boolean') {
      placeholder(
        `${what}: sampleData fehlt in HSDS – vorläufig true (als Beispieldaten gekennzeichnet), nach Prüfung auf false setzen`,
      );
    }
    organizations.push({
      id,
      name: fromProfile(profile, 'name', { de: name }),
      ...optional('description', fromProfile(profile, 'description', text(hsdsOrg.description))),
      ...optional('website', website(hsdsOrg.website, what, note)),
      ...optional('email', email(hsdsOrg.email, what, note)),
      phones: (profile?.phones as Organization['phones'] | undefined) ?? phones(hsdsOrg.phones, what, note),
      sampleData: typeof sampleData === 'boolean' ? sampleData : true,
      locations: byOrder(locations, order(profile?.locations)),
      services: byOrder(ourServices, order(profile?.services)),
    });
  }
  for (const service of found.services.values()) {
    const orgId = str((service.organization as Json | undefined)?.id) ?? str(service.organization_id);
    if (!orgId || !found.organizations.has(orgId))
      note(`Dienst „${str(service.name) ?? '?'}“ übersprungen: keine Organisation angegeben`);
  }

  function toService(hsds: Json): Service | undefined {
    const profile = profileOf(hsds.attributes);
    const name = str(hsds.name) ?? '';
    const what = `Dienst „${name}“`;
    const status = str(hsds.status);
    if (status === 'inactive' || status === 'defunct') {
      note(`${what} übersprungen: Status „${status}“`);
      return undefined;
    }
    if (!name) {
      note(`Dienst ohne Namen (${str(hsds.id) ?? '?'}) übersprungen`);
      return undefined;
    }
    countSkipped(hsds);
    const id = str(profile?.id) ?? slugId(name, taken, 'angebot');
    taken.add(id);
    const codes = (kind: Vocabulary) => codesOf(hsds.attributes, kind).map((c) => c.code);
    const needed = <T>(value: T | undefined, fallback: T, message: string): T => {
      if (value !== undefined) return value;
      placeholder(`${what}: ${message}`);
      return fallback;
    };
    const description = str(hsds.description);
    const summaryFallback = (description ?? name).split(/(?<=[.!?])\s/)[0]?.slice(0, 160) ?? name;
    const sector = codes('sector')[0];
    const topics = codes('topic');
    const stages = codes('life-stage');
    const agedStages = lifeStagesForAges(hsds.minimum_age, hsds.maximum_age);
    const flags = Object.fromEntries(codesOf(hsds.attributes, 'flag').map((f) => [f.code, f.value === 'true']));
    const languages = list(hsds.languages)
      .map((l) => str(l.code)?.toLowerCase())
      .filter((code): code is string => {
        if (code && /^[a-z]{2}$/.test(code)) return true;
        if (code) note(`${what}: Sprachcode „${code}“ ist kein zweibuchstabiger ISO-639-1-Code – weggelassen`);
        return false;
      });
    const salLocations = list(hsds.service_at_locations).map((sal) => ({
      sal,
      ours: locationIds.get(str(sal.location_id) ?? str((sal.location as Json | undefined)?.id) ?? '') ?? '',
    }));
    // Our own export carries the exact schedules in the profile; otherwise read HSDS's rows.
    const nativeSchedules = (): Schedule[] => {
      const schedules: Schedule[] = [];
      const direct = scheduleFrom(list(hsds.schedules), what, note);
      if (direct) schedules.push(direct);
      for (const { sal, ours } of salLocations) {
        if (!ours && list(sal.schedules).length > 0) {
          note(`${what}: Zeitplan eines übersprungenen Standorts weggelassen`);
          continue;
        }
        const atLocation = scheduleFrom(list(sal.schedules), what, note);
        if (atLocation) schedules.push({ locationId: ours, ...atLocation });
      }
      return schedules;
    };
    const lastChecked = assuredDate(hsds);
    return {
      id,
      name: fromProfile(profile, 'name', { de: name }),
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
      sector: needed(sector, 'youth', 'kein Bereich (sector) – vorläufig youth, bitte prüfen'),
      topics: needed(
        topics.length > 0 ? topics : undefined,
        ['parenting'],
        'kein Thema (topics) – vorläufig parenting, bitte nachtragen',
      ),
      lifeStages:
        stages.length > 0
          ? stages
          : needed(
              agedStages,
              LIFE_STAGES.map((s) => s.code),
              'keine Lebensphase (lifeStages) und kein Alter – vorläufig alle, bitte eingrenzen',
            ),
      serviceArea: needed(
        serviceAreaOf(hsds, codes('municipality')),
        { scope: 'kreis' } as ServiceArea,
        'kein Einzugsgebiet aus unserem Profil – vorläufig ganzer Kreis (kreis), bitte prüfen',
      ),
      ...optional('role', codes('role')[0] as Service['role']),
      flags,
      languages: needed(
        languages.length > 0 ? languages : undefined,
        ['de'],
        'keine Sprache (languages) – vorläufig de',
      ),
      phones: (profile?.phones as Service['phones'] | undefined) ?? phones(hsds.phones, what, note),
      ...optional('email', email(hsds.email, what, note)),
      ...optional('website', website(hsds.url, what, note)),
      locationIds: [...new Set(salLocations.map((s) => s.ours).filter((l) => l !== ''))],
      schedules: (profile?.schedules as Schedule[] | undefined) ?? nativeSchedules(),
      ...optional('eligibility', fromProfile(profile, 'eligibility', text(hsds.eligibility_description))),
      ...optional('fees', fromProfile(profile, 'fees', text(hsds.fees_description))),
      ...optional('keywords', profile?.keywords as Service['keywords']),
      lastChecked: needed(
        lastChecked,
        PLACEHOLDER_DATE,
        `kein Prüfdatum (assured_date) – vorläufig ${PLACEHOLDER_DATE} (gilt als veraltet), nach Prüfung eintragen`,
      ),
    };
  }

  for (const [field, count] of skippedFields) {
    report.push(`Feld ${field} übersprungen (${count}×): ${SKIPPED[field] ?? 'im Modell nicht vorgesehen'}`);
  }
  // The same remark for several rows of one schedule is said once.
  return { organizations, report: [...new Set(report)], placeholders };
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
