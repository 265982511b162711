import { describe, expect, it } from 'vitest';
import { parseDirectory } from '../../../src/domain/directory/schema';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';

const fresh = () => syntheticDirectory({ services: 3, version: '2026-11-20T08:00:00.000Z-0000bbbb' });

describe('invisible control characters in directory texts', () => {
  it.each([
    ['right-to-left override', 'Familien\u202Ebüro'],
    ['left-to-right embedding', '\u202AFamilienbüro'],
    ['first-strong isolate', 'Familien\u2068büro\u2069'],
    ['byte-order mark (zero-width no-break space)', 'Familien\uFEFFbüro'],
    ['a C1 control character', 'Familien\u0085büro'],
    ['line separator', 'Familien\u2028büro'],
  ])('a name with a %s is refused with a plain German message', (_what, name) => {
    const directory = fresh();
    const service = directory.organizations[0]!.services[0]!;
    service.name = { de: name };
    const result = parseDirectory(directory);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path.includes('services[0].name'));
    expect(issue?.message).toMatch(/unsichtbares Steuerzeichen an Stelle \d+ \(U\+[0-9A-F]{4}\)/);
    expect(issue?.message).toContain('Bitte den Text neu eintippen');
    expect(issue?.recordId).toBe(service.id);
  });

  it('a translation with an override is refused too', () => {
    const directory = fresh();
    directory.organizations[0]!.services[0]!.name = { de: 'Familienbüro', ar: 'مكتب\u202Dالأسرة' };
    expect(parseDirectory(directory).ok).toBe(false);
  });

  it('the joiners Persian needs, direction marks and line breaks in descriptions stay allowed', () => {
    const directory = fresh();
    const service = directory.organizations[0]!.services[0]!;
    service.name = { de: 'Familienbüro', fa: 'دفتر خانواده\u200Cها', ar: 'مكتب الأسرة\u200F' };
    service.description = { de: 'Erste Zeile.\nZweite Zeile.\tMit Tab.' };
    expect(parseDirectory(directory)).toMatchObject({ ok: true });
  });
});
