import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { useT } from '../i18n';
import { CallButton } from './CallButton';

/**
 * The national emergency and help numbers as large call buttons, each under its name and before
 * the sentence on when to call (112 on the first screen of the smallest phone). Part of the main
 * bundle: the emergency screen shows it, and so does its fallback when that screen's code is gone.
 */
export function EmergencyNumbers() {
  const t = useT();
  return (
    <ul class="plain-list call-list">
      {EMERGENCY_NUMBERS.map((entry) => (
        <li key={entry.key} class={entry.urgent ? 'call-entry urgent' : 'call-entry'}>
          <h2 class="call-name">{t(`emergency.numbers.${entry.key}.name`)}</h2>
          {entry.numbers.map((number) => (
            <CallButton
              key={number.tel}
              href={`tel:${number.tel}`}
              name={t(`emergency.numbers.${entry.key}.name`)}
              number={number.display}
            />
          ))}
          <p class="call-when">{t(`emergency.numbers.${entry.key}.when`)}</p>
        </li>
      ))}
    </ul>
  );
}
