import { describe, expect, it } from 'vitest';
import { benchOptions } from '../../../src/tools/bench/options';

describe("the benchmarks' command line", () => {
  it('reads --verbose and the numbers in order', () => {
    expect(benchOptions([])).toEqual({ verbose: false, numbers: [] });
    expect(benchOptions(['20000', '--verbose', '5'])).toEqual({ verbose: true, numbers: [20000, 5] });
  });

  it('refuses an unknown option and a number that is none, with one sentence', () => {
    expect(() => benchOptions(['--verbos'])).toThrow('Unknown option "--verbos"');
    expect(() => benchOptions(['10k'])).toThrow('"10k" is not a whole number from 1');
    expect(() => benchOptions(['0'])).toThrow('"0" is not a whole number from 1');
  });
});
