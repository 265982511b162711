import type { SyncOutcomeKind } from '../../domain/sync/outcome';

/** The sentence (key in the "sync" strings) that tells a family how a sync ended. */
export function outcomeMessageKey(kind: SyncOutcomeKind): string {
  switch (kind) {
    case 'updated':
      return 'sync.outcome.updated';
    case 'up-to-date':
      return 'sync.outcome.upToDate';
    case 'offline':
      return 'sync.outcome.offline';
    case 'server-error':
      return 'sync.outcome.serverError';
    case 'storage-full':
      return 'sync.outcome.storageFull';
    case 'storage-failed':
      return 'sync.outcome.storageFailed';
    case 'manifest-invalid':
    case 'size-mismatch':
    case 'hash-mismatch':
    case 'not-json':
    case 'invalid-directory':
    case 'version-mismatch':
      // The family cannot fix a broken publication; they only need to know the old data is kept.
      return 'sync.outcome.broken';
  }
}
