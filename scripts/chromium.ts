/** Debian's Chromium, the only browser tests may use (no browser is ever downloaded). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for headless Chromium as root on a machine whose only network is loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
