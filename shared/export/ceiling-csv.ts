import { LEVEL_LABELS } from '../framework/levels';
import { DEFAULT_SUPPRESSION_THRESHOLD, formatPercent, formatRatio, isSuppressed, LOW_CONFIDENCE_BASE, suppressCount } from '../workforce/metrics';
import type { CeilingResult, ProfessionAnalysis, WorkforceAnalysis } from '../workforce/metrics';
import { measureName } from '../workforce/types';

/** Shown where a figure is held back or not defined, as on the screen. */
export const NOT_SHOWN = '–';

function ceilingWords(ceiling: CeilingResult): string {
  switch (ceiling.status) {
    case 'ceiling':
      return LEVEL_LABELS[ceiling.levelId];
    case 'no-ceiling':
      return 'No ceiling found';
    case 'no-staff':
      return 'No staff';
  }
}

/** As the screen flags it: the ceiling's own flag, or a small profession with no ceiling. */
function lowConfidence(profession: ProfessionAnalysis): boolean {
  if (profession.ceiling.status === 'ceiling') return profession.ceiling.lowConfidence;
  return profession.hasStaff && profession.headcount < LOW_CONFIDENCE_BASE;
}

/** People, never a bare 1–4: suppressCount for small numbers, plain digits (no separators) otherwise. */
function staffCell(profession: ProfessionAnalysis, analysis: WorkforceAnalysis, threshold: number): string {
  if (isSuppressed(profession.headcount, threshold)) return suppressCount(profession.headcount, threshold);
  if (analysis.measure === 'headcount' || profession.headcount === 0) return String(profession.headcount);
  return profession.total.toFixed(1);
}

/**
 * The ceiling table as the workforce screen shows it (profession, staff, share, ceiling, low
 * confidence), then one column per level with the representation index, so a spreadsheet holds
 * the evidence for each ceiling beside it (one table rather than a second block, so it sorts and
 * filters as one).
 *
 * Small numbers: a count from 1 to threshold − 1 reads "<5" (by headcount, even for FTE), and a
 * share or index that could give such a count away is held back ("–"): every figure of a
 * profession with a suppressed total, and the index of any level where the profession has 1–4
 * people. 0 reveals no one and is written.
 */
export function ceilingCsvRows(analysis: WorkforceAnalysis, suppression = DEFAULT_SUPPRESSION_THRESHOLD): string[][] {
  const measure = measureName(analysis.measure);
  const header = [
    'Profession',
    `Staff (${measure})`,
    'Share of clinical staff',
    `Ceiling (threshold ${analysis.threshold})`,
    'Low confidence',
    ...analysis.levels.map((level) => `Representation index: ${level.label}`),
  ];
  const rows = analysis.professions.map((profession) => {
    const hidden = isSuppressed(profession.headcount, suppression);
    return [
      profession.label,
      staffCell(profession, analysis, suppression),
      hidden ? NOT_SHOWN : formatPercent(profession.share),
      ceilingWords(profession.ceiling),
      lowConfidence(profession) ? 'Yes' : 'No',
      ...profession.cells.map((cell) =>
        hidden || isSuppressed(cell.headcount, suppression) ? NOT_SHOWN : formatRatio(cell.ri),
      ),
    ];
  });
  return [header, ...rows];
}
