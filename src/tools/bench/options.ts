/**
 * The benchmarks' command line, read with Node's `util.parseArgs` like every other tool (src/tools/command-line.ts):
 * `--verbose` (passed on by `npm run bench` to every benchmark) and the whole numbers a benchmark takes in order
 * (services, repetitions). A mistake ends the run with one sentence instead of measuring something else.
 */
import { ENGLISH, parseCommandLine, UsageError } from '../command-line';

export interface BenchOptions {
  verbose: boolean;
  /** The whole numbers given, in order (each benchmark names what they mean in its usage line). */
  numbers: number[];
}

export function benchOptions(args: readonly string[]): BenchOptions {
  const { values, positionals } = parseCommandLine(args, { verbose: { type: 'boolean' } } as const, ENGLISH, true);
  const numbers = positionals.map((word) => {
    const number = Number(word);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`"${word}" is not a whole number from 1`);
    return number;
  });
  return { verbose: values.verbose ?? false, numbers };
}
