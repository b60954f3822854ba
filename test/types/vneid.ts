// dvc-register/vneid on a callback page.
import { completeVneidCallback, type VneidCallbackResult } from 'dvc-register/vneid';

const result: VneidCallbackResult = completeVneidCallback();
if (result.ok) console.log(result.code, result.verifier.length);
else if (result.reason === 'provider_error') console.log(result.error);
// @ts-expect-error: a failed callback has no code.
else console.log(result.code);
