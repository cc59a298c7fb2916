// Scan feedback the worker notices without looking: a tone (Web Audio, works offline), a
// vibration, and a colour flash with the scanned text shown large.
import { getSettings } from '../app/settings.ts';
import { feedbackGiven } from '../scan/timing.ts';

export type FeedbackKind = 'success' | 'error' | 'warning';

let audio: AudioContext | null = null;

/** Browsers start audio only after a user gesture: unlock on the first key or tap. */
export function unlockAudioOnGesture(): void {
  // Starting audio takes tens of milliseconds: do it just after the key, never inside it, or the
  // first scan's burst would be split (the gesture still counts a moment later).
  const unlock = () =>
    setTimeout(() => {
      if (audio?.state === 'running') return;
      audio ??= new AudioContext();
      void audio.resume();
    }, 0);
  window.addEventListener('pointerdown', unlock, { capture: true });
  window.addEventListener('keydown', unlock, { capture: true });
}

const TONES: Record<FeedbackKind, [freq: number, ms: number, type: OscillatorType][]> = {
  success: [[1760, 90, 'sine']],
  warning: [
    [880, 110, 'triangle'],
    [660, 160, 'triangle'],
  ],
  error: [
    [220, 170, 'sawtooth'],
    [0, 60, 'sine'],
    [180, 240, 'sawtooth'],
  ],
};
const VIBRATION: Record<FeedbackKind, number[]> = {
  success: [40],
  warning: [80, 60, 80],
  error: [180, 80, 180],
};

function tone(kind: FeedbackKind): void {
  if (!audio || audio.state !== 'running') return;
  let t = audio.currentTime;
  for (const [freq, ms, type] of TONES[kind]) {
    if (freq > 0) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = type;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.25, t);
      gain.gain.exponentialRampToValueAtTime(0.001, t + ms / 1000);
      osc.connect(gain).connect(audio.destination);
      osc.start(t);
      osc.stop(t + ms / 1000);
    }
    t += ms / 1000;
  }
}

export interface FlashDetail {
  kind: FeedbackKind;
  text: string;
}

export const feedbackEvents = new EventTarget();

export function feedback(kind: FeedbackKind, text = ''): void {
  const s = getSettings();
  if (s.sound) tone(kind);
  if (s.vibration) navigator.vibrate?.(VIBRATION[kind]);
  feedbackEvents.dispatchEvent(new CustomEvent<FlashDetail>('flash', { detail: { kind, text } }));
  feedbackGiven();
}
