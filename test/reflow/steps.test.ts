import * as choices from '../../stories/steps/choice-steps.stories.js';
import * as methods from '../../stories/steps/method-choice.stories.js';
import * as vneid from '../../stories/steps/vneid.stories.js';
import * as details from '../../stories/phone/details.stories.js';
import { runReflow } from './run-reflow.js';

runReflow(choices, methods, vneid, details);
