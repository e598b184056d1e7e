import { describe, expect, it } from 'vitest';
import type { LevelId } from '../../shared/framework/levels';
import type { ProfessionId } from '../../shared/framework/professions';
import {
  buildAnalysis,
  checkCeilingThreshold,
  formatMeasureValue,
  formatPercent,
  formatRatio,
  hasFte,
  isBelowThreshold,
  isLowConfidence,
  isSuppressed,
  suppressCount,
} from '../../shared/workforce/metrics';
import type { AnalysisOptions, LevelCell, ProfessionAnalysis, WorkforceAnalysis } from '../../shared/workforce/metrics';
import { ceilingMovement, compareSnapshots, heatmapCells, ladderSeries, riBand } from '../../shared/workforce/series';
import type { StaffGroupId, WorkforceCount } from '../../shared/workforce/types';

/** Headcount rows from a compact table: { profession: { level: headcount } }; FTE equals headcount. */
function rows(table: Partial<Record<StaffGroupId, Partial<Record<LevelId, number>>>>): WorkforceCount[] {
  return Object.entries(table).flatMap(([professionId, levels]) =>
    Object.entries(levels).map(([levelId, headcount]) => ({
      professionId: professionId as StaffGroupId,
      levelId: levelId as LevelId,
      headcount,
      fte: headcount,
    })),
  );
}

function profession(analysis: WorkforceAnalysis, id: ProfessionId): ProfessionAnalysis {
  const found = analysis.professions.find((p) => p.professionId === id);
  if (!found) throw new Error(`no ${id} in analysis`);
  return found;
}

function cell(analysis: WorkforceAnalysis, id: ProfessionId, levelId: LevelId): LevelCell {
  const found = profession(analysis, id).cells.find((c) => c.levelId === levelId);
  if (!found) throw new Error(`no ${id} at ${levelId}`);
  return found;
}

const byHeadcount: AnalysisOptions = { measure: 'headcount' };

/**
 * A small organisation of three professions on three bands:
 *
 *              band-5  band-6  band-7  total
 *   nurses        6       3       1     10
 *   doctors       2       3       5     10
 *   ahp           2       4       0      6
 *   level total  10      10       6     26
 *
 * Nothing above band 7, so Band 8a to Board employ no clinical staff.
 */
const SMALL = rows({
  nurses: { 'band-5': 6, 'band-6': 3, 'band-7': 1 },
  doctors: { 'band-5': 2, 'band-6': 3, 'band-7': 5 },
  ahp: { 'band-5': 2, 'band-6': 4 },
});

