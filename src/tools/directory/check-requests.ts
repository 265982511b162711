import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Organization, Service, SourceDirectory } from '../../domain/directory/schema';
import { UsageError, type ParsedArgs } from './args';
import { writeSchedules } from './csv/schedule';
import { loadSource, ORGANIZATIONS_DIR } from './load-source';
import { updateYamlText } from './merge/yaml-update';
import { writeFileAtomic } from './publish';
import { plural, printIssues, type Output } from './report';
import { parseYamlFile } from './yaml-source';

/**
 * Keeping entries fresh without a server: `check-requests` writes, per organization, a German
 * e-mail ready to send that lists its entries for confirmation; `confirm <org-id>` records the
 * answer (in checks.yaml, the editors' log) and sets lastChecked of the organization's services.
 */

const DEFAULT_REQUESTS_DIR = '.tmp/pruefanfragen';
const CHECKS_FILE = 'checks.yaml';

function serviceBlock(service: Service, org: Organization, n: number): string[] {
  const places = org.locations.filter((l) => service.locationIds.includes(l.id));
  const phones = service.phones.length > 0 ? service.phones : org.phones;
  const lines = [`${n}. ${service.name.de}  (Kennung: ${service.id})`, `   Kurz: ${service.summary.de}`];
  if (phones.length > 0) lines.push(`   Telefon: ${phones.map((p) => p.number).join(', ')}`);
  const email = service.email ?? org.email;
  if (email) lines.push(`   E-Mail: ${email}`);
  const website = service.website ?? org.website;
  if (website) lines.push(`   Webseite: ${website}`);
  for (const place of places)
    lines.push(`   Adresse: ${place.address.street}, ${place.address.postalCode} ${place.address.city}`);
  // The spreadsheet's wording of the hours, with the place named by its street instead of its id.
  const street = new Map(org.locations.map((l) => [l.id, `${l.address.street}, ${l.address.city}`]));
  const hours = writeSchedules(service.schedules).replace(/^Standort (\S+)/gm, (_, id: string) => street.get(id) ?? id);
  if (hours !== '') lines.push(...hours.split('\n').map((h, i) => `   ${i === 0 ? 'Zeiten:' : '       '} ${h}`));
  if (service.fees) lines.push(`   Kosten: ${service.fees.de}`);
  lines.push(`   Zuletzt geprüft: ${germanDate(service.lastChecked)}`);
  return lines;
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/** The e-mail for one organization, in plain German, ready to copy into a mail program. */
function checkRequestText(org: Organization, directory: SourceDirectory): string {
  const to = org.email ?? org.services.find((s) => s.email)?.email;
  const title = directory.meta.title.de;
  return [
    ...(to ? [`An: ${to}`] : ['An: (keine E-Mail-Adresse im Verzeichnis – bitte ergänzen oder anrufen)']),
    `Betreff: Bitte prüfen: Ihre Angaben im Familienverzeichnis (${org.name.de})`,
    '',
    'Guten Tag,',
    '',
    `im Familienverzeichnis „${title}“ stehen diese Angaben zu Ihren Angeboten. Familien finden Sie darüber in der`,
    'App, auch ohne Internet. Bitte prüfen Sie, ob noch alles stimmt.',
    '',
    ...org.services.flatMap((service, i) => [...serviceBlock(service, org, i + 1), '']),
    'Bitte antworten Sie einfach auf diese E-Mail:',
    '- „Alles richtig“, wenn alles stimmt, oder',
    '- was sich geändert hat (z. B. „Angebot 2: neue Telefonnummer …“, „Angebot 1 gibt es nicht mehr“).',
    '',
    'Vielen Dank!',
    `Die Redaktion des Familienverzeichnisses (${directory.meta.region})`,
    directory.meta.editorialEmail,
    '',
  ].join('\n');
}

/** `check-requests [--out DIR]`: one text file per organization. */
export async function checkRequestsCommand(args: ParsedArgs, output: Output): Promise<number> {
  const loaded = await loadSource(args.from);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err('Keine Prüfanfragen geschrieben: das Verzeichnis enthält Fehler.');
    return 1;
  }
  const out = args.outGiven ? args.out : DEFAULT_REQUESTS_DIR;
  await mkdir(out, { recursive: true });
  const { directory } = loaded;
  for (const org of directory.organizations)
    await writeFileAtomic(join(out, `${org.id}.txt`), checkRequestText(org, directory));
  const withoutEmail = directory.organizations.filter((o) => !o.email && !o.services.some((s) => s.email));
  output.out(
    `✓ ${plural(directory.organizations.length, 'Prüfanfrage', 'Prüfanfragen')} nach „${out}/“ geschrieben (eine Textdatei je Organisation, bereit zum Versenden).`,
  );
  if (withoutEmail.length > 0)
    output.out(`  Ohne E-Mail-Adresse (bitte anrufen): ${withoutEmail.map((o) => o.id).join(', ')}`);
  output.out('  Antwort eintragen: npm run directory -- confirm <Organisation> [--changes "was sich geändert hat"]');
  return 0;
}

/** `confirm <org-id> [--changes TEXT] [--date YYYY-MM-DD]`: records the answer and sets lastChecked. */
export async function confirmCommand(args: ParsedArgs, output: Output, now = new Date()): Promise<number> {
  const [orgId, ...more] = args.rest;
  if (orgId === undefined) throw new UsageError('Bitte die Organisation angeben, z. B. confirm familienbuero-unna');
  if (more.length > 0) throw new UsageError(`Nur eine Organisation angeben (zu viel: ${more.join(' ')})`);
  const date = args.date ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`Datum „${date}“ bitte als JJJJ-MM-TT angeben`);
  const file = join(args.from, ORGANIZATIONS_DIR, `${orgId}.yaml`);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    output.err(`Organisation „${orgId}“ nicht gefunden (${file} fehlt). Nichts geändert.`);
    return 1;
  }
  const parsed = parseYamlFile(`${ORGANIZATIONS_DIR}/${orgId}.yaml`, text);
  if (!parsed.ok) {
    for (const message of parsed.messages) output.err(`  ✗ ${message}`);
    output.err('Nichts geändert: erst die Datei berichtigen.');
    return 1;
  }
  const data = parsed.data as { services?: { lastChecked?: string }[] };
  const services = data.services ?? [];
  const updated = { ...data, services: services.map((s) => ({ ...s, lastChecked: date })) };
  const logFile = join(args.from, CHECKS_FILE);
  const log = await readFile(logFile, 'utf8').catch(
    () =>
      '# Antworten auf Prüfanfragen (schreibt „npm run directory -- confirm“). Neueste unten.\n# Veröffentlicht wird davon nichts.\n',
  );
  const entry = [
    `- organization: ${orgId}`,
    `  date: '${date}'`,
    `  answer: ${args.changes ? JSON.stringify(args.changes) : 'unverändert'}`,
    '',
  ].join('\n');
  // The organization's file first (comments kept), the log after: a failed write leaves no false record.
  await writeFileAtomic(file, updateYamlText(text, updated));
  await writeFileAtomic(logFile, `${log.endsWith('\n') ? log : `${log}\n`}${entry}`);
  output.out(
    `✓ ${orgId}: ${plural(services.length, 'Angebot', 'Angebote')} als geprüft am ${germanDate(date)} eingetragen; Antwort in ${CHECKS_FILE} vermerkt.`,
  );
  if (args.changes)
    output.out(
      '  Die gemeldeten Änderungen bitte in die Datei übernehmen (falls noch nicht geschehen) und „validate“ laufen lassen.',
    );
  return 0;
}
