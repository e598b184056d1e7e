import fc from 'fast-check';

/**
 * Payloads for fuzzing an IPC channel: anything at all, and (more often) a valid input with a
 * few things wrong, so the payload gets past the first checks and exercises the rest.
 */

type Path = readonly (string | number)[];

/** Keys that pollute prototypes or shadow methods when code copies objects carelessly. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'toJSON', '__defineGetter__'] as const;

const HUGE = 'x'.repeat(1_000_000);
const HUGE_UNICODE = '👩🏽‍⚕️é\u0301'.repeat(50_000);

/** Values that have caught out validation code before: boundaries, look-alikes and oddities. */
const SPECIAL_VALUES: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0,
  0.5,
  1.5,
  2 ** 31,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  '',
  ' ',
  '   \t\n',
  '1',
  '01',
  '1e3',
  'NaN',
  'null',
  'true',
  '\u0000',
  '\ud800',
  'a\udfffb',
  '\u202e',
  'q0',
  'q18',
  'q1 ',
  'Q1',
  '2026-02-30',
  '0000-00-00',
  '2026-13-01',
  'javascript:alert(1)',
  'https://',
  "'; DROP TABLE organisation; --",
  HUGE,
  HUGE_UNICODE,
  ' '.repeat(10_000),
  null,
  undefined,
  true,
  false,
  [],
  {},
  [null],
  Object.create(null) as unknown,
  new Date(0),
  10n,
];

/** Objects and arrays, as opposed to class instances (dates, maps...), which are left whole. */
function isPlainContainer(value: unknown): value is Record<string | number, unknown> {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Every path in `value`, into one array: a grown payload holds tens of thousands of nodes, too
 * many to pass as spread arguments (that overflowed the stack, seed 3343101201).
 */
function pathsOf(value: unknown, at: Path = [], paths: Path[] = []): Path[] {
  paths.push(at);
  if (isPlainContainer(value)) {
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) pathsOf(value[key], [...at, key], paths);
  }
  return paths;
}

/** An own, enumerable property even for `__proto__`, as JSON.parse or a structured clone would make. */
function defineOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A deep copy of plain containers that keeps a null prototype and own `__proto__` keys; other
 * objects (dates, maps, typed arrays) are shared. Inserted values are copied so that a later
 * mutation cannot change a shared constant, or a value fast-check will reuse while shrinking.
 */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isPlainContainer(value)) return value;
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) defineOwn(out, key, copy(value[key]));
  return out;
}

function nodeAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

export type Mutation = {
  readonly op: 'replace' | 'delete' | 'add-key' | 'grow';
  readonly pick: number;
  readonly key: string;
  readonly value: unknown;
};

/** Applies one mutation to `root` (already a private copy) and returns the new root. */
export function applyMutation(root: unknown, mutation: Mutation): unknown {
  const paths = pathsOf(root);
  const path = paths[mutation.pick % paths.length] ?? [];
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = nodeAt(root, parentPath) as Record<string | number, unknown>;
  const node = nodeAt(root, path);
  const replace = (value: unknown): unknown => {
    if (key === undefined) return copy(value);
    defineOwn(parent, key, copy(value));
    return root;
  };
  switch (mutation.op) {
    case 'replace':
      return replace(mutation.value);
    case 'delete':
      if (key === undefined) return undefined;
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else Reflect.deleteProperty(parent, key);
      return root;
    case 'add-key':
      if (isPlainContainer(node) && !Array.isArray(node)) {
        defineOwn(node, mutation.key, copy(mutation.value));
        return root;
      }
      return replace({ [mutation.key]: mutation.value });
    case 'grow':
      if (Array.isArray(node)) {
        const items = node as unknown[];
        const item: unknown = items[0] ?? mutation.value;
        return replace([...items, ...Array.from({ length: 5000 }, () => item)]);
      }
      if (typeof node === 'string') return replace(node.repeat(Math.ceil(100_000 / Math.max(node.length, 1))));
      if (typeof node === 'number') return replace(node * 1e300);
      return replace(mutation.value);
  }
}

const keyArbitrary = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 12 }));

/** Anything a transport could deliver: JSON from the dev server, a structured clone from Electron. */
export const anyValue = fc.anything({
  key: keyArbitrary,
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** A payload for a channel whose valid input is `valid`; `ids` are ids that exist in the database. */
export function payloadArbitrary(valid: unknown, ids: readonly number[]): fc.Arbitrary<unknown> {
  const badValue = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_VALUES) },
    { weight: 3, arbitrary: anyValue },
    { weight: 2, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add-key', 'grow'),
    pick: fc.nat(),
    key: keyArbitrary,
    value: badValue,
  });
  const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) =>
    mutations.reduce<unknown>((root, m) => applyMutation(root, m), structuredClone(valid)),
  );
  return fc.oneof({ weight: 3, arbitrary: anyValue }, { weight: 7, arbitrary: mutated });
}