describe('buildAnalysis on a small three-profession organisation', () => {
  const analysis = buildAnalysis(SMALL, byHeadcount);

  it('totals clinical staff per level and marks levels with none', () => {
    expect(analysis.total).toBe(26);
    expect(analysis.headcount).toBe(26);
    expect(analysis.levels.map((l) => l.value)).toEqual([10, 10, 6, 0, 0, 0, 0, 0, 0, 0]);
    expect(analysis.levels.filter((l) => l.hasClinicalStaff).map((l) => l.levelId)).toEqual([
      'band-5',
      'band-6',
      'band-7',
    ]);
    expect(analysis.threshold).toBe(0.5);
    expect(analysis.reference).toBe('all-others');
  });

  it('computes share(p) over all clinical staff', () => {
    // share(nurses) = 10/26, share(doctors) = 10/26, share(ahp) = 6/26
    expect(profession(analysis, 'nurses').share).toBeCloseTo(10 / 26, 12);
    expect(profession(analysis, 'doctors').share).toBeCloseTo(10 / 26, 12);
    expect(profession(analysis, 'ahp').share).toBeCloseTo(6 / 26, 12);
    expect(profession(analysis, 'ahp').total).toBe(6);
  });

  it('computes share(p,L) against the clinical staff at the level', () => {
    // nurses: 6/10, 3/10, 1/6; ahp at band 7: 0/6 = 0
    expect(cell(analysis, 'nurses', 'band-5').share).toBeCloseTo(0.6, 12);
    expect(cell(analysis, 'nurses', 'band-6').share).toBeCloseTo(0.3, 12);
    expect(cell(analysis, 'nurses', 'band-7').share).toBeCloseTo(1 / 6, 12);
    expect(cell(analysis, 'ahp', 'band-7').share).toBe(0);
    // No clinical staff at band 8a: share is undefined, not 0.
    expect(cell(analysis, 'nurses', 'band-8a').share).toBeNull();
  });

  it('computes RI(p,L) = share(p,L) / share(p)', () => {
    // nurses:  (6/10)/(10/26) = 156/100;  (3/10)/(10/26) = 78/100;  (1/6)/(10/26) = 26/60
    expect(cell(analysis, 'nurses', 'band-5').ri).toBeCloseTo(1.56, 12);
    expect(cell(analysis, 'nurses', 'band-6').ri).toBeCloseTo(0.78, 12);
    expect(cell(analysis, 'nurses', 'band-7').ri).toBeCloseTo(26 / 60, 12);
    // doctors: (2/10)/(10/26) = 0.52; 0.78; (5/6)/(10/26) = 130/60
    expect(cell(analysis, 'doctors', 'band-5').ri).toBeCloseTo(0.52, 12);
    expect(cell(analysis, 'doctors', 'band-6').ri).toBeCloseTo(0.78, 12);
    expect(cell(analysis, 'doctors', 'band-7').ri).toBeCloseTo(130 / 60, 12);
    // ahp:     (2/10)/(6/26) = 52/60; (4/10)/(6/26) = 104/60; 0
    expect(cell(analysis, 'ahp', 'band-5').ri).toBeCloseTo(52 / 60, 12);
    expect(cell(analysis, 'ahp', 'band-6').ri).toBeCloseTo(104 / 60, 12);
    expect(cell(analysis, 'ahp', 'band-7').ri).toBe(0);
    expect(cell(analysis, 'ahp', 'band-8a').ri).toBeNull();
  });

  it('computes reach(p,L) as the share of p at L or above', () => {
    // nurses: 10/10, 4/10, 1/10, then 0/10 for every level above band 7
    expect(cell(analysis, 'nurses', 'band-5').reach).toBe(1);
    expect(cell(analysis, 'nurses', 'band-6').reach).toBeCloseTo(0.4, 12);
    expect(cell(analysis, 'nurses', 'band-7').reach).toBeCloseTo(0.1, 12);
    expect(cell(analysis, 'nurses', 'board').reach).toBe(0);
    // ahp: 6/6, 4/6, 0/6
    expect(cell(analysis, 'ahp', 'band-6').reach).toBeCloseTo(4 / 6, 12);
    expect(cell(analysis, 'ahp', 'band-7').reach).toBe(0);
  });

  it('computes RL against all other clinical professions by default', () => {
    // For nurses the reference is doctors + ahp (16 people): at or above band 6 8+4 = 12, band 7 5+0 = 5.
    // RL(nurses, band-5) = (16/16)/(10/10) = 1
    expect(cell(analysis, 'nurses', 'band-5').rl).toBeCloseTo(1, 12);
    // RL(nurses, band-6) = (12/16)/(4/10) = 0.75/0.4 = 1.875
    expect(cell(analysis, 'nurses', 'band-6').referenceReach).toBeCloseTo(0.75, 12);
    expect(cell(analysis, 'nurses', 'band-6').rl).toBeCloseTo(1.875, 12);
    // RL(nurses, band-7) = (5/16)/(1/10) = 50/16 = 3.125
    expect(cell(analysis, 'nurses', 'band-7').rl).toBeCloseTo(3.125, 12);
    // For doctors the reference is nurses + ahp (16): at or above band 7 1+0 = 1.
    // RL(doctors, band-7) = (1/16)/(5/10) = 0.125
    expect(cell(analysis, 'doctors', 'band-7').rl).toBeCloseTo(0.125, 12);
    // For ahp the reference is nurses + doctors (20): at or above band 6 4+8 = 12.
    // RL(ahp, band-6) = (12/20)/(4/6) = 0.9
    expect(cell(analysis, 'ahp', 'band-6').rl).toBeCloseTo(0.9, 12);
    expect(profession(analysis, 'ahp').referenceHeadcount).toBe(20);
  });

  it('leaves RL undefined where p has no staff at or above L', () => {
    // reach(ahp, band-7) = 0, reach(nurses, band-8a) = 0
    expect(cell(analysis, 'ahp', 'band-7').rl).toBeNull();
    expect(cell(analysis, 'nurses', 'band-8a').rl).toBeNull();
  });

  it('computes RL against a chosen reference profession', () => {
    const againstNurses = buildAnalysis(SMALL, { measure: 'headcount', reference: 'nurses' });
    // RL(doctors, band-7) = reach(nurses, band-7)/reach(doctors, band-7) = (1/10)/(5/10) = 0.2
    expect(cell(againstNurses, 'doctors', 'band-7').rl).toBeCloseTo(0.2, 12);
    // RL(ahp, band-6) = (4/10)/(4/6) = 0.6
    expect(cell(againstNurses, 'ahp', 'band-6').rl).toBeCloseTo(0.6, 12);
    // The reference against itself is 1 where defined.
    expect(cell(againstNurses, 'nurses', 'band-7').rl).toBeCloseTo(1, 12);
    expect(profession(againstNurses, 'nurses').isReference).toBe(true);
    expect(profession(againstNurses, 'doctors').isReference).toBe(false);
    expect(profession(againstNurses, 'doctors').referenceHeadcount).toBe(10);
    expect(againstNurses.reference).toBe('nurses');
  });

  it('makes RL 0 where the reference group has staff but none at or above L', () => {
    // Against ahp (none at band 7): RL(doctors, band-7) = (0/6)/(5/10) = 0
    const againstAhp = buildAnalysis(SMALL, { measure: 'headcount', reference: 'ahp' });
    expect(cell(againstAhp, 'doctors', 'band-7').rl).toBe(0);
    // Against midwives (no staff at all): undefined everywhere.
    const againstMidwives = buildAnalysis(SMALL, { measure: 'headcount', reference: 'midwives' });
    expect(cell(againstMidwives, 'doctors', 'band-5').rl).toBeNull();
  });

  it('finds each ceiling', () => {
    // nurses: band 7 RI 0.43 < 0.5, band 6 RI 0.78 is not: ceiling at band 7 (their own highest level).
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'ceiling', levelId: 'band-7', lowConfidence: true });
    // ahp: none above band 6, and band 7 has clinical staff: ceiling at band 7, H's successor.
    expect(profession(analysis, 'ahp').ceiling).toMatchObject({ status: 'ceiling', levelId: 'band-7' });
    // doctors: RI 2.17 at band 7, the top staffed level; the empty levels above are skipped, not ceilings.
    expect(profession(analysis, 'doctors').ceiling).toEqual({ status: 'no-ceiling' });
  });

  it('reports professions with no staff apart from "no ceiling found"', () => {
    const midwives = profession(analysis, 'midwives');
    expect(midwives.ceiling).toEqual({ status: 'no-staff' });
    expect(midwives.hasStaff).toBe(false);
    expect(midwives.total).toBe(0);
    // share(midwives) = 0/26 = 0, so RI, reach and RL have nothing to divide by.
    expect(midwives.share).toBe(0);
    expect(cell(analysis, 'midwives', 'band-5')).toMatchObject({ share: 0, ri: null, reach: null, rl: null });
    expect(analysis.professions.map((p) => p.professionId)).toHaveLength(9);
  });

  it('flags low confidence from the people behind each ratio', () => {
    // RI(nurses, band-5): 10 people at the level and 10 nurses: firm.
    expect(cell(analysis, 'nurses', 'band-5').lowConfidence).toEqual({ share: false, ri: false, reach: false, rl: false });
    // RI(nurses, band-7): only 6 clinical staff at band 7.
    expect(cell(analysis, 'nurses', 'band-7').lowConfidence).toMatchObject({ share: true, ri: true, reach: false });
    // ahp are 6 people: RI, reach and RL all rest on them.
    expect(cell(analysis, 'ahp', 'band-6').lowConfidence).toEqual({ share: false, ri: true, reach: true, rl: true });
    // At band 8a share, RI and RL are null and carry no flag; reach (0/6 = 0) is defined and rests on 6 ahp.
    expect(cell(analysis, 'ahp', 'band-8a').lowConfidence).toEqual({ share: false, ri: false, reach: true, rl: false });
  });
});

