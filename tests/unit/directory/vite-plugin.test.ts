import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { directoryPlugin } from '../../../src/tools/vite-plugin-directory';
import { validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** A throwaway Vite project whose root holds index.html and the editorial source in directory/. */
async function project(orgs: Record<string, unknown>[]): Promise<string> {
  const root = await writeSourceDir(orgs);
  dirs.push(root);
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  return root;
}

function viteBuild(root: string, legacyMaxBytes?: number) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [directoryPlugin({ sourceDir: '.', ...(legacyMaxBytes !== undefined ? { legacyMaxBytes } : {}) })],
    build: { outDir: join(root, 'out'), emptyOutDir: true },
  });
}

describe('vite-plugin-directory', () => {
  it('emits the directory in parts, and data/directory.json with its manifest, into the build', async () => {
    const root = await project([validOrganization()]);
    await viteBuild(root);
    expect((await readdir(join(root, 'out', 'data'))).sort()).toEqual([
      'directory-manifest.json',
      'directory-parts.json',
      'directory.json',
      'parts',
    ]);
    const parts = JSON.parse(await readFile(join(root, 'out', 'data', 'directory-parts.json'), 'utf8'));
    const names = (await readdir(join(root, 'out', 'data', 'parts'))).sort();
    const listed = [parts.shared, ...Object.values(parts.texts)].flat() as { sha256: string }[];
    expect(names).toEqual([...new Set(listed.map((part) => `${part.sha256}.json`))].sort());
    const manifest = JSON.parse(await readFile(join(root, 'out', 'data', 'directory-manifest.json'), 'utf8'));
    expect(manifest.counts.services).toBe(1);
  }, 30_000);

  it('leaves out directory.json and its manifest when the whole file is over what older versions accept', async () => {
    const root = await project([validOrganization()]);
    await viteBuild(root, 1);
    expect((await readdir(join(root, 'out', 'data'))).sort()).toEqual(['directory-parts.json', 'parts']);
  }, 30_000);

  it('fails the build with the German validation errors', async () => {
    const org = validOrganization();
    org.website = 'javascript:alert(1)';
    const root = await project([org]);
    await expect(viteBuild(root)).rejects.toThrow(
      /Familienverzeichnis ungültig \(1 Fehler\)[\s\S]*„javascript:“ ist nicht erlaubt/,
    );
  }, 30_000);
});
