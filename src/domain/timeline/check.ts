/** What the schema cannot see: sources that exist, ids that do not repeat, tolerances around their windows. */
import type { Issue } from '../directory/issues';
import { compareDates, parseIsoDate } from './calendar-date';
import type { Timeline } from './schema';
import { windowDates } from './window';

/** Birth dates the windows are tried on: a month end in a leap year and an ordinary day. */
const PROBES = ['2024-01-31', '2023-03-15'].map((text) => parseIsoDate(text)!);

export function checkTimeline(timeline: Timeline): Issue[] {
  const issues: Issue[] = [];
  const sourceIds = new Set<string>();
  timeline.sources.forEach((source, i) => {
    if (sourceIds.has(source.id))
      issues.push({ path: `sources[${i}].id`, message: `Quelle „${source.id}“ ist doppelt`, recordId: source.id });
    sourceIds.add(source.id);
  });
  const itemIds = new Set<string>();
  timeline.items.forEach((item, i) => {
    const at = (field: string) => `items[${i}].${field}`;
    if (itemIds.has(item.id))
      issues.push({ path: at('id'), message: `Eintrag „${item.id}“ ist doppelt`, recordId: item.id });
    itemIds.add(item.id);
    item.sources.forEach((id, j) => {
      if (!sourceIds.has(id))
        issues.push({
          path: at(`sources[${j}]`),
          message: `Quelle „${id}“ gibt es nicht – sie muss unter „sources“ oben in der Datei stehen`,
          recordId: item.id,
        });
    });
    if (item.tolerance) {
      const outside = PROBES.some((birth) => {
        const window = windowDates(birth, item.window);
        const tolerance = windowDates(birth, item.tolerance!);
        return compareDates(tolerance.start, window.start) > 0 || compareDates(tolerance.end, window.end) < 0;
      });
      if (outside)
        issues.push({
          path: at('tolerance'),
          message: 'Die Toleranz (tolerance) muss den Zeitraum (window) ganz einschließen',
          recordId: item.id,
        });
    }
  });
  return issues;
}
