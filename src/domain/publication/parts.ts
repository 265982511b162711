import type { Directory, Organization } from '../directory/schema';
import type { LanguageCode } from '../directory/text';
import { JoinError, joinLanguage, splitByLanguage, type LanguageEntry } from './by-language';

/**
 * The published directory in parts. Part 0 holds the head (meta and the guide's questions, in every
 * language); the other parts each hold the organizations of one bucket (stable by organization id),
 * so one changed service changes one small part. Every bucket is split by language (by-language.ts):
 * its shared form (German and the language-free fields) and, per language, that language's texts of
 * the same organizations. The build publishes each under its content hash; the phone joins the parts it holds
 * back into one directory here.
 */

/**
 * The shared form of part 0. Its meta is without `version` and `generatedAt`: they change with every
 * publication and travel in the manifest, so the head part changes only when the guide or the
 * dataset's own fields do.
 */
interface HeadPart {
  meta: unknown;
  guide: unknown;
}
/** The shared form of a bucket part. */
interface BucketPart {
  organizations: unknown[];
}

export interface SplitDirectory {
  /** Index 0: the head; 1…buckets: the buckets (an empty bucket has no organizations). */
  shared: (HeadPart | BucketPart)[];
  /** Per language other than German, aligned with `shared`: that part's entries (empty when none). */
  texts: Map<LanguageCode, LanguageEntry[][]>;
}

/**
 * How many buckets for this many organizations: about 16 organizations per bucket, a power of two
 * between 4 and 32. The count only changes when the directory doubles or halves (then every part
 * changes once); the cap keeps the manifest, which lists every part's hash, small.
 */
export function bucketCount(organizations: number): number {
  let count = 4;
  while (count < 32 && count * 16 < organizations) count *= 2;
  return count;
}

/** FNV-1a over the id: the same organization lands in the same bucket in every build. */
export function bucketOf(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

export function splitDirectory(
  directory: Directory,
  buckets = bucketCount(directory.organizations.length),
): SplitDirectory {
  const { organizations, meta, ...rest } = directory;
  const { version: _version, generatedAt: _generatedAt, ...lasting } = meta;
  const head: HeadPart = { meta: lasting, ...rest };
  const groups: Organization[][] = Array.from({ length: buckets }, () => []);
  for (const organization of organizations) groups[bucketOf(organization.id, buckets)]!.push(organization);
  const roots: (HeadPart | BucketPart)[] = [head, ...groups.map((group) => ({ organizations: group }))];
  const shared: (HeadPart | BucketPart)[] = [];
  const texts = new Map<LanguageCode, LanguageEntry[][]>();
  roots.forEach((root, index) => {
    // The head stays whole, every language in it: the guide's questions are what a family answers
    // first, in any language, also offline right after a switch; they are a few KB per language.
    if (index === 0) {
      shared.push(structuredClone(root));
      return;
    }
    const split = splitByLanguage(root);
    shared.push(split.shared as HeadPart | BucketPart);
    for (const [language, entries] of split.languages) {
      let list = texts.get(language);
      if (!list) {
        list = roots.map(() => []);
        texts.set(language, list);
      }
      list[index] = entries;
    }
  });
  return { shared, texts };
}

/** What the manifest carries of meta: the publication's version and time. */
export interface Stamp {
  version: string;
  generatedAt?: string | undefined;
}

/**
 * One directory from the shared parts and the chosen languages' parts (all of one publication; a
 * language part that does not fit its shared part throws JoinError), stamped with the manifest's
 * version and time. Organizations come back in published order (by id). The result still needs the
 * phone's schema check (parseDirectory).
 */
export function joinDirectory(
  shared: readonly unknown[],
  texts: ReadonlyMap<LanguageCode, readonly (readonly LanguageEntry[])[]>,
  stamp: Stamp,
): unknown {
  const roots = shared.map((part) => structuredClone(part));
  for (const [language, parts] of texts) {
    parts.forEach((entries, index) => {
      if (index >= roots.length) throw new JoinError(`language part ${index} has no shared part`);
      joinLanguage(roots[index], language, entries);
    });
  }
  const [head, ...buckets] = roots as [HeadPart, ...BucketPart[]];
  // Every bucket is published with its list (an empty bucket with an empty one): a part of another shape is
  // broken, and skipping it would store a directory with organizations missing.
  buckets.forEach((bucket, index) => {
    if (!Array.isArray(bucket?.organizations)) throw new JoinError(`part ${index + 1} holds no organizations`);
  });
  const organizations = buckets
    .flatMap((bucket) => bucket.organizations)
    .sort((a, b) => {
      const ia = String((a as { id?: unknown }).id);
      const ib = String((b as { id?: unknown }).id);
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
  const meta = { ...(head?.meta as object), version: stamp.version };
  if (stamp.generatedAt !== undefined) Object.assign(meta, { generatedAt: stamp.generatedAt });
  return { ...(head as object), meta, organizations };
}
