import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION_DIR } from '../../fixtures/region';

/** A copy of the test region in a temp folder, for commands that write into the editorial source. */
export async function regionCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bff-translations-'));
  await cp(REGION_DIR, dir, { recursive: true });
  return dir;
}

/** Every file of a folder with its content, to show that a command wrote nothing. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return out;
}

export const removeCopy = (dir: string) => rm(dir, { recursive: true, force: true });
