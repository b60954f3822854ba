import * as stories from '../../stories/steps/choice-steps.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
