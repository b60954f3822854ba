/**
 * The mock's spoken captcha: a short WAV in which each character is one tone pair, one low and
 * one high frequency, as telephone keys (DTMF) are. A real backend speaks the characters
 * (docs/openapi.yaml); tones keep the mock tiny while still carrying the code in the sound
 * itself, so tests can decode the audio the widget plays (test/helpers/tone-decoder.ts) and
 * prove a person who only listens can register.
 */

/** The characters of a mock captcha: no 0/O, 1/I or Q, which look or sound alike. */
export const CAPTCHA_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ23456789';

export const TONE_SAMPLE_RATE = 8000;
/** Six low and six high tones give 36 pairs for 31 characters; neighbours are ≥ 80 Hz apart. */
export const LOW_TONES = [620, 700, 790, 890, 1000, 1120] as const;
export const HIGH_TONES = [1330, 1490, 1670, 1870, 2090, 2340] as const;

const LEAD_MS = 250;
const TONE_MS = 200;
const GAP_MS = 150;
const RAMP_MS = 10;

/** The tone pair that stands for a character, as [low Hz, high Hz]. */
export function tonePair(ch: string): readonly [number, number] {
  const i = CAPTCHA_ALPHABET.indexOf(ch.toUpperCase());
  if (i < 0) throw new Error(`No tone for ${JSON.stringify(ch)}`);
  return [LOW_TONES[Math.floor(i / HIGH_TONES.length)]!, HIGH_TONES[i % HIGH_TONES.length]!];
}

/** The character a tone pair stands for, if any. */
export function characterOf(low: number, high: number): string | undefined {
  const row = LOW_TONES.indexOf(low as (typeof LOW_TONES)[number]);
  const column = HIGH_TONES.indexOf(high as (typeof HIGH_TONES)[number]);
  if (row < 0 || column < 0) return undefined;
  return CAPTCHA_ALPHABET[row * HIGH_TONES.length + column];
}

/** A mono 16-bit PCM WAV file saying the answer, one tone pair per character. */
export function captchaAudio(answer: string): Uint8Array<ArrayBuffer> {
  const rate = TONE_SAMPLE_RATE;
  const ms = (n: number) => Math.round((n * rate) / 1000);
  const samples = new Int16Array(ms(LEAD_MS) + answer.length * ms(TONE_MS + GAP_MS));
  let at = ms(LEAD_MS);
  for (const ch of answer) {
    const [low, high] = tonePair(ch);
    const length = ms(TONE_MS);
    const ramp = ms(RAMP_MS);
    for (let n = 0; n < length; n++) {
      // Soft edges: a tone that starts or stops at once clicks.
      const edge = Math.min(1, n / ramp, (length - 1 - n) / ramp);
      const t = n / rate;
      const value = 0.35 * Math.sin(2 * Math.PI * low * t) + 0.35 * Math.sin(2 * Math.PI * high * t);
      samples[at + n] = Math.round(value * edge * 32767);
    }
    at += ms(TONE_MS + GAP_MS);
  }
  return wav(samples, rate);
}

function wav(samples: Int16Array, rate: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, s: string) => [...s].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, s, true));
  return bytes;
}
