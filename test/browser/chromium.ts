/**
 * The Chromium the browser tests drive (playwright-core, no download): the system's, or
 * `CHROMIUM_PATH`, started headless with nothing that reaches the network on its own.
 */

/** The Chromium executable. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Its flags: headless, no sandbox (CI runs as root), no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
