/**
 * What SIM ký số and VNPT SmartCA load when one is chosen: the number or user id and the wait for
 * the phone (the holder step follows on demand, fetched while the person is busy with the phone).
 * The shared form parts come with them (the captcha, field messages, the done step): one chunk
 * for every journey, fetched once.
 */
import './form-journey.js';
import '../steps/remote-sign/remote-sign-step.js';
// The holder view is the USB token's too: taken here, not with the holder step, it is one chunk the
// two certificate methods share (fetched once) instead of a part of each.
import '../fields/certificate-holder.js';
