import { describe, expect, it } from 'vitest';
import { phoneNumberProblem } from '../../../src/domain/directory/phone';
import { parseDirectory } from '../../../src/domain/directory/schema';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';

describe('a phone number that lost the 0 of its area code (a spreadsheet turned it into a number)', () => {
  it.each(['2303 27-1234', '230327 1234', '(2303) 27 1234', '2306/100-0', '800 111 0 550'])(
    '%j is refused with the likely cause and the fix',
    (number) => {
      const problem = phoneNumberProblem(number);
      expect(problem).toContain('beginnt nicht mit 0 oder +');
      expect(problem).toContain('Excel');
      expect(problem).toContain('„02303 27-1234“');
    },
  );

  it.each(['110', '112', '115', '116 117', '116 111', '19222', '02303 27-1234', '(02303) 27 1234', '+49 2303 27-1234'])(
    '%j (short national numbers, numbers with 0 or +) still passes',
    (number) => {
      expect(phoneNumberProblem(number)).toBeUndefined();
    },
  );

  it('is reported for the entry it is in, by the same schema the phone checks downloads with', () => {
    const directory = syntheticDirectory({ services: 2, version: 'v-test' });
    const service = directory.organizations[0]!.services[0]!;
    service.phones = [{ number: '2303 27-1234', kind: 'voice' }];
    const result = parseDirectory(directory);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ recordId: service.id, message: expect.stringContaining('Vorwahl') }),
    );
  });
});
