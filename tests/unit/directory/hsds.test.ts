import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isUuid, uuidV5 } from '../../../src/tools/directory/hsds/ids';
import { hsdsToOrganizations } from '../../../src/tools/directory/hsds/import';
import { loadSource } from '../../../src/tools/directory/load-source';
import { germanOnly } from '../../../src/tools/directory/merge/translations';
import { richDirectory } from './csv-fixture';
import { writeSourceDir, runDirectoryCli, tempDirs } from './source-dir';

type Json = Record<string, unknown>;
const { tempDir, track } = tempDirs('bff-hsds-');
const run = runDirectoryCli;
async function exported(): Promise<{ source: string; out: string; services: Json[] }> {
  const { meta, organizations } = richDirectory();
  const source = await writeSourceDir(organizations, meta);
  track(source);
  const out = join(await tempDir(), 'hsds');
  const result = await run('export-hsds', out, '--from', source);
  expect(result.err).toBe('');
  const files = (await readdir(join(out, 'services'))).sort();
  const services = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(join(out, 'services', f), 'utf8')) as Json),
  );
  return { source, out, services };
}

/** Every object with an `id` anywhere below `node`. */
function objectsWithId(node: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => objectsWithId(n, found));
  else if (node !== null && typeof node === 'object') {
    if ('id' in node) found.push(node as Json);
    Object.values(node).forEach((n) => objectsWithId(n, found));
  }
  return found;
}

describe('UUID v5', () => {
  it('matches the RFC test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('export-hsds', () => {
  it('writes one full HSDS service per service with the required fields, UUIDs and resolving references', async () => {
    const { out, services } = await exported();
    expect(services).toHaveLength(3);
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as { services: { file: string }[] };
    expect(index.services.map((s) => s.file).sort()).toEqual(
      (await readdir(join(out, 'services'))).map((f) => `services/${f}`).sort(),
    );

    const organizations = JSON.parse(await readFile(join(out, 'organizations.json'), 'utf8')) as Json[];
    const orgIds = new Set(organizations.map((o) => o.id));
    const locationIds = new Set(organizations.flatMap((o) => (o.locations as Json[]).map((l) => l.id)));
    for (const service of services) {
      for (const field of ['id', 'name', 'status']) expect(service[field], field).toBeDefined();
      const org = service.organization as Json;
      for (const field of ['id', 'name', 'description']) expect(org[field], `organization.${field}`).toBeDefined();
      expect(orgIds.has(service.organization_id)).toBe(true);
      expect(org.id).toBe(service.organization_id);
      for (const sal of service.service_at_locations as Json[]) {
        expect(locationIds.has(sal.location_id)).toBe(true);
        const location = sal.location as Json;
        expect(location.id).toBe(sal.location_id);
        expect(location.location_type).toBe('physical');
        for (const address of location.addresses as Json[]) {
          for (const field of ['address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type']) {
            expect(address[field], `address.${field}`).toBeDefined();
          }
        }
      }
      for (const attribute of service.attributes as Json[]) {
        const term = attribute.taxonomy_term as Json;
        expect(attribute.taxonomy_term_id).toBe(term.id);
        expect(attribute.link_id).toBe(service.id);
        for (const field of ['name', 'description']) expect(term[field]).toBeDefined();
      }
      // Every id anywhere in the record is a UUID.
      for (const item of objectsWithId(service)) expect(isUuid(String(item.id)), String(item.id)).toBe(true);
    }
  });

  it('maps our hours, taxonomy and areas to HSDS fields', async () => {
    const { services } = await exported();
    const beratung = services.find((s) => s.name === 'Beratung im Familienbüro') as Json;
    const sal = (beratung.service_at_locations as Json[])[0] as Json;
    const rows = sal.schedules as Json[];
    // Times with their UTC offset and the schedule's timezone, as HSDS 3.1 defines them (else they read as UTC).
    expect(rows[0]).toMatchObject({
      freq: 'WEEKLY',
      byday: 'MO,TU,WE,TH,FR',
      opens_at: '08:30+01:00',
      closes_at: '12:00+01:00',
      timezone: 1,
    });
    expect(rows[0]?.description).toContain('Zeiten in Ortszeit (Europe/Berlin, im Sommer UTC+02:00)');
    const allTimes = services.flatMap((s) =>
      [
        ...((s.schedules as Json[] | undefined) ?? []),
        ...((s.service_at_locations as Json[]) ?? []).flatMap((l) => (l.schedules as Json[]) ?? []),
      ]
        .flatMap((r) => [r.opens_at, r.closes_at])
        .filter((t) => t !== undefined),
    );
    expect(allTimes.length).toBeGreaterThan(0);
    expect(allTimes.filter((t) => !/^\d{2}:\d{2}\+01:00$/.test(String(t)) || String(t).startsWith('24:'))).toEqual([]);
    expect(rows[0]?.description).toContain(
      'an Feiertagen geschlossen; geschlossen vom 24.12.2026 bis 01.01.2027 (Weihnachten)',
    );
    expect(rows[0]?.service_at_location_id).toBe(sal.id);
    const vocabularies = (beratung.attributes as Json[]).map(
      (a) => `${String((a.taxonomy_term as Json).taxonomy)}:${String((a.taxonomy_term as Json).code)}`,
    );
    expect(vocabularies).toEqual(
      expect.arrayContaining([
        'bruecken-fuer-familien/sector:youth',
        'bruecken-fuer-familien/topic:money',
        'bruecken-fuer-familien/life-stage:baby',
        'bruecken-fuer-familien/municipality:kamen',
        'bruecken-fuer-familien/role:family-office',
      ]),
    );
    expect((beratung.service_areas as Json[]).map((a) => a.name)).toEqual(['Unna', 'Kamen']);
    expect((beratung.phones as Json[]).map((p) => p.type)).toEqual(['voice', 'voice', 'text']);
  });

  it('gives the same ids and bytes on every run', async () => {
    const first = await exported();
    const second = await exported();
    expect(second.services).toEqual(first.services);
  });

  it('refuses to overwrite a folder that holds something else', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const out = await tempDir();
    await writeFile(join(out, 'wichtig.txt'), 'x');
    const result = await run('export-hsds', out, '--from', source);
    expect(result.code).toBe(1);
    expect(result.err).toContain('ist nicht leer');
    expect(await readdir(out)).toEqual(['wichtig.txt']);
  });
});

