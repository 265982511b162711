// Build-time switches Vite writes into the code (see vite.config.ts and src/sw/kill-switch.ts).
interface ImportMetaEnv {
  /** '1' only in an emergency build (`VITE_KILL_SWITCH=1 npm run build`): the worker retires itself. */
  readonly VITE_KILL_SWITCH?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
