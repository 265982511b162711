/**
 * A realistic directory of any size for `npm run perf -- --services N`: copies of the editorial
 * directory's organizations with their real text lengths, translations, opening hours and phone
 * numbers, each copy with its own ids and serving the next town, until N services are reached.
 * Copies carry no office role (a Kreis has one youth office per town, however many services it
 * lists), so the guide's groups keep their real shape. Published with the build's own code.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import taxonomy from '../../domain/taxonomy.json';
import type { MunicipalityCode, Organization, Service, SourceDirectory } from '../../domain/directory/schema';
import { loadSource } from '../directory/load-source';
import { buildTime, publishDirectory, writePublished, type Manifest } from '../directory/publish';

const towns = taxonomy.municipalities.map((m) => m.code) as MunicipalityCode[];

/** The same town list shifted by `k` places: copy k of a Lünen service serves the next town(s). */
function shiftTowns(codes: readonly MunicipalityCode[], k: number): MunicipalityCode[] {
  return [...new Set(codes.map((code) => towns[(towns.indexOf(code) + k) % towns.length]!))];
}

function copyService(service: Service, k: number): Service {
  const { role: _role, ...rest } = structuredClone(service);
  const area = rest.serviceArea;
  return {
    ...rest,
    id: `${service.id}-k${k}`,
    locationIds: rest.locationIds.map((id) => `${id}-k${k}`),
    schedules: rest.schedules.map((s) =>
      s.locationId === undefined ? s : { ...s, locationId: `${s.locationId}-k${k}` },
    ),
    serviceArea: area.scope === 'municipality' ? { ...area, municipalities: shiftTowns(area.municipalities, k) } : area,
  } as Service;
}

function copyOrganization(organization: Organization, k: number, services: Service[]): Organization {
  const copy = structuredClone(organization);
  return {
    ...copy,
    id: `${organization.id}-k${k}`,
    locations: copy.locations.map((location) => ({ ...location, id: `${location.id}-k${k}` })),
    services,
  };
}

/** The source with exactly `services` services (the original first, then numbered copies). */
function scaleSource(source: SourceDirectory, services: number): SourceDirectory {
  const organizations: Organization[] = [];
  let count = 0;
  for (let k = 0; count < services; k += 1) {
    for (const organization of source.organizations) {
      if (count >= services) break;
      const wanted = organization.services.slice(0, services - count);
      if (wanted.length === 0) continue;
      organizations.push(
        k === 0
          ? { ...organization, services: wanted }
          : copyOrganization(
              organization,
              k,
              wanted.map((service) => copyService(service, k)),
            ),
      );
      count += wanted.length;
    }
  }
  return { ...source, organizations };
}

/**
 * A copy of the build in `distDir` whose published directory holds `services` services, in
 * `.tmp/perf/dist-<services>` (`-<suffix>` added: the copy of a second build); returns its folder and manifest.
 */
export async function scaledBuild(
  root: string,
  distDir: string,
  services: number,
  suffix = '',
): Promise<{ dir: string; manifest: Manifest }> {
  const loaded = await loadSource(join(root, 'directory'));
  if (!loaded.directory) throw new Error('directory/ is not valid: npm run directory -- validate');
  // Without the build's size check (German and the two largest languages within the phones' cap): the
  // copies measure what a phone does with any size; its sync checks what it stores (parts-sync.ts).
  const published = publishDirectory(scaleSource(loaded.directory, services), buildTime(), Number.POSITIVE_INFINITY);
  const dir = join(root, '.tmp/perf', `dist-${services}${suffix === '' ? '' : `-${suffix}`}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(distDir, dir, { recursive: true });
  await writePublished(join(dir, 'data'), published);
  return { dir, manifest: published.manifest };
}
