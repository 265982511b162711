/**
 * The timeline's children as the screens see them. Normally they live in IndexedDB through the
 * storage port (src/storage); during a home visit nothing is stored: a date typed in then lives in
 * this module's memory only and is gone with the tab or the end of the visit.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ChildRecord } from '../../storage/records';
import { startDirectory } from '../data/directory-state';
import { createStore, useStore } from '../state/store';

let visitChildren: ChildRecord[] = [];
/** Counts the changes, so every screen showing children reads them again after one. */
const changes = createStore(0);
const changed = () => changes.update((count) => count + 1);

async function store() {
  return (await startDirectory({ services: false })).store;
}

async function listChildren(inVisit: boolean): Promise<ChildRecord[]> {
  return inVisit ? [...visitChildren] : (await store()).listChildren();
}

export async function saveChild(child: ChildRecord, inVisit: boolean): Promise<void> {
  if (inVisit) visitChildren = [...visitChildren.filter((c) => c.id !== child.id), child];
  else await (await store()).saveChild(child);
  changed();
}

export async function removeChild(id: string, inVisit: boolean): Promise<void> {
  if (inVisit) visitChildren = visitChildren.filter((c) => c.id !== id);
  else await (await store()).removeChild(id);
  changed();
}

/** The children to show, reloaded after every change; undefined while reading. */
export function useChildren(inVisit: boolean): { children: ChildRecord[] | undefined; failed: boolean } {
  const [children, setChildren] = useState<ChildRecord[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const tick = useStore(changes);
  useEffect(() => {
    let current = true;
    listChildren(inVisit)
      .then((list) => current && setChildren(list))
      .catch(() => {
        if (current) {
          setChildren([]);
          setFailed(true);
        }
      });
    return () => {
      current = false;
    };
  }, [inVisit, tick]);
  return { children, failed };
}

export function newChildId(): string {
  return crypto.randomUUID();
}

/** How a child is named on screen: the nickname, else "Ihr Kind" / "Ihr Baby (erwartet)". */
export function childLabel(child: ChildRecord, t: (key: string) => string): string {
  return child.nickname ?? (child.expected ? t('timeline.unnamedExpected') : t('timeline.unnamed'));
}
