/**
 * How the project starts Debian's Chromium (browser tests, perf, screenshots): headless, as root,
 * and unable to reach any host but 127.0.0.1 (see the toolchain notes: without the
 * background-networking flags Chromium keeps trying to reach outside hosts).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every host name but 127.0.0.1 fails to resolve: the browser itself aborts requests that would leave the machine. */
export const BLOCK_OTHER_HOSTS = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
