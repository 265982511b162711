import { useEffect, useMemo, useState } from 'preact/hooks';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { currentLanguage, useT } from '../i18n';
import { storeLanguage } from '../i18n/language-choice';
import { LanguageChoices } from './LanguageChoices';
import { isFirstStart, phoneLanguages } from './first-start';

/**
 * On the very first start, the home screen opens with the language chooser (the phone's own language
 * listed first). It blocks nothing: the emergency button and the rest of the screen stay usable.
 */
export function FirstStartChooser() {
  const t = useT();
  const [open, setOpen] = useState(isFirstStart);
  const first = useMemo(() => phoneLanguages(), []);
  useEffect(
    () => () => {
      // Shown once: leaving the home screen without choosing keeps the language in use.
      if (isFirstStart()) storeLanguage(currentLanguage().code);
    },
    [],
  );
  if (!open) return null;
  return (
    <section class="first-start stack-small" aria-labelledby="first-start-heading" data-testid="first-start">
      <h2 id="first-start-heading" class="first-start-heading">
        <Icon shape={icons.globe} />
        <span>{t('language.firstHeading')}</span>
      </h2>
      <p>{t('language.firstIntro')}</p>
      <LanguageChoices
        first={first}
        onChosen={() => {
          setOpen(false);
          // The list is gone: give the focus back to the screen's heading.
          document.querySelector<HTMLElement>('main h1')?.focus();
        }}
      />
    </section>
  );
}
