/**
 * The first time a phone formats a Berlin time, a date or a language name, it loads the data for it
 * (on a slow phone 10–100 ms each). The question screen calls this while the family is reading, so
 * the results do not pay for it after the last answer.
 */
import { berlinMoment } from '../../domain/hours/berlin-time';
import { formatDate } from '../data/use-directory';
import { languageName } from './language-names';

export function warmUpResults(language: string): void {
  berlinMoment(Date.now());
  formatDate(Date.now(), language);
  languageName('tr', language);
}
