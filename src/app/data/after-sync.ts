import type { Directory } from '../../domain/directory/schema';
import { isTransient } from '../../domain/sync/outcome';
import type { LeanOutcome } from '../../domain/sync/worker-protocol';
import type { DirectoryCounts } from '../../storage/records';
import type { DirectoryState } from './directory-state';

function countsOf(directory: Directory): DirectoryCounts {
  return {
    organizations: directory.organizations.length,
    services: directory.organizations.reduce((n, o) => n + o.services.length, 0),
    locations: directory.organizations.reduce((n, o) => n + o.locations.length, 0),
  };
}

/**
 * What the screens should show after a sync, besides the stored directory the runtime reads again
 * after an update. Rules: a new directory is announced with a quiet notice (unless it is the first
 * download); a failure never removes data; missing network is
 * not called a failure (the family sees the data date instead); a download that was checked but could
 * not be stored (quota) is still used for this visit when the phone has nothing else.
 */
export function stateAfterSync(
  current: DirectoryState,
  outcome: LeanOutcome,
  lastSuccessAt: number | undefined,
): Partial<DirectoryState> {
  const common: Partial<DirectoryState> = {
    syncing: false,
    lastOutcome: outcome.kind,
    ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
  };
  switch (outcome.kind) {
    case 'updated':
      // The new directory itself is read from storage (runtime.ts), like at start-up.
      return {
        ...common,
        failedUpdate: undefined,
        ...(current.keptInMemory ? { keptInMemory: false } : {}),
        updateNotice: current.status === 'ready',
      };
    case 'up-to-date':
    case 'newer-stored':
      return { ...common, failedUpdate: undefined };
    case 'storage-full':
    case 'storage-failed':
      return {
        ...common,
        failedUpdate: outcome.kind,
        ...(current.status !== 'ready'
          ? {
              status: 'ready',
              keptInMemory: true,
              directory: outcome.directory,
              info: { ...outcome.info, counts: countsOf(outcome.directory) },
            }
          : {}),
      };
    default:
      return { ...common, ...(isTransient(outcome) ? {} : { failedUpdate: outcome.kind }) };
  }
}
