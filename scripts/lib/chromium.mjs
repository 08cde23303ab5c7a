/**
 * The one place that finds and launches Chromium, for the tests (tests/support/chromium.ts),
 * `npm test` (scripts/test.mjs, which installs Debian's package when none is found) and the
 * bench: CHROME_PATH when set, else the first of Debian's and Google's usual paths. Plain
 * JavaScript with no import at the top, so that scripts/test.mjs can use it on a fresh clone
 * before `npm install` has run.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary to drive, or undefined when there is none (CHROME_PATH set to a missing file throws). */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there`);
    return fromEnv;
  }
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** Like chromiumPath(), but a missing browser is an error that says how to get one. */
export function findChromium() {
  const found = chromiumPath();
  if (!found) throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.');
  return found;
}

/** The flags this machine needs: no sandbox as root, and no calls home to other hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Headless Chromium through playwright-core.
 * @param {string[]} [extraArgs] flags added to CHROMIUM_ARGS (the bench's Lighthouse runs add a debugging port)
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
