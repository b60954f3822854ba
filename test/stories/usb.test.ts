import * as stories from '../../stories/methods/usb.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
