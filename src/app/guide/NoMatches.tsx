import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { CallButton } from '../ui/CallButton';
import { Icon } from '../ui/Icon';
import { useT } from '../i18n';
import { mailtoLink } from '../ui/links';
import { questionPath } from './answers-url';

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
      <a class="card-link urgent" href="/notfall">
        <Icon name="phone" />
        <span>
          <strong>{t('guide.allEmergencyNumbers')}</strong>
        </span>
      </a>
      <a class="card-link" href={questionPath(1, query)}>
        <span>
          <strong>{t('guide.changeAnswers')}</strong>
        </span>
      </a>
      <a class="card-link" href="/themen">
        <span>
          <strong>{t('guide.browseTopics')}</strong>
          <span class="card-link-hint">{t('guide.browseTopicsHint')}</span>
        </span>
      </a>
      {report !== undefined && (
        <a class="card-link" href={report}>
          <span>
            <strong>{t('guide.missingOffer')}</strong>
            <span class="card-link-hint">{t('guide.missingOfferHint')}</span>
          </span>
        </a>
      )}
    </div>
  );
}
