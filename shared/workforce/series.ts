import { LEVEL_IDS, LEVEL_LABELS } from '../framework/levels';
import type { LevelId } from '../framework/levels';
import type { ProfessionId } from '../framework/professions';
import { formatRatio } from './metrics';
import type { CeilingResult, WorkforceAnalysis } from './metrics';
import type { Measure } from './types';

/**
 * Chart and table data shaped from a WorkforceAnalysis, so the renderer (recharts) and the PDF
 * report only draw: every number and judgement is made here, once.
 */

export type LadderLine = { readonly professionId: ProfessionId; readonly label: string };

/** One point of the x-axis: RI per profession under its id, as recharts' dataKey expects. */
export type LadderRow = {
  readonly levelId: LevelId;
  readonly label: string;
  /** Professions whose RI here rests on fewer than 10 people, for a marked dot. */
  readonly lowConfidence: readonly ProfessionId[];
} & { readonly [P in ProfessionId]?: number | null };

export type LadderSeries = {
  /** Only professions with staff: an absent one would be a line of nothing. */
  readonly lines: readonly LadderLine[];
  /** Only levels with clinical staff: RI is undefined for everyone elsewhere, which would break every line. */
  readonly rows: readonly LadderRow[];
  /** Where the chart draws its parity line. */
  readonly parity: 1;
};

export function ladderSeries(analysis: WorkforceAnalysis): LadderSeries {
  const staffed = analysis.professions.filter((p) => p.hasStaff);
  const rows = analysis.levels
    .map((level, i) => ({ level, i }))
    .filter(({ level }) => level.hasClinicalStaff)
    .map(({ level, i }): LadderRow => {
      const values: { [P in ProfessionId]?: number | null } = {};
      const lowConfidence: ProfessionId[] = [];
      for (const profession of staffed) {
        const cell = profession.cells[i];
        values[profession.professionId] = cell?.ri ?? null;
        if (cell?.lowConfidence.ri === true) lowConfidence.push(profession.professionId);
      }
      return { ...values, levelId: level.levelId, label: level.label, lowConfidence };
    });
  return { lines: staffed.map((p) => ({ professionId: p.professionId, label: p.label })), rows, parity: 1 };
}

export type RiBand = 'well-below' | 'below' | 'near-parity' | 'above';

/** Words for each band, so colour is never the only carrier of meaning. */
export const RI_BAND_LABELS: Readonly<Record<RiBand, string>> = {
  'well-below': 'Well below parity',
  below: 'Below parity',
  'near-parity': 'Near parity',
  above: 'Above parity',
};

/**
 * Fixed bands (under 0.5, under 0.8, 0.8 to 1.25 inclusive, over 1.25), independent of the
 * ceiling threshold, so heatmaps of different analyses read alike. 1.25 is the reciprocal of 0.8.
 */
export function riBand(ri: number | null): RiBand | null {
  if (ri === null) return null;
  if (ri < 0.5) return 'well-below';
  if (ri < 0.8) return 'below';
  if (ri <= 1.25) return 'near-parity';
  return 'above';
}

export type HeatmapCell = {
  readonly professionId: ProfessionId;
  readonly levelId: LevelId;
  readonly ri: number | null;
  readonly band: RiBand | null;
  /** The RI as printed in the cell ("0.43", or "–" when not defined). */
  readonly text: string;
  readonly lowConfidence: boolean;
  /** The profession's ceiling is at this level. */
  readonly isCeiling: boolean;
};

export type HeatmapRow = {
  readonly professionId: ProfessionId;
  readonly label: string;
  readonly hasStaff: boolean;
  readonly ceiling: CeilingResult;
  /** The whole ladder, lowest first. */
  readonly cells: readonly HeatmapCell[];
};

/**
 * Every profession and every level, staffed or not, so the grid keeps one shape and an absence
 * is visible as a row or column of "–".
 */
