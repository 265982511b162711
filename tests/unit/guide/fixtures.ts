import type { Directory, Organization, Service } from '../../../src/domain/directory/schema';

/** A service with plain defaults; each test states only what matters to it. */
export function service(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    name: { de: id },
    summary: { de: `${id} in einem Satz` },
    description: { de: `Beschreibung von ${id}` },
    sector: 'youth',
    topics: ['parenting'],
    lifeStages: ['baby'],
    serviceArea: { scope: 'kreis' },
    flags: {},
    languages: ['de'],
    phones: [],
    locationIds: [],
    schedules: [],
    lastChecked: '2026-10-01',
    ...overrides,
  };
}

export function organization(id: string, services: Service[], overrides: Partial<Organization> = {}): Organization {
  return { id, name: { de: id }, phones: [], sampleData: true, locations: [], services, ...overrides };
}

export function directory(organizations: Organization[]): Directory {
  return {
    meta: {
      id: 'test',
      version: '1',
      title: { de: 'Test' },
      region: 'Kreis Unna',
      regionKey: '05978',
      editorialEmail: 'redaktion@example.org',
      licence: 'CC BY 4.0',
      sample: true,
      languages: ['de'],
    },
    guide: {
      questions: [
        { id: 'town', kind: 'municipality', text: { de: 'Wo wohnen Sie?' }, options: [] },
        {
          id: 'who',
          kind: 'life-stage',
          text: { de: 'Um wen geht es?' },
          options: [{ value: 'baby', label: { de: 'Baby' } }],
        },
        {
          id: 'topic',
          kind: 'topic',
          text: { de: 'Worum geht es?' },
          options: [{ value: 'parenting', label: { de: 'Erziehung' } }],
        },
      ],
    },
    organizations,
  };
}
