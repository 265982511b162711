/** Command-line arguments: `<command> [word …] [--from DIR] [--out DIR] [--lang CODE] [--verbose] [--write] [--remove-missing]`. */
import { GERMAN, parseCommandLine } from '../command-line';

export { UsageError } from '../command-line';

export interface ParsedArgs {
  command: string | undefined;
  from: string;
  out: string;
  /** Whether --out was given (import commands then write there instead of into the editorial source). */
  outGiven: boolean;
  verbose: boolean;
  /** The language of export-translations. */
  lang?: string;
  /** Imports: apply the plan (without it only the plan is shown). */
  write: boolean;
  /** Imports: remove organizations and services the import does not have. */
  removeMissing: boolean;
  /** confirm: what the organization reported as changed. */
  changes?: string;
  /** confirm: the day of the answer (YYYY-MM-DD; default today). */
  date?: string;
  /** Further words after the command (the file or folder of export and import). */
  rest: string[];
}

const DEFAULT_FROM = 'directory';
const DEFAULT_OUT = 'dist/data';

const OPTIONS = {
  from: { type: 'string' },
  out: { type: 'string' },
  verbose: { type: 'boolean' },
  lang: { type: 'string' },
  write: { type: 'boolean' },
  'remove-missing': { type: 'boolean' },
  changes: { type: 'string' },
  date: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = parseCommandLine(argv, OPTIONS, GERMAN, true);
  const [command, ...rest] = positionals;
  return {
    command: values.help ? 'help' : command,
    from: values.from ?? DEFAULT_FROM,
    out: values.out ?? DEFAULT_OUT,
    outGiven: values.out !== undefined,
    verbose: values.verbose ?? false,
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    write: values.write ?? false,
    removeMissing: values['remove-missing'] ?? false,
    ...(values.changes !== undefined ? { changes: values.changes } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    rest,
  };
}