describe('import-hsds', () => {
  it('gives back the same directory from our own export', async () => {
    const { source, out } = await exported();
    const target = await tempDir();
    const result = await run('import-hsds', out, '--from', source, '--out', target, '--write');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // German in the YAML files, the translations in translations/<lang>.po.
    const loaded = await loadSource(target);
    for (const org of richDirectory().organizations) {
      const written = parse(await readFile(join(target, 'organizations', `${String(org.id)}.yaml`), 'utf8')) as unknown;
      expect(written).toEqual(germanOnly(org));
      expect(loaded.directory?.organizations.find((o) => o.id === org.id)).toEqual(org);
    }
  });

  it('maps a foreign record and reports every placeholder and dropped field in German', () => {
    const service = {
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Elterncafé',
      description: 'Treffpunkt für Eltern. Mit Kinderbetreuung.',
      status: 'active',
      url: 'http://example.org/cafe',
      minimum_age: 0,
      maximum_age: 2,
      funding: [{ id: 'f', source: 'Stadt' }],
      languages: [
        { id: 'l', code: 'tr' },
        { id: 'm', code: 'ara' },
      ],
      phones: [{ id: 'p', number: '02303 1234', type: 'voice' }],
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00:00', closes_at: '11:30:00' }],
      service_at_locations: [
        {
          id: 'sal',
          location: {
            id: 'loc',
            location_type: 'physical',
            name: 'Familienzentrum Mitte',
            latitude: 51.53,
            longitude: 7.69,
            addresses: [
              {
                id: 'a',
                address_1: 'Markt 1',
                city: 'Unna',
                postal_code: '59423',
                country: 'DE',
                address_type: 'physical',
              },
            ],
          },
        },
      ],
      organization: { id: 'org-1', name: 'Stadt Unna', description: 'Die Stadt' },
    };
    const result = hsdsToOrganizations([{ name: 'service.json', data: { contents: [service] } }]);
    expect(result.organizations).toHaveLength(1);
    const org = result.organizations[0];
    const ours = org?.services[0];
    expect(ours).toMatchObject({
      id: 'elterncafe',
      summary: { de: 'Treffpunkt für Eltern.' },
      sector: 'youth',
      topics: ['parenting'],
      lifeStages: ['baby', 'toddler'],
      serviceArea: { scope: 'kreis' },
      languages: ['tr'],
      locationIds: ['familienzentrum-mitte'],
      lastChecked: '2000-01-01',
    });
    expect(ours?.schedules[0]?.weekly).toEqual([{ days: ['mo', 'we'], opens: '09:00', closes: '11:30' }]);
    expect(org?.locations[0]?.address.municipality).toBe('unna');
    const report = result.report.join('\n');
    expect(report).toContain('Dienst „Elterncafé“: kein Thema (topics) – vorläufig parenting, bitte nachtragen');
    expect(report).toContain('Feld funding übersprungen (1×): das Modell kennt keine Förderung');
    expect(report).toContain('Sprachcode „ara“');
    expect(report).toContain('nur sichere Adressen mit https://');
    expect(report).toContain('sampleData fehlt in HSDS – vorläufig true');
    expect(result.placeholders).toBe(6);
  });

  it('writes nothing and says what is missing when the result does not validate', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const input = await tempDir();
    await mkdir(join(input, 'services'));
    // An opening time HSDS lets through but our schema refuses.
    const service = {
      id: 'x',
      name: 'Beratung',
      status: 'active',
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '25:00', closes_at: '26:00' }],
      organization: { id: 'o', name: 'Träger', description: '' },
    };
    await writeFile(join(input, 'services', 'a.json'), JSON.stringify(service));
    const target = await tempDir();
    const result = await run('import-hsds', input, '--from', source, '--out', target, '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain('„25:00“ ist keine gültige Uhrzeit');
    expect(result.err).toContain('Nichts geschrieben');
    expect(await readdir(target)).toEqual([]);
  });
});

