/**
 * The match table: of each service only what matching, ranking and the filters read (its topics, life
 * stages, area, role, sector, languages, flags and opening hours without their notes), with its
 * organization and its place in the directory. Kept on the phone next to the services, so a screen can rank thousands of services
 * without reading their texts, and read only the services of the cards it shows.
 */
import type { Directory, Schedule, Service } from '../directory/schema';

/**
 * What matching, ranking and the filters need of a service: a typed projection of `Service`. Its
 * schedules carry no notes (texts in every language, most of a schedule's bytes): "open now" and a
 * card's opening status never read them; the detail screen shows them from the full service.
 */
export type MatchService = Pick<
  Service,
  'id' | 'topics' | 'lifeStages' | 'serviceArea' | 'role' | 'sector' | 'languages' | 'flags' | 'schedules'
>;

/**
 * One row of the match table. A `DirectoryEntry` (the full service) is one too, so everything that
 * ranks or filters rows takes either.
 */
export interface MatchEntry {
  service: MatchService;
  /** Position in the directory: the stable tie-break of every ranking, and the search's document number. */
  order: number;
}

/** A row as stored: with its organization, so the full entry can be read by the service's id. */
export interface MatchRow extends MatchEntry {
  id: string;
  organizationId: string;
}

function withoutNotes(schedule: Schedule): Schedule {
  const { note: _note, closures, ...hours } = schedule;
  return closures ? { ...hours, closures: closures.map(({ from, to }) => ({ from, to })) } : hours;
}

export function matchServiceOf(service: Service): MatchService {
  const { id, topics, lifeStages, serviceArea, role, sector, languages, flags } = service;
  const schedules = service.schedules.map(withoutNotes);
  return {
    id,
    topics,
    lifeStages,
    serviceArea,
    ...(role !== undefined ? { role } : {}),
    sector,
    languages,
    flags,
    schedules,
  };
}

/** The directory's match table, in the directory's order (row n has order n). */
export function matchTable(directory: Directory): MatchRow[] {
  const rows: MatchRow[] = [];
  for (const organization of directory.organizations) {
    for (const service of organization.services) {
      rows.push({
        id: service.id,
        organizationId: organization.id,
        order: rows.length,
        service: matchServiceOf(service),
      });
    }
  }
  return rows;
}
