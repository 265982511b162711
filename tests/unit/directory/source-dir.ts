import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { validGuide, validMeta } from './fixtures';

/** Writes an editorial source folder (dataset.yaml, guide.yaml, organizations/<id>.yaml) into a temp dir. */
export async function writeSourceDir(
  organizations: Record<string, unknown>[],
  meta: Record<string, unknown> = validMeta(),
  guide: Record<string, unknown> | null = validGuide(),
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bff-directory-'));
  await mkdir(join(dir, 'organizations'));
  await writeFile(join(dir, 'dataset.yaml'), stringify(meta));
  if (guide) await writeFile(join(dir, 'guide.yaml'), stringify(guide));
  for (const org of organizations) {
    await writeFile(join(dir, 'organizations', `${String(org.id)}.yaml`), stringify(org));
  }
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