describe('import-hsds: times and formats', () => {
  it('reads German offsets as local time and 23:59 as the end of the day; reports any other zone', () => {
    const org = { id: 'o', name: 'Elternverein', services: [] as Json[] };
    const service = (schedules: Json[]) => ({
      id: 'svc',
      name: 'Elterncafé',
      description: 'Treffpunkt für Eltern.',
      status: 'active',
      organization: { id: 'o' },
      schedules,
    });
    const german = hsdsToOrganizations([
      { name: 'o.json', data: org },
      {
        name: 's.json',
        data: service([
          { id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00+01:00', closes_at: '23:59+01:00', timezone: 1 },
        ]),
      },
    ]);
    expect(german.organizations[0]?.services[0]?.schedules[0]?.weekly).toEqual([
      { days: ['mo'], opens: '09:00', closes: '24:00' },
    ]);
    expect(german.report.join('\n')).not.toContain('Zeitzone');
    expect(german.report.join('\n')).not.toContain('timezone');
    const utc = hsdsToOrganizations([
      { name: 'o.json', data: org },
      {
        name: 's.json',
        data: service([{ id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '08:00Z', closes_at: '10:00Z' }]),
      },
    ]);
    expect(utc.report.join('\n')).toContain('Zeit „08:00Z“ hat nicht die deutsche Zeitzone');
  });

  it('refuses the tabular data package with a message that says what to ask for', async () => {
    const input = await tempDir();
    await writeFile(join(input, 'datapackage.json'), '{"resources": []}');
    await writeFile(join(input, 'services.csv'), 'id,name\n1,Elterncafé\n');
    const result = await run('import-hsds', input, '--out', await tempDir(), '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain('tabellarische HSDS-Format (datapackage.json mit services.csv)');
    expect(result.err).toContain('HSDS-3.1-JSON-Export anfordern');
  });
});
