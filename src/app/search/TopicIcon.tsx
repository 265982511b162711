import type { GuideIcon } from '../../domain/directory/schema';

/** Placeholder until the guide's topic pictures are shared; draws nothing (the label carries the meaning). */
export function TopicIcon({ icon }: { icon?: GuideIcon }) {
  return <span class="topic-icon" aria-hidden="true" data-icon={icon} />;
}
