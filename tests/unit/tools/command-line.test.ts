import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/tools/directory/args';
import { perfOptions } from '../../../src/tools/perf/options';
import { screenshotOptions } from '../../../src/tools/screenshots-options';

describe('the directory command line', () => {
  it('reads the command, its words and the options in any order, with the defaults', () => {
    expect(parseArgs(['import-csv', 'liste.csv', '--out', 'neu', '--verbose'])).toEqual({
      command: 'import-csv',
      from: 'directory',
      out: 'neu',
      outGiven: true,
      verbose: true,
      write: false,
      removeMissing: false,
      rest: ['liste.csv'],
    });
    expect(parseArgs(['import-csv', 'liste.csv', '--write', '--remove-missing'])).toMatchObject({
      write: true,
      removeMissing: true,
    });
    expect(parseArgs(['confirm', 'stelle', '--changes', 'neue Nummer', '--date', '2026-12-01'])).toMatchObject({
      command: 'confirm',
      rest: ['stelle'],
      changes: 'neue Nummer',
      date: '2026-12-01',
    });
    expect(parseArgs(['--from=quelle', 'validate'])).toMatchObject({
      command: 'validate',
      from: 'quelle',
      out: 'dist/data',
      outGiven: false,
      verbose: false,
      rest: [],
    });
  });

  it('--help and -h ask for the help text', () => {
    expect(parseArgs(['--help']).command).toBe('help');
    expect(parseArgs(['build', '-h']).command).toBe('help');
  });

  it('names the mistake in German', () => {
    expect(() => parseArgs(['validate', '--farbe', 'rot'])).toThrow('Unbekannte Option „--farbe“');
    expect(() => parseArgs(['validate', '--from'])).toThrow('Option „--from“ braucht einen Wert');
    expect(() => parseArgs(['build', '--out', '--verbose'])).toThrow('Option „--out“ braucht einen Wert');
    expect(() => parseArgs(['validate', '--verbose=ja'])).toThrow('Option „--verbose“ hat keinen Wert');
  });
});

describe('npm run perf', () => {
  it('defaults to five runs, a build and Lighthouse', () => {
    expect(perfOptions([])).toEqual({ runs: 5, against: undefined, build: true, lighthouse: true, trace: false });
  });

  it('reads every option', () => {
    expect(perfOptions(['--runs', '8', '--against', '/tmp/old', '--no-build', '--no-lighthouse'])).toEqual({
      runs: 8,
      against: '/tmp/old',
      build: false,
      lighthouse: false,
      trace: false,
    });
    expect(perfOptions(['--services', '5000,202', '--trace'])).toMatchObject({ services: [5000, 202], trace: true });
  });

  it('names the mistake in English', () => {
    expect(() => perfOptions(['--run', '3'])).toThrow('Unknown option "--run"');
    expect(() => perfOptions(['--against'])).toThrow('Option "--against" needs a value');
    expect(() => perfOptions(['--runs', 'drei'])).toThrow('--runs: a whole number from 1');
    expect(() => perfOptions(['dist'])).toThrow('Unexpected argument "dist"');
  });
});

describe('npm run screenshots', () => {
  it('defaults to scale 2 and the default folder', () => {
    expect(screenshotOptions([])).toEqual({ scale: 2, out: undefined });
    expect(screenshotOptions(['--scale', '1', '--out', 'docs/screenshots'])).toEqual({
      scale: 1,
      out: 'docs/screenshots',
    });
  });

  it('names the mistake in German', () => {
    expect(() => screenshotOptions(['--scale', '4'])).toThrow('--scale: eine Zahl von 1 bis 3');
    expect(() => screenshotOptions(['--out'])).toThrow('Option „--out“ braucht einen Wert');
    expect(() => screenshotOptions(['--größe', '2'])).toThrow('Unbekannte Option „--größe“');
  });
});
