import * as stories from '../../stories/methods/bhxh.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
