/** `npm run perf [-- --runs 5] [-- --no-build] [-- --no-lighthouse] [-- --against DIR]`. */
import { ENGLISH, parseCommandLine, UsageError } from '../command-line';

export interface PerfOptions {
  runs: number;
  /** Another build (a dist/ folder) to measure in alternating runs. */
  against: string | undefined;
  build: boolean;
  lighthouse: boolean;
}

const OPTIONS = {
  runs: { type: 'string' },
  against: { type: 'string' },
  'no-build': { type: 'boolean' },
  'no-lighthouse': { type: 'boolean' },
} as const;

export function perfOptions(args: readonly string[]): PerfOptions {
  const { values } = parseCommandLine(args, OPTIONS, ENGLISH);
  const runs = Number(values.runs ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs: a whole number from 1, e.g. --runs 5`);
  return { runs, against: values.against, build: !values['no-build'], lighthouse: !values['no-lighthouse'] };
}
