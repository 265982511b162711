/** Command-line arguments: `<command> [--from DIR] [--out DIR] [--verbose]`. */

export interface ParsedArgs {
  command: string | undefined;
  from: string;
  out: string;
  /** Whether --out was given (import commands then write there instead of into the editorial source). */
  outGiven: boolean;
  verbose: boolean;
  /** Further positional words after the command (for future commands). */
  rest: string[];
  /** Options given with a value, for commands registered later (e.g. --file for import-csv). */
  options: Record<string, string>;
}

export class UsageError extends Error {}

const DEFAULT_FROM = 'directory';
const DEFAULT_OUT = 'dist/data';

/** Options that take a value; commands added later may pass their own. */
const VALUE_OPTIONS = new Set(['from', 'out']);
const FLAG_OPTIONS = new Set(['verbose', 'help']);

export function parseArgs(argv: readonly string[], extraValueOptions: readonly string[] = []): ParsedArgs {
  const valueOptions = new Set([...VALUE_OPTIONS, ...extraValueOptions]);
  const parsed: ParsedArgs = {
    command: undefined,
    from: DEFAULT_FROM,
    out: DEFAULT_OUT,
    outGiven: false,
    verbose: false,
    rest: [],
    options: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split(/=(.*)/s);
      if (FLAG_OPTIONS.has(name)) {
        if (name === 'verbose') parsed.verbose = true;
        else parsed.command = 'help';
        continue;
      }
      if (!valueOptions.has(name)) throw new UsageError(`Unbekannte Option „--${name}“`);
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`Option „--${name}“ braucht einen Wert`);
      if (name === 'from') parsed.from = value;
      else if (name === 'out') {
        parsed.out = value;
        parsed.outGiven = true;
      } else parsed.options[name] = value;
    } else if (arg === '-h') {
      parsed.command = 'help';
    } else if (parsed.command === undefined) {
      parsed.command = arg;
    } else {
      parsed.rest.push(arg);
    }
  }
  return parsed;
}
