import type { Directory } from '../../domain/directory/schema';
import { isTransient, type SyncOutcome } from '../../domain/sync/outcome';
import type { DirectoryCounts } from '../../storage/records';
import type { DirectoryState } from './directory-state';

export function countsOf(directory: Directory): DirectoryCounts {
  return {
    organizations: directory.organizations.length,
    services: directory.organizations.reduce((n, o) => n + o.services.length, 0),
    locations: directory.organizations.reduce((n, o) => n + o.locations.length, 0),
  };
}

/**
 * What the screens should show after a sync. Rules: a new directory replaces the shown one (with a
 * quiet notice unless it is the first download); a failure never removes data; missing network is
 * not called a failure (the family sees the data date instead); a download that was checked but could
 * not be stored (quota) is still used for this visit when the phone has nothing else.
 */
export function stateAfterSync(
  current: DirectoryState,
  outcome: SyncOutcome,
  lastSuccessAt: number | undefined,
): Partial<DirectoryState> {
  const common: Partial<DirectoryState> = {
    syncing: false,
    lastOutcome: outcome.kind,
    ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
  };
  switch (outcome.kind) {
    case 'updated':
      return {
        ...common,
        status: 'ready',
        directory: outcome.directory,
        info: { ...outcome.info, counts: countsOf(outcome.directory) },
        failedUpdate: undefined,
        updateNotice: current.status === 'ready',
      };
    case 'up-to-date':
      return { ...common, failedUpdate: undefined };
    case 'storage-full':
    case 'storage-failed':
      return {
        ...common,
        failedUpdate: outcome.kind,
        ...(current.status !== 'ready'
          ? {
              status: 'ready',
              directory: outcome.directory,
              info: { ...outcome.info, counts: countsOf(outcome.directory) },
            }
          : {}),
      };
    default:
      return { ...common, ...(isTransient(outcome) ? {} : { failedUpdate: outcome.kind }) };
  }
}
