/**
 * Whether an entry's lastChecked ("2025-03-31") lies more than a year before `now`: the app then
 * tells families to call before they go. A year is counted by the calendar (29 February → 1 March).
 */
export function checkedLongAgo(lastChecked: string, now: Date): boolean {
  const [y, m, d] = lastChecked.split('-').map(Number) as [number, number, number];
  if (!Number.isFinite(y) || !Number.isFinite(m) || !Number.isFinite(d)) return false;
  const oneYearLater = Date.UTC(y + 1, m - 1, d);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today > oneYearLater;
}
