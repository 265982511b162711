import type * as v from 'valibot';

/** One problem found in the directory, worded for the editorial team. */
export interface Issue {
  /** Where: "organizations[3].services[0].phones[1].number", or for source files "organizations/x.yaml: services[0]…". */
  path: string;
  /** A German sentence. */
  message: string;
  /** The id of the nearest record (service, location or organization) the problem is in. */
  recordId?: string;
  /** Line in the source file (editorial source only). */
  line?: number;
}

type PathKey = string | number;

/** "organizations[3].services[0].name.de" from a list of keys. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** Id of the deepest object with a string `id` along the path (walking the raw input). */
function recordIdAt(input: unknown, keys: readonly PathKey[]): string | undefined {
  let node: unknown = input;
  let found: string | undefined;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') break;
    const id = (node as { id?: unknown }).id;
    if (typeof id === 'string' && id.length <= 80) found = id;
    node = (node as Record<PathKey, unknown>)[key];
  }
  if (node !== null && typeof node === 'object') {
    const id = (node as { id?: unknown }).id;
    if (typeof id === 'string' && id.length <= 80) found = id;
  }
  return found;
}

function keysOf(issue: v.BaseIssue<unknown>): PathKey[] {
  const keys: PathKey[] = [];
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'string' || typeof key === 'number') keys.push(key);
  }
  return keys;
}

/** Turns valibot issues into Issues with dotted paths and record ids. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[], input: unknown, prefix: PathKey[] = []): Issue[] {
  return issues.map((issue) => {
    const keys = [...prefix, ...keysOf(issue)];
    const recordId = recordIdAt(input, keysOf(issue));
    return { path: formatPath(keys), message: issue.message, ...(recordId ? { recordId } : {}) };
  });
}
