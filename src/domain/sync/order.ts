import type { DirectoryInfo } from './ports';

/**
 * Which of two directories is newer, from what the publication itself carries: meta.generatedAt, the
 * moment the build published it (src/tools/directory/publish.ts sets it on every build, also when a
 * region republishes older content, so a deliberate rollback is newer too). The version string is a
 * name, not an order. When either date is missing or unreadable the order is unknown and the
 * publication wins, as it always did.
 */
export function isOlderThan(
  offered: Pick<DirectoryInfo, 'version' | 'generatedAt'>,
  stored: Pick<DirectoryInfo, 'version' | 'generatedAt'>,
): boolean {
  if (offered.version === stored.version) return false;
  const offeredAt = Date.parse(offered.generatedAt ?? '');
  const storedAt = Date.parse(stored.generatedAt ?? '');
  if (Number.isNaN(offeredAt) || Number.isNaN(storedAt)) return false;
  return offeredAt < storedAt;
}

/**
 * The compare-and-swap rule, decided inside the transaction that would write `offered`. `seen` is
 * the stored version the sync saw when it started. If the stored directory is still that one, the
 * publication wins as it always did (also a deliberate republish of older content). If another
 * writer (a second tab) stored something since, the offered directory is written only when it is not
 * older than what that writer stored: two syncs racing never move the phone backwards.
 */
export function keepsStored(
  offered: Pick<DirectoryInfo, 'version' | 'generatedAt'>,
  stored: Pick<DirectoryInfo, 'version' | 'generatedAt'> | undefined,
  seen: { version: string | undefined } | undefined,
): boolean {
  if (stored === undefined || seen === undefined || stored.version === seen.version) return false;
  return isOlderThan(offered, stored);
}

/**
 * The same version with fewer languages than stored (a sync for another language that was replaced
 * but had already started its write, or a second tab showing another language): writing it would
 * drop a language the phone holds, so the stored one is kept. Undefined languages: stored whole (all).
 */
export function dropsLanguages(
  offered: Pick<DirectoryInfo, 'version' | 'languages'>,
  stored: Pick<DirectoryInfo, 'version' | 'languages'>,
): boolean {
  if (offered.version !== stored.version || offered.languages === undefined) return false;
  if (stored.languages === undefined) return true;
  return stored.languages.some((language) => !offered.languages!.includes(language));
}
