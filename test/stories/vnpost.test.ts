import * as stories from '../../stories/methods/vnpost.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
