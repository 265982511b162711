import { describe, expect, it } from 'vitest';
import { clipboardText, detectPlatform, mailtoLink, mapsLink, shareContent } from '../../../src/app/ui/links';
import { townName } from '../../../src/domain/towns';
import { reasonsText } from '../../../src/app/ui/labels';
import { safeHref } from '../../../src/domain/links/safe-href';
import { translator } from './i18n';

const address = { street: 'Allee 5', postalCode: '59439', city: 'Holzwickede', municipality: 'holzwickede' };

describe('detectPlatform', () => {
  it.each([
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36', 0, 'android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148', 5, 'ios'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15', 5, 'ios'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15', 0, 'other'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36', 0, 'other'],
  ] as const)('%s (%i touch points) → %s', (ua, touch, platform) => {
    expect(detectPlatform(ua, touch)).toBe(platform);
  });
});

describe('mapsLink', () => {
  it.each([
    ['android', 'geo:0,0?q=Allee%205%2C%2059439%20Holzwickede'],
    ['ios', 'https://maps.apple.com/?q=Allee%205%2C%2059439%20Holzwickede'],
    ['other', 'https://www.openstreetmap.org/search?query=Allee%205%2C%2059439%20Holzwickede'],
  ] as const)('%s → %s', (platform, link) => {
    expect(mapsLink(address, platform)).toBe(link);
  });

  it('encodes umlauts and slashes in town names', () => {
    expect(mapsLink({ street: 'Bahnhofstraße 2', postalCode: '58730', city: 'Fröndenberg/Ruhr' }, 'android')).toBe(
      'geo:0,0?q=Bahnhofstra%C3%9Fe%202%2C%2058730%20Fr%C3%B6ndenberg%2FRuhr',
    );
  });
});

describe('mailtoLink', () => {
  it('encodes subject and body so mail apps keep + & and line breaks', () => {
    expect(mailtoLink('red@example.org', 'A & B + C', 'Zeile 1\nZeile 2')).toBe(
      'mailto:red@example.org?subject=A%20%26%20B%20%2B%20C&body=Zeile%201%0AZeile%202',
    );
  });
});

describe('shareContent', () => {
  it('names the service, the organization and every number with its label, and links the entry', () => {
    const content = shareContent(
      'Schreiambulanz',
      'Klinikum Lünen',
      [{ number: '02306 77-0', label: 'Zentrale' }, { number: '0800 111 0 550' }],
      'https://app.example/angebot/schreiambulanz',
    );
    expect(content).toEqual({
      title: 'Schreiambulanz',
      text: 'Schreiambulanz\nKlinikum Lünen\nZentrale: 02306 77-0\n0800 111 0 550',
      url: 'https://app.example/angebot/schreiambulanz',
    });
    expect(clipboardText(content)).toBe(`${content.text}\nhttps://app.example/angebot/schreiambulanz`);
  });
});

describe('reasonsText', () => {
  it.each([
    [
      { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['baby-care'] },
      'Holzwickede · Baby · Stillen, Schlafen, Schreien',
    ],
    [{ lifeStages: ['baby', 'toddler'], topics: [] }, 'Baby, Kleinkind'],
    [{ municipality: 'froendenberg', lifeStages: [], topics: [] }, 'Fröndenberg/Ruhr'],
    [{ lifeStages: [], topics: [] }, ''],
    [
      { municipality: 'unna', lifeStages: ['secondary'], topics: ['school'], focus: ['parenting'] },
      'Unna · Schulkind oder Jugendliche · Schule, Erziehung',
    ],
  ])('%j → %s', (reasons, text) => {
    expect(reasonsText(reasons, translator('de'))).toBe(text);
  });

  it('falls back to the code for an unknown town', () => {
    expect(townName('atlantis')).toBe('atlantis');
  });
});

describe('hand-off links pass the app-wide link check (safeHref)', () => {
  it.each(['android', 'ios', 'other'] as const)('maps link on %s', (platform) => {
    const link = mapsLink({ street: 'Bahnhofstraße 2', postalCode: '58730', city: 'Fröndenberg/Ruhr' }, platform);
    expect(safeHref(link)).toBe(link);
  });

  it('report e-mails with umlauts, quotes and line breaks', () => {
    const link = mailtoLink(
      'familienverzeichnis@kreis-unna.example',
      'Eintrag veraltet: Familienbüro „Lünen“ (familienpunkt-nord)',
      'Guten Tag,\n\nim Eintrag „Familienbüro“ stimmt etwas nicht mehr.\n\nWas ist falsch?',
    );
    expect(safeHref(link)).toBe(link);
  });
});
