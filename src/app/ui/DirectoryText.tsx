import type { Text } from '../../domain/directory/schema';
import { translated } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';

/**
 * A text from the directory in the UI language. When it has no translation the German original is
 * shown with lang="de" (screen readers pronounce it as German), dir="ltr" (it reads right inside an
 * Arabic page) and a visible "auf Deutsch" marker.
 */
export function DirectoryText({ text, marker = true }: { text: Text; marker?: boolean }) {
  const t = useT();
  const { code } = useLanguage();
  const own = translated(text, code);
  if (own !== undefined || code === 'de') return <>{own ?? text.de}</>;
  return (
    <>
      <span lang="de" dir="ltr">
        {text.de}
      </span>
      {marker && <span class="in-german"> ({t('results.inGerman')})</span>}
    </>
  );
}
