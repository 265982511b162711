import { describe, expect, it } from 'vitest';
import { MAX_LINK_IDS, contactsLink, contactsPath, readContactsQuery } from '../../../src/domain/visit/contacts-link';

describe('contacts link', () => {
  it('builds /kontakte?ids=…&lang=… with the origin of the app', () => {
    expect(contactsLink('https://bruecken.example', ['a-b', 'c1'], 'tr')).toBe(
      'https://bruecken.example/kontakte?ids=a-b,c1&lang=tr',
    );
    expect(contactsLink('http://127.0.0.1:4173/', ['x'], 'de')).toBe('http://127.0.0.1:4173/kontakte?ids=x&lang=de');
  });

  it('drops repeats and invalid ids, and an invalid language', () => {
    expect(contactsPath(['a', 'a', 'B&x', 'b'], 'x"y')).toBe('/kontakte?ids=a,b');
  });

  it('refuses an empty selection with a sentence', () => {
    expect(() => contactsPath(['Ä'], 'de')).toThrow('Keine gültige Kennung');
  });

  it('caps the number of ids so the QR code stays scannable', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `id-${i}`);
    expect(readContactsQuery(contactsPath(ids, 'de').split('?')[1]!).ids).toHaveLength(MAX_LINK_IDS);
  });

  it('reads back what it wrote (round trip)', () => {
    const path = contactsPath(['familienpunkt-musterstadt', 'donum-vitae'], 'ar');
    expect(readContactsQuery(new URL(path, 'https://x').search)).toEqual({
      ids: ['familienpunkt-musterstadt', 'donum-vitae'],
      malformed: 0,
      lang: 'ar',
    });
  });

  it('counts malformed parts so the screen can say that some were skipped', () => {
    expect(readContactsQuery('?ids=ok,,NOT%20OK,<script>,ok&lang=../x')).toEqual({ ids: ['ok'], malformed: 2 });
    expect(readContactsQuery('')).toEqual({ ids: [], malformed: 0 });
  });
});