describe('ceilings', () => {
  it('puts the ceiling at the next level with clinical staff, skipping an empty level in between', () => {
    // band 7 employs no clinical staff at all; non-clinical staff there do not count.
    //              band-5  band-6  band-8a   total
    //   nurses        5       5       -        10
    //   doctors       5       5       5        15
    //   level total  10      10       5        25
    const analysis = buildAnalysis(
      [...rows({ nurses: { 'band-5': 5, 'band-6': 5 }, doctors: { 'band-5': 5, 'band-6': 5, 'band-8a': 5 } })],
      byHeadcount,
    );
    expect(analysis.levels.find((l) => l.levelId === 'band-7')?.hasClinicalStaff).toBe(false);
    // RI(nurses, band-6) = (5/10)/(10/25) = 1.25; RI(nurses, band-8a) = 0.
    expect(cell(analysis, 'nurses', 'band-6').ri).toBeCloseTo(1.25, 12);
    expect(cell(analysis, 'nurses', 'band-7').ri).toBeNull();
    expect(profession(analysis, 'nurses').ceiling).toMatchObject({ status: 'ceiling', levelId: 'band-8a' });
    // RI(doctors, band-8a) = 1/(15/25) = 1.67: no ceiling.
    expect(profession(analysis, 'doctors').ceiling).toEqual({ status: 'no-ceiling' });
  });

  it('lets a run below the threshold continue across a level with no clinical staff', () => {
    //              band-5  band-6  band-8a   total
    //   nurses       10       1       1        12
    //   doctors       2       9       9        20
    //   level total  12      10      10        32
    // share(nurses) = 12/32 = 0.375; RI at band 6 and 8a = (1/10)/0.375 = 0.267; at band 5 (10/12)/0.375 = 2.22
    const analysis = buildAnalysis(
      rows({ nurses: { 'band-5': 10, 'band-6': 1, 'band-8a': 1 }, doctors: { 'band-5': 2, 'band-6': 9, 'band-8a': 9 } }),
      byHeadcount,
    );
    expect(cell(analysis, 'nurses', 'band-6').ri).toBeCloseTo(0.1 / 0.375, 12);
    expect(cell(analysis, 'nurses', 'band-8a').ri).toBeCloseTo(0.1 / 0.375, 12);
    // 12 nurses, 10 people at each level: firm.
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'ceiling', levelId: 'band-6', lowConfidence: false });
  });

  it('does not call a dip below the threshold followed by a recovery a ceiling', () => {
    //              band-5  band-6  band-7   total
    //   nurses        5       1       4       10
    //   doctors       5       9       6       20
    //   level total  10      10      10       30
    // share(nurses) = 1/3: RI band 5 = 0.5/(1/3) = 1.5, band 6 = 0.1/(1/3) = 0.3, band 7 = 0.4/(1/3) = 1.2
    const analysis = buildAnalysis(
      rows({ nurses: { 'band-5': 5, 'band-6': 1, 'band-7': 4 }, doctors: { 'band-5': 5, 'band-6': 9, 'band-7': 6 } }),
      byHeadcount,
    );
    expect(cell(analysis, 'nurses', 'band-6').ri).toBeCloseTo(0.3, 12);
    expect(cell(analysis, 'nurses', 'band-7').ri).toBeCloseTo(1.2, 12);
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'no-ceiling' });
  });

  // nurses 3 + 1, doctors 1 + 3: share(nurses) = 4/8 = 0.5; RI(nurses, band-6) = (1/4)/0.5 = 0.5 exactly.
  const EXACT = rows({ nurses: { 'band-5': 3, 'band-6': 1 }, doctors: { 'band-5': 1, 'band-6': 3 } });

  it('does not count an RI exactly equal to the threshold as below it', () => {
    const analysis = buildAnalysis(EXACT, byHeadcount);
    expect(cell(analysis, 'nurses', 'band-6').ri).toBe(0.5);
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'no-ceiling' });
    // Just above 0.5, the same RI is below the threshold.
    expect(profession(buildAnalysis(EXACT, { measure: 'headcount', threshold: 0.55 }), 'nurses').ceiling).toMatchObject({
      status: 'ceiling',
      levelId: 'band-6',
    });
  });

  it('computes RI in one division, so whole-number fractions equal to the threshold stay equal', () => {
    // nurses 2 + 3, doctors 2 + 5: RI(nurses, band-6) = (3/8)/(5/12) = 36/40 = 0.9 exactly,
    // where dividing the two shares would give 0.8999999999999999.
    const analysis = buildAnalysis(rows({ nurses: { 'band-5': 2, 'band-6': 3 }, doctors: { 'band-5': 2, 'band-6': 5 } }), {
      measure: 'headcount',
      threshold: 0.9,
    });
    expect(cell(analysis, 'nurses', 'band-6').ri).toBe(0.9);
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'no-ceiling' });
  });

  it('keeps FTE rounding noise from turning equality into a ceiling', () => {
    // nurses: band 5 0.3 FTE, band 6 0.1 + 0.1 FTE (two rows); doctors: band 5 0.3, band 6 0.6.
    // share(nurses) = 0.5/1.4 = 5/14; RI(nurses, band-6) = (0.2/0.8)/(5/14) = 0.7 in exact arithmetic,
    // but 0.6999999999999998 in floating point.
    const counts: WorkforceCount[] = [
      { professionId: 'nurses', levelId: 'band-5', headcount: 1, fte: 0.3 },
      { professionId: 'nurses', levelId: 'band-6', headcount: 1, fte: 0.1 },
      { professionId: 'nurses', levelId: 'band-6', headcount: 1, fte: 0.1 },
      { professionId: 'doctors', levelId: 'band-5', headcount: 1, fte: 0.3 },
      { professionId: 'doctors', levelId: 'band-6', headcount: 1, fte: 0.6 },
    ];
    const analysis = buildAnalysis(counts, { measure: 'fte', threshold: 0.7 });
    expect(cell(analysis, 'nurses', 'band-6').ri).toBeCloseTo(0.7, 12);
    expect(profession(analysis, 'nurses').ceiling).toEqual({ status: 'no-ceiling' });
    // A real difference is still below: at 0.71 band 6 is the ceiling.
    expect(profession(buildAnalysis(counts, { measure: 'fte', threshold: 0.71 }), 'nurses').ceiling).toMatchObject({
      status: 'ceiling',
      levelId: 'band-6',
    });
  });

  it('moves the ceiling when the threshold changes', () => {
    // Nurses in SMALL: RI 1.56, 0.78, 0.43. At 0.5 only band 7 is below; at 0.8 band 6 is too.
    expect(profession(buildAnalysis(SMALL, byHeadcount), 'nurses').ceiling).toMatchObject({ levelId: 'band-7' });
    expect(profession(buildAnalysis(SMALL, { measure: 'headcount', threshold: 0.8 }), 'nurses').ceiling).toMatchObject({
      status: 'ceiling',
      levelId: 'band-6',
    });
    // At 0.4 not even band 7 (0.43) is below.
    expect(profession(buildAnalysis(SMALL, { measure: 'headcount', threshold: 0.4 }), 'nurses').ceiling).toEqual({
      status: 'no-ceiling',
    });
  });

  it('gives every profession "no staff" in an organisation with no clinical staff', () => {
    const analysis = buildAnalysis(rows({ 'non-clinical': { 'band-5': 40 } }), byHeadcount);
    expect(analysis.total).toBe(0);
    expect(analysis.professions.every((p) => p.ceiling.status === 'no-staff' && p.share === null)).toBe(true);
    expect(analysis.levels.some((l) => l.hasClinicalStaff)).toBe(false);
  });
});

