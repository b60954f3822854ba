import * as stories from '../../stories/steps/vneid.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
