import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { ScreenTitle } from '../components/ScreenTitle';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';

/**
 * National emergency and help numbers as large tap-to-call buttons. The numbers ship with the app,
 * so this screen works on the first start and without any network.
 */
export function EmergencyScreen() {
  const t = useT();
  return (
    <section class="stack">
      <ScreenTitle title={t('emergency.title')}>{t('emergency.heading')}</ScreenTitle>
      <p class="lead">{t('emergency.intro')}</p>
      <ul class="plain-list call-list">
        {EMERGENCY_NUMBERS.map((entry) => (
          <li key={entry.key} class={entry.urgent ? 'call-entry urgent' : 'call-entry'}>
            <h2 class="call-name">{t(`emergency.numbers.${entry.key}.name`)}</h2>
            <p class="call-when">{t(`emergency.numbers.${entry.key}.when`)}</p>
            {entry.numbers.map((number) => (
              <a
                key={number.tel}
                class="call-button"
                href={`tel:${number.tel}`}
                aria-label={t('emergency.callLabel', {
                  name: t(`emergency.numbers.${entry.key}.name`),
                  number: number.display,
                })}
              >
                <Icon name="phone" />
                <span class="phone-number" dir="ltr">
                  {number.display}
                </span>
              </a>
            ))}
          </li>
        ))}
      </ul>
      <p class="note">{t('emergency.offlineNote')}</p>
    </section>
  );
}
