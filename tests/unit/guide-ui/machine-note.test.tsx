/**
 * "automatisch übersetzt": shown, in the UI language, only where a shown text is a machine-assisted
 * draft in that language, with the German originals behind a disclosure marked lang="de".
 */
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../../locales/en.json';
import { setLanguage } from '../../../src/app/i18n';
import { MachineNote } from '../../../src/app/translation/MachineNote';

beforeAll(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});

afterAll(async () => {
  await setLanguage('de', false);
  Reflect.deleteProperty(globalThis, 'document');
});

const draft = { de: 'Elterncafé', en: 'Parents’ café', machine: ['en' as const] };
const reviewed = { de: 'Beratung', en: 'Counselling' };
const germanOnly = { de: 'Hebammen', machine: ['en' as const] };

describe('MachineNote', () => {
  it('marks a machine-assisted draft and keeps its German original one tap away', async () => {
    await setLanguage('en', false);
    const html = renderToString(<MachineNote texts={[draft, reviewed, undefined]} />);
    expect(html).toContain('<details class="machine-note">');
    expect(html).toContain(en.machineTranslation.marker);
    expect(html).toContain(en.machineTranslation.showOriginal);
    expect(html).toContain('<p lang="de" dir="ltr">Elterncafé</p>');
    expect(html).not.toContain('Beratung');
  });

  it('shows nothing for reviewed translations, texts shown in German, or the German app', async () => {
    await setLanguage('en', false);
    expect(renderToString(<MachineNote texts={[reviewed, germanOnly]} />)).toBe('');
    await setLanguage('de', false);
    expect(renderToString(<MachineNote texts={[draft]} />)).toBe('');
  });
});
