/**
 * Reads the mock's spoken captcha the way a listener would: from the sound alone. It parses the
 * WAV, finds the stretches of sound, and names each one's two tones with a Goertzel detector
 * (the filter telephone exchanges use for DTMF keys). Nothing here looks at the image or asks
 * the mock for the answer, so a decoded code proves the audio the widget plays carries it.
 */
import { HIGH_TONES, LOW_TONES, characterOf } from '../../src/mocks/captcha-audio.js';

export interface Wav {
  readonly rate: number;
  readonly channels: number;
  readonly bits: number;
  readonly samples: Float32Array;
}

/** A PCM WAV file's format and its samples (first channel), from -1 to 1. */
export function readWav(buffer: ArrayBuffer): Wav {
  const view = new DataView(buffer);
  const tag = (offset: number) => String.fromCharCode(...new Uint8Array(buffer, offset, 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('Not a WAV file');
  let rate = 0;
  let channels = 0;
  let bits = 0;
  for (let at = 12; at + 8 <= buffer.byteLength; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') {
      if (view.getUint16(at + 8, true) !== 1) throw new Error('Not PCM');
      channels = view.getUint16(at + 10, true);
      rate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
    } else if (id === 'data') {
      if (bits !== 16) throw new Error(`Unexpected ${bits}-bit samples`);
      const frames = Math.floor(size / (2 * channels));
      const samples = new Float32Array(frames);
      for (let i = 0; i < frames; i++) samples[i] = view.getInt16(at + 8 + i * 2 * channels, true) / 32768;
      return { rate, channels, bits, samples };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('No data chunk');
}

/** The power of one frequency in a stretch of samples (Goertzel's recurrence). */
export function goertzel(samples: Float32Array, frequency: number, rate: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / rate);
  let s1 = 0;
  let s2 = 0;
  for (const x of samples) {
    const s0 = x + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

/** The stretches of sound, as [start, end) sample indexes, found by loudness in 10 ms frames. */
function soundingStretches(samples: Float32Array, rate: number): [number, number][] {
  const frame = Math.round(rate / 100);
  const loudness: number[] = [];
  for (let at = 0; at + frame <= samples.length; at += frame) {
    let sum = 0;
    for (let i = at; i < at + frame; i++) sum += samples[i]! * samples[i]!;
    loudness.push(Math.sqrt(sum / frame));
  }
  const threshold = Math.max(...loudness) * 0.2;
  const stretches: [number, number][] = [];
  let start = -1;
  loudness.forEach((level, i) => {
    if (level >= threshold && start < 0) start = i;
    if ((level < threshold || i === loudness.length - 1) && start >= 0) {
      const end = level < threshold ? i : i + 1;
      // Shorter than 50 ms is a click, not a character.
      if (end - start >= 5) stretches.push([start * frame, end * frame]);
      start = -1;
    }
  });
  return stretches;
}

/** The strongest tone of a group, only if it clearly stands out from the others. */
function clearWinner(powers: number[], tones: readonly number[]): number | undefined {
  const sorted = [...powers].sort((a, b) => b - a);
  if (sorted[0]! < 10 * sorted[1]!) return undefined;
  return tones[powers.indexOf(sorted[0]!)];
}

/** The characters the mock's WAV says, in order; throws on a stretch it cannot name. */
export function decodeCaptchaAudio(buffer: ArrayBuffer): string {
  const { samples, rate } = readWav(buffer);
  return soundingStretches(samples, rate)
    .map(([start, end]) => {
      // The middle of the tone: its soft edges smear the spectrum.
      const margin = Math.floor((end - start) / 5);
      const middle = samples.subarray(start + margin, end - margin);
      const low = clearWinner(LOW_TONES.map((f) => goertzel(middle, f, rate)), LOW_TONES);
      const high = clearWinner(HIGH_TONES.map((f) => goertzel(middle, f, rate)), HIGH_TONES);
      const ch = low !== undefined && high !== undefined ? characterOf(low, high) : undefined;
      if (!ch) throw new Error(`Unrecognised sound at ${(start / rate).toFixed(2)} s`);
      return ch;
    })
    .join('');
}
