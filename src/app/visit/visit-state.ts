/**
 * The home visit ("Hausbesuch"): whether one runs and which contacts were picked for the family
 * ("Besuchsliste"). Kept in sessionStorage only, so it lasts for this tab and never reaches the
 * professional's IndexedDB Merkliste; "Besuch beenden" removes it and everything else of the visit.
 * Small on purpose: the header imports it, so it is part of the first screen.
 */
import { currentLanguage, setLanguage } from '../i18n';
import { forgetLanguage, readStoredLanguage, storeLanguage } from '../i18n/language-choice';
import { createStore, useStore } from '../state/store';

const KEY = 'bff.visit';
const ROOT_CLASS = 'visit-mode';

export interface Visit {
  /** Service ids picked for the family, in the order they were picked. */
  picks: string[];
  /** The family's language, chosen in the visit bar; applied again after a reload. */
  language?: string;
  /** The professional's UI language and remembered choice before the visit, restored at the end. */
  before: { language: string; stored: string | null };
  /** The browser history entry where the visit began (Navigation API key), to leave the family's pages behind. */
  historyKey?: string;
}

const visit = createStore<Visit | undefined>(read());

function read(): Visit | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<Visit>;
    if (!Array.isArray(parsed.picks) || typeof parsed.before?.language !== 'string') return undefined;
    return {
      picks: parsed.picks.filter((id): id is string => typeof id === 'string'),
      ...(typeof parsed.language === 'string' ? { language: parsed.language } : {}),
      before: { language: parsed.before.language, stored: parsed.before.stored ?? null },
      ...(typeof parsed.historyKey === 'string' ? { historyKey: parsed.historyKey } : {}),
    };
  } catch {
    return undefined; // storage blocked or damaged: no visit
  }
}

function write(next: Visit | undefined): void {
  try {
    if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Without sessionStorage the visit still runs in memory until the tab is closed.
  }
  applyRootClass(next !== undefined);
  visit.set(next);
}

/** Large type and bigger targets everywhere while a visit runs (styles under html.visit-mode). */
function applyRootClass(active: boolean): void {
  // (No document when the first question is rendered at build time: src/app/first-question/prerender.tsx.)
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle(ROOT_CLASS, active);
}
applyRootClass(visit.get() !== undefined);

export function startVisit(): void {
  if (visit.get()) return;
  const historyKey = typeof navigation === 'undefined' ? undefined : navigation.currentEntry?.key;
  write({
    picks: [],
    before: { language: currentLanguage().code, stored: readStoredLanguage() },
    ...(historyKey ? { historyKey } : {}),
  });
}

export function togglePick(serviceId: string): boolean {
  const current = visit.get();
  if (!current) return false;
  const picked = current.picks.includes(serviceId);
  write({
    ...current,
    picks: picked ? current.picks.filter((id) => id !== serviceId) : [...current.picks, serviceId],
  });
  return !picked;
}

/** The family's language for this visit: shown at once, not remembered on the professional's phone. */
export async function chooseVisitLanguage(code: string): Promise<void> {
  const lang = await setLanguage(code, false);
  const current = visit.get();
  if (current) write({ ...current, language: lang.code });
}

/** After a reload: the family's language again (the professional's stays the remembered one). */
export function restoreVisitLanguage(): void {
  const language = visit.get()?.language;
  if (language && language !== currentLanguage().code) void setLanguage(language, false);
}

export interface EndedVisit {
  picks: number;
}

/**
 * Ends the visit: the visit list and everything else this tab kept in sessionStorage go, the
 * professional's language (and its remembered choice) comes back. The Merkliste (IndexedDB) is not
 * touched. The caller replaces the address, so the family's answers are not left on screen.
 */
export async function endVisit(): Promise<EndedVisit> {
  const ended = visit.get();
  if (!ended) return { picks: 0 };
  try {
    // The guide keeps answers in the address only, but anything another screen put here this session goes too.
    sessionStorage.clear();
  } catch {
    // blocked storage held nothing
  }
  write(undefined);
  if (ended.before.stored) storeLanguage(ended.before.stored);
  else forgetLanguage();
  if (currentLanguage().code !== ended.before.language) await setLanguage(ended.before.language, false);
  return { picks: ended.picks.length };
}

/** The running visit (or undefined), re-rendering on every change. */
export function useVisit(): Visit | undefined {
  return useStore(visit);
}
