import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { ScreenTitle } from '../ui/ScreenTitle';
import { EmergencyNumbers } from '../ui/EmergencyNumbers';
import { useLanguage, useT } from '../i18n';
import { ReadAloud } from '../speech/ReadAloud';
import { spokenNumber } from '../speech/pick-voice';
import { YouthOfficeEmergency } from './YouthOfficeEmergency';

/**
 * National emergency and help numbers as large tap-to-call buttons. The numbers ship with the app,
 * so this screen works on the first start and without any network.
 */
export function EmergencyScreen() {
  const t = useT();
  const language = useLanguage();
  // Read aloud: every number with its name and when to call, digits one by one.
  const spoken = () =>
    [
      t('emergency.intro'),
      ...EMERGENCY_NUMBERS.map((entry) =>
        [
          `${t(`emergency.numbers.${entry.key}.name`)}: ${entry.numbers.map((n) => spokenNumber(n.display)).join('; ')}.`,
          t(`emergency.numbers.${entry.key}.when`),
        ].join(' '),
      ),
    ].join(' ');
  return (
    <section class="stack">
      <ScreenTitle title={t('emergency.title')}>{t('emergency.heading')}</ScreenTitle>
      <ReadAloud text={spoken} lang={language.code} />
      {/* The numbers right away (112 on the first screen of the smallest phone), the explanation after them. */}
      <EmergencyNumbers />
      <p class="lead">{t('emergency.intro')}</p>
      <YouthOfficeEmergency />
      <p class="note">{t('emergency.offlineNote')}</p>
    </section>
  );
}
