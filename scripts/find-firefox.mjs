// Finds Firefox (ESR) for the Firefox run of the browser tests, never downloading one:
// FIREFOX_PATH first, then the usual install paths. Driven by puppeteer-core over WebDriver BiDi.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export const HOW_TO_GET_FIREFOX = `No Firefox was found for the Firefox run of the browser tests.
Looked at FIREFOX_PATH and: ${CANDIDATES.join(', ')}.
Get one:  Debian/Ubuntu: sudo apt-get install -y firefox-esr   (or point FIREFOX_PATH at a Firefox binary)`;

/** @returns {string | undefined} */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
