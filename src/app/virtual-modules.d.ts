/** Modules made by the build (src/tools/vite-plugin-locale-meta.ts). */
declare module 'virtual:locale-meta' {
  /** Each locale's `_meta` record by language code. */
  const meta: Record<string, { translator: string; reviewedByNativeSpeaker: boolean; notReviewed?: string }>;
  export default meta;
}
