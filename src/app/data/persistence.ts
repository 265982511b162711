import type { AppStore } from '../../storage/store';

/**
 * Asks the browser once to keep our data even when space runs low (navigator.storage.persist()).
 * Called after the app is installed or a contact is saved, never on first load: browsers may show a
 * prompt, and it should come when the family has a reason to say yes.
 */
export async function requestPersistence(store: AppStore): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist || store.kind !== 'indexeddb') return false;
  try {
    if (await storage.persisted()) return true;
    const settings = await store.getSettings();
    if (settings.persistRequested) return false;
    await store.setSetting('persistRequested', true);
    return await storage.persist();
  } catch {
    return false; // not granted or not supported: data may be evicted, sync downloads it again
  }
}
