/**
 * The first time a phone formats a Berlin time, a date, a language name or a plural, it loads the
 * data for it (on a slow phone 10–100 ms each), and the results need the directory as entries. The
 * question screen calls this while the family is reading, so the results do not pay for it after
 * the last answer.
 */
import type { Directory } from '../../domain/directory/schema';
import { loadBerlinZoneData } from '../../domain/hours/berlin-time';
import { formatDate } from '../data/use-directory';
import type { Translate } from '../i18n';
import { entriesOf } from '../ui/entries-cache';
import { languageName } from '../ui/language-names';

export function warmUpResults(language: string, t: Translate, directory: Directory | undefined): void {
  loadBerlinZoneData();
  formatDate(Date.now(), language);
  languageName('tr', language);
  t('guide.countMany', { count: 2 });
  if (directory) entriesOf(directory);
}
