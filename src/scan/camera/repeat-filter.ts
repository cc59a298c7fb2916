// Repeat suppression: a code held in view is read many times a second; only the first read
// counts until the code has been out of view (or unchanged) for `windowMs`.

export class RepeatFilter {
  private last: { text: string; at: number } | null = null;

  constructor(private readonly windowMs = 1500) {}

  /** True when `text` read at `at` is a new scan. Every read of it pushes the window on. */
  accept(text: string, at: number): boolean {
    const repeat = this.last?.text === text && at - this.last.at < this.windowMs;
    this.last = { text, at };
    return !repeat;
  }

  reset(): void {
    this.last = null;
  }
}
