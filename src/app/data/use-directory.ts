import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../state/store';
import { directoryStore, startDirectory, type DirectoryState } from './directory-state';
import { whenIdle } from '../timing/when-idle';

/**
 * The screens' view of the directory without the services (`directory` stays empty unless another
 * screen loaded it): status, data date, counts and the guide's questions, read from the small head
 * record only. It starts the storage and sync code (once, lazily). Screens that show services read
 * the match table and those services by id instead (use-matches.ts).
 */
export function useDirectoryStatus(): DirectoryState {
  return useDirectoryState(false);
}

/** The view with what the screen reads: the services (true), the match table only ('matches'), or the head (false). */
export function useDirectoryState(services: boolean | 'matches'): DirectoryState {
  useEffect(() => {
    startDirectory({ services }).catch(() => undefined);
  }, [services]);
  return useStore(directoryStore);
}

/** "12. November 2026" / "12 November 2026" in the UI language. */
// Building a DateTimeFormat is costly on a slow phone; one per language and style serves every call.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const formatKey = (language: string, withTime: boolean) => `${language}|${withTime ? 'date-time' : 'date'}`;

function dateFormat(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = formatKey(language, withTime);
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(value: string | number, language: string): string {
  return dateFormat(language, false).format(new Date(value));
}

export function formatDateTime(value: number, language: string): string {
  return dateFormat(language, true).format(new Date(value));
}

/**
 * formatDate for a line below a list: on a cold start the first date formatter loads the phone's date
 * data (35–75 ms with a 4× slower CPU), so it is built when the browser is idle and the date arrives
 * a moment after the first cards; undefined until then (at once when it is built already).
 */
export function useFormattedDate(value: string | number | undefined, language: string): string | undefined {
  const built = dateFormats.has(formatKey(language, false));
  const [, setBuilt] = useState(built);
  useEffect(() => {
    if (built || value === undefined) return;
    let shown = true;
    whenIdle(() => {
      dateFormat(language, false);
      if (shown) setBuilt(true);
    }, 1000);
    return () => {
      shown = false;
    };
  }, [built, value, language]);
  return value !== undefined && built ? formatDate(value, language) : undefined;
}

/** The editorial "Stand" of the directory: when it was generated, else when this phone got it. */
export function dataDate(state: DirectoryState): string | number | undefined {
  return state.info?.generatedAt ?? state.info?.fetchedAt;
}
