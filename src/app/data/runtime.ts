/**
 * The directory on the phone, wired for the browser (loaded lazily by directory-state.ts):
 * open storage (IndexedDB or memory), show the stored directory at once, then sync on start, when
 * the connection comes back and every few hours, and keep several open tabs in step.
 */
import type { Service } from '../../domain/directory/schema';
import type { SyncRun } from '../../domain/sync/sync';
import type { LeanOutcome } from '../../domain/sync/worker-protocol';
import { loadBerlinZoneData } from '../../domain/hours/berlin-time';
import { whenIdle } from '../timing/when-idle';
import { isSuccess, isTransient } from '../../domain/sync/outcome';
import { RETRY_AFTER_FAILURE_MS, shouldSync, type SyncTrigger } from '../../domain/sync/throttle';
import { takeEarlyRead } from '../../storage/early-read';
import { openAppStore } from '../../storage/open-store';
import type { ClearReport, SavedContact, StoredDirectoryInfo, SyncState } from '../../storage/records';
import type { AppStore } from '../../storage/store';
import { webPartsPorts } from '../../storage/sync-ports';
import { currentLanguage, subscribeLanguage } from '../i18n';
import { forgetLanguage } from '../i18n/language-choice';
import { stateAfterSync } from './after-sync';
import { getDirectoryState, updateDirectoryState, type DirectoryState } from './directory-state';
import { storedMatches } from './match-source';
import { requestPersistence } from './persistence';
import { syncInWorker, type PageSync } from './sync-in-worker';

export interface Runtime {
  /**
   * A screen needs the services themselves (results, search, details): read them from storage now
   * and after every update. Until a screen asks, only the small head record is read, so the start
   * screen never pays for the whole directory.
   */
  wantServices(): void;
  /**
   * A screen ranks and lists services (results, search, topics): read the match table now and after
   * every update; the services of its cards are read by id (match-source.ts).
   */
  wantMatches(): void;
  /** Undefined when this tab no longer syncs (another tab took over the database). */
  syncNow(): Promise<LeanOutcome | undefined>;
  saveContact(service: Service): Promise<void>;
  removeSaved(id: string): Promise<boolean>;
  listSaved(): Promise<SavedContact[]>;
  reorderSaved(ids: readonly string[]): Promise<void>;
  clearMyData(options: { includeDirectory: boolean }): Promise<ClearReport>;
  readonly store: AppStore;
}

/** How often an open app asks the throttle whether a background check is due. */
const TICK_MS = 15 * 60 * 1000;
const CHANNEL = 'bff-directory';

function infoWithoutHead(info: StoredDirectoryInfo): Omit<StoredDirectoryInfo, 'head'> {
  const { head: _head, ...rest } = info;
  return rest;
}

/**
 * `wanted`: what the screen that starts it reads (see `Runtime.wantServices`, `wantMatches`): read in
 * the first read from storage, together with the head record, not one read later.
 */
