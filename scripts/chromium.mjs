/**
 * Debian's Chromium for scripts (benchmark, screenshots): never a downloaded browser, and
 * flags that keep it from calling home on this machine's closed network. The Playwright
 * test config uses the same flags (types: chromium.d.mts).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-sandbox',
];
