/**
 * Which services are on the Merkliste, shared by every card on a screen (one read from storage, not
 * one per card), and the save/remove toggle. Uses the storage runtime's own saveContact/removeSaved.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../../domain/directory/schema';
import { startDirectory } from '../data/directory-state';

let ids: Set<string> | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  listeners.forEach((listener) => listener());
}

function load(): Promise<void> {
  loading ??= startDirectory()
    .then((runtime) => runtime.listSaved())
    .then((list) => {
      ids = new Set(list.map((contact) => contact.id));
    })
    .catch(() => {
      ids = new Set();
    })
    .finally(() => {
      loading = undefined;
      notify();
    });
  return loading;
}

/** Saves or removes; resolves to true when the service is saved afterwards. */
export async function toggleSaved(service: Service): Promise<boolean> {
  const runtime = await startDirectory();
  if (ids === undefined) await load();
  const saved = ids?.has(service.id) === true;
  if (saved) await runtime.removeSaved(service.id);
  else await runtime.saveContact(service);
  ids = new Set(ids);
  if (saved) ids.delete(service.id);
  else ids.add(service.id);
  notify();
  return !saved;
}

export function useSavedIds(): ReadonlySet<string> | undefined {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    void load(); // fresh on every screen: the Merkliste may have changed elsewhere
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return ids;
}
