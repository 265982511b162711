import './strings';
import { useT } from '../i18n';
import { FactList } from './Fact';
import { LegalPage, LegalSection } from './LegalPage';

/**
 * /barrierefreiheit: the Erklärung zur Barrierefreiheit a public body must publish (BITV 2.0):
 * conformance status, what is not yet accessible, how to report a barrier, and the Schlichtungsstelle.
 */
export function AccessibilityScreen() {
  const t = useT();
  return (
    <LegalPage title={t('legal.accessibility.title')} heading={t('legal.accessibility.heading')}>
      <p>{t('legal.accessibility.intro')}</p>
      <LegalSection id="status" heading={t('legal.accessibility.statusHeading')}>
        <p>{t('legal.accessibility.statusText')}</p>
        <FactList
          rows={[
            [t('legal.labels.authority'), 'authority'],
            [t('legal.labels.assessmentMethod'), 'assessmentMethod'],
            [t('legal.labels.statementDate'), 'statementDate'],
          ]}
        />
      </LegalSection>
      <LegalSection id="works" heading={t('legal.accessibility.worksHeading')}>
        <ul>
          <li>{t('legal.accessibility.worksKeyboard')}</li>
          <li>{t('legal.accessibility.worksScreenReader')}</li>
          <li>{t('legal.accessibility.worksZoom')}</li>
          <li>{t('legal.accessibility.worksLanguages')}</li>
          <li>{t('legal.accessibility.worksReadAloud')}</li>
          <li>{t('legal.accessibility.worksDisplay')}</li>
        </ul>
      </LegalSection>
      <LegalSection id="limits" heading={t('legal.accessibility.limitsHeading')}>
        <ul>
          <li>{t('legal.accessibility.limitTranslations')}</li>
          <li>{t('legal.accessibility.limitDirectory')}</li>
          <li>{t('legal.accessibility.limitReadAloud')}</li>
          <li>{t('legal.accessibility.limitEasyLanguage')}</li>
          <li>{t('legal.accessibility.limitLinks')}</li>
        </ul>
      </LegalSection>
      <LegalSection id="feedback" heading={t('legal.accessibility.feedbackHeading')}>
        <p>{t('legal.accessibility.feedbackText')}</p>
        <FactList rows={[[t('legal.labels.contact'), 'accessibilityContact']]} />
      </LegalSection>
      <LegalSection id="arbitration" heading={t('legal.accessibility.arbitrationHeading')}>
        <p>{t('legal.accessibility.arbitrationText')}</p>
        <FactList rows={[[t('legal.labels.arbitrationBody'), 'arbitrationBody']]} />
      </LegalSection>
    </LegalPage>
  );
}
