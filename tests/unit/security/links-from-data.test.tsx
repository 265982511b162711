/**
 * Every link built from directory data goes through src/domain/links: an editorial e-mail address
 * with a query of its own or a second recipient gets no link at all, so a broken or hostile
 * publication cannot add a recipient to the family's e-mail or replace its words.
 */
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/app/i18n';
import { NothingFound } from '../../../src/app/search/NothingFound';
import { linkKind, mailtoHref, mailtoWithText } from '../../../src/domain/links/safe-href';

const HOSTILE_ADDRESSES = [
  'redaktion@example.org?cc=dritte@example.net',
  'redaktion@example.org?bcc=dritte@example.net',
  'redaktion@example.org?body=Andere%20Worte',
  'redaktion@example.org,dritte@example.net',
  'redaktion@example.org;dritte@example.net',
  'dritte%40example.net%2Credaktion@example.org',
  'dritte@example.net&redaktion@example.org',
  'redaktion@example.org&cc=dritte@example.net',
  'redaktion@example.org#x',
  'redaktion@example.org\u202e',
  'keine-adresse',
  '',
];

describe('mailtoWithText: the one checked path for prefilled e-mails', () => {
  it('builds a link to one plain address with subject and body encoded', () => {
    const link = mailtoWithText(' redaktion@example.org ', 'Eintrag fehlt: A & B + C', 'Zeile 1\nZeile 2 ü?cc=x');
    expect(link).toBe(
      'mailto:redaktion@example.org?subject=Eintrag%20fehlt%3A%20A%20%26%20B%20%2B%20C&body=Zeile%201%0AZeile%202%20%C3%BC%3Fcc%3Dx',
    );
    expect(linkKind(link)).toBe('mailto');
  });

  it.each(HOSTILE_ADDRESSES)('refuses %j (no link)', (address) => {
    expect(mailtoWithText(address, 'Betreff', 'Text')).toBeUndefined();
    expect(mailtoHref(address)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}])('refuses a non-string %j', (address) => {
    expect(mailtoWithText(address, 'Betreff', 'Text')).toBeUndefined();
  });
});

describe('"Nothing found" with the editorial address from the data', () => {
  beforeAll(async () => {
    Object.assign(globalThis, { document: { documentElement: {} } });
    await setLanguage('de', false);
  });
  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'document');
  });

  it('offers the prefilled e-mail to a plain address', () => {
    const html = renderToString(<NothingFound query="kita" editorialEmail="redaktion@example.org" />);
    expect(html).toContain('href="mailto:redaktion@example.org?subject=');
  });

  it.each(HOSTILE_ADDRESSES)('shows no e-mail link for %j, and the family’s words go nowhere', (address) => {
    const html = renderToString(<NothingFound query="meine suchworte" editorialEmail={address} />);
    expect(html).not.toContain('mailto:');
    expect(html).not.toContain('meine');
    // The other ways on are still there.
    expect(html).toContain('href="/notfall"');
    expect(html).toContain('href="/themen"');
  });
});
