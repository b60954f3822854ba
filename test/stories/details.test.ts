import * as stories from '../../stories/phone/details.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
