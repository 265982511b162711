import taxonomy from '../../domain/taxonomy.json';
import type { Directory, Organization, Service } from '../../domain/directory/schema';

/**
 * A valid directory of any size for the storage benchmark (the unit tests have their own fixtures in
 * tests/fixtures/). Codes come from taxonomy.json so the result passes parseDirectory like a real
 * publication.
 */
export interface SyntheticOptions {
  services: number;
  servicesPerOrganization?: number;
  version?: string;
  /** Changes every service's summary, so two versions differ in content, not only in meta. */
  label?: string;
  /** Drop these service ids (to test "nicht mehr im Verzeichnis"). */
  without?: readonly string[];
}

type MunicipalityArea = Extract<Service['serviceArea'], { scope: 'municipality' }>;

const municipalities = taxonomy.municipalities.map((m) => m.code);
const topics = taxonomy.topics.map((t) => t.code);
const lifeStages = taxonomy.lifeStages.map((l) => l.code);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function serviceId(i: number): string {
  return `angebot-${i}`;
}

function syntheticService(i: number, locationId: string, label: string): Service {
  const area: Service['serviceArea'] =
    i % 10 === 0
      ? { scope: 'kreis' }
      : i % 25 === 1
        ? { scope: 'national' }
        : { scope: 'municipality', municipalities: [pick(municipalities, i)] as MunicipalityArea['municipalities'] };
  return {
    id: serviceId(i),
    name: { de: `Beratungsangebot ${i}`, en: `Counselling service ${i}` },
    summary: { de: `Rat und Hilfe für Familien (${label})` },
    description: { de: `Eine ausführliche Beschreibung des Angebots ${i} mit ein paar Sätzen für Eltern.` },
    sector: 'youth',
    topics: [pick(topics, i), pick(topics, i + 7)].filter((t, k, all) => all.indexOf(t) === k) as Service['topics'],
    lifeStages: [pick(lifeStages, i)] as Service['lifeStages'],
    serviceArea: area,
    flags: { free: true },
    languages: ['de', 'tr'],
    phones: [{ number: `02303 27-${1000 + (i % 9000)}`, kind: 'voice' }],
    locationIds: [locationId],
    schedules: [{ locationId, weekly: [{ days: ['mo', 'tu'], opens: '08:30', closes: '16:00' }], holidays: 'closed' }],
    lastChecked: '2026-11-01',
  };
}

export function syntheticDirectory(options: SyntheticOptions): Directory {
  const perOrg = options.servicesPerOrganization ?? 10;
  const label = options.label ?? 'Stand 1';
  const skip = new Set(options.without ?? []);
  const organizations: Organization[] = [];
  for (let first = 0; first < options.services; first += perOrg) {
    const id = `traeger-${String(first / perOrg).padStart(5, '0')}`;
    const locationId = `${id}-standort`;
    const services: Service[] = [];
    for (let i = first; i < Math.min(first + perOrg, options.services); i++) {
      if (!skip.has(serviceId(i))) services.push(syntheticService(i, locationId, label));
    }
    if (services.length === 0) continue;
    organizations.push({
      id,
      name: { de: `Träger ${first / perOrg}` },
      phones: [{ number: '02303 27-0', kind: 'voice' }],
      website: 'https://www.example.org/',
      sampleData: true,
      locations: [
        {
          id: locationId,
          address: { street: 'Bahnhofstraße 1', postalCode: '59423', city: 'Unna', municipality: 'unna' },
        },
      ],
      services,
    });
  }
  const directory = {
    meta: {
      id: 'kreis-unna',
      version: options.version ?? '2026-11-12T08:00:00.000Z-0000aaaa',
      title: { de: 'Brücken für Familien' },
      region: 'Kreis Unna',
      regionKey: '05978',
      editorialEmail: 'familienverzeichnis@kreis-unna.example',
      licence: 'CC BY 4.0',
      sample: true,
      generatedAt: '2026-11-12T08:00:00.000Z',
      languages: ['de', 'en'],
    },
    guide: {
      questions: [
        { id: 'ort', kind: 'municipality', text: { de: 'Wo wohnen Sie?' }, options: [] },
        {
          id: 'alter',
          kind: 'life-stage',
          text: { de: 'Wie alt ist Ihr Kind?' },
          options: [{ value: pick(lifeStages, 1), label: { de: 'Baby' } }],
        },
        {
          id: 'thema',
          kind: 'topic',
          text: { de: 'Worum geht es?' },
          options: [{ value: pick(topics, 0), label: { de: 'Thema' } }],
        },
      ],
    },
    organizations,
  };
  // Cast: the guide's types live in the schema; this object is checked by parseDirectory in the tests.
  return directory as Directory;
}
