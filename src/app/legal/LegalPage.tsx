import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useLanguage, useT } from '../i18n';
import { ReadAloud } from '../speech/ReadAloud';
import { openPlaceholders } from './legal-facts';
import './legal.css';

/**
 * The frame of the three pages a public app must have: heading, read-aloud button, and, while the
 * Kreis has not filled in its facts yet, a visible notice that the page contains placeholders.
 */
export function LegalPage({
  title,
  heading,
  children,
}: {
  title: string;
  heading: string;
  children: ComponentChildren;
}) {
  const t = useT();
  const language = useLanguage();
  const body = useRef<HTMLDivElement>(null);
  const unfinished = openPlaceholders().length > 0;
  return (
    <section class="stack legal-page">
      <ScreenTitle title={title}>{heading}</ScreenTitle>
      {unfinished && (
        <p class="placeholder-notice" role="note">
          {t('legal.placeholderNotice')}
        </p>
      )}
      <ReadAloud text={() => `${heading}. ${body.current?.innerText ?? ''}`} lang={language.code} />
      <div class="stack" ref={body}>
        {children}
      </div>
    </section>
  );
}

/** A titled part of a legal page. */
export function LegalSection({ id, heading, children }: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class="stack-small legal-section" aria-labelledby={`legal-${id}`}>
      <h2 id={`legal-${id}`}>{heading}</h2>
      {children}
    </section>
  );
}
