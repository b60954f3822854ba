import * as stories from '../../stories/steps/method-choice.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
