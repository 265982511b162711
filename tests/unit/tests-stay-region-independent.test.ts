/**
 * A region replaces directory/ as a whole, and `npm test` must stay green: so no test may read the
 * editorial sample or name its records. Tests take their data from tests/fixtures/ (the test region);
 * the sample is checked by `npm run directory -- validate`. This guard reads the ids in directory/
 * (whatever region is there) and fails when a file under tests/ names one of them or a path into it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROLES, toTelUri } from '../../src/domain/directory/schema';
import { EMERGENCY_NUMBERS } from '../../src/domain/emergency-numbers';
import taxonomy from '../../src/domain/taxonomy.json';
import { region, REGION_DIR } from '../fixtures/region';

const ROOT = join(import.meta.dirname, '../..');
const TESTS = join(ROOT, 'tests');
const SAMPLE = join(ROOT, 'directory');
const SKIPPED = [join(TESTS, 'artifacts'), REGION_DIR, import.meta.filename];

interface SourceOrganization {
  id?: string;
  phones?: { number?: string }[];
  locations?: { id?: string }[];
  services?: { id?: string; phones?: { number?: string }[] }[];
}

function organizationsIn(dir: string): SourceOrganization[] {
  const folder = join(dir, 'organizations');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((file) => parse(readFileSync(join(folder, file), 'utf8')) as SourceOrganization);
}

/** Every organization, location and service id in an editorial source folder. */
function idsIn(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const organization of organizationsIn(dir)) {
    for (const record of [organization, ...(organization.locations ?? []), ...(organization.services ?? [])]) {
      if (typeof record?.id === 'string') ids.add(record.id);
    }
  }
  return ids;
}

/**
 * The sample's ids that would give it away: with a hyphen (one word like "jobcenter" is ordinary
 * vocabulary), not a taxonomy code or role, and not also an id of the test region.
 */
function telltaleIds(): string[] {
  const vocabulary = new Set<string>([
    ...ROLES,
    ...taxonomy.municipalities.map((m) => m.code),
    ...taxonomy.topics.map((t) => t.code),
    ...taxonomy.lifeStages.map((l) => l.code),
    ...taxonomy.sectors.map((s) => s.code),
  ]);
  const fixtureIds = new Set(
    region.organizations.flatMap((o) => [o.id, ...o.locations.map((l) => l.id), ...o.services.map((s) => s.id)]),
  );
  return [...idsIn(SAMPLE)].filter((id) => id.includes('-') && !vocabulary.has(id) && !fixtureIds.has(id));
}

/**
 * The sample's phone numbers as the app dials them (tel:+49…), leaving out the national numbers the
 * app itself carries (emergency screen) and any number the test region uses too.
 */
function telltaleNumbers(): string[] {
  const dialled = (numbers: (string | undefined)[]) =>
    numbers.flatMap((number) => (number ? [toTelUri(number).slice('tel:'.length)] : []));
  const own = new Set([
    ...EMERGENCY_NUMBERS.flatMap((entry) => entry.numbers.map((n) => n.tel)),
    ...dialled(region.organizations.flatMap((o) => o.services.flatMap((s) => s.phones.map((p) => p.number)))),
  ]);
  const sample = organizationsIn(SAMPLE).flatMap((o) =>
    dialled([...(o.phones ?? []), ...(o.services ?? []).flatMap((s) => s.phones ?? [])].map((p) => p.number)),
  );
  return [...new Set(sample)].filter((tel) => tel.replace(/\D/g, '').length >= 7 && !own.has(tel));
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (SKIPPED.includes(path)) return [];
    if (entry.isDirectory()) return testFiles(path);
    return /\.(ts|tsx|json|ya?ml)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * A path that may lead into the sample folder at the repository's root: a relative one ("../../directory/…", resolved
 * from the file that names it, so a test folder called directory is no finding), or one from the root
 * ('directory/guide.yaml', `join(ROOT, 'directory')`).
 */
const RELATIVE_PATH = /['"`]((?:\.\.?\/)+directory(?:\/[^'"`]*)?)['"`]/g;
const ROOT_PATH = /['"`]directory\/[^'"`]*['"`]|ROOT, ['"`]directory['"`]/;

function intoSample(path: string): boolean {
  return path === SAMPLE || path.startsWith(SAMPLE + sep);
}

/** `file`: where the text stands (relative paths in it are resolved from its folder). */
function findings(text: string, file: string, ids: readonly string[], numbers: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const number of numbers) if (text.includes(`tel:${number}`)) found.push(`the sample's number tel:${number}`);
  for (const [quoted, path] of text.matchAll(RELATIVE_PATH)) {
    if (intoSample(resolve(dirname(file), path!))) found.push(`a path into directory/: ${quoted}`);
  }
  const fromRoot = ROOT_PATH.exec(text);
  if (fromRoot) found.push(`a path into directory/: ${fromRoot[0]}`);
  if (ids.length > 0) {
    for (const match of text.matchAll(idPattern(ids))) found.push(`the sample's id "${match[0]}"`);
  }
  return found;
}

const idPatterns = new WeakMap<readonly string[], RegExp>();

/** One pattern for all the sample's ids, built once per list (not once per file read). */
function idPattern(ids: readonly string[]): RegExp {
  let pattern = idPatterns.get(ids);
  if (!pattern) {
    const escaped = ids.map((id) => id.replace(/[-]/g, '\\-'));
    pattern = new RegExp(`(?<![a-z0-9-])(?:${escaped.join('|')})(?![a-z0-9-])`, 'g');
    idPatterns.set(ids, pattern);
  }
  return pattern;
}

describe('tests do not depend on the editorial sample in directory/', () => {
  it('the check itself recognises a sample id, a sample number and a path into directory/', () => {
    // Made-up records: the folder may hold any region, even the test region itself (then nothing is telltale).
    const ids = ['beispiel-stelle', 'beispiel-stelle-beratung'];
    const file = join(TESTS, 'unit/directory/some.test.ts');
    expect(findings(`const office = 'beispiel-stelle-beratung';`, file, ids)).toEqual([
      `the sample's id "beispiel-stelle-beratung"`,
    ]);
    expect(findings(`href="tel:+491234567890"`, file, [], ['+491234567890'])).toEqual([
      "the sample's number tel:+491234567890",
    ]);
    expect(findings(`readFileSync(join(here, '../../../directory/guide.yaml'))`, file, [])).toHaveLength(1);
    expect(findings(`loadSource(join(REPO_ROOT, 'directory'))`, file, [])).toHaveLength(1);
    // Code folders called "directory", a test folder of that name and ids that merely contain a sample id are fine.
    expect(findings(`import { x } from '../../../src/domain/directory/schema';`, file, ids)).toEqual([]);
    expect(
      findings(`import { fixture } from '../directory/fixtures';`, join(TESTS, 'unit/sync/a.test.ts'), []),
    ).toEqual([]);
    expect(findings(`'beispiel-stelle-x' 'x-beispiel-stelle'`, file, ['beispiel-stelle'])).toEqual([]);
  });

  it('no file under tests/ names a record or number of directory/, or reads the folder', () => {
    const [ids, numbers] = [telltaleIds(), telltaleNumbers()];
    const problems = testFiles(TESTS).flatMap((file) =>
      findings(readFileSync(file, 'utf8'), file, ids, numbers).map((finding) => `${relative(ROOT, file)}: ${finding}`),
    );
    expect(problems).toEqual([]);
  }, 30_000); // reads every file under tests/: on a loaded two-core machine more than the default 5 s
});