describe('what counts', () => {
  it('ignores non-clinical staff entirely, but keeps their totals apart', () => {
    const withNonClinical = buildAnalysis(
      [...SMALL, ...rows({ 'non-clinical': { 'band-5': 30, 'band-7': 7, board: 2 } })],
      byHeadcount,
    );
    const without = buildAnalysis(SMALL, byHeadcount);
    expect(withNonClinical.professions).toEqual(without.professions);
    expect(withNonClinical.levels).toEqual(without.levels);
    expect(withNonClinical.total).toBe(26);
    expect(withNonClinical.nonClinical.headcount).toBe(39);
    expect(withNonClinical.nonClinical.levels.find((l) => l.levelId === 'board')).toEqual({
      levelId: 'board',
      value: 2,
      headcount: 2,
    });
    expect(without.nonClinical.total).toBe(0);
  });

  it('adds rows for the same profession and level together', () => {
    const split = buildAnalysis([...SMALL, ...rows({ nurses: { 'band-7': 2 } })], byHeadcount);
    expect(cell(split, 'nurses', 'band-7').value).toBe(3);
  });

  it('uses FTE when asked, and still headcount for confidence', () => {
    // Headcount 4 everywhere gives RI 1 everywhere. By FTE:
    //              band-5  band-6  total
    //   nurses        2       4      6
    //   doctors       4       4      8
    //   level total   6       8     14
    // RI(nurses, band-5) = (2/6)/(6/14) = 14/18; RI(nurses, band-6) = (4/8)/(6/14) = 14/12
    const counts: WorkforceCount[] = [
      { professionId: 'nurses', levelId: 'band-5', headcount: 4, fte: 2 },
      { professionId: 'nurses', levelId: 'band-6', headcount: 4, fte: 4 },
      { professionId: 'doctors', levelId: 'band-5', headcount: 4, fte: 4 },
      { professionId: 'doctors', levelId: 'band-6', headcount: 4, fte: 4 },
    ];
    const byPeople = buildAnalysis(counts, byHeadcount);
    const byFte = buildAnalysis(counts, { measure: 'fte' });
    expect(cell(byPeople, 'nurses', 'band-5').ri).toBeCloseTo(1, 12);
    expect(cell(byFte, 'nurses', 'band-5').ri).toBeCloseTo(14 / 18, 12);
    expect(cell(byFte, 'nurses', 'band-6').ri).toBeCloseTo(14 / 12, 12);
    expect(cell(byFte, 'nurses', 'band-5')).toMatchObject({ value: 2, headcount: 4 });
    expect(profession(byFte, 'nurses')).toMatchObject({ total: 6, headcount: 8 });
    expect(byFte.measure).toBe('fte');
    // Confidence counts people: 8 nurses and 8 people at band 5, both under 10.
    expect(cell(byFte, 'nurses', 'band-5').lowConfidence.ri).toBe(true);
  });

  it('judges confidence by people even when FTE is large', () => {
    // 9 nurses on 20 FTE are still 9 people: the FTE does not make the ratio firmer.
    const counts: WorkforceCount[] = [
      { professionId: 'nurses', levelId: 'band-5', headcount: 9, fte: 20 },
      { professionId: 'doctors', levelId: 'band-5', headcount: 30, fte: 30 },
    ];
    expect(cell(buildAnalysis(counts, { measure: 'fte' }), 'nurses', 'band-5').lowConfidence.ri).toBe(true);
  });

  it('refuses an FTE analysis without FTE figures, and other bad rows', () => {
    const noFte: WorkforceCount[] = [{ professionId: 'nurses', levelId: 'band-5', headcount: 3, fte: null }];
    expect(hasFte(noFte)).toBe(false);
    expect(hasFte(SMALL)).toBe(true);
    expect(() => buildAnalysis(noFte, { measure: 'fte' })).toThrow('FTE is missing for Nurses at Band 5');
    expect(buildAnalysis(noFte, byHeadcount).total).toBe(3);
    const bad = (row: Partial<WorkforceCount>) => () =>
      buildAnalysis([{ professionId: 'nurses', levelId: 'band-5', headcount: 3, fte: 3, ...row }], byHeadcount);
    expect(bad({ headcount: -1 })).toThrow(RangeError);
    expect(bad({ headcount: 2.5 })).toThrow(RangeError);
    expect(bad({ fte: Number.NaN })).toThrow(RangeError);
    expect(bad({ levelId: 'band-4' as LevelId })).toThrow(RangeError);
    expect(bad({ professionId: 'porters' as ProfessionId })).toThrow(RangeError);
    expect(bad({})).not.toThrow();
  });
});

