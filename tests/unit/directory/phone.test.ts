import { describe, expect, it } from 'vitest';
import { phoneNumberProblem, toTelUri } from '../../../src/domain/directory/phone';

describe('toTelUri', () => {
  it.each([
    // The national numbers of REGION.md
    ['112', 'tel:112'],
    ['110', 'tel:110'],
    ['116 117', 'tel:116117'],
    ['0228 19240', 'tel:+4922819240'],
    ['0800 111 0 550', 'tel:+498001110550'],
    ['116 111', 'tel:116111'],
    ['116 016', 'tel:116016'],
    ['0800 40 40 020', 'tel:+498004040020'],
    ['0800 111 0 111', 'tel:+498001110111'],
    ['0800 111 0 222', 'tel:+498001110222'],
    // Local numbers as people write them
    ['02303 27-1234', 'tel:+492303271234'],
    ['(02303) 27 1234', 'tel:+492303271234'],
    ['02306/100-0', 'tel:+4923061000'],
    ['+49 2303 27-1234', 'tel:+492303271234'],
    ['+49 (0)2303 27-1234', 'tel:+492303271234'],
    ['0049 2303 271234', 'tel:+492303271234'],
    ['0180 5 123456', 'tel:+491805123456'],
    ['+31 20 123 4567', 'tel:+31201234567'],
  ])('%s → %s', (number, uri) => {
    expect(toTelUri(number)).toBe(uri);
    expect(phoneNumberProblem(number)).toBeUndefined();
  });
});

describe('phoneNumberProblem', () => {
  it.each([
    [
      '02303 27-1234 Zentrale',
      'Telefonnummer „02303 27-1234 Zentrale“ enthält unerlaubte Zeichen – erlaubt sind Ziffern, Leerzeichen, + am Anfang, - / ( )',
    ],
    ['02303 +27', 'Telefonnummer „02303 +27“: das + darf nur ganz am Anfang stehen'],
    ['11', 'Telefonnummer „11“ hat 2 Ziffern – erlaubt sind 3 bis 20'],
    [
      'tel:110',
      'Telefonnummer „tel:110“ enthält unerlaubte Zeichen – erlaubt sind Ziffern, Leerzeichen, + am Anfang, - / ( )',
    ],
  ])('%s', (number, message) => {
    expect(phoneNumberProblem(number)).toBe(message);
  });
});
