import * as stories from '../../stories/methods/remote-signing.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
