import * as stories from '../../stories/phone/password.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
