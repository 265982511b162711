import type { ComponentChildren } from 'preact';
import { Icon } from './Icon';
import type { IconShape } from './icons/shape';

/**
 * A link drawn as a card: an optional icon, the words in bold, an optional hint below them. `urgent` marks the
 * way to the emergency numbers (drawn in the emergency colour).
 */
export function CardLink({
  href,
  title,
  hint,
  icon,
  urgent = false,
  testId,
}: {
  href: string;
  title: ComponentChildren;
  hint?: ComponentChildren;
  icon?: IconShape;
  urgent?: boolean;
  /** For tests that find this one link among others. */
  testId?: string;
}) {
  return (
    <a class={urgent ? 'card-link urgent' : 'card-link'} href={href} data-testid={testId}>
      {icon && <Icon shape={icon} />}
      <span>
        <strong>{title}</strong>
        {hint !== undefined && <span class="card-link-hint">{hint}</span>}
      </span>
    </a>
  );
}
