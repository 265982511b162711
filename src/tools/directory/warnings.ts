import { toTelUri } from '../../domain/directory/phone';
import type { Organization, SourceDirectory } from '../../domain/directory/schema';
import { directoryTextFields } from '../../domain/directory/text-fields';

/**
 * Things worth fixing that do not stop publishing: stale entries, missing translations, services
 * a family cannot reach (no phone, no hours), the same number in unrelated organizations.
 */

export interface Warning {
  kind: 'stale' | 'future' | 'translation' | 'no-schedule' | 'no-phone' | 'shared-phone' | 'night-hours';
  path: string;
  recordId: string;
  message: string;
  /** For translation warnings: the missing language. */
  language?: string;
}

export const STALE_MONTHS = 12;

/** The date `months` before `now` as YYYY-MM-DD (UTC; a day off does not matter here). */
function monthsBefore(now: Date, months: number): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

export function isStale(lastChecked: string, now: Date): boolean {
  return lastChecked < monthsBefore(now, STALE_MONTHS);
}

function orgPrefixFor(fileOf: ReadonlyMap<string, string>) {
  return (org: Organization, i: number) => {
    const file = fileOf.get(org.id);
    return file ? `${file}: ` : `organizations[${i}].`;
  };
}

/** The first weekly interval that reaches into the night (22:00–06:00), as "fr 18:00–02:00". */
function nightHours(schedules: Organization['services'][number]['schedules']): string | undefined {
  for (const schedule of schedules) {
    for (const interval of schedule.weekly ?? []) {
      const late = interval.closes > '22:00' || interval.overnight === true;
      const early = interval.opens < '06:00';
      const allDay = interval.opens === '00:00' && (interval.closes === '24:00' || interval.closes === '23:59');
      if ((late || early) && !allDay) return `${interval.days.join(', ')} ${interval.opens}–${interval.closes}`;
    }
  }
  return undefined;
}

export function directoryWarnings(
  directory: SourceDirectory,
  now: Date,
  fileOf: ReadonlyMap<string, string> = new Map(),
): Warning[] {
  const warnings: Warning[] = [];
  const prefix = orgPrefixFor(fileOf);
  const today = now.toISOString().slice(0, 10);
  const phoneOwners = new Map<string, Set<string>>();

  directory.organizations.forEach((org, oi) => {
    const at = prefix(org, oi);
    const notePhone = (number: string) => {
      const tel = toTelUri(number);
      phoneOwners.set(tel, (phoneOwners.get(tel) ?? new Set()).add(org.id));
    };
    org.phones.forEach((p) => notePhone(p.number));
    org.services.forEach((s, si) => {
      const path = `${at}services[${si}]`;
      s.phones.forEach((p) => notePhone(p.number));
      if (isStale(s.lastChecked, now)) {
        warnings.push({
          kind: 'stale',
          path: `${path}.lastChecked`,
          recordId: s.id,
          message: `Zuletzt geprüft am ${s.lastChecked} – älter als ${STALE_MONTHS} Monate, bitte nachprüfen`,
        });
      } else if (s.lastChecked > today) {
        warnings.push({
          kind: 'future',
          path: `${path}.lastChecked`,
          recordId: s.id,
          message: `lastChecked ${s.lastChecked} liegt in der Zukunft`,
        });
      }
      if (s.schedules.length === 0) {
        warnings.push({
          kind: 'no-schedule',
          path,
          recordId: s.id,
          message: 'Angebot ohne Zeitplan (schedules ist leer)',
        });
      }
      // Hours in the night are right for a hotline or an emergency service, and a typo anywhere else
      // (02:00 for 20:00): a family would stand at a closed door.
      const night = s.phones.some((p) => p.kind === 'hotline') ? undefined : nightHours(s.schedules);
      if (night) {
        warnings.push({
          kind: 'night-hours',
          path: `${path}.schedules`,
          recordId: s.id,
          message: `Geöffnet in der Nacht (${night}) – stimmt das? Für ein Telefon oder einen Notdienst ja; sonst die Uhrzeit prüfen (z. B. 20:00 statt 02:00)`,
        });
      }
      if (s.phones.length === 0 && org.phones.length === 0) {
        warnings.push({
          kind: 'no-phone',
          path,
          recordId: s.id,
          message: 'Angebot ohne Telefonnummer (weder beim Angebot noch bei der Organisation)',
        });
      }
    });
  });

  for (const [tel, owners] of phoneOwners) {
    if (owners.size > 1) {
      warnings.push({
        kind: 'shared-phone',
        path: tel,
        recordId: [...owners][0] ?? '',
        message: `Dieselbe Nummer (${tel.slice(4)}) bei verschiedenen Organisationen: ${[...owners].join(', ')} – Tippfehler?`,
      });
    }
  }

  const wanted = directory.meta.languages.filter((l) => l !== 'de');
  for (const field of directoryTextFields(directory, prefix)) {
    for (const language of wanted) {
      if (field.text[language] === undefined) {
        warnings.push({
          kind: 'translation',
          path: field.path,
          recordId: field.recordId,
          language,
          message: `Übersetzung „${language}“ fehlt`,
        });
      }
    }
  }
  return warnings;
}
