import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Issue } from '../../domain/directory/issues';
import type { Organization, Retirement } from '../../domain/directory/schema';
import { writeFileAtomic } from './publish';

/**
 * The ids of every service ever published, kept in the editorial source (`published-ids.txt`, one
 * "service-id organization-id" a line) so `validate` can compare without any network: a published
 * id that disappears needs a record in retired.yaml (families may have it in their Merkliste).
 * The build adds newly published ids; nothing ever removes one.
 */

export const PUBLISHED_FILE = 'published-ids.txt';

const HEADER = [
  '# Veröffentlichte Angebote: Kennung und Organisation. Schreibt der Befehl „build“ (und npm run build) selbst –',
  '# bitte nicht von Hand ändern. Ein Angebot, das hier steht, darf nicht einfach verschwinden: wenn es es nicht',
  '# mehr gibt, in retired.yaml eintragen (id, date, reason, successor).',
];

/** Service id → the organization it was published with. */
export type PublishedIds = Map<string, string>;

export function parsePublished(text: string): PublishedIds {
  const ids: PublishedIds = new Map();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [service, organization = ''] = line.split(/\s+/);
    if (service) ids.set(service, organization);
  }
  return ids;
}

function publishedText(ids: PublishedIds): string {
  const lines = [...ids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, o]) => `${s} ${o}`);
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/** Every published service that is neither in the directory nor retired, as an error. */
export function checkPublished(
  published: PublishedIds,
  organizations: readonly Organization[],
  retired: readonly Retirement[],
  fileOf: ReadonlyMap<string, string>,
): Issue[] {
  const current = new Map(organizations.flatMap((o) => o.services.map((s) => [s.id, o.id] as const)));
  const gone = new Set(retired.map((r) => r.id));
  const issues: Issue[] = [];
  for (const [id, orgId] of published) {
    if (current.has(id) || gone.has(id)) continue;
    const file = fileOf.get(orgId);
    issues.push({
      path: file ? `${file}: services` : PUBLISHED_FILE,
      recordId: id,
      message:
        `Das veröffentlichte Angebot „${id}“ fehlt. Familien haben es vielleicht in ihrer Merkliste. ` +
        `Wurde nur die Kennung geändert: die alte Kennung wieder eintragen (Kennungen nie ändern). ` +
        `Gibt es das Angebot nicht mehr: in retired.yaml eintragen – id, date (Datum), reason (Grund) und, wenn es eines gibt, successor (das Angebot, das an seine Stelle tritt).`,
    });
  }
  return issues;
}

/** Adds the services of a just published directory to the list; writes only when something is new. */
export async function recordPublished(sourceDir: string, organizations: readonly Organization[]): Promise<number> {
  const file = join(sourceDir, PUBLISHED_FILE);
  const before = await readFile(file, 'utf8').then(parsePublished, () => new Map<string, string>());
  const after = new Map(before);
  for (const org of organizations)
    for (const service of org.services) if (!after.has(service.id)) after.set(service.id, org.id);
  if (after.size === before.size) return 0;
  await writeFileAtomic(file, publishedText(after));
  return after.size - before.size;
}
