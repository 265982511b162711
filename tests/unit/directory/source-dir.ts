import { afterEach } from 'vitest';
import { runCli } from '../../../src/tools/directory/cli';
import { memoryOutput } from '../../../src/tools/directory/report';
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

/** Temp folders of one test file, removed after each test; `track` adds a folder made elsewhere. */
export function tempDirs(prefix: string): { tempDir: () => Promise<string>; track: (dir: string) => string } {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map(removeDir));
  });
  return {
    tempDir: async () => {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    track: (dir) => {
      dirs.push(dir);
      return dir;
    },
  };
}

/** The editors' command line (`npm run directory -- …`) with its output caught. */
export async function runDirectoryCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = memoryOutput();
  const code = await runCli(argv, output);
  return { code, out: output.lines.join('\n'), err: output.errors.join('\n') };
}
