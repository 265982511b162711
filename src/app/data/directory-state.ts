/**
 * The directory's state as the screens see it: a tiny store with no IndexedDB, sync or schema code,
 * so it costs the first screen almost nothing. The heavy part (runtime.ts) is loaded after the first
 * render and feeds this store.
 */
import type { Guide } from '../../domain/directory/guide-schema';
import type { Directory } from '../../domain/directory/schema';
import type { SyncOutcomeKind } from '../../domain/sync/outcome';
import type { LeanOutcome } from '../../domain/sync/worker-protocol';
import type { StoredDirectoryInfo } from '../../storage/records';
import type { StorageProblem } from '../../storage/open-store';
import { createStore } from '../state/store';
import type { MatchSource } from './match-source';
import type { Runtime } from './runtime';

export interface DirectoryState {
  /** loading: reading the phone's copy; ready: a directory is in use; empty: none yet (first visit without network). */
  status: 'idle' | 'loading' | 'ready' | 'empty';
  /** Where data lives: memory means nothing survives a reload (offline use not possible). */
  storage: 'unknown' | 'indexeddb' | 'memory';
  storageProblem?: StorageProblem;
  directory?: Directory;
  /**
   * The match table of the directory in use, without the services' texts (results, search and topic
   * pages rank on it and read only the services they show). Absent while `directory` is loaded.
   */
  matches?: MatchSource;
  /**
   * The guide's questions: the directory's own once it is loaded, before that the one from the small
   * stored head record, so the first question does not wait for every service to be read.
   */
  guide?: Guide;
  info?: Omit<StoredDirectoryInfo, 'head'>;
  syncing: boolean;
  lastSuccessAt?: number;
  lastOutcome?: SyncOutcomeKind;
  /** The last update failed for a reason other than missing network: the old data is still in use. */
  failedUpdate?: SyncOutcomeKind;
  /**
   * The directory in use could not be stored (storage full or failed) and the phone had none before:
   * it is used for this visit only, and there is no earlier data that "stays" on the phone.
   */
  keptInMemory?: boolean;
  /**
   * The family chose a language whose texts are not on the phone and they could not be fetched (no
   * network): German texts meanwhile, and a plain notice; fetched when the connection is back.
   */
  languageWaiting?: string;
  /** The family closed that notice for this language: it stays closed while the texts are still missing. */
  languageNoticeClosed?: string;
  /** A new directory arrived during this visit: a quiet, dismissible notice. */
  updateNotice: boolean;
  /** Another tab updated the app's database: this tab keeps its data but should be reloaded. */
  superseded: boolean;
}

/** The one copy of the directory's state (exported for `useDirectoryState`; change it through updateDirectoryState). */
export const directoryStore = createStore<DirectoryState>({
  status: 'idle',
  storage: 'unknown',
  syncing: false,
  updateNotice: false,
  superseded: false,
});

/** Nothing stored and no download under way: screens say the directory is missing rather than "loading". */
export function noDirectoryComing(state: DirectoryState): boolean {
  return state.status === 'empty' && !state.syncing;
}

export function getDirectoryState(): DirectoryState {
  return directoryStore.get();
}

export function updateDirectoryState(change: Partial<DirectoryState>): void {
  const next = { ...directoryStore.get(), ...change };
  // The guide follows the directory; only the stored head may bring it ahead of the directory.
  if ('directory' in change) next.guide = change.directory?.guide ?? change.guide;
  directoryStore.set(next);
}

let runtime: Promise<Runtime> | undefined;

/**
 * Loads the storage and sync code and starts it (once); every caller gets the same runtime. Screens
 * that rank, list or show services ask for the match table (`services: 'matches'`) and read the
 * services they show by id; the frame, the start screen and actions need only the small head record
 * (`services: false`, the default). `services: true` reads the whole directory (no screen needs it).
 */
export function startDirectory({ services = false }: { services?: boolean | 'matches' } = {}): Promise<Runtime> {
  // The first caller's wish goes with the start, so the first read from storage is already the one it needs.
  runtime ??= import('./runtime')
    .then((m) => m.startRuntime(services))
    .catch((error: unknown) => {
      // E.g. the chunk could not be loaded: let the next caller try again instead of failing forever.
      runtime = undefined;
      throw error;
    });
  if (services === 'matches') runtime.then((started) => started.wantMatches()).catch(() => undefined);
  else if (services) runtime.then((started) => started.wantServices()).catch(() => undefined);
  return runtime;
}

/** "Jetzt aktualisieren". */
export async function syncNow(): Promise<LeanOutcome | undefined> {
  return (await startDirectory()).syncNow();
}

export function dismissUpdateNotice(): void {
  updateDirectoryState({ updateNotice: false });
}

/** Closes the "texts in this language come once you are online" notice for the language shown. */
export function closeLanguageNotice(language: string): void {
  updateDirectoryState({ languageNoticeClosed: language });
}

/**
 * Resolves once the guide's questions are known, or it is clear there are none on this phone, or
 * after `patienceMs` (the screen then shows its loading state as usual).
 */
export function whenGuideKnown(patienceMs: number): Promise<void> {
  const known = () => {
    const state = directoryStore.get();
    return state.guide !== undefined || state.status === 'empty';
  };
  if (known()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, patienceMs);
    const unsubscribe = directoryStore.subscribe(() => {
      if (known()) done();
    });
  });
}