export async function startRuntime(wanted: boolean | 'matches' = false): Promise<Runtime> {
  updateDirectoryState({ status: 'loading' });
  let history: SyncState = {};
  let run: (trigger: SyncTrigger) => Promise<LeanOutcome | undefined> = async () => undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const opened = await openAppStore({
    // A ranking page's first screen has opened the database and read the head and the table already.
    early: takeEarlyRead(),
    onVersionChange: () => updateDirectoryState({ superseded: true }),
    // The browser dropped our data (site data cleared, eviction): the store reopens by itself;
    // forget the sync history so the next check downloads the directory again right away.
    onTerminated: () => {
      history = {};
      void run('online');
    },
  });
  const store = opened.store;
  updateDirectoryState({
    storage: store.kind,
    ...(opened.problem !== undefined ? { storageProblem: opened.problem } : {}),
  });

  let servicesWanted = wanted === true;
  let matchesWanted = wanted === 'matches';
  const refresh = (announce = false) =>
    showStored(store, { announce, services: servicesWanted, matches: matchesWanted });
  // The sync history and what the screen shows are read side by side: the screen does not wait for it.
  const shown = refresh();
  if (matchesWanted) warmUpRanking();
  history = await store.readSyncState().catch(() => ({}));
  updateDirectoryState({
    ...(history.lastSuccessAt !== undefined ? { lastSuccessAt: history.lastSuccessAt } : {}),
  });
  await shown;
  // A cold start's first read did not count the stored records (early-read.ts): once the screen is up,
  // they are; a directory found incomplete is dropped and downloaded again, as after an eviction.
  whenIdle(() => {
    void store.isStoredComplete().then(
      (complete) => {
        if (complete) return;
        updateDirectoryState({ status: 'empty', directory: undefined, matches: undefined, info: undefined });
        history = {};
        void run('online');
      },
      () => undefined,
    );
  });

  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  // Another tab stored a new directory: show it here too (it is already on the phone).
  channel?.addEventListener('message', () => void refresh(true));

  // The page syncs by itself only without the worker; its code (with the directory's schema check,
  // costly to set up on a slow phone) loads only then, not on every start.
  let pageSync: Promise<SyncRun> | undefined;
  const onPage: PageSync = (options) => {
    pageSync ??= import('../../domain/sync/parts-sync').then((m) =>
      m.partsSingleFlight(webPartsPorts(store, import.meta.env.BASE_URL)),
    );
    return pageSync.then((run) => run(options));
  };
  // With IndexedDB the worker does the heavy part and writes where this page reads; the memory
  // store (no IndexedDB) lives in this page only, so then the page syncs by itself.
  const sync = store.kind === 'indexeddb' ? syncInWorker(import.meta.env.BASE_URL, onPage) : onPage;

  run = async (asked) => {
    const now = Date.now();
    if (getDirectoryState().superseded) return undefined;
    // Back online with the shown language's texts still missing: fetch them whatever the throttle
    // says. Asked of the stored directory, not of the notice: an offline attempt still running when
    // the connection returns has not set the notice yet.
    const missing = textsMissing(getDirectoryState(), currentLanguage().code);
    const trigger = asked === 'online' && missing ? 'language' : asked;
    if (!shouldSync(trigger, { ...history, hasData: getDirectoryState().status === 'ready' }, now)) return undefined;
    updateDirectoryState({ syncing: true });
    // Back online or asked by the family: a running attempt may be stuck on a connection that is
    // gone, so these never share it (see flight). The texts of the language shown come with German.
    const language = currentLanguage().code;
    const outcome = await sync({ fresh: asked === 'online' || asked === 'manual', languages: [language] });
    history = {
      ...history,
      lastAttemptAt: now,
      lastOutcome: outcome.kind,
      ...(isSuccess(outcome) ? { lastSuccessAt: Date.now() } : {}),
    };
    await store.writeSyncState(history).catch(() => undefined);
    const before = getDirectoryState();
    // The update is stored (here or, newer, by another tab): read it like at start-up (the head at
    // once, services if a screen wants them).
    if (outcome.kind === 'updated' || outcome.kind === 'newer-stored') await refresh();
    // A language's texts added to the same version are no "update" to announce.
    const sameVersion = outcome.kind === 'updated' && outcome.previousVersion === outcome.version;
    updateDirectoryState({
      ...stateAfterSync(before, outcome, history.lastSuccessAt),
      ...(sameVersion ? { updateNotice: before.updateNotice } : {}),
      // A run for a language no longer shown (at start-up the saved one may still be loading, so the
      // first run is for German) says nothing about the texts of the one shown: it keeps its notice.
      ...(language === currentLanguage().code
        ? { languageWaiting: languageWaiting(getDirectoryState(), language, outcome) }
        : {}),
    });
    if (outcome.kind === 'updated') channel?.postMessage({ version: outcome.version });
    // Nothing on the phone yet and the network failed or stalled: try again soon by itself, not only
    // when the browser reports the connection back (a hanging server never makes it report that).
    if (isTransient(outcome) && getDirectoryState().status !== 'ready') {
      clearTimeout(retry);
      retry = setTimeout(() => void run('interval'), RETRY_AFTER_FAILURE_MS);
    }
    return outcome;
  };

  addEventListener('online', () => void run('online'));
  // A language whose texts the phone lacks: fetch them now (German meanwhile; a notice when offline).
  subscribeLanguage(() => {
    const language = currentLanguage().code;
    const waiting = getDirectoryState().languageWaiting;
    if (waiting !== undefined && waiting !== language) updateDirectoryState({ languageWaiting: undefined });
    if (textsMissing(getDirectoryState(), language)) void run('language');
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void run('interval');
  });
  setInterval(() => void run('interval'), TICK_MS);
  addEventListener('appinstalled', () => void requestPersistence(store));
  void run('start');

  return {
    store,
    wantServices() {
      if (servicesWanted) return;
      servicesWanted = true;
      void refresh();
    },
    wantMatches() {
      if (matchesWanted) return;
      matchesWanted = true;
      void refresh();
      warmUpRanking();
    },
    syncNow: () => run('manual'),
    async saveContact(service) {
      await store.saveContact(service);
      // Saving something is the moment a family shows the data matters: ask the browser to keep it.
      void requestPersistence(store);
    },
    removeSaved: (id) => store.removeSaved(id),
    listSaved: () => store.listSaved(),
    reorderSaved: (ids) => store.reorderSaved(ids),
    async clearMyData(options) {
      const report = await store.clearMyData(options);
      forgetLanguage();
      if (options.includeDirectory) {
        history = {};
        updateDirectoryState({
          status: 'empty',
          directory: undefined,
          matches: undefined,
          info: undefined,
          lastSuccessAt: undefined,
          updateNotice: false,
        });
      }
      return report;
    },
  };
}

