/**
 * Who translated each locale and whether a native speaker reviewed it, read from the `_meta` object at
 * the top of each `locales/<code>.json`. The chooser shows "Übersetzung noch nicht geprüft" for every
 * unreviewed language, so the Kreis sees at a glance what still needs checking.
 *
 * The locale files are the same chunks i18n loads (and the service worker has precached), so reading
 * their `_meta` costs no extra download and keeps the first screen's bundle small.
 */
import { useEffect, useState } from 'preact/hooks';
import de from '../../../locales/de.json';

export interface LocaleMeta {
  /** Who translated the file (a person, agency or team). */
  translator: string;
  /** False until a native speaker has read and corrected the whole file. */
  reviewedByNativeSpeaker: boolean;
}

type LocaleFile = { _meta?: LocaleMeta };

const loaders = import.meta.glob<LocaleFile>(['../../../locales/*.json', '!../../../locales/de.json'], {
  import: 'default',
});

let all: Promise<ReadonlyMap<string, LocaleMeta>> | undefined;

/** Every locale's metadata; a file that cannot be loaded (offline, never cached) is left out. */
export function loadLocaleMeta(): Promise<ReadonlyMap<string, LocaleMeta>> {
  all ??= Promise.all(
    Object.entries(loaders).map(async ([path, load]) => {
      const code = /([\w-]+)\.json$/.exec(path)?.[1] ?? '';
      try {
        return [code, (await load())._meta] as const;
      } catch {
        return [code, undefined] as const;
      }
    }),
  ).then((entries) => {
    const map = new Map<string, LocaleMeta>();
    map.set('de', (de as LocaleFile)._meta ?? { translator: 'Redaktion', reviewedByNativeSpeaker: true });
    for (const [code, meta] of entries) if (meta) map.set(code, meta);
    return map;
  });
  return all;
}

/** The metadata once loaded (an empty map until then). */
export function useLocaleMeta(): ReadonlyMap<string, LocaleMeta> {
  const [meta, setMeta] = useState<ReadonlyMap<string, LocaleMeta>>(new Map());
  useEffect(() => {
    let active = true;
    void loadLocaleMeta().then((loaded) => active && setMeta(loaded));
    return () => {
      active = false;
    };
  }, []);
  return meta;
}
