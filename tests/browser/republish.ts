/**
 * Publishes a changed directory into a served copy of dist/ the way the build does (the real
 * publishing code): its parts under data/parts/ and data/directory-parts.json last, plus the whole
 * directory.json with its manifest for older app versions. For tests that change the directory
 * under a running app.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Directory } from '../../src/domain/directory/schema';
import { PARTS_MANIFEST_FILE, type PartsManifest } from '../../src/domain/sync/parts-manifest';
import { publishParts } from '../../src/tools/directory/publish-parts';

/** The directory as the build published it into `dir` (every language). */
export async function publishedDirectory(dir: string): Promise<Directory> {
  return JSON.parse(await readFile(join(dir, 'data/directory.json'), 'utf8')) as Directory;
}

export async function readPartsManifest(dir: string): Promise<PartsManifest> {
  return JSON.parse(await readFile(join(dir, 'data', PARTS_MANIFEST_FILE), 'utf8')) as PartsManifest;
}

/** Writes `directory` (with its meta.version and meta.generatedAt as given) as the new publication. */
export async function republish(dir: string, directory: Directory): Promise<PartsManifest> {
  const counts = {
    organizations: directory.organizations.length,
    services: directory.organizations.reduce((n, o) => n + o.services.length, 0),
    locations: directory.organizations.reduce((n, o) => n + o.locations.length, 0),
  };
  const parts = publishParts(directory, counts);
  await mkdir(join(dir, 'data/parts'), { recursive: true });
  for (const file of parts.files) await writeFile(join(dir, 'data', file.path), file.body);
  await writeFile(join(dir, 'data/directory.json'), JSON.stringify(directory));
  await writeFile(join(dir, 'data', PARTS_MANIFEST_FILE), parts.manifestJson);
  return parts.manifest;
}
