import * as vnpost from '../../stories/methods/vnpost.stories.js';
import * as picker from '../../stories/fields/address-picker.stories.js';
import { runReflow } from './run-reflow.js';

runReflow(vnpost, picker);
