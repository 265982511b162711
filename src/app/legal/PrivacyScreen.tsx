import './strings';
import { useT } from '../i18n';
import { FactList } from './Fact';
import { LegalPage, LegalSection } from './LegalPage';

/**
 * /datenschutz: the app collects nothing, asks no third party for anything, and keeps only what the
 * family itself stores on the phone; how to delete it is one tap away in the settings.
 */
export function PrivacyScreen() {
  const t = useT();
  return (
    <LegalPage title={t('legal.privacy.title')} heading={t('legal.privacy.heading')}>
      <p class="lead">{t('legal.privacy.summary')}</p>
      <LegalSection id="controller" heading={t('legal.privacy.controllerHeading')}>
        <FactList
          rows={[
            [t('legal.labels.authority'), 'authority'],
            [t('legal.labels.address'), 'street'],
            [t('legal.labels.town'), 'town'],
            [t('legal.labels.email'), 'email'],
            [t('legal.labels.privacyOfficer'), 'privacyOfficer'],
          ]}
        />
      </LegalSection>
      <LegalSection id="tracking" heading={t('legal.privacy.noTrackingHeading')}>
        <p>{t('legal.privacy.noTrackingText')}</p>
      </LegalSection>
      <LegalSection id="device" heading={t('legal.privacy.deviceHeading')}>
        <p>{t('legal.privacy.deviceIntro')}</p>
        <ul>
          <li>{t('legal.privacy.deviceDirectory')}</li>
          <li>{t('legal.privacy.deviceSaved')}</li>
          <li>{t('legal.privacy.deviceChildren')}</li>
          <li>{t('legal.privacy.deviceSettings')}</li>
          <li>{t('legal.privacy.deviceLanguage')}</li>
          <li>{t('legal.privacy.deviceAppFiles')}</li>
        </ul>
        <p>{t('legal.privacy.deviceNeverSent')}</p>
      </LegalSection>
      <LegalSection id="delete" heading={t('legal.privacy.deleteHeading')}>
        <p>{t('legal.privacy.deleteText')}</p>
        <p>{t('legal.privacy.deleteChildren')}</p>
        <p>
          <a href="/einstellungen#clear-heading">{t('legal.privacy.deleteLink')}</a>
        </p>
      </LegalSection>
      <LegalSection id="location" heading={t('legal.privacy.locationHeading')}>
        <p>{t('legal.privacy.locationText')}</p>
      </LegalSection>
      <LegalSection id="speech" heading={t('legal.privacy.speechHeading')}>
        <p>{t('legal.privacy.speechText')}</p>
      </LegalSection>
      <LegalSection id="server" heading={t('legal.privacy.serverHeading')}>
        <p>{t('legal.privacy.serverText')}</p>
        <FactList
          rows={[
            [t('legal.labels.host'), 'host'],
            [t('legal.labels.serverLogs'), 'serverLogs'],
            [t('legal.labels.legalBasis'), 'legalBasis'],
          ]}
        />
      </LegalSection>
      <LegalSection id="address" heading={t('legal.privacy.addressHeading')}>
        <p>{t('legal.privacy.addressText')}</p>
      </LegalSection>
      <LegalSection id="links" heading={t('legal.privacy.linksHeading')}>
        <p>{t('legal.privacy.linksText')}</p>
      </LegalSection>
      <LegalSection id="rights" heading={t('legal.privacy.rightsHeading')}>
        <p>{t('legal.privacy.rightsText')}</p>
        <FactList rows={[[t('legal.labels.supervisoryAuthority'), 'supervisoryAuthority']]} />
      </LegalSection>
    </LegalPage>
  );
}
