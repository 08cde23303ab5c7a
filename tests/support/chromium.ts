/**
 * Chromium for the browser tests: the project's one locator and launcher
 * (scripts/lib/chromium.mjs: CHROME_PATH first, then Debian's package).
 */
export { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, findChromium, launchChromium } from '../../scripts/lib/chromium.mjs';
