/**
 * Small, valid directory records for the tests. Each call returns a fresh copy so a test can
 * break one field without affecting others. Never depends on the real sample data.
 */
import type { Guide } from '../../../src/domain/directory/guide-schema';

function validService(id = 'erziehungsberatung-unna'): Record<string, unknown> {
  return {
    id,
    name: { de: 'Erziehungsberatung Unna', en: 'Parenting counselling Unna' },
    summary: { de: 'Rat bei Sorgen mit Kindern und in der Familie', en: 'Advice when you worry about your children' },
    description: { de: 'Kostenlose Beratung für Eltern, Kinder und Jugendliche.' },
    sector: 'youth',
    topics: ['parenting'],
    lifeStages: ['primary', 'secondary'],
    serviceArea: { scope: 'municipality', municipalities: ['unna'] },
    flags: { free: true },
    languages: ['de', 'tr'],
    phones: [{ number: '02303 27-1234', kind: 'voice' }],
    email: 'beratung@example.org',
    website: 'https://www.example.org/beratung',
    locationIds: [],
    schedules: [{ weekly: [{ days: ['mo', 'tu'], opens: '08:30', closes: '16:00' }], holidays: 'closed' }],
    lastChecked: '2025-01-15',
  };
}

export function validOrganization(id = 'beratungsstelle-unna', serviceId = `${id}-angebot`): Record<string, unknown> {
  const locationId = `${id}-mitte`;
  const service = validService(serviceId);
  service.locationIds = [locationId];
  service.schedules = [
    { locationId, weekly: [{ days: ['mo', 'tu'], opens: '08:30', closes: '16:00' }], holidays: 'closed' },
  ];
  return {
    id,
    name: { de: 'Beratungsstelle Unna' },
    phones: [],
    sampleData: true,
    locations: [
      {
        id: locationId,
        address: { street: 'Bahnhofstraße 1', postalCode: '59423', city: 'Unna', municipality: 'unna' },
        geo: { lat: 51.536, lon: 7.689 },
      },
    ],
    services: [service],
  };
}

export function validMeta(): Record<string, unknown> {
  return {
    id: 'kreis-unna',
    title: { de: 'Familienwegweiser Kreis Unna', en: 'Family guide Kreis Unna' },
    region: 'Kreis Unna',
    regionKey: '05978',
    editorialEmail: 'familienverzeichnis@kreis-unna.example',
    licence: 'CC BY 4.0',
    sample: true,
    languages: ['de', 'en'],
  };
}

/**
 * A complete small guide: one question of each required kind, an answer shown only for babies, and a topic that
 * leads to the follow-up question "Ist jemand in Gefahr?".
 */
export function validGuide(): Guide {
  return {
    questions: [
      { id: 'town', kind: 'municipality', text: { de: 'Wo wohnen Sie?' }, options: [] },
      {
        id: 'who',
        kind: 'life-stage',
        multiple: true,
        text: { de: 'Um wen geht es?' },
        options: [{ value: 'baby', label: { de: 'Baby' }, icon: 'baby' }],
      },
      {
        id: 'topic',
        kind: 'topic',
        text: { de: 'Worum geht es?' },
        options: [
          { value: 'baby-care', label: { de: 'Schreien' }, showFor: ['baby'] },
          { value: 'child-protection', label: { de: 'Krise' }, followUp: 'danger' },
        ],
      },
      {
        id: 'danger',
        kind: 'urgent',
        followUpOnly: true,
        text: { de: 'Ist jemand in Gefahr?' },
        options: [
          { value: 'yes', label: { de: 'Ja' } },
          { value: 'no', label: { de: 'Nein' } },
        ],
      },
    ],
  };
}

export function validDirectory(): {
  meta: Record<string, unknown>;
  guide: Guide;
  organizations: Record<string, unknown>[];
} {
  return {
    meta: { ...validMeta(), version: '2025-01-01T00:00:00.000Z-abcdef12', generatedAt: '2025-01-01T00:00:00.000Z' },
    guide: validGuide(),
    organizations: [validOrganization()],
  };
}
