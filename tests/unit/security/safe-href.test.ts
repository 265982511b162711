import { describe, expect, it } from 'vitest';
import { linkKind, mailtoHref, safeHref, telHref } from '../../../src/domain/links/safe-href';
import { mailtoLink, mapsLink } from '../../../src/app/ui/links';

const address = { street: 'Friedrich-Ebert-Straße 17', postalCode: '59425', city: 'Unna' };

describe('safeHref lets through the links the app builds from data', () => {
  it.each([
    ['https://www.kreis-unna.de/', 'https'],
    ['https://www.kreis-unna.de/familie?x=1#oben', 'https'],
    ['tel:+4923032712345', 'tel'],
    ['tel:112', 'tel'],
    ['mailto:familienbuero@kreis-unna.de', 'mailto'],
    [mailtoLink('redaktion@kreis-unna.de', 'Eintrag fehlt: <Kita> & "Hort"', 'Zeile 1\nZeile 2 ü'), 'mailto'],
    [mapsLink(address, 'android'), 'geo'],
    [mapsLink(address, 'ios'), 'https'],
    [mapsLink(address, 'other'), 'https'],
  ])('%s → %s', (href, kind) => {
    expect(linkKind(href)).toBe(kind);
    expect(safeHref(href)).toBe(href);
  });
});

describe('safeHref refuses hostile or broken links', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1',
    'http://www.kreis-unna.de/',
    'HTTPS://www.kreis-unna.de/',
    '//evil.example/',
    '/angebot/x',
    'https://',
    'https://exa mple.org/',
    'https://example.org/\u202egnp.exe',
    'https://example.org/\u0000',
    'https://example.org/"onmouseover="alert(1)',
    `https://example.org/${'a'.repeat(2100)}`,
    'tel:javascript:alert(1)',
    'tel:+49 2303',
    'tel:12',
    'tel:+49(0)2303',
    'mailto:a@b.de?bcc=alle@example.org',
    'mailto:a@b.de,b@c.de',
    'mailto:a@b.de?subject=x&body=<script>',
    'mailto:a@b.de?subject=a?b',
    'mailto:javascript:alert(1)//@x.de',
    'mailto:',
    'geo:0,0?q=<script>',
    'geo:javascript',
    '',
  ])('%j', (href) => {
    expect(safeHref(href)).toBeUndefined();
  });

  it.each([undefined, null, 42, {}, ['https://www.kreis-unna.de/'], { toString: () => 'https://x.de/' }])(
    'refuses a non-string %j',
    (value) => {
      expect(safeHref(value)).toBeUndefined();
    },
  );
});

describe('telHref: phone numbers only as digits', () => {
  it.each([
    ['02303 27-1234', 'tel:+492303271234'],
    ['+49 (0) 2303 27-1234', 'tel:+492303271234'],
    ['0049 2303 271234', 'tel:+492303271234'],
    ['116 117', 'tel:116117'],
    ['112', 'tel:112'],
    ['<b>02303 1234</b>', 'tel:+4923031234'],
    ['javascript:alert(112)', 'tel:112'],
  ])('%j → %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it.each(['', 'keine Nummer', '12', 42, undefined, `0${'1'.repeat(30)}`])('no link for %j', (number) => {
    expect(telHref(number)).toBeUndefined();
  });
});

describe('mailtoHref', () => {
  it('builds a link for one plain address', () => {
    expect(mailtoHref(' familienbuero@kreis-unna.de ')).toBe('mailto:familienbuero@kreis-unna.de');
  });
  it.each(['a@b.de?bcc=x@y.de', 'a@b.de\nBcc: x@y.de', '<a@b.de>', 'kein-at.de', 7])('no link for %j', (value) => {
    expect(mailtoHref(value)).toBeUndefined();
  });
});
