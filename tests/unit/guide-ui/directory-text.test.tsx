/**
 * Directory texts without a translation: shown in German, marked lang="de" for screen readers and
 * with a visible "in German" note; translated texts appear as they are. Rendered to a string, no browser.
 */
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../src/app/i18n';
import { DirectoryText } from '../../../src/app/ui/DirectoryText';

// The app's own i18n module, with just enough of a page for it (it sets <html lang dir>).
beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});

afterAll(async () => {
  await setLanguage('de', false);
  Reflect.deleteProperty(globalThis, 'document');
});

describe('DirectoryText', () => {
  it.each([
    ['en', { de: 'Familienbüro', en: 'Family office' }, 'Family office'],
    [
      'en',
      { de: 'Familienbüro' },
      '<span lang="de" dir="ltr">Familienbüro</span><span class="in-german"> (in German)</span>',
    ],
    ['de', { de: 'Familienbüro', en: 'Family office' }, 'Familienbüro'],
  ])('%s: %j → %s', async (language, text, html) => {
    await setLanguage(language, false);
    expect(renderToString(<DirectoryText text={text} />)).toBe(html);
  });

  it('leaves the marker out where a heading already says it (organization names)', async () => {
    await setLanguage('en', false);
    expect(renderToString(<DirectoryText text={{ de: 'Kreis Unna' }} marker={false} />)).toBe(
      '<span lang="de" dir="ltr">Kreis Unna</span>',
    );
  });
});