export function heatmapCells(analysis: WorkforceAnalysis): readonly HeatmapRow[] {
  return analysis.professions.map((profession) => ({
    professionId: profession.professionId,
    label: profession.label,
    hasStaff: profession.hasStaff,
    ceiling: profession.ceiling,
    cells: profession.cells.map((cell) => ({
      professionId: profession.professionId,
      levelId: cell.levelId,
      ri: cell.ri,
      band: riBand(cell.ri),
      text: formatRatio(cell.ri),
      lowConfidence: cell.lowConfidence.ri,
      isCeiling: profession.ceiling.status === 'ceiling' && profession.ceiling.levelId === cell.levelId,
    })),
  }));
}

/**
 * How a ceiling changed from A to B. 'up' means it is now at a more senior level (the profession
 * reaches further); a profession with no staff counts as having no ceiling, so 'appeared' and
 * 'disappeared' cover a profession arriving or leaving too; 'none' is no ceiling either time.
 */
export type CeilingMovement = 'up' | 'down' | 'same' | 'appeared' | 'disappeared' | 'none';

export type LevelComparison = {
  readonly levelId: LevelId;
  readonly label: string;
  readonly riA: number | null;
  readonly riB: number | null;
  /** riB − riA; null unless both are defined. */
  readonly riChange: number | null;
  /** Either RI rests on fewer than 10 people. */
  readonly lowConfidence: boolean;
};

export type ProfessionComparison = {
  readonly professionId: ProfessionId;
  readonly label: string;
  readonly ceilingA: CeilingResult;
  readonly ceilingB: CeilingResult;
  readonly movement: CeilingMovement;
  readonly totalA: number;
  readonly totalB: number;
  readonly totalChange: number;
  /** People, for suppressing small totals even in an FTE comparison. */
  readonly headcountA: number;
  readonly headcountB: number;
  readonly shareA: number | null;
  readonly shareB: number | null;
  readonly shareChange: number | null;
  readonly levels: readonly LevelComparison[];
};

export type SnapshotComparison = {
  readonly measure: Measure;
  readonly threshold: number;
  readonly professions: readonly ProfessionComparison[];
};

function ceilingRank(ceiling: CeilingResult): number | null {
  if (ceiling.status !== 'ceiling') return null;
  return LEVEL_IDS.indexOf(ceiling.levelId);
}

export function ceilingMovement(a: CeilingResult, b: CeilingResult): CeilingMovement {
  const rankA = ceilingRank(a);
  const rankB = ceilingRank(b);
  if (rankA === null) return rankB === null ? 'none' : 'appeared';
  if (rankB === null) return 'disappeared';
  if (rankB > rankA) return 'up';
  return rankB < rankA ? 'down' : 'same';
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

/**
 * Snapshot A (earlier) against B (later). Both must use the same measure and threshold: a
 * ceiling found by FTE, or at another threshold, is not comparable. Throws RangeError otherwise.
 */
export function compareSnapshots(a: WorkforceAnalysis, b: WorkforceAnalysis): SnapshotComparison {
  if (a.measure !== b.measure) throw new RangeError('Both snapshots must be analysed by the same measure');
  if (a.threshold !== b.threshold) throw new RangeError('Both snapshots must be analysed at the same threshold');
  const professions = a.professions.map((pa, i): ProfessionComparison => {
    const pb = b.professions[i];
    if (pb?.professionId !== pa.professionId) throw new RangeError('The snapshots list different professions');
    return {
      professionId: pa.professionId,
      label: pa.label,
      ceilingA: pa.ceiling,
      ceilingB: pb.ceiling,
      movement: ceilingMovement(pa.ceiling, pb.ceiling),
      totalA: pa.total,
      totalB: pb.total,
      totalChange: pb.total - pa.total,
      headcountA: pa.headcount,
      headcountB: pb.headcount,
      shareA: pa.share,
      shareB: pb.share,
      shareChange: difference(pa.share, pb.share),
      levels: pa.cells.map((cellA, j): LevelComparison => {
        const cellB = pb.cells[j];
        const riB = cellB?.ri ?? null;
        return {
          levelId: cellA.levelId,
          label: LEVEL_LABELS[cellA.levelId],
          riA: cellA.ri,
          riB,
          riChange: difference(cellA.ri, riB),
          lowConfidence: cellA.lowConfidence.ri || cellB?.lowConfidence.ri === true,
        };
      }),
    };
  });
  return { measure: a.measure, threshold: a.threshold, professions };
}
