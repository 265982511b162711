/**
 * The pictures next to the guide's answers (GUIDE_ICONS in the data schema), drawn as simple inline
 * line drawings: nothing fetched, sharp at any size, in the text colour (so they follow dark mode).
 * The Record type makes the build fail when the data schema gains an icon the app cannot draw.
 */
import type { GuideIcon as GuideIconName } from '../../domain/directory/guide-schema';

const DRAWINGS: Record<GuideIconName, string> = {
  pregnancy: 'M12 2.5a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M10 8h3l1.5 4a4 4 0 0 1-.5 6H13v4 M10 8v14',
  baby: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z M7 21c0-4 2-7 5-7s5 3 5 7 M10.5 7h.01 M13.5 7h.01',
  toddler: 'M12 3a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z M8 21l2-7h4l2 7 M7 12l5-1 5 1',
  child: 'M12 2.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5Z M12 8v7 M8 11h8 M9 22l3-7 3 7',
  school: 'M3 10l9-6 9 6 M5 10v10h14V10 M10 20v-5h4v5',
  teen: 'M12 2a3 3 0 1 1 0 6 3 3 0 0 1 0-6Z M6 22v-6a6 6 0 0 1 12 0v6',
  work: 'M4 8h16v11H4Z M9 8V5h6v3 M4 13h16',
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6Z',
  midwife: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10Z M12 10v5 M9.5 12.5h5',
  development: 'M12 21V11 M12 11c0-4 3-6 7-6 0 4-3 6-7 6Z M12 14c0-3-2-5-6-5 0 3 2 5 6 5Z',
  disability: 'M10 3.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z M10 8v6h6l3 5 M7 11a5 5 0 1 0 7 7',
  mind: 'M9 21v-3H7a2 2 0 0 1-2-2v-3l-2-1 2-3a7 7 0 0 1 14 1c0 3-1 5-3 6v5',
  childcare: 'M4 14h6v6H4Z M14 14h6v6h-6Z M9 6h6v6H9Z',
  family:
    'M7 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M17 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M12 10a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z M4 21v-8a3 3 0 0 1 6 0 M14 13a3 3 0 0 1 6 0v8 M10 21v-3a2 2 0 0 1 4 0v3',
  meeting: 'M3 5h12v8H8l-4 3v-3H3Z M17 9h4v8h-1v3l-4-3h-5v-2',
  separation: 'M11 6.5A4 4 0 0 0 4 9c0 5 7 10 7 10 M13 6.5A4 4 0 0 1 20 9c0 5-7 10-7 10 M12 5l-1.5 5 3 2-1.5 6',
  'single-parent':
    'M8 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4Z M5 21v-8a3 3 0 0 1 6 0v8 M16 10a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z M14 21v-4a2 2 0 0 1 4 0v4 M11 15h3',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6Z M12 8v5 M12 16h.01',
  money: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18Z M15 9a3.5 3.5 0 1 0 0 6 M8 11h5 M8 13h5',
  home: 'M3 11l9-7 9 7 M6 9v11h12V9 M10 20v-6h4v6',
  language: 'M4 4h16v12H9l-5 4Z M9 13l3-6 3 6 M10 11h4',
  alert: 'M12 3l10 18H2Z M12 10v5 M12 18h.01',
};

export function GuideIcon({ name, size = 32 }: { name: GuideIconName; size?: number }) {
  return (
    <svg
      class="icon guide-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={DRAWINGS[name]} />
    </svg>
  );
}
