import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Issue } from '../../../domain/directory/issues';
import type { Organization } from '../../../domain/directory/schema';
import { assembleSource, DATASET_FILE, GUIDE_FILE, ORGANIZATIONS_DIR, type SourceFile } from '../load-source';

/**
 * Writing imported organizations into an editorial source folder (used by import-csv and
 * import-hsds). Everything is written into a temporary folder next to the target first and
 * validated by reading it back exactly as `validate` would; only then is organizations/ swapped
 * in with renames, so a failed import never changes what is stored.
 * (The schema author's tools only read the source; this writer lives here for that reason.)
 */

function organizationYaml(org: Organization): string {
  return stringify(org, { lineWidth: 120 });
}

export class ImportTargetError extends Error {}

const exists = async (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** dataset.yaml of the target if there is one (kept as it is), else the one from `fromDir` (copied). */
export async function datasetFor(targetDir: string, fromDir: string): Promise<{ text: string; copy: boolean }> {
  const own = join(targetDir, DATASET_FILE);
  if (await exists(own)) return { text: await readFile(own, 'utf8'), copy: false };
  const other = join(fromDir, DATASET_FILE);
  if (await exists(other)) return { text: await readFile(other, 'utf8'), copy: true };
  throw new ImportTargetError(
    `Keine ${DATASET_FILE} gefunden – weder im Ziel „${targetDir}“ noch in „${fromDir}“ (mit --from einen Ordner mit ${DATASET_FILE} angeben)`,
  );
}

/**
 * guide.yaml (the guide's questions) of the target if there is one, else the one from `fromDir`
 * (copied), so an import into a new folder can be published; undefined when neither has one.
 */
export async function guideFor(
  targetDir: string,
  fromDir: string,
): Promise<{ text: string; copy: boolean } | undefined> {
  const own = join(targetDir, GUIDE_FILE);
  if (await exists(own)) return { text: await readFile(own, 'utf8'), copy: false };
  const other = join(fromDir, GUIDE_FILE);
  if (await exists(other)) return { text: await readFile(other, 'utf8'), copy: true };
  return undefined;
}

/** Validates the files that would be written, exactly as `validate` reads them. */
export function checkWrittenSource(datasetText: string, organizations: readonly Organization[]): Issue[] {
  const files: SourceFile[] = [
    { name: DATASET_FILE, text: datasetText },
    ...organizations.map((org) => ({ name: `${ORGANIZATIONS_DIR}/${org.id}.yaml`, text: organizationYaml(org) })),
  ];
  return assembleSource(files).issues;
}

/**
 * Replaces targetDir/organizations/ with one YAML file per organization and writes dataset.yaml
 * and guide.yaml when the target has none yet. The previous organizations folder is removed only after the
 * new one is in place.
 */
export async function writeSourceFolder(
  targetDir: string,
  organizations: readonly Organization[],
  dataset: { text: string; copy: boolean },
  guide?: { text: string; copy: boolean },
): Promise<void> {
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(targetDir, `.import-neu-${stamp}`);
  const old = join(targetDir, `.import-alt-${stamp}`);
  const live = join(targetDir, ORGANIZATIONS_DIR);
  try {
    await mkdir(join(temp, ORGANIZATIONS_DIR), { recursive: true });
    for (const org of organizations) {
      await writeFile(join(temp, ORGANIZATIONS_DIR, `${org.id}.yaml`), organizationYaml(org), 'utf8');
    }
    if (dataset.copy) await writeFile(join(temp, DATASET_FILE), dataset.text, 'utf8');
    if (guide?.copy) await writeFile(join(temp, GUIDE_FILE), guide.text, 'utf8');
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw new ImportTargetError(
      `Ziel „${targetDir}“ nicht beschreibbar (${(error as Error).message}) – nichts geändert`,
    );
  }
  const hadOld = await exists(live);
  try {
    if (hadOld) await rename(live, old);
    await rename(join(temp, ORGANIZATIONS_DIR), live);
  } catch (error) {
    if (hadOld && !(await exists(live))) await rename(old, live).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    throw new ImportTargetError(
      `Ordner ${ORGANIZATIONS_DIR}/ konnte nicht ersetzt werden (${(error as Error).message}) – nichts geändert`,
    );
  }
  if (dataset.copy) await rename(join(temp, DATASET_FILE), join(targetDir, DATASET_FILE));
  if (guide?.copy) await rename(join(temp, GUIDE_FILE), join(targetDir, GUIDE_FILE));
  await rm(temp, { recursive: true, force: true });
  await rm(old, { recursive: true, force: true });
}