/**
 * The language whose texts are still missing after this sync, if any: the phone holds a directory in
 * parts without it and the sync could not reach the server. (A language the publication has no texts
 * for is not missing: the sync then succeeds without it.)
 */
function languageWaiting(state: DirectoryState, language: string, outcome: LeanOutcome): string | undefined {
  return textsMissing(state, language) && isTransient(outcome) ? language : undefined;
}

/** The phone holds a directory in parts without this language's texts (German is always held). */
function textsMissing(state: DirectoryState, language: string): boolean {
  const held = state.info?.languages;
  return held !== undefined && language !== 'de' && !held.includes(language);
}

/**
 * The phone's time-zone data for Berlin, which rankings and opening status use once it is there
 * (until then the EU summer-time rule gives the same times), is loaded a few seconds after the start,
 * when the page is idle: building it was traced at 60–95 ms with a 4× slower CPU, and loaded at once
 * (or at the first idle moment, while the table is read) it held up the first cards.
 */
function warmUpRanking(): void {
  setTimeout(() => whenIdle(loadBerlinZoneData), 3000);
}

/** When the directory on screen was stored (its fetchedAt): a new write of the same version differs. */
let loadedFrom: number | undefined;
/** The same for the match table on screen. */
let matchesFrom: number | undefined;

/**
 * Shows what is stored: first the small head record (the guide's questions, the data date and
 * counts), then, when a screen wants them, the services (or only the match table, when no screen
 * wants more), all from one version. `announce`: another tab stored it, so a changed version gets
 * the quiet update notice.
 */
async function showStored(
  store: AppStore,
  { announce, services, matches }: { announce: boolean; services: boolean; matches: boolean },
) {
  const whole = services ? store.loadDirectory().catch(() => undefined) : undefined;
  const table = matches && !services ? store.loadMatchTable().catch(() => undefined) : undefined;
  const head = await store.readDirectoryInfo().catch(() => undefined);
  const current = getDirectoryState();
  if (!head) {
    if (current.status !== 'ready') updateDirectoryState({ status: 'empty' });
    return;
  }
  const changed = announce && current.info?.version !== head.version;
  const notice = changed ? { updateNotice: true, failedUpdate: undefined } : {};
  // The same version with other languages (a language's texts just added) is read again too.
  const sameVersion = current.directory?.meta.version === head.version && loadedFrom === head.fetchedAt;
  const sameTable = current.matches?.version === head.version && matchesFrom === head.fetchedAt;
  if ((!whole || sameVersion) && (!table || sameTable || sameVersion)) {
    updateDirectoryState({
      status: 'ready',
      info: infoWithoutHead(head),
      // A directory of another version must not be shown with this head: it is read again when wanted.
      ...(sameVersion ? {} : { directory: undefined, guide: head.head.guide }),
      ...(sameTable ? {} : { matches: undefined }),
      ...notice,
    });
    return;
  }
  // The guide first, so the questions do not wait for every service to be read.
  // The version too (with the data date and counts), so the search can ask its worker meanwhile.
  if (current.guide === undefined || current.info === undefined) {
    updateDirectoryState({ guide: current.guide ?? head.head.guide, info: current.info ?? infoWithoutHead(head) });
  }
  if (table) {
    const loaded = await table;
    if (!loaded) return;
    matchesFrom = loaded.info.fetchedAt;
    updateDirectoryState({
      status: 'ready',
      // A directory of another version goes with its table.
      ...(current.directory?.meta.version === loaded.info.version
        ? {}
        : { directory: undefined, guide: loaded.info.head.guide }),
      matches: storedMatches(store, loaded.rows, loaded.info),
      info: infoWithoutHead(loaded.info),
      ...notice,
    });
    return;
  }
  const loaded = await whole;
  if (!loaded) return;
  loadedFrom = loaded.info.fetchedAt;
  // The whole directory serves as match table too (match-source.ts): no second copy kept.
  updateDirectoryState({
    status: 'ready',
    directory: loaded.directory,
    matches: undefined,
    info: infoWithoutHead(loaded.info),
    ...notice,
  });
}
