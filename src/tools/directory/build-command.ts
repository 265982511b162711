import { join } from 'node:path';
import type { ParsedArgs } from './args';
import { loadSource } from './load-source';
import {
  buildTime,
  DIRECTORY_FILE,
  PublishError,
  publishDirectory,
  writePublished,
  type Manifest,
  type Published,
} from './publish';
import { PUBLISHED_FILE, recordPublished } from './published-ids';
import type { PublishedParts } from './publish-parts';
import { formatSize, plural, printIssues, type Output } from './report';

/** `build`: validate, then publish directory.json + manifest into --out (nothing written on errors). */
export async function buildCommand(args: ParsedArgs, output: Output, now = buildTime()): Promise<number> {
  const loaded = await loadSource(args.from);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err('Nicht veröffentlicht: das Verzeichnis enthält Fehler. Es wurde nichts geschrieben.');
    return 1;
  }
  let published: Published;
  try {
    published = publishDirectory(loaded.directory, now);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    output.err(`${error.message} Es wurde nichts geschrieben.`);
    return 1;
  }
  await writePublished(args.out, published);
  const added = await recordPublished(args.from, published.directory.organizations);
  for (const line of summary(published.manifest)) output.out(line);
  if (added > 0)
    output.out(
      `  ${plural(added, 'Angebot', 'Angebote')} neu in ${PUBLISHED_FILE} eingetragen (bitte mit einchecken).`,
    );
  output.out(partsSummary(published.parts));
  for (const warning of published.warnings) output.err(`Warnung: ${warning}`);
  output.out(
    published.legacy
      ? `Geschrieben: ${join(args.out, DIRECTORY_FILE)}, die Teile in ${join(args.out, 'parts')} und die Manifeste (Version ${published.manifest.version}).`
      : `Geschrieben: die Teile in ${join(args.out, 'parts')} und ihr Manifest (Version ${published.manifest.version}), ohne ${DIRECTORY_FILE}.`,
  );
  return 0;
}

/** What a phone downloads per language: the shared parts once, then each language it shows. */
function partsSummary(parts: PublishedParts): string {
  const languages = Object.entries(parts.languageBytes)
    .map(([language, bytes]) => `${language} ${formatSize(bytes)}`)
    .join(', ');
  return `  In Teilen (${parts.files.length} Dateien): Deutsch und Gemeinsames ${formatSize(parts.sharedBytes)}; je weitere Sprache: ${languages || 'keine'}.`;
}

function summary(m: Manifest): string[] {
  return [
    `✓ Veröffentlicht: ${plural(m.counts.organizations, 'Organisation', 'Organisationen')}, ${plural(m.counts.services, 'Angebot', 'Angebote')}, ${plural(m.counts.locations, 'Standort', 'Standorte')}.`,
    `  Größe: ${formatSize(m.bytes)} (gzip ${formatSize(m.gzipBytes)}, brotli ${formatSize(m.brotliBytes)}), ${m.bytesPerService} Bytes je Angebot.`,
  ];
}
