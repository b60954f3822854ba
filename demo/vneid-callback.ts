/** The host side of VNeID in the demo: check `state`, then hand `code` + verifier to a backend (here: show them). */
import { clearVneidTransaction, readVneidTransaction } from '../src/vneid/index.js';

const params = new URLSearchParams(location.search);
const transaction = readVneidTransaction();
const stateMatches = transaction !== undefined && params.get('state') === transaction.state;
clearVneidTransaction();
document.querySelector('#result')!.textContent = JSON.stringify(
  stateMatches
    ? { state: 'matches', next: 'POST to your backend', code: params.get('code'), verifierLength: transaction.verifier.length }
    : { state: 'does not match, or no sign-in was started in this browser: stop here' },
  null,
  2,
);
