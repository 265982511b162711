import { describe, expect, it } from 'vitest';
import { comparisonTable, median, table, type Measurement } from '../../../src/tools/perf/report';

const cold = (runs: number[]): Measurement => ({ name: 'Cold start', runs, unit: 'ms', target: 500 });

describe('perf report', () => {
  it('takes the median of odd and even numbers of runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('says whether the median meets the target', () => {
    expect(table([cold([400, 450, 900])])).toContain(
      '| Cold start | 450 ms | ≤ 500 ms | met | 3 runs, 400 ms–900 ms |',
    );
    expect(table([cold([600, 700])])).toContain('| **missed** |');
  });

  it('sets two builds side by side with the change from the other to this one', () => {
    const text = comparisonTable([cold([700, 760, 800])], [cold([880, 900, 950])], 'dist-before');
    expect(text.split('\n')[0]).toBe('| measure | this build | dist-before | change |');
    expect(text).toContain('| Cold start | 760 ms | 900 ms | −140 ms (−16 %) |');
    expect(comparisonTable([cold([900])], [cold([800])], 'b')).toContain('+100 ms (+13 %)');
    expect(comparisonTable([cold([])], [cold([800])], 'b')).toContain('| – |');
  });
});
