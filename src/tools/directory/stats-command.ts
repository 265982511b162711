import type { ParsedArgs } from './args';
import type { Output } from './report';

export async function statsCommand(_args: ParsedArgs, output: Output): Promise<number> {
  output.err('stats: noch nicht verfügbar');
  return 1;
}
