/**
 * Which translations of one localized text are machine-assisted drafts that no person has reviewed
 * yet. The built directory carries them per text as `machine: ['tr', 'ar']` next to the texts
 * themselves (`{ de, en, tr, ar, machine }`); a language not listed is reviewed (or German). The app
 * marks such a text "automatisch übersetzt" and keeps the German original one tap away.
 * No schema code here: the app's main bundle uses these helpers (the schema is in text.ts).
 */
import { translated } from './text-in';

export interface MachineTranslated {
  machine?: string[];
}

/**
 * Whether the text shown in `language` is a machine-assisted draft not yet reviewed: there is a
 * translation into `language` (else the German original is shown) and it is listed as a draft.
 */
export function shownAsDraft(text: (MachineTranslated & object) | undefined, language: string): boolean {
  if (text === undefined || language === 'de') return false;
  return translated(text, language) !== undefined && isMachineTranslated(text, language);
}

/** Whether the text shown in `language` is a machine-assisted draft not yet reviewed. */
export function isMachineTranslated(text: MachineTranslated, language: string): boolean {
  return text.machine?.includes(language) === true;
}
