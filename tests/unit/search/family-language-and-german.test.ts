/**
 * The search covers the family's language and German together: with the app in Turkish, a German
 * word (from a letter, a sign, a midwife) still finds the service, and so does the Turkish word.
 * Which translations are drafts (`machine`) is not text and finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { createDirectorySearch } from '../../../src/domain/search/search-index';
import { directory, organization, service } from '../guide/fixtures';

const entries = directoryEntries(
  directory([
    organization('kinderklinik', [
      service('schreisprechstunde', {
        name: { de: 'Schreisprechstunde der Kinderklinik', tr: 'Çok ağlayan bebekler için danışma', machine: ['tr'] },
        summary: {
          de: 'Ihr Baby weint sehr viel? Wir beraten Sie.',
          tr: 'Bebeğiniz çok mu ağlıyor? Size danışmanlık veriyoruz.',
          machine: ['tr'],
        },
        topics: ['baby-care'],
      }),
      service('elterncafe', {
        name: { de: 'Elterncafé', tr: 'Ebeveyn kafesi' },
        summary: { de: 'Andere Eltern treffen.', tr: 'Diğer ebeveynlerle tanışın.' },
        topics: ['parenting'],
      }),
    ]),
  ]),
);
const search = createDirectorySearch(entries);
const ids = (query: string) => search.search(query).map((hit) => hit.entry.service.id);

describe('search over the family language and German', () => {
  it('finds a service by its German words and by its translation alike', () => {
    expect(ids('Schreisprechstunde')[0]).toBe('schreisprechstunde');
    expect(ids('weint')[0]).toBe('schreisprechstunde');
    expect(ids('ağlayan bebek')[0]).toBe('schreisprechstunde');
    expect(ids('Elterncafé')[0]).toBe('elterncafe');
    expect(ids('ebeveyn kafesi')[0]).toBe('elterncafe');
  });

  it('does not index which translations are drafts', () => {
    expect(ids('machine')).toEqual([]);
    expect(ids('tr')).toEqual([]);
  });
});
