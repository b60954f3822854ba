import * as stories from '../../stories/phone/otp.stories.js';
import { runStories } from './run-stories.js';

runStories(stories);
