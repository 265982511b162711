import type { SyncOutcomeKind } from '../../domain/sync/outcome';
import type { Translate } from '../i18n';
import { getDirectoryState } from './directory-state';

/** The sentence that tells a family how a sync ended (literal keys, so the locale check sees them). */
export function outcomeMessage(kind: SyncOutcomeKind | undefined, t: Translate): string {
  switch (kind) {
    case undefined:
      // This tab no longer syncs: another tab updated the app.
      return t('sync.outcome.reloadFirst');
    case 'updated':
      return t('sync.outcome.updated');
    case 'up-to-date':
    case 'newer-stored':
      return t('sync.outcome.upToDate');
    case 'offline':
      return t('sync.outcome.offline');
    case 'stalled':
      return t('sync.outcome.stalled');
    case 'server-error':
      return t('sync.outcome.serverError');
    // On a first visit there are no earlier data that "stay": the download is used for this visit only.
    case 'storage-full':
      return getDirectoryState().keptInMemory ? t('sync.outcome.storageFullFirst') : t('sync.outcome.storageFull');
    case 'storage-failed':
      return getDirectoryState().keptInMemory ? t('sync.outcome.storageFailedFirst') : t('sync.outcome.storageFailed');
    case 'manifest-invalid':
    case 'size-mismatch':
    case 'hash-mismatch':
    case 'not-json':
    case 'invalid-directory':
      // The family cannot fix a broken publication; they only need to know the old data is kept.
      return t('sync.outcome.broken');
  }
}
