import { describe, expect, it, vi } from 'vitest';
import { UI_LANGUAGES } from '../../../src/domain/languages';
import { WEEKDAYS } from '../../../src/domain/directory/hours-schema';
import { weekdayName, weekdayOf } from '../../../src/domain/hours/weekday-names';
import { builtLocaleNames } from '../../../src/tools/vite-plugin-locale-names';
import { dayName, dayNameOf } from '../../../src/app/ui/weekday-names';

describe('weekday names', () => {
  it.each([
    ['mo', 'de', 'long', 'Montag'],
    ['su', 'de', 'long', 'Sonntag'],
    ['we', 'en', 'long', 'Wednesday'],
    ['sa', 'tr', 'long', 'Cumartesi'],
    ['we', 'en', 'short', 'Wed'],
  ] as const)('%s in %s (%s) is %s', (weekday, language, style, name) => {
    expect(weekdayName(weekday, language, style)).toBe(name);
  });

  it('takes the names it is given for a language, and asks the locale data only for others', () => {
    const known = { xx: { short: ['1', '2', '3', '4', '5', '6', '7'] } };
    expect(weekdayName('th', 'xx', 'short', known)).toBe('4');
    expect(weekdayName('th', 'en', 'short', known)).toBe('Thu');
  });

  it('are built for every UI language: seven different names in each style, as the locale data has them', () => {
    const built = builtLocaleNames().weekdays;
    expect(Object.keys(built).sort()).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
    for (const { code } of UI_LANGUAGES) {
      for (const style of ['short', 'long'] as const) {
        const names = built[code]![style]!;
        expect(new Set(names).size).toBe(7);
        expect(names).toEqual(WEEKDAYS.map((weekday) => weekdayName(weekday, code, style)));
      }
    }
  });

  it('come from the built names in the app: no date formatter is built on the phone for them', () => {
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    expect(dayName('mo', 'fa', 'long')).toBe(builtLocaleNames().weekdays.fa!.long![0]);
    expect(dayNameOf('2026-12-07', 'ar')).toBe(builtLocaleNames().weekdays.ar!.short![0]);
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  });

  it.each([
    ['2026-12-07', 'mo'],
    ['2026-12-13', 'su'],
    ['2028-02-29', 'tu'],
    ['2027-01-01', 'fr'],
  ] as const)('%s is a %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});
