/**
 * A small seeded generator (mulberry32), so a randomised test prints its seed and a failure can
 * be replayed exactly. Not for anything that needs real randomness.
 */
export type Prng = {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** A whole number in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
};

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}

/** A seed from the environment variable if set (to replay a run), else a fresh one. */
export function seedFromEnv(name: string): number {
  const fromEnv = process.env[name];
  if (fromEnv !== undefined && fromEnv !== '') {
    const seed = Number(fromEnv);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`${name} must be a whole number from 0 to 4294967295`);
    return seed;
  }
  return Math.floor(Math.random() * 0x100000000);
}
