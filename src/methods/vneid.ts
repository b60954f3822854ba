/** What the VNeID journey loads when it is chosen: one step that redirects to VNeID. */
import '../steps/vneid/vneid-step.js';
