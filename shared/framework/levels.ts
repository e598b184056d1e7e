/**
 * The default ladder of levels (PRODUCT.md, "Professions and levels"), lowest first. Medical
 * grades and other pay scales are mapped onto it at import.
 */
export const LEVEL_IDS = [
  'band-5',
  'band-6',
  'band-7',
  'band-8a',
  'band-8b',
  'band-8c',
  'band-8d',
  'band-9',
  'vsm',
  'board',
] as const;

export type LevelId = (typeof LEVEL_IDS)[number];

export type Level = {
  readonly id: LevelId;
  readonly label: string;
  /** 0 for the lowest rung; a higher rank is more senior. */
  readonly rank: number;
};

const LABELS: Readonly<Record<LevelId, string>> = {
  'band-5': 'Band 5',
  'band-6': 'Band 6',
  'band-7': 'Band 7',
  'band-8a': 'Band 8a',
  'band-8b': 'Band 8b',
  'band-8c': 'Band 8c',
  'band-8d': 'Band 8d',
  'band-9': 'Band 9',
  vsm: 'Very senior manager',
  board: 'Executive director / Board',
};

export const LEVELS: readonly Level[] = LEVEL_IDS.map((id, rank) => ({ id, label: LABELS[id], rank }));

export const LEVEL_LABELS: Readonly<Record<LevelId, string>> = LABELS;

export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}
