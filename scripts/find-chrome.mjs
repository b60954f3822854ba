// Finds a Chromium or Chrome for the browser tests without ever downloading one:
// CHROME_PATH first (so any machine can point at its own browser), then the usual install paths.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  // Debian's real binary: skips the /usr/bin/chromium wrapper script and its shell warning.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_ONE = `No Chromium or Chrome was found for the browser tests.
Looked at CHROME_PATH and: ${CANDIDATES.join(', ')}.
Get one:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
or point CHROME_PATH at an installed Chrome/Chromium binary, e.g.
  CHROME_PATH=/path/to/chrome npm test`;

/** @returns {string | undefined} */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The flags every headless Chromium of ours starts with (the test runner's and the benchmark's):
 * no sandbox (containers), no GPU, and none of the browser's own background traffic or updates, so
 * nothing but the page competes for the machine.
 */
export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
