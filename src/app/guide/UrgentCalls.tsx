import { EMERGENCY_NUMBERS } from '../../domain/emergency-numbers';
import { CallButton } from '../ui/CallButton';
import { useT } from '../i18n';

/**
 * The life-saving numbers (112, 110) as call buttons, each with its name: first on a screen for
 * someone in danger, before any summary or notice, so one tap calls without scrolling.
 */
export function UrgentCalls() {
  const t = useT();
  return (
    <ul class="plain-list call-list urgent-calls">
      {EMERGENCY_NUMBERS.filter((entry) => entry.urgent).flatMap((entry) =>
        entry.numbers.map((number) => (
          <li key={number.tel} class="call-entry urgent">
            <CallButton
              href={`tel:${number.tel}`}
              name={t(`emergency.numbers.${entry.key}.name`)}
              number={number.display}
            />
            <p class="call-when">{t(`emergency.numbers.${entry.key}.name`)}</p>
          </li>
        )),
      )}
    </ul>
  );
}
