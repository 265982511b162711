import { useT } from '../i18n';
import { Icon } from './Icon';
import * as icons from './icons';
import { PhoneNumber } from './PhoneNumber';

/**
 * A large tap-to-call button. The number keeps its digit order in right-to-left languages, and
 * screen readers hear whom they are calling ("Polizei anrufen: 110").
 */
export function CallButton({ href, name, number }: { href: string; name: string; number: string }) {
  const t = useT();
  return (
    <a class="call-button" href={href} aria-label={t('emergency.callLabel', { name, number })}>
      <Icon shape={icons.phone} />
      <PhoneNumber number={number} />
    </a>
  );
}
