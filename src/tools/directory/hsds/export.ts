import { WEEKDAYS } from '../../../domain/directory/hours-schema';
import type {
  Location,
  Organization,
  Phone,
  Schedule,
  Service,
  SourceDirectory,
} from '../../../domain/directory/schema';
import { hsdsId } from './ids';
import { attribute, taxonomyTerm, type HsdsAttribute, type HsdsTaxonomyTerm, type Vocabulary } from './vocabulary';

/**
 * The directory as HSDS 3.1 JSON (pure): one full service object per service (as in the
 * standard's examples/service_full.json), the organizations with their locations, the taxonomy
 * terms and an index. Text is German (the source); see vocabulary.ts for what else goes
 * where. Closures are written into the schedule's description, not as valid_from/valid_to:
 * in HSDS those bound the period in which the opening hours APPLY, so a closure written there
 * would tell other systems the service is open exactly when it is closed.
 */

type Json = Record<string, unknown>;

export const LOCATION_ID_TYPE = 'bruecken-fuer-familien';
export const AREA_URI = 'urn:bruecken-fuer-familien:area:';
const DAY_NAMES = { mo: 'Mo', tu: 'Di', we: 'Mi', th: 'Do', fr: 'Fr', sa: 'Sa', su: 'So' } as const;
const HOLIDAY_TEXT = {
  closed: 'an Feiertagen geschlossen',
  open: 'auch an Feiertagen',
  'as-usual-unknown': 'an Feiertagen bitte vorher nachfragen',
} as const;
const PHONE_TYPES: Record<Phone['kind'], string> = { voice: 'voice', fax: 'fax', sms: 'text', hotline: 'voice' };

const germanDate = (date: string) => date.split('-').reverse().join('.');
const defined = (entries: Json): Json => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

function phones(list: readonly Phone[], owner: string, link: Json): Json[] {
  return list.map((phone, i) =>
    defined({
      id: hsdsId('phone', owner, i),
      ...link,
      number: phone.number,
      type: PHONE_TYPES[phone.kind],
      description: phone.kind === 'hotline' ? ['Hotline', phone.label?.de].filter(Boolean).join(': ') : phone.label?.de,
    }),
  );
}

function profile(entity: 'service' | 'location' | 'organization', linkId: string, data: Json): HsdsAttribute {
  return attribute(entity, linkId, 'profile', 'record', JSON.stringify(data));
}

function hsdsLocation(location: Location, org: Organization): Json {
  const id = hsdsId('location', location.id);
  const { address } = location;
  const attributes = [
    ...(address.municipality ? [attribute('location', id, 'municipality', address.municipality)] : []),
    profile('location', id, {
      id: location.id,
      name: location.name,
      accessibility: location.accessibility,
      transit: location.transit,
    }),
  ];
  return defined({
    id,
    location_type: 'physical',
    organization_id: hsdsId('organization', org.id),
    name: location.name?.de,
    transportation: location.transit?.de,
    latitude: location.geo?.lat,
    longitude: location.geo?.lon,
    external_identifier: location.id,
    external_identifier_type: LOCATION_ID_TYPE,
    addresses: [
      {
        id: hsdsId('address', location.id),
        location_id: id,
        address_1: address.street,
        city: address.city,
        region: 'Kreis Unna',
        state_province: 'Nordrhein-Westfalen',
        postal_code: address.postalCode,
        country: 'DE',
        address_type: 'physical',
      },
    ],
    accessibility: location.accessibility
      ? [{ id: hsdsId('accessibility', location.id), location_id: id, description: location.accessibility.de }]
      : undefined,
    attributes,
  });
}

/** One readable German sentence for the whole schedule (hours, holidays, closures, note). */
function describeSchedule(schedule: Schedule): string {
  const parts: string[] = [];
  for (const i of schedule.weekly ?? []) {
    parts.push(
      `${i.days.map((d) => DAY_NAMES[d]).join(', ')} ${i.opens}–${i.closes}${i.overnight ? ' (über Nacht)' : ''}`,
    );
  }
  if (schedule.alwaysOpen) parts.push('rund um die Uhr');
  if (schedule.appointmentOnly) parts.push('Termine nach Vereinbarung');
  parts.push(HOLIDAY_TEXT[schedule.holidays]);
  for (const c of schedule.closures ?? []) {
    parts.push(`geschlossen vom ${germanDate(c.from)} bis ${germanDate(c.to)}${c.note ? ` (${c.note.de})` : ''}`);
  }
  return parts.join('; ');
}

