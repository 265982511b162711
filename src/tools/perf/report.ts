/** Medians, targets and the table `npm run perf` prints (and the README shows). Pure: no I/O. */

export interface Measurement {
  name: string;
  /** Single runs in milliseconds (or Lighthouse scores 0–1). */
  runs: number[];
  unit: 'ms' | 'score';
  /** The target: at most this many ms, or at least this score. */
  target?: number;
  note?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function meetsTarget(m: Measurement): boolean | undefined {
  if (m.target === undefined || m.runs.length === 0) return undefined;
  const value = median(m.runs);
  return m.unit === 'ms' ? value <= m.target : value >= m.target;
}

const show = (value: number, unit: Measurement['unit']) =>
  Number.isNaN(value) ? '–' : unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(2);

/** A Markdown table: readable in a terminal and pasted as it is into the README. */
export function table(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => {
    const ok = meetsTarget(m);
    const target = m.target === undefined ? '' : `${m.unit === 'ms' ? '≤' : '≥'} ${show(m.target, m.unit)}`;
    const verdict = ok === undefined ? '' : ok ? 'met' : '**missed**';
    const runs =
      m.runs.length > 1
        ? `${m.runs.length} runs, ${show(Math.min(...m.runs), m.unit)}–${show(Math.max(...m.runs), m.unit)}`
        : '';
    return `| ${m.name} | ${show(median(m.runs), m.unit)} | ${target} | ${verdict} | ${[runs, m.note ?? ''].filter(Boolean).join('; ')} |`;
  });
  return ['| measure | median | target | | notes |', '|---|---|---|---|---|', ...rows].join('\n');
}

const sign = (value: number) => (value > 0 ? '+' : value < 0 ? '−' : '±');

/**
 * Two builds measured in alternating runs (`npm run perf -- --against DIR`): their medians side by
 * side and the change from the other build to this one.
 */
export function comparisonTable(
  current: readonly Measurement[],
  other: readonly Measurement[],
  otherName: string,
): string {
  const rows = current.map((m, index) => {
    const before = median(other[index]?.runs ?? []);
    const now = median(m.runs);
    const change = now - before;
    const percent = before === 0 ? Number.NaN : (change / before) * 100;
    const difference = Number.isNaN(change)
      ? '–'
      : `${sign(change)}${show(Math.abs(change), m.unit)}` +
        (Number.isNaN(percent) ? '' : ` (${sign(percent)}${Math.abs(percent).toFixed(0)} %)`);
    return `| ${m.name} | ${show(now, m.unit)} | ${show(before, m.unit)} | ${difference} |`;
  });
  return [`| measure | this build | ${otherName} | change |`, '|---|---|---|---|', ...rows].join('\n');
}
