/**
 * Node's own argument parser (`util.parseArgs`) for the command-line tools, with every usage mistake
 * (an unknown option, an option without its value, a value for a plain switch, a word too many)
 * reported as one sentence in the language of the tool's readers.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export class UsageError extends Error {}

export interface UsageWords {
  unknownOption(option: string): string;
  missingValue(option: string): string;
  noValue(option: string): string;
  unexpectedWord(word: string): string;
}

/** For the editorial team's tools. */
export const GERMAN: UsageWords = {
  unknownOption: (option) => `Unbekannte Option „${option}“`,
  missingValue: (option) => `Option „${option}“ braucht einen Wert`,
  noValue: (option) => `Option „${option}“ hat keinen Wert`,
  unexpectedWord: (word) => `Unerwartetes Wort „${word}“`,
};

/** For the developers' tools. */
export const ENGLISH: UsageWords = {
  unknownOption: (option) => `Unknown option "${option}"`,
  missingValue: (option) => `Option "${option}" needs a value`,
  noValue: (option) => `Option "${option}" takes no value`,
  unexpectedWord: (word) => `Unexpected argument "${word}"`,
};

export function parseCommandLine<O extends Options>(
  args: readonly string[],
  options: O,
  words: UsageWords,
  allowPositionals = false,
) {
  // Checked token by token first, so each mistake gets its own sentence rather than Node's English one.
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new UsageError(words.unexpectedWord(token.value));
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (!option) throw new UsageError(words.unknownOption(token.rawName));
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(words.noValue(token.rawName));
    // `--from --verbose`: the next option is no value (`--from=--x` still is).
    const missing = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) throw new UsageError(words.missingValue(token.rawName));
  }
  return parseArgs({ args: [...args], options, allowPositionals, strict: true });
}
