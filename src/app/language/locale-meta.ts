/**
 * Who translated each locale and whether a native speaker reviewed it, from the `_meta` object at
 * the top of each `locales/<code>.json`. The chooser shows "Übersetzung noch nicht geprüft" for every
 * unreviewed language, so the Kreis sees at a glance what still needs checking.
 *
 * The build copies just these records out of the locale files (src/tools/vite-plugin-locale-meta.ts),
 * so they are known at the first render without loading any other language.
 */
import metaByCode from 'virtual:locale-meta';

export interface LocaleMeta {
  /** Who translated the file (a person, agency or team). */
  translator: string;
  /** False until a native speaker has read and corrected the whole file. */
  reviewedByNativeSpeaker: boolean;
  /** "Übersetzung noch nicht geprüft" in this language's own words (unreviewed languages only). */
  notReviewed?: string;
}

export const localeMeta: ReadonlyMap<string, LocaleMeta> = new Map([
  ['de', { translator: 'Redaktion', reviewedByNativeSpeaker: true }],
  ...Object.entries(metaByCode),
]);
