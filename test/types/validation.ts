// dvc-register/validation in a Node backend.
import { parsePhone } from 'dvc-register/validation';

const result = parsePhone('0912 345 678');
const e164: string | undefined = result.value;
console.log(result.ok, e164, result.issues.map((issue) => issue.code));
