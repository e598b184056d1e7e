/** At most one report per this many bytes or this many milliseconds, whichever comes first. */
const BYTES_STEP = 1024 * 1024;
const TIME_STEP_MS = 100;

/** Calls back with the read position now and then, and once at the end with the total. */
export class ProgressThrottle {
  private lastBytes = 0;
  private lastTime = Date.now();

  constructor(
    private readonly total: number,
    private readonly report: (bytesRead: number, totalBytes: number) => void,
  ) {}

  update(bytes: number): void {
    const now = Date.now();
    if (bytes - this.lastBytes < BYTES_STEP && now - this.lastTime < TIME_STEP_MS) return;
    this.lastBytes = bytes;
    this.lastTime = now;
    this.report(Math.min(bytes, this.total), this.total);
  }

  finish(): void {
    this.lastBytes = this.total;
    this.report(this.total, this.total);
  }
}
