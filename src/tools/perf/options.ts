/** `npm run perf [-- --runs 5] [-- --no-build] [-- --no-lighthouse] [-- --against DIR] [-- --services 2000,5000 [--trace]]`. */
import { ENGLISH, parseCommandLine, UsageError } from '../command-line';

export interface PerfOptions {
  runs: number;
  /** Another build (a dist/ folder) to measure in alternating runs. */
  against: string | undefined;
  build: boolean;
  lighthouse: boolean;
  /** Directory sizes to measure the search and results pages at (realistic copies of directory/). */
  services: number[] | undefined;
  /** With --services: record a Chromium trace of each measured cold start and summarize it. */
  trace: boolean;
}

const OPTIONS = {
  runs: { type: 'string' },
  against: { type: 'string' },
  'no-build': { type: 'boolean' },
  'no-lighthouse': { type: 'boolean' },
  services: { type: 'string' },
  trace: { type: 'boolean' },
} as const;

function serviceCounts(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const counts = value.split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError('--services: whole numbers from 1, separated by commas, e.g. --services 2000,5000');
  }
  return counts;
}

export function perfOptions(args: readonly string[]): PerfOptions {
  const { values } = parseCommandLine(args, OPTIONS, ENGLISH);
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs: a whole number from 1, e.g. --runs 5`);
  return {
    runs,
    against: values.against,
    build: !values['no-build'],
    lighthouse: !values['no-lighthouse'],
    services: serviceCounts(values.services),
    trace: values.trace === true,
  };
}
