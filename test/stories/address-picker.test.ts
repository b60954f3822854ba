import * as stories from '../../stories/fields/address-picker.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
