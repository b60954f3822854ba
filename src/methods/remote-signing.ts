/**
 * The remote-signing journey (SIM ký số, VNPT SmartCA): the number or user id and the wait for the
 * phone, then the certificate holder with email and captcha (their steps: flow/catalog.ts).
 */
import '../steps/remote-sign/remote-sign-step.js';
import '../steps/remote-sign/holder-step.js';
