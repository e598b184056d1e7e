/** The maturity scale a board rates each key question on (PRODUCT.md, step 4). */
export const MATURITY_RATINGS = [1, 2, 3, 4, 5] as const;
export type MaturityRating = (typeof MATURITY_RATINGS)[number];

export const MATURITY_LABELS: Readonly<Record<MaturityRating, string>> = {
  1: 'Not started',
  2: 'Emerging',
  3: 'Developing',
  4: 'Established',
  5: 'Exemplary',
};

/** Barrier severity per profession, as scored in a theme's heatmap. */
export const SEVERITIES = [0, 1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  0: 'None',
  1: 'Minor',
  2: 'Moderate',
  3: 'Major',
};
