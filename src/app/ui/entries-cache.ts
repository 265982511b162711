/** directoryEntries once per directory object, however many screens ask (results, detail, search). */
import type { Directory } from '../../domain/directory/schema';
import { directoryEntries, type DirectoryEntry } from '../../domain/guide/entries';

const cache = new WeakMap<Directory, DirectoryEntry[]>();

export function entriesOf(directory: Directory): DirectoryEntry[] {
  let entries = cache.get(directory);
  if (!entries) {
    entries = directoryEntries(directory);
    cache.set(directory, entries);
  }
  return entries;
}