describe('options', () => {
  it('accepts a ceiling threshold above 0 and up to 1, and refuses anything else', () => {
    expect(checkCeilingThreshold(0.05)).toBe(0.05);
    expect(checkCeilingThreshold(1)).toBe(1);
    for (const bad of [0, -0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => checkCeilingThreshold(bad)).toThrow(RangeError);
      expect(() => buildAnalysis(SMALL, { measure: 'headcount', threshold: bad })).toThrow(RangeError);
    }
  });

  it('refuses an unknown reference group', () => {
    expect(() => buildAnalysis(SMALL, { measure: 'headcount', reference: 'porters' as ProfessionId })).toThrow(RangeError);
  });

  it('compares strictly below the threshold', () => {
    expect(isBelowThreshold(0.5, 0.5)).toBe(false);
    expect(isBelowThreshold(0.4999, 0.5)).toBe(true);
    expect(isBelowThreshold(0.3, 0.3)).toBe(false);
  });
});

describe('small numbers', () => {
  it('suppresses counts from 1 to 4 and shows 0 and 5 as they are', () => {
    expect(suppressCount(0)).toBe('0');
    expect(suppressCount(1)).toBe('<5');
    expect(suppressCount(4)).toBe('<5');
    expect(suppressCount(5)).toBe('5');
    expect(suppressCount(1234)).toBe('1,234');
  });

  it('suppresses up to an adjusted threshold', () => {
    expect(suppressCount(5, 10)).toBe('<10');
    expect(suppressCount(9, 10)).toBe('<10');
    expect(suppressCount(10, 10)).toBe('10');
    expect(isSuppressed(9, 10)).toBe(true);
    expect(isSuppressed(0, 10)).toBe(false);
  });

  it('refuses counts and thresholds that make no sense', () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
    expect(() => suppressCount(3, 1)).toThrow(RangeError);
    expect(() => suppressCount(3, 4.5)).toThrow(RangeError);
  });

  it('suppresses FTE by the headcount behind it', () => {
    expect(formatMeasureValue(2.4, 3, 'fte')).toBe('<5');
    expect(formatMeasureValue(1234.56, 1300, 'fte')).toBe('1,234.6');
    expect(formatMeasureValue(0, 0, 'fte')).toBe('0');
    expect(formatMeasureValue(12, 12, 'headcount')).toBe('12');
    expect(formatMeasureValue(3, 3, 'headcount')).toBe('<5');
  });

  it('marks fewer than 10 people as low confidence', () => {
    expect(isLowConfidence(9)).toBe(true);
    expect(isLowConfidence(10)).toBe(false);
  });

  it('flags RI on a profession of 9 but not 10 people', () => {
    // 30 doctors keep the level base firm; only the nurses' own number decides.
    const riFlag = (nurses: number) =>
      cell(buildAnalysis(rows({ nurses: { 'band-5': nurses }, doctors: { 'band-5': 15, 'band-6': 15 } }), byHeadcount), 'nurses', 'band-5')
        .lowConfidence.ri;
    expect(riFlag(9)).toBe(true);
    expect(riFlag(10)).toBe(false);
  });

  it('flags RI at a level of 9 but not 10 clinical staff', () => {
    const riFlag = (doctorsAtBand6: number) =>
      cell(buildAnalysis(rows({ nurses: { 'band-5': 50, 'band-6': 4 }, doctors: { 'band-5': 50, 'band-6': doctorsAtBand6 } }), byHeadcount), 'nurses', 'band-6')
        .lowConfidence.ri;
    expect(riFlag(5)).toBe(true); // 4 + 5 = 9 at band 6
    expect(riFlag(6)).toBe(false); // 4 + 6 = 10
  });

  it('flags RL when the reference group has 9 but not 10 people', () => {
    const rlFlag = (doctors: number) =>
      cell(
        buildAnalysis(rows({ nurses: { 'band-5': 20, 'band-6': 20 }, doctors: { 'band-5': 4, 'band-6': doctors - 4 } }), {
          measure: 'headcount',
          reference: 'doctors',
        }),
        'nurses',
        'band-6',
      ).lowConfidence.rl;
    expect(rlFlag(9)).toBe(true);
    expect(rlFlag(10)).toBe(false);
  });
});

