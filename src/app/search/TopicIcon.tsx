import type { GuideIcon as GuideIconName } from '../../domain/directory/schema';
import { GuideIcon } from '../guide/GuideIcon';

/** A topic's picture from the guide's data (the same drawings as in the questions); none when the data names none. */
export function TopicIcon({ icon }: { icon?: GuideIconName }) {
  return icon ? <GuideIcon name={icon} size={32} /> : null;
}
