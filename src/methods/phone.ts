/** What the phone-subscriber journey loads when it is chosen (its steps: flow/catalog.ts). */
import './form-journey.js';
