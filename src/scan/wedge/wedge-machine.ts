// The keyboard-wedge state machine, free of the DOM so it is tested on its own: characters that
// follow each other within `maxGapMs` form a burst, and a burst of at least `minLength`
// characters ended by Enter or Tab within `maxGapMs` is a scan. Anything slower is typing.
// A scanner delivers one barcode one way, as key events or through the input method; text that
// arrives the other way (a paste, an autofill, an input method's commit) never joins its burst.

export interface WedgeTiming {
  /** Longest gap between two characters of one scan (scanners: 0-60 ms; people: 100-200). */
  maxGapMs: number;
  /** Shortest text taken as a scan. */
  minLength: number;
}

export const DEFAULT_TIMING: WedgeTiming = { maxGapMs: 60, minLength: 3 };

export type Suffix = 'Enter' | 'Tab';

/** How a character arrived: its own key event, or text from the input method. */
export type CharSource = 'key' | 'input';

export type WedgeInput =
  | { kind: 'char'; ch: string; at: number; via?: CharSource }
  | { kind: 'suffix'; key: Suffix; at: number };

export interface WedgeBurst {
  raw: string;
  /** Milliseconds between consecutive characters, then between the last one and the suffix. */
  gaps: number[];
  suffix: Suffix;
  startedAt: number;
  endedAt: number;
}

export type WedgeStep =
  /** A character was buffered; `fresh` when it starts a new burst (the previous one lapsed). */
  | { kind: 'char'; fresh: boolean }
  | { kind: 'scan'; burst: WedgeBurst }
  /** A suffix key that ends no scan: it is the person's own Enter or Tab. */
  | { kind: 'pass' };

export class WedgeMachine {
  private chars: string[] = [];
  private times: number[] = [];
  private via: CharSource = 'key';

  constructor(private readonly timing: WedgeTiming = DEFAULT_TIMING) {}

  feed(input: WedgeInput): WedgeStep {
    const last = this.times.at(-1);
    const inBurst = last !== undefined && input.at - last <= this.timing.maxGapMs;
    if (input.kind === 'char') {
      const via = input.via ?? 'key';
      const continues = inBurst && via === this.via;
      if (!continues) this.reset();
      this.via = via;
      this.chars.push(input.ch);
      this.times.push(input.at);
      return { kind: 'char', fresh: !continues };
    }
    const chars = this.chars;
    const times = this.times;
    this.reset();
    const raw = chars.join('');
    if (!inBurst || raw.length < this.timing.minLength) return { kind: 'pass' };
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    gaps.push(input.at - times.at(-1)!);
    return {
      kind: 'scan',
      burst: { raw, gaps, suffix: input.key, startedAt: times[0]!, endedAt: input.at },
    };
  }

  reset(): void {
    this.chars = [];
    this.times = [];
  }
}
