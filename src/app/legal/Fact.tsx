import { useT } from '../i18n';
import { LEGAL_FACTS, isPlaceholder, type LegalFact } from './legal-facts';

/**
 * One fact from LEGAL_FACTS. A placeholder is shown in a dashed box with the word "Platzhalter"
 * (in the reader's language), so nobody mistakes it for real content; it is German, like the
 * Kreis's own data, and marked lang="de" for screen readers.
 */
function Fact({ name }: { name: LegalFact }) {
  const t = useT();
  const value = LEGAL_FACTS[name];
  // dir="ltr" isolates the German text, so its brackets and punctuation stay put in Arabic or Persian.
  if (!isPlaceholder(value))
    return (
      <span lang="de" dir="ltr">
        {value}
      </span>
    );
  return (
    <mark class="placeholder" data-placeholder={name}>
      <span class="placeholder-label">{t('legal.placeholder')}</span>{' '}
      <span lang="de" dir="ltr">
        {value}
      </span>
    </mark>
  );
}

/** Label/value rows, e.g. "Telefon: …". */
export function FactList({ rows }: { rows: readonly (readonly [label: string, fact: LegalFact])[] }) {
  return (
    <dl class="fact-list">
      {rows.map(([label, fact]) => (
        <div key={fact}>
          <dt>{label}</dt>
          <dd>
            <Fact name={fact} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