describe('formatting ratios', () => {
  it('prints ratios to two places and undefined ones as an en dash', () => {
    expect(formatRatio(26 / 60)).toBe('0.43');
    expect(formatRatio(1.875, 1)).toBe('1.9');
    expect(formatRatio(null)).toBe('–');
    expect(formatPercent(10 / 26)).toBe('38.5%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('ladderSeries', () => {
  it('gives a row per staffed level with an RI per staffed profession', () => {
    const series = ladderSeries(buildAnalysis(SMALL, byHeadcount));
    expect(series.lines.map((l) => l.professionId)).toEqual(['ahp', 'doctors', 'nurses']);
    expect(series.lines[2]?.label).toBe('Nurses');
    expect(series.rows.map((r) => r.levelId)).toEqual(['band-5', 'band-6', 'band-7']);
    const band7 = series.rows[2]!;
    expect(band7.label).toBe('Band 7');
    expect(band7.ahp).toBe(0);
    expect(band7.doctors).toBeCloseTo(130 / 60, 12);
    expect(band7.nurses).toBeCloseTo(26 / 60, 12);
    expect('midwives' in band7).toBe(false);
    // 6 people at band 7: every point there is low confidence; ahp (6 people) everywhere.
    expect(band7.lowConfidence).toEqual(['ahp', 'doctors', 'nurses']);
    expect(series.rows[0]?.lowConfidence).toEqual(['ahp']);
    expect(series.parity).toBe(1);
  });
});

describe('heatmapCells', () => {
  it('bands RI with words at fixed boundaries', () => {
    expect(riBand(null)).toBeNull();
    expect(riBand(0)).toBe('well-below');
    expect(riBand(0.4999)).toBe('well-below');
    expect(riBand(0.5)).toBe('below');
    expect(riBand(0.7999)).toBe('below');
    expect(riBand(0.8)).toBe('near-parity');
    expect(riBand(1.25)).toBe('near-parity');
    expect(riBand(1.2501)).toBe('above');
  });

  it('gives every profession a row over the whole ladder, with bands and the ceiling marked', () => {
    const grid = heatmapCells(buildAnalysis(SMALL, byHeadcount));
    expect(grid).toHaveLength(9);
    const nurses = grid.find((r) => r.professionId === 'nurses')!;
    expect(nurses.cells).toHaveLength(10);
    // RI 1.56, 0.78, 0.43
    expect(nurses.cells.slice(0, 3).map((c) => c.band)).toEqual(['above', 'below', 'well-below']);
    expect(nurses.cells.slice(0, 3).map((c) => c.text)).toEqual(['1.56', '0.78', '0.43']);
    expect(nurses.cells.filter((c) => c.isCeiling).map((c) => c.levelId)).toEqual(['band-7']);
    expect(nurses.cells[3]).toMatchObject({ levelId: 'band-8a', ri: null, band: null, text: '–', isCeiling: false });
    // ahp RI 0.87, 1.73, 0
    const ahp = grid.find((r) => r.professionId === 'ahp')!;
    expect(ahp.cells.slice(0, 3).map((c) => c.band)).toEqual(['near-parity', 'above', 'well-below']);
    expect(ahp.cells[0]?.lowConfidence).toBe(true);
    const midwives = grid.find((r) => r.professionId === 'midwives')!;
    expect(midwives.hasStaff).toBe(false);
    expect(midwives.cells.every((c) => c.band === null)).toBe(true);
  });
});

describe('compareSnapshots', () => {
  /**
   * A later snapshot of the SMALL organisation:
   *
   *              band-5  band-6  band-7  band-8a  total
   *   nurses        6       3       4       1      14
   *   doctors       2       3       5       2      12
   *   ahp           2       4       2       -       8
   *   level total  10      10      11       3      34
   *
   * nurses: RI band 7 = (4/11)/(14/34) = 136/154 = 0.88, band 8a = (1/3)/(14/34) = 34/42 = 0.81: no ceiling.
   * ahp:    RI band 7 = (2/11)/(8/34) = 68/88 = 0.77, band 8a = 0: ceiling at band 8a.
   * doctors: RI band 8a = (2/3)/(12/34) = 1.89: no ceiling.
   */
  const LATER = rows({
    nurses: { 'band-5': 6, 'band-6': 3, 'band-7': 4, 'band-8a': 1 },
    doctors: { 'band-5': 2, 'band-6': 3, 'band-7': 5, 'band-8a': 2 },
    ahp: { 'band-5': 2, 'band-6': 4, 'band-7': 2 },
  });
  const before = buildAnalysis(SMALL, byHeadcount);
  const after = buildAnalysis(LATER, byHeadcount);

  it('says how each ceiling moved', () => {
    const moves = (a: WorkforceAnalysis, b: WorkforceAnalysis) =>
      Object.fromEntries(compareSnapshots(a, b).professions.map((p) => [p.professionId, p.movement]));
    expect(moves(before, after)).toMatchObject({ nurses: 'disappeared', ahp: 'up', doctors: 'none', midwives: 'none' });
    expect(moves(after, before)).toMatchObject({ nurses: 'appeared', ahp: 'down', doctors: 'none' });
    expect(moves(before, before)).toMatchObject({ nurses: 'same', ahp: 'same' });
  });

  it('treats a profession arriving or leaving as a ceiling appearing or disappearing', () => {
    expect(ceilingMovement({ status: 'no-staff' }, { status: 'ceiling', levelId: 'band-7', lowConfidence: false })).toBe(
      'appeared',
    );
    expect(ceilingMovement({ status: 'ceiling', levelId: 'band-7', lowConfidence: false }, { status: 'no-staff' })).toBe(
      'disappeared',
    );
    expect(ceilingMovement({ status: 'no-staff' }, { status: 'no-ceiling' })).toBe('none');
  });

  it('sets totals, shares and RI side by side with their changes', () => {
    const nurses = compareSnapshots(before, after).professions.find((p) => p.professionId === 'nurses')!;
    expect(nurses.ceilingA).toMatchObject({ status: 'ceiling', levelId: 'band-7' });
    expect(nurses.ceilingB).toEqual({ status: 'no-ceiling' });
    expect(nurses).toMatchObject({ totalA: 10, totalB: 14, totalChange: 4, headcountA: 10, headcountB: 14 });
    expect(nurses.shareA).toBeCloseTo(10 / 26, 12);
    expect(nurses.shareB).toBeCloseTo(14 / 34, 12);
    expect(nurses.shareChange).toBeCloseTo(14 / 34 - 10 / 26, 12);
    const band7 = nurses.levels.find((l) => l.levelId === 'band-7')!;
    expect(band7.riA).toBeCloseTo(26 / 60, 12);
    expect(band7.riB).toBeCloseTo(136 / 154, 12);
    expect(band7.riChange).toBeCloseTo(136 / 154 - 26 / 60, 12);
    expect(band7.lowConfidence).toBe(true);
    // No clinical staff at band 8a before: no change to speak of.
    const band8a = nurses.levels.find((l) => l.levelId === 'band-8a')!;
    expect(band8a).toMatchObject({ label: 'Band 8a', riA: null, riChange: null });
    expect(band8a.riB).toBeCloseTo(34 / 42, 12);
  });

  it('refuses snapshots analysed differently', () => {
    expect(() => compareSnapshots(before, buildAnalysis(SMALL, { measure: 'fte' }))).toThrow(RangeError);
    expect(() => compareSnapshots(before, buildAnalysis(SMALL, { measure: 'headcount', threshold: 0.6 }))).toThrow(
      RangeError,
    );
    expect(() => compareSnapshots(before, buildAnalysis(SMALL, { measure: 'headcount', reference: 'nurses' }))).not.toThrow();
  });
});
