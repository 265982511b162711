/**
 * The Merkliste as the screens see it: one copy of the stored list, shared by every screen and card (the Merkliste
 * screen, the hand-over, the cards' "Merken" buttons), read again from storage after every change and whenever a
 * screen that shows it opens (another tab may have changed it) or the directory changes (so "nicht mehr im
 * Verzeichnis" is current). Storage stays the one source of truth; this is its only cache.
 */
import { useEffect, useMemo } from 'preact/hooks';
import type { Service } from '../../domain/directory/schema';
import type { SavedContact } from '../../storage/records';
import { createStore, useStore } from '../state/store';
import { startDirectory } from './directory-state';
import { useDirectoryStatus } from './use-directory';

/** The stored list as last read (undefined until the first read). */
const contacts = createStore<SavedContact[] | undefined>(undefined);
let reading: Promise<void> | undefined;
let readAgain = false;

/** Reads the list from storage (a read asked for during another read follows it, so no change is missed). */
function reloadSaved(): Promise<void> {
  if (reading) {
    readAgain = true;
    return reading;
  }
  reading = startDirectory({ services: false })
    .then((runtime) => runtime.listSaved())
    .catch((): SavedContact[] => [])
    .then((list) => {
      reading = undefined;
      contacts.set(list);
      if (readAgain) {
        readAgain = false;
        return reloadSaved();
      }
    });
  return reading;
}

/** Saves or removes; resolves to true when the service is saved afterwards. */
export async function toggleSaved(service: Service): Promise<boolean> {
  const runtime = await startDirectory({ services: false });
  if (contacts.get() === undefined) await reloadSaved();
  const saved = contacts.get()?.some((contact) => contact.id === service.id) === true;
  try {
    if (saved) await runtime.removeSaved(service.id);
    else await runtime.saveContact(service);
  } finally {
    await reloadSaved();
  }
  return !saved;
}

/** The stored list (undefined until first read), read again when a screen using it opens or `version` changes. */
function useSavedList(version?: string): SavedContact[] | undefined {
  useEffect(() => {
    // Thirty cards opening at once share one read.
    if (!reading) void reloadSaved();
  }, [version]);
  return useStore(contacts);
}

/** The ids on the Merkliste, for the cards' "Merken" buttons. */
export function useSavedIds(): ReadonlySet<string> | undefined {
  const list = useSavedList();
  return useMemo(() => (list ? new Set(list.map((contact) => contact.id)) : undefined), [list]);
}

/** The Merkliste, read again when the directory changes (so "nicht mehr im Verzeichnis" is current). */
export function useSavedContacts(): { contacts: SavedContact[] | undefined; reload: () => void } {
  const { info } = useDirectoryStatus();
  return { contacts: useSavedList(info?.version), reload: () => void reloadSaved() };
}
