/** What VNPT SmartCA loads when it is chosen: the remote-signing steps (shared with SIM ký số). */
import './remote-signing.js';
