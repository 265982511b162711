import './strings';
import { useT } from '../i18n';
import { FactList } from './Fact';
import { LegalPage, LegalSection } from './LegalPage';

/** /impressum: who publishes the app (§ 5 DDG) and who is responsible for its content (§ 18 MStV). */
export function ImprintScreen() {
  const t = useT();
  return (
    <LegalPage title={t('legal.imprint.title')} heading={t('legal.imprint.heading')}>
      <p>{t('legal.imprint.intro')}</p>
      <LegalSection id="provider" heading={t('legal.imprint.providerHeading')}>
        <FactList
          rows={[
            [t('legal.labels.authority'), 'authority'],
            [t('legal.labels.representative'), 'representative'],
            [t('legal.labels.address'), 'street'],
            [t('legal.labels.town'), 'town'],
            [t('legal.labels.phone'), 'phone'],
            [t('legal.labels.email'), 'email'],
            [t('legal.labels.vatId'), 'vatId'],
          ]}
        />
      </LegalSection>
      <LegalSection id="editor" heading={t('legal.imprint.editorHeading')}>
        <FactList rows={[[t('legal.labels.editor'), 'editor']]} />
      </LegalSection>
      <LegalSection id="directory" heading={t('legal.imprint.directoryHeading')}>
        <p>{t('legal.imprint.directoryText')}</p>
      </LegalSection>
    </LegalPage>
  );
}