/**
 * Times as HSDS 3.1 asks: with their UTC offset ("09:00+01:00") and the schedule's `timezone` (1).
 * Opening hours in Kreis Unna are local time (Europe/Berlin); HSDS has one fixed offset per
 * schedule, so the standard time offset is written and the description says that summer time
 * applies. HSDS has no "24:00": the end of the day is 23:59.
 */
const UTC_OFFSET = '+01:00';
const LOCAL_TIME_NOTE = 'Zeiten in Ortszeit (Europe/Berlin, im Sommer UTC+02:00)';
const withOffset = (time: string) => `${time === '24:00' ? '23:59' : time}${UTC_OFFSET}`;

/** One HSDS schedule per opening interval (freq WEEKLY, byday, opens_at, closes_at). */
function schedules(schedule: Schedule, serviceId: string, index: number, link: Json): Json[] {
  const common = { ...link, description: describeSchedule(schedule), notes: schedule.note?.de };
  const rows = (schedule.weekly ?? []).map((i) => ({
    byday: i.days.map((d) => d.toUpperCase()).join(','),
    opens_at: withOffset(i.opens),
    closes_at: withOffset(i.closes),
  }));
  if (schedule.alwaysOpen)
    rows.push({
      byday: WEEKDAYS.map((d) => d.toUpperCase()).join(','),
      opens_at: withOffset('00:00'),
      closes_at: withOffset('24:00'),
    });
  const weekly = rows.map((row, r) =>
    defined({
      id: hsdsId('schedule', serviceId, index, r),
      ...common,
      description: `${common.description}; ${LOCAL_TIME_NOTE}`,
      freq: 'WEEKLY',
      wkst: 'MO',
      timezone: 1,
      ...row,
    }),
  );
  // Appointment-only without fixed hours: a schedule that only describes.
  return weekly.length > 0 ? weekly : [defined({ id: hsdsId('schedule', serviceId, index, 0), ...common })];
}

function serviceAreas(service: Service): Json[] {
  const area = service.serviceArea;
  const id = (i: number) => hsdsId('service-area', service.id, i);
  if (area.scope === 'kreis')
    return [{ id: id(0), name: 'Kreis Unna (alle Städte und Gemeinden)', uri: `${AREA_URI}kreis` }];
  if (area.scope === 'national') return [{ id: id(0), name: 'Deutschland (bundesweit)', uri: `${AREA_URI}national` }];
  return area.municipalities.map((code, i) => ({
    id: id(i),
    name: taxonomyTerm('municipality', code).name,
    uri: `${AREA_URI}municipality:${code}`,
  }));
}

function serviceAttributes(service: Service, id: string): HsdsAttribute[] {
  const link = (kind: Vocabulary, code: string, value?: string) => attribute('service', id, kind, code, value);
  return [
    link('sector', service.sector),
    ...service.topics.map((c) => link('topic', c)),
    ...service.lifeStages.map((c) => link('life-stage', c)),
    ...(service.serviceArea.scope === 'municipality'
      ? service.serviceArea.municipalities.map((c) => link('municipality', c))
      : []),
    ...Object.entries(service.flags).map(([flag, value]) => link('flag', flag, String(value))),
    ...(service.role ? [link('role', service.role)] : []),
    profile('service', id, {
      id: service.id,
      name: service.name,
      summary: service.summary,
      description: service.description,
      eligibility: service.eligibility,
      fees: service.fees,
      keywords: service.keywords,
      phones: service.phones,
      schedules: service.schedules,
    }),
  ];
}

