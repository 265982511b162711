import { noDirectoryComing, type DirectoryState } from '../data/directory-state';
import { ScreenTitle } from './ScreenTitle';
import { CardLink } from './CardLink';
import * as icons from './icons';
import { useT } from '../i18n';
import { downloadStalled, StalledDownload } from './StalledDownload';

/**
 * What a screen that needs the directory shows before it has one: "loading" while the phone's copy is
 * read, and on a first visit without network a clear message with the way to the emergency numbers
 * (they ship with the app, so that screen always works). With a `title` it is the whole screen; without,
 * it stands under the screen's own title and controls (the search and a topic page).
 */
export function DirectoryGate({ state, title }: { state: DirectoryState; title?: string }) {
  const t = useT();
  const empty = noDirectoryComing(state);
  const body = (
    <>
      <p role="status" aria-busy={empty ? undefined : 'true'}>
        {empty ? t('results.noDirectory') : t('results.loading')}
      </p>
      {empty && (
        <>
          {downloadStalled(state) ? <StalledDownload state={state} /> : <p>{t('results.noDirectoryHint')}</p>}
          <CardLink
            href="/notfall"
            title={t('results.emergencyLink')}
            hint={t('results.emergencyHint')}
            icon={icons.phone}
            urgent
          />
        </>
      )}
    </>
  );
  if (title === undefined) return <div class="stack">{body}</div>;
  return (
    <section class="stack">
      <ScreenTitle title={title}>{title}</ScreenTitle>
      {body}
    </section>
  );
}
