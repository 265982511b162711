/** Modules made by the build (src/tools/vite-plugin-locale-meta.ts). */
declare module 'virtual:locale-meta' {
  /** Each locale's `_meta` record by language code. */
  const meta: Record<string, { translator: string; reviewedByNativeSpeaker: boolean; notReviewed?: string }>;
  export default meta;
}

/** Weekday and language names in every UI language, from the build's locale data (src/tools/vite-plugin-locale-names.ts). */
declare module 'virtual:locale-names' {
  const names: {
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import by a relative path
    weekdays: import('../domain/hours/weekday-names').WeekdayNames;
    languages: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
  export default names;
}

/** The child's timeline from timeline.yaml (src/tools/vite-plugin-timeline.ts); null when the region has none. */
declare module 'virtual:timeline' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an ambient module cannot import by a relative path
  const timeline: import('../domain/timeline/schema').Timeline | null;
  export default timeline;
}

/** Blocks of locales/de.json that lazy screens load (src/tools/vite-plugin-locale-blocks.ts). */
declare module '*?block=timeline' {
  const block: Record<string, unknown>;
  export default block;
}
declare module '*?block=legal.imprint' {
  const block: Record<string, unknown>;
  export default block;
}
declare module '*?block=legal.privacy' {
  const block: Record<string, unknown>;
  export default block;
}
declare module '*?block=legal.accessibility' {
  const block: Record<string, unknown>;
  export default block;
}
