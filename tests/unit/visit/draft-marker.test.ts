/**
 * A machine-assisted draft translation says so where a contact leaves the screen: the summary that
 * feeds the printed handout and the shared text names the parts shown as drafts, and the shared text
 * carries the marker line after such a contact's name. Only for texts really shown as a draft.
 */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { summarize } from '../../../src/domain/visit/contact-summary';
import { shareText } from '../../../src/domain/visit/share-text';
import { escapeValue, unfold, vCardText } from '../../../src/domain/visit/vcard';
import en from '../../../locales/en.json';
import { directory, organization, service } from '../guide/fixtures';

const words = { alwaysOpen: 'Day and night', appointmentOnly: 'By appointment only' };
const LINE = en.drafts.line;

const drafted = service('drafted', {
  name: { de: 'Familienbüro', en: 'Family office', tr: 'Aile bürosu', machine: ['tr'] },
  phones: [{ number: '02303 27-1234', kind: 'voice' }],
});
const reviewed = service('reviewed', {
  name: { de: 'Elterntelefon', en: 'Parents’ line' },
  phones: [{ number: '0800 111 0 550', kind: 'hotline', label: { de: 'kostenlos', en: 'free', machine: ['en'] } }],
});
/** Listed as a draft in English, but the English text is missing: the German original is shown. */
const germanShown = service('german-shown', {
  name: { de: 'Hebammenzentrale', machine: ['en'] },
  phones: [{ number: '02303 27-5555', kind: 'voice' }],
});
const orgDraft = service('org-draft', {
  name: { de: 'Beratung', en: 'Counselling' },
  phones: [{ number: '02303 27-6666', kind: 'voice' }],
});
const entries = directoryEntries(
  directory([
    organization('kreis', [drafted, reviewed, germanShown], { name: { de: 'Kreis Unna', en: 'Kreis Unna district' } }),
    organization('verein', [orgDraft], { name: { de: 'Verein', en: 'Association', machine: ['en'] } }),
  ]),
);
const entry = (id: string) => entries.find((e) => e.service.id === id)!;

describe('draft parts of a contact summary', () => {
  it('names the parts shown in a draft translation in the summary’s language', () => {
    expect(summarize(entry('drafted'), 'tr', words).drafts).toEqual(['name']);
    expect(summarize(entry('reviewed'), 'en', words).drafts).toEqual(['phone']);
    expect(summarize(entry('org-draft'), 'en', words).drafts).toEqual(['organization']);
  });

  it('has none for reviewed translations, German, or a draft not shown because German is shown instead', () => {
    expect(summarize(entry('drafted'), 'en', words).drafts).toBeUndefined();
    expect(summarize(entry('drafted'), 'de', words).drafts).toBeUndefined();
    expect(summarize(entry('german-shown'), 'en', words).drafts).toBeUndefined();
  });
});

describe('shareText with the draft marker', () => {
  it('puts the marker line after the name of a contact whose name or number label is a draft', () => {
    const contacts = ['reviewed', 'german-shown'].map((id) => summarize(entry(id), 'en', words));
    expect(shareText(contacts, 'https://x/kontakte?ids=a', LINE)).toBe(
      [
        `Parents’ line\n${LINE}\nfree: 0800 111 0 550`,
        'Hebammenzentrale\n02303 27-5555',
        'https://x/kontakte?ids=a',
      ].join('\n\n'),
    );
  });

  it('adds no line when only the organization is a draft (the shared text does not show it)', () => {
    const contacts = [summarize(entry('org-draft'), 'en', words)];
    expect(shareText(contacts, 'https://x', LINE)).toBe('Counselling\n02303 27-6666\n\nhttps://x');
  });

  it('says it in the family’s language: the line given, here Turkish', () => {
    const line = 'Otomatik çevrildi, henüz kontrol edilmedi.';
    expect(shareText([summarize(entry('drafted'), 'tr', words)], 'https://x', line)).toBe(
      `Aile bürosu\n${line}\n02303 27-1234\n\nhttps://x`,
    );
  });
});

describe('vCardText with the draft marker', () => {
  const note = (card: string) =>
    unfold(card)
      .split('\r\n')
      .find((line) => line.startsWith('NOTE:'));

  it('opens the NOTE with the marker line when a part the card carries is a draft (organization included)', () => {
    expect(note(vCardText(summarize(entry('drafted'), 'tr', words), 'Saatler', 'Taslak.'))).toBe('NOTE:Taslak.');
    expect(note(vCardText(summarize(entry('org-draft'), 'en', words), 'Hours', LINE))).toBe(
      `NOTE:${escapeValue(LINE)}`,
    );
  });

  it('has no marker for reviewed texts or when no line is given, and keeps the hours after it', () => {
    expect(note(vCardText(summarize(entry('drafted'), 'en', words), 'Hours', LINE))).toBeUndefined();
    expect(note(vCardText(summarize(entry('drafted'), 'tr', words), 'Saatler'))).toBeUndefined();
    const withHours = { ...summarize(entry('drafted'), 'tr', words), hours: [{ lines: ['Mo 9–12'] }] };
    expect(note(vCardText(withHours, 'Saatler', 'Taslak.'))).toBe('NOTE:Taslak.\\nSaatler:\\nMo 9–12');
  });
});
