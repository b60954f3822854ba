/** What SIM ký số loads when it is chosen: the remote-signing steps (shared with VNPT SmartCA). */
import './remote-signing.js';
