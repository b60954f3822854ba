/**
 * The host side of VNeID in the demo, done as docs/vneid.md tells portals to: one call to
 * `completeVneidCallback()` (the `dvc-register/vneid` entry) reads and clears the PKCE values and
 * checks `state`; then `code` and the verifier would go to the portal's backend (here: shown).
 */
import { completeVneidCallback } from '../src/vneid/index.js';

const result = completeVneidCallback();
document.querySelector('#result')!.textContent = JSON.stringify(
  result.ok
    ? { state: 'matches', next: 'POST code + verifier to your backend', code: result.code, verifierLength: result.verifier.length }
    : { stop: result.reason, ...(result.error ? { error: result.error } : {}) },
  null,
  2,
);
