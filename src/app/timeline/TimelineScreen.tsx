import './strings';
import bundled from 'virtual:timeline';
import { useState } from 'preact/hooks';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';
import { useVisit } from '../visit/visit-state';
import { useChildren } from './children';
import { ChildForm } from './ChildForm';
import { ChildTimeline } from './ChildTimeline';
import './timeline.css';

// The start screen's card comes from this chunk too, so the first screen names one chunk for the timeline.
export { WhatsNext } from './WhatsNext';

/**
 * /zeitleiste: a child's check-ups, vaccination talks, errands and milestones, computed on the phone
 * from the date of birth or the due date. Children are kept only on this phone; in a home visit
 * nothing is kept at all.
 */
export function TimelineScreen() {
  const t = useT();
  const timeline = bundled;
  const inVisit = useVisit() !== undefined;
  const { children, failed } = useChildren(inVisit);
  const [adding, setAdding] = useState(false);

  return (
    <section class="stack" aria-labelledby="timeline-title">
      <ScreenTitle title={t('timeline.title')}>
        <span id="timeline-title">{t('timeline.heading')}</span>
      </ScreenTitle>
      <p class="lead">{t('timeline.intro')}</p>
      {!timeline ? (
        <p>{t('timeline.none')}</p>
      ) : (
        <>
          {failed && <p role="alert">{t('timeline.loadFailed')}</p>}
          {children !== undefined && (children.length === 0 || adding) ? (
            <ChildForm inVisit={inVisit} onSaved={() => setAdding(false)} />
          ) : (
            children !== undefined && (
              <div>
                <button type="button" class="button button-secondary" onClick={() => setAdding(true)}>
                  {t('timeline.addChild')}
                </button>
              </div>
            )
          )}
          {children?.map((child) => (
            <ChildTimeline key={child.id} child={child} timeline={timeline} inVisit={inVisit} />
          ))}
          <p class="note">{t('timeline.disclaimer')}</p>
        </>
      )}
    </section>
  );
}
