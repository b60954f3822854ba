import * as otp from '../../stories/phone/otp.stories.js';
import * as password from '../../stories/phone/password.stories.js';
import * as bhxh from '../../stories/methods/bhxh.stories.js';
import { runReflow } from './run-reflow.js';

runReflow(otp, password, bhxh);
