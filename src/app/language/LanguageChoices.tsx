import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { availableLanguages, setLanguage, useLanguage, useT } from '../i18n';
import type { UiLanguage } from '../../domain/languages';
import { localeMeta } from './locale-meta';
import './language.css';

/**
 * The languages as large buttons, each named in itself. A translation no native speaker has checked
 * says so under its name, in its own words (the chooser's language only when those are missing).
 */
export function LanguageChoices({
  onChosen,
  first,
}: {
  onChosen: (lang: UiLanguage) => void;
  /** Language codes to list first (e.g. the phone's own language on first start). */
  first?: readonly string[];
}) {
  const t = useT();
  const current = useLanguage();
  const rank = (code: string) => {
    const i = first?.indexOf(code) ?? -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const languages = [...availableLanguages].sort((a, b) => rank(a.code) - rank(b.code));
  const choose = async (code: string) => onChosen(await setLanguage(code));
  return (
    <ul class="plain-list language-list">
      {languages.map((lang) => {
        const meta = localeMeta.get(lang.code);
        const unreviewed = meta?.reviewedByNativeSpeaker === false;
        // In the language's own words: its readers are the ones who need to know.
        const note = meta?.notReviewed;
        return (
          <li key={lang.code}>
            <button
              type="button"
              class="language-button"
              lang={lang.code}
              dir={lang.dir}
              aria-pressed={lang.code === current.code}
              onClick={() => void choose(lang.code)}
            >
              <span class="language-name">
                <span>{lang.nativeName}</span>
                {unreviewed && (
                  <span
                    class="language-note"
                    data-unreviewed={lang.code}
                    {...(note ? {} : { lang: current.code, dir: current.dir })}
                  >
                    {note ?? t('language.notReviewed')}
                  </span>
                )}
              </span>
              {lang.code === current.code && <Icon shape={icons.check} />}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
