/** The Kreis's towns from the taxonomy, in its order, with their names as parents read them (the same in every language). */
import taxonomy from './taxonomy.json';

export const TOWNS: readonly { code: string; name: string }[] = taxonomy.municipalities.map(({ code, name }) => ({
  code,
  name,
}));

const NAMES = new Map(TOWNS.map((town) => [town.code, town.name]));

/** A town's name; an unknown code as it is. */
export function townName(code: string): string {
  return NAMES.get(code) ?? code;
}

/** Whether `code` names one of the towns (an address may carry anything). */
export function isTown(code: string | undefined): code is string {
  return code !== undefined && NAMES.has(code);
}