/** The organization as nested in a service (no locations, as in the standard's service_list). */
function hsdsOrganization(org: Organization, withLocations: boolean): Json {
  const id = hsdsId('organization', org.id);
  return defined({
    id,
    name: org.name.de,
    description: org.description?.de ?? '',
    email: org.email,
    website: org.website,
    phones: phones(org.phones, `organization:${org.id}`, { organization_id: id }),
    locations: withLocations ? org.locations.map((l) => hsdsLocation(l, org)) : undefined,
    attributes: [
      profile('organization', id, {
        id: org.id,
        name: org.name,
        description: org.description,
        phones: org.phones,
        sampleData: org.sampleData,
        locations: org.locations.map((l) => l.id),
        services: org.services.map((s) => s.id),
      }),
    ],
  });
}

function hsdsService(service: Service, org: Organization): Json {
  const id = hsdsId('service', service.id);
  const locations = new Map(org.locations.map((l) => [l.id, l]));
  const atLocations = service.locationIds.map((locationId) => ({
    locationId,
    id: hsdsId('service-at-location', service.id, locationId),
  }));
  const serviceSchedules: Json[] = [];
  const locationSchedules = new Map<string, Json[]>();
  service.schedules.forEach((schedule, index) => {
    const sal = atLocations.find((s) => s.locationId === schedule.locationId);
    if (sal) {
      const rows = schedules(schedule, service.id, index, { service_at_location_id: sal.id });
      locationSchedules.set(sal.id, [...(locationSchedules.get(sal.id) ?? []), ...rows]);
    } else {
      const link = schedule.locationId ? { location_id: hsdsId('location', schedule.locationId) } : {};
      serviceSchedules.push(...schedules(schedule, service.id, index, { service_id: id, ...link }));
    }
  });
  return defined({
    id,
    organization_id: hsdsId('organization', org.id),
    name: service.name.de,
    description: service.description.de,
    url: service.website,
    email: service.email,
    status: 'active',
    fees_description: service.fees?.de,
    eligibility_description: service.eligibility?.de,
    assured_date: service.lastChecked,
    phones: phones(service.phones, `service:${service.id}`, { service_id: id }),
    schedules: serviceSchedules,
    service_areas: serviceAreas(service).map((a) => ({ ...a, service_id: id })),
    service_at_locations: atLocations.map(({ id: salId, locationId }) =>
      defined({
        id: salId,
        service_id: id,
        location_id: hsdsId('location', locationId),
        schedules: locationSchedules.get(salId),
        location: locations.has(locationId) ? hsdsLocation(locations.get(locationId) as Location, org) : undefined,
      }),
    ),
    languages: service.languages.map((code) => ({ id: hsdsId('language', service.id, code), service_id: id, code })),
    organization: hsdsOrganization(org, false),
    attributes: serviceAttributes(service, id),
  });
}

export interface HsdsExport {
  services: { id: string; json: Json }[];
  organizations: Json[];
  taxonomyTerms: HsdsTaxonomyTerm[];
  index: Json;
}

export function directoryToHsds(directory: SourceDirectory): HsdsExport {
  const services = directory.organizations.flatMap((org) =>
    org.services.map((s) => ({ id: hsdsId('service', s.id), json: hsdsService(s, org) })),
  );
  const terms = new Map<string, HsdsTaxonomyTerm>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node !== null && typeof node === 'object') {
      const term = (node as Json).taxonomy_term as HsdsTaxonomyTerm | undefined;
      if (term) terms.set(term.id, term);
      Object.values(node).forEach(collect);
    }
  };
  collect(services.map((s) => s.json));
  const taxonomyTerms = [...terms.values()].sort((a, b) => (a.taxonomy + a.code < b.taxonomy + b.code ? -1 : 1));
  const index = {
    hsds_version: '3.1',
    profile:
      'Brücken für Familien (Kreis Unna): Texte auf Deutsch, Übersetzungen im Attribut bruecken-fuer-familien/profile',
    dataset: directory.meta.id,
    title: directory.meta.title.de,
    licence: directory.meta.licence,
    organizations: 'organizations.json',
    taxonomy_terms: 'taxonomy_terms.json',
    services: services.map((s) => ({ id: s.id, name: s.json.name, file: `services/${s.id}.json` })),
  };
  return {
    services,
    organizations: directory.organizations.map((org) => hsdsOrganization(org, true)),
    taxonomyTerms,
    index,
  };
}
