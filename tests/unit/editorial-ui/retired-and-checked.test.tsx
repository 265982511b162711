/**
 * What families see of the editors' records: a saved contact whose service was retired says so, with
 * the reason and a link to its successor; every entry says when it was checked, and warns after a year.
 * Rendered to a string, no browser.
 */
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SavedContacts } from '../../../src/app/screens/SavedContacts';
import { RetiredNotice } from '../../../src/app/ui/RetiredNotice';
import { setLanguage } from '../../../src/app/i18n';
import { CheckedNote } from '../../../src/app/results/CheckedNote';
import { checkedLongAgo } from '../../../src/domain/directory/freshness';
import type { Retirement } from '../../../src/domain/directory/schema';
import type { SavedContact } from '../../../src/storage/records';
import { nameOf, services } from '../../fixtures/region';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});
afterAll(async () => {
  await setLanguage('de', false);
  Reflect.deleteProperty(globalThis, 'document');
});

const [gone, successor] = services;
const record: Retirement = {
  id: 'eltern-kurs-alt',
  date: '2026-10-01',
  reason: { de: 'Der Kurs wurde eingestellt.', en: 'The course was discontinued.' },
  successor: successor!.service.id,
};

function savedContact(inDirectory: boolean): SavedContact {
  return {
    id: record.id,
    position: 0,
    savedAt: 0,
    inDirectory,
    snapshot: { service: { ...gone!.service, id: record.id }, locations: [] },
  };
}

describe('a retired saved contact', () => {
  it('says in German that it is gone, why, and links to its successor', async () => {
    await setLanguage('de', false);
    const html = renderToString(<RetiredNotice record={record} successor={successor!.service} />);
    expect(html).toContain('Dieses Angebot gibt es nicht mehr');
    expect(html).toContain('Seit 1. Oktober 2026.');
    expect(html).toContain('Der Kurs wurde eingestellt.');
    expect(html).toContain(`href="/angebot/${successor!.service.id}"`);
    expect(html).toContain(`Stattdessen: ${nameOf(successor!.service.id)}`);
  });

  it('speaks the family’s language', async () => {
    await setLanguage('en', false);
    const html = renderToString(<RetiredNotice record={record} successor={successor!.service} />);
    expect(html).toContain('This service no longer exists');
    expect(html).toContain('The course was discontinued.');
    expect(html).toContain(`Instead: ${nameOf(successor!.service.id, 'en')}`);
  });

  it('the Merkliste shows the notice instead of "Nicht mehr im Verzeichnis" for a retired service only', async () => {
    await setLanguage('de', false);
    const retired = renderToString(
      <SavedContacts
        contacts={[savedContact(false)]}
        onChange={() => undefined}
        retired={new Map([[record.id, { record, successor: successor!.service }]])}
      />,
    );
    expect(retired).toContain('data-testid="retired-notice"');
    expect(retired).not.toContain('Nicht mehr im Verzeichnis');
    const unknown = renderToString(
      <SavedContacts contacts={[savedContact(false)]} onChange={() => undefined} retired={new Map()} />,
    );
    expect(unknown).toContain('Nicht mehr im Verzeichnis');
    expect(unknown).not.toContain('retired-notice');
  });
});

describe('geprüft am', () => {
  it.each([
    ['2025-12-05', '2026-12-05', false],
    ['2025-12-04', '2026-12-05', true],
    ['2024-02-29', '2025-03-01', false],
    ['2024-02-29', '2025-03-02', true],
    ['2026-11-30', '2026-12-05', false],
  ])('checked %s, today %s → over a year: %s', (checked, today, old) => {
    expect(checkedLongAgo(checked, new Date(`${today}T10:00:00Z`))).toBe(old);
  });

  it('shows the date and marks an entry unchecked for over a year', async () => {
    await setLanguage('de', false);
    const now = new Date('2026-12-05T10:00:00Z');
    const fresh = renderToString(<CheckedNote lastChecked="2026-09-15" now={now} />);
    expect(fresh).toContain('Geprüft am 15. September 2026');
    expect(fresh).not.toContain('checked-long-ago');
    const old = renderToString(<CheckedNote lastChecked="2025-09-15" now={now} />);
    expect(old).toContain('Geprüft am 15. September 2025');
    expect(old).toContain('Seit über einem Jahr nicht geprüft. Rufen Sie bitte vorher an.');
  });
});
