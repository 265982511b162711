import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { CallButton } from '../ui/CallButton';
import * as icons from '../ui/icons';
import { useT } from '../i18n';
import { mailtoLink } from '../ui/links';
import { questionPath } from './answers-url';
import { CardLink } from '../ui/CardLink';

/**
 * Nothing fits the answers: never a dead end. The urgent numbers, other answers, browsing by topic,
 * and a prefilled e-mail to the editorial team ("Angebot fehlt?") that says only what was asked.
 */
export function NoMatches({
  query,
  summary,
  editorialEmail,
}: {
  query: string;
  summary: string;
  editorialEmail: string;
}) {
  const t = useT();
  const urgent = EMERGENCY_NUMBERS.filter((entry) => entry.urgent);
  const report = mailtoLink(
    editorialEmail,
    t('guide.missingSubject'),
    t('guide.missingBody', { answers: summary === '' ? '–' : summary }),
  );
  return (
    <div class="stack no-matches">
      <p class="lead">{t('guide.nothingFound')}</p>
      <ul class="plain-list call-list">
        {urgent.map((entry) =>
          entry.numbers.map((number) => (
            <li key={number.tel}>
              <CallButton
                href={`tel:${number.tel}`}
                name={t(`emergency.numbers.${entry.key}.name`)}
                number={number.display}
              />
            </li>
          )),
        )}
      </ul>
      <CardLink href="/notfall" title={t('guide.allEmergencyNumbers')} icon={icons.phone} urgent />
      <CardLink href={questionPath(1, query)} title={t('guide.changeAnswers')} />
      <CardLink href="/themen" title={t('guide.browseTopics')} hint={t('guide.browseTopicsHint')} />
      {report !== undefined && (
        <CardLink href={report} title={t('guide.missingOffer')} hint={t('guide.missingOfferHint')} />
      )}
    </div>
  );
}
