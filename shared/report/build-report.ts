import { BOARD_ROLE_LABELS } from '../board/board-member';
import { checkComposition, countFindings, rulesApply, whoIsMissing } from '../board/composition';
import type { CompositionFinding, FindingCounts, ProfessionAtTable } from '../board/composition';
import { KEY_QUESTIONS, THEMES, questionById, themeById } from '../framework/content';
import type { Barrier, KeyQuestion, Theme, ThemeId } from '../framework/content';
import { LEVEL_LABELS } from '../framework/levels';
import { PROFESSIONS } from '../framework/professions';
import type { ProfessionId } from '../framework/professions';
import { ORGANISATION_TYPE_LABELS } from '../organisations/organisation';
import { ceilingEvidence } from '../priorities/ceiling-evidence';
import type { CeilingEvidence } from '../priorities/ceiling-evidence';
import { ACTION_STATUS_LABELS } from '../priorities/priorities';
import type { Action } from '../priorities/priorities';
import { effectiveOrder, proposeOrder } from '../priorities/proposed-order';
import type { Resource } from '../resources/resource';
import { longDate } from '../util/dates';
import { buildAnalysis, hasFte, isSuppressed } from '../workforce/metrics';
import type { WorkforceAnalysis } from '../workforce/metrics';
import { compareSnapshots } from '../workforce/series';
import type { SnapshotComparison } from '../workforce/series';
import type { Snapshot } from '../workforce/snapshot';
import { measureName } from '../workforce/types';
import type { Measure } from '../workforce/types';
import { ratingSpread } from '../workshops/stats';
import type { RatingSpread } from '../workshops/stats';
import type { PerceivedCeiling } from '../workshops/session';
import { DEFAULT_REPORT_ANALYSIS, isUsualAnalysis, MARKING_TEXT } from './report-inputs';
import type { ReportAnalysis, ReportInputs, ReportMarking } from './report-inputs';

export type ReportAction = {
  readonly description: string;
  readonly ownerName: string;
  readonly dueDate: string;
  readonly dueText: string;
  readonly statusText: string;
  readonly notes: string;
  readonly resourceTitle: string | null;
};

export type ReportPriority = {
  /** 1 is the board's first priority. */
  readonly rank: number;
  readonly question: KeyQuestion;
  readonly themeTitle: string;
  readonly votes: number;
  readonly rating: number | null;
  readonly actions: readonly ReportAction[];
};

export type ThemeScore = {
  readonly theme: Theme;
  /** The mean consensus rating of the theme's rated questions (1–5); null when none is rated. */
  readonly score: number | null;
  readonly rated: number;
  readonly questions: number;
  /** The same at the previous workshop, when there is one. */
  readonly previousScore: number | null;
};

export type ReportQuestion = {
  readonly question: KeyQuestion;
  readonly themeTitle: string;
  readonly consensus: number | null;
  readonly spread: RatingSpread | null;
  readonly notes: string;
  readonly previous: number | null;
};

export type ReportCeilings = {
  readonly snapshot: Snapshot;
  /** By the measure and threshold chosen for the report (its `measure` is the one used). */
  readonly analysis: WorkforceAnalysis;
  /** FTE was asked for and the newest snapshot has none, so the figures are by headcount. */
  readonly fteUnavailable: boolean;
  /** The board's perceived ceilings in this workshop (professions it recorded). */
  readonly perceived: readonly PerceivedCeiling[];
  /** The snapshots the report draws on, newest first. */
  readonly snapshots: readonly Snapshot[];
  /** The oldest of those snapshots against the newest, when there are two or more. */
  readonly change: { readonly from: Snapshot; readonly measure: Measure; readonly comparison: SnapshotComparison } | null;
};

export type ReportComposition = {
  readonly apply: boolean;
  readonly findings: readonly CompositionFinding[];
  readonly counts: FindingCounts;
  readonly atTable: readonly ProfessionAtTable[];
  /** Professions whose workforce share is held back (1 to 4 people). */
  readonly heldBack: readonly ProfessionId[];
  readonly sharesFrom: Snapshot | null;
};

export type BarrierRow = { readonly professionId: ProfessionId; readonly label: string; readonly severities: readonly (number | null)[] };
export type ReportBarrierTheme = { readonly theme: Theme; readonly barriers: readonly Barrier[]; readonly rows: readonly BarrierRow[] };

export type ReportResource = Pick<Resource, 'id' | 'title' | 'provider' | 'description' | 'url'> & {
  /** The agreed priorities (by rank) whose theme it serves, or whose action names it. */
  readonly forRanks: readonly number[];
  readonly namedByAction: boolean;
};

export type ReportModel = {
  /** The PDF's title, in its metadata and at the head of the cover. */
  readonly title: string;
  readonly organisation: { readonly name: string; readonly odsCode: string | null; readonly typeLabel: string };
  readonly workshop: {
    readonly title: string;
    readonly date: string;
    readonly dateText: string;
    readonly facilitator: string;
    readonly participants: readonly { readonly name: string; readonly role: string; readonly guest: boolean }[];
  };
  readonly marking: ReportMarking;
  readonly markingText: string;
  /** Printed at the head of every page. */
  readonly runningHead: string;
  readonly summary: {
    readonly headlines: readonly string[];
    readonly champions: { readonly executive: string | null; readonly nonExecutive: string | null };
  };
  readonly priorities: readonly ReportPriority[];
  readonly evidence: CeilingEvidence;
  readonly themes: readonly ThemeScore[];
  readonly anyRating: boolean;
  readonly previous: {
    readonly title: string;
    readonly dateText: string;
    readonly actions: readonly ReportAction[];
  } | null;
  readonly questions: readonly ReportQuestion[];
  readonly ceilings: ReportCeilings | null;
  /**
   * Where the board perceived each profession's ceiling, in the framework's order of professions,
   * when there is no workforce data to set beside them (with data, `ceilings.perceived` has them).
   */
  readonly perceivedOnly: readonly PerceivedCeiling[];
  readonly composition: ReportComposition | null;
  readonly barriers: readonly ReportBarrierTheme[];
  readonly resources: readonly ReportResource[];
};

/** At most this many headline findings lead the summary. */
export const HEADLINE_COUNT = 3;

function reportAction(action: Action): ReportAction {
  return {
    description: action.description,
    ownerName: action.ownerName,
    dueDate: action.dueDate,
    dueText: longDate(action.dueDate),
    statusText: ACTION_STATUS_LABELS[action.status],
    notes: action.notes,
    resourceTitle: action.resourceTitle,
  };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** "2.7": one decimal place, as the theme scores are printed. */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/**
 * The agreed priorities in the order the priorities screen shows them: the board's order when it
 * set one, else the order proposed from votes, maturity gaps and the same ceiling evidence. The
 * report and the actions CSV both number priorities by it.
 */
export function priorityOrder(inputs: Pick<ReportInputs, 'session' | 'priorities' | 'snapshots'>): {
  readonly order: readonly string[];
  readonly evidence: CeilingEvidence;
  readonly votes: Readonly<Record<string, number>>;
  readonly hidden: boolean;
} {
  const { session, priorities } = inputs;
  const newest = inputs.snapshots[0] ?? null;
  const evidence = ceilingEvidence(newest ? { snapshotDate: newest.snapshot.snapshotDate, counts: newest.counts } : null, session.perceivedCeilings);
  const votes: Record<string, number> = {};
  for (const vote of priorities.votes) votes[vote.questionId] = (votes[vote.questionId] ?? 0) + vote.dots;
  const hidden = priorities.hideVotes && !priorities.revealed;
  const ratings = new Map(session.ratings.map((r) => [r.questionId, r.consensus]));
  const proposed = proposeOrder({
    votes,
    ratings: Object.fromEntries(KEY_QUESTIONS.map((q) => [q.id, ratings.get(q.id) ?? null])),
    ceilingProfessions: evidence.professions,
    severities: session.severities,
    votesHidden: hidden,
  });
  const order = effectiveOrder(proposed, priorities.order).filter((id) => priorities.agreed.includes(id));
  return { order, evidence, votes, hidden };
}

/**
 * Everything the priorities report says, worked out from stored data. Pure: the same inputs
 * always give the same report, and every figure is tested here rather than in the page.
 */
export function buildReport(inputs: ReportInputs, marking: ReportMarking, analysisOptions: ReportAnalysis = DEFAULT_REPORT_ANALYSIS): ReportModel {
  const { organisation, session, priorities, progress } = inputs;
  const workshop = session.workshop;
  const ratings = new Map(session.ratings.map((r) => [r.questionId, r]));
  const consensusOf = (id: string): number | null => ratings.get(id)?.consensus ?? null;
  const previousOf = new Map(progress.ratings.map((r) => [r.questionId, r.previous]));

  const { evidence, order, votes, hidden } = priorityOrder(inputs);
  const reportPriorities: ReportPriority[] = order.flatMap((id, index) => {
    const question = questionById(id);
    if (!question) return [];
    const actions = priorities.actions
      .filter((a) => a.questionId === id)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
      .map(reportAction);
    return [{ rank: index + 1, question, themeTitle: themeById(question.themeId).title, votes: hidden ? 0 : (votes[id] ?? 0), rating: consensusOf(id), actions }];
  });

  const themes: ThemeScore[] = THEMES.map((theme) => {
    const now = theme.questions.map((q) => consensusOf(q.id)).filter((r): r is number => r !== null);
    const before = theme.questions.map((q) => previousOf.get(q.id) ?? null).filter((r): r is number => r !== null);
    return {
      theme,
      score: mean(now),
      rated: now.length,
      questions: theme.questions.length,
      previousScore: progress.previous ? mean(before) : null,
    };
  });

  const questions: ReportQuestion[] = KEY_QUESTIONS.map((question) => {
    const rating = ratings.get(question.id);
    return {
      question,
      themeTitle: themeById(question.themeId).title,
      consensus: rating?.consensus ?? null,
      spread: ratingSpread(rating?.individual.map((i) => i.rating) ?? []),
      notes: rating?.notes ?? '',
      previous: previousOf.get(question.id) ?? null,
    };
  });
  const anyRating = questions.some((q) => q.consensus !== null || q.spread !== null || q.notes.trim() !== '');

  const ceilings = ceilingsOf(inputs, analysisOptions);
  const composition = inputs.board.length > 0 ? compositionOf(inputs, ceilings) : null;
  const barriers = barriersOf(session.severities);
  const resources = resourcesFor(inputs.resources, reportPriorities, priorities.actions);
  const participants = workshop.participants.map((p) => ({ name: p.name, role: p.role, guest: p.guest }));
  const dateText = longDate(workshop.date);
  const markingText = MARKING_TEXT[marking];

  const model: Omit<ReportModel, 'summary'> = {
    title: `Clinical leadership priorities: ${organisation.name}, ${workshop.title}, ${dateText}`,
    organisation: { name: organisation.name, odsCode: organisation.odsCode, typeLabel: ORGANISATION_TYPE_LABELS[organisation.type] },
    workshop: { title: workshop.title, date: workshop.date, dateText, facilitator: workshop.facilitator, participants },
    marking,
    markingText,
    runningHead: `${organisation.name} · ${workshop.title} · ${dateText}`,
    priorities: reportPriorities,
    evidence,
    themes,
    anyRating,
    previous: progress.previous
      ? { title: progress.previous.title, dateText: longDate(progress.previous.date), actions: progress.actions.map(reportAction) }
      : null,
    questions,
    ceilings,
    perceivedOnly: ceilings ? [] : inFrameworkOrder(session.perceivedCeilings),
    composition,
    barriers,
    resources,
  };
  // By id: names on a board need not be unique, and the champion keeps a copy of the name.
  const champion = (c: { readonly boardMemberId: number | null; readonly name: string } | null): string | null => {
    if (c === null) return null;
    const member = c.boardMemberId === null ? undefined : inputs.board.find((m) => m.id === c.boardMemberId);
    return member ? `${c.name}, ${BOARD_ROLE_LABELS[member.role].toLowerCase()}` : c.name;
  };
  return {
    ...model,
    summary: {
      headlines: headlines(model),
      champions: {
        executive: champion(priorities.champions.executive),
        nonExecutive: champion(priorities.champions.nonExecutive),
      },
    },
  };
}

function inFrameworkOrder(perceived: readonly PerceivedCeiling[]): PerceivedCeiling[] {
  const rank = new Map(PROFESSIONS.map((p, index) => [p.id, index]));
  return [...perceived].sort((a, b) => (rank.get(a.professionId) ?? 0) - (rank.get(b.professionId) ?? 0));
}

function ceilingsOf(inputs: ReportInputs, options: ReportAnalysis): ReportCeilings | null {
  const [newest] = inputs.snapshots;
  if (!newest) return null;
  // As on the workforce screen: FTE only where the snapshot has it for every row, else headcount.
  const measure: Measure = options.measure === 'fte' && hasFte(newest.counts) ? 'fte' : 'headcount';
  const analysis = buildAnalysis(newest.counts, { measure, threshold: options.threshold });
  const oldest = inputs.snapshots.length > 1 ? inputs.snapshots[inputs.snapshots.length - 1] : undefined;
  const changeMeasure: Measure = measure === 'fte' && oldest !== undefined && hasFte(oldest.counts) ? 'fte' : 'headcount';
  const changeAnalysis = changeMeasure === measure ? analysis : buildAnalysis(newest.counts, { measure: changeMeasure, threshold: options.threshold });
  return {
    snapshot: newest.snapshot,
    analysis,
    fteUnavailable: options.measure === 'fte' && measure === 'headcount',
    perceived: inputs.session.perceivedCeilings,
    snapshots: inputs.snapshots.map((s) => s.snapshot),
    change: oldest
      ? {
          from: oldest.snapshot,
          measure: changeMeasure,
          comparison: compareSnapshots(buildAnalysis(oldest.counts, { measure: changeMeasure, threshold: options.threshold }), changeAnalysis),
        }
      : null,
  };
}

function compositionOf(inputs: ReportInputs, ceilings: ReportCeilings | null): ReportComposition {
  const findings = checkComposition({ organisationType: inputs.organisation.type, members: inputs.board });
  // Shares at the table are of people (the board screen counts them so), whatever measure the ceilings use.
  const [newest] = inputs.snapshots;
  const byHeadcount = ceilings && ceilings.analysis.measure !== 'headcount' && newest ? buildAnalysis(newest.counts, { measure: 'headcount' }) : ceilings?.analysis;
  const professions = byHeadcount?.professions ?? [];
  const shares = Object.fromEntries(professions.map((p) => [p.professionId, p.share])) as Partial<Record<ProfessionId, number | null>>;
  return {
    apply: rulesApply(inputs.organisation.type),
    findings,
    counts: countFindings(findings),
    atTable: whoIsMissing(inputs.board, ceilings ? shares : undefined),
    heldBack: professions.filter((p) => isSuppressed(p.headcount)).map((p) => p.professionId),
    sharesFrom: ceilings?.snapshot ?? null,
  };
}

function barriersOf(severities: ReportInputs['session']['severities']): ReportBarrierTheme[] {
  const scored = new Map(severities.map((s) => [`${s.barrierId}|${s.professionId}`, s.severity]));
  return THEMES.flatMap((theme) => {
    const any = theme.barriers.some((b) => PROFESSIONS.some((p) => scored.has(`${b.id}|${p.id}`)));
    if (!any) return [];
    const rows = PROFESSIONS.map((p) => ({
      professionId: p.id,
      label: p.label,
      severities: theme.barriers.map((b) => scored.get(`${b.id}|${p.id}`) ?? null),
    }));
    return [{ theme, barriers: theme.barriers, rows }];
  });
}

/** Offers suggested for each agreed priority from its theme, beyond those its actions name. */
export const RESOURCES_PER_PRIORITY = 4;

/**
 * Development offers for the agreed priorities: those an action names first, then up to
 * RESOURCES_PER_PRIORITY for each priority from its theme (those serving the most agreed
 * priorities first, then by title), each once, in the order of the first priority they serve.
 */
function resourcesFor(resources: readonly Resource[], agreed: readonly ReportPriority[], actions: readonly Action[]): ReportResource[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const picked = new Map<number, { resource: Resource; ranks: Set<number>; named: boolean; first: number }>();
  const note = (resource: Resource, rank: number, named: boolean) => {
    const entry = picked.get(resource.id) ?? { resource, ranks: new Set<number>(), named: false, first: rank };
    entry.ranks.add(rank);
    entry.named ||= named;
    entry.first = Math.min(entry.first, rank);
    picked.set(resource.id, entry);
  };
  for (const priority of agreed) {
    for (const action of actions.filter((a) => a.questionId === priority.question.id)) {
      const named = action.resourceId === null ? undefined : byId.get(action.resourceId);
      if (named) note(named, priority.rank, true);
    }
  }
  const agreedThemes = agreed.map((p) => p.question.themeId);
  const reach = (r: Resource) => agreedThemes.filter((t) => r.themeIds.includes(t)).length;
  for (const priority of agreed) {
    const serving = resources
      .filter((r) => r.themeIds.includes(priority.question.themeId) && picked.get(r.id)?.named !== true)
      .sort((a, b) => reach(b) - reach(a) || a.title.localeCompare(b.title, 'en-GB'))
      .slice(0, RESOURCES_PER_PRIORITY);
    for (const resource of serving) note(resource, priority.rank, false);
  }
  return [...picked.values()]
    .sort((a, b) => Number(b.named) - Number(a.named) || a.first - b.first || a.resource.title.localeCompare(b.resource.title, 'en-GB'))
    .map(({ resource, ranks, named }) => ({
      id: resource.id,
      title: resource.title,
      provider: resource.provider,
      description: resource.description,
      url: resource.url,
      forRanks: [...ranks].sort((a, b) => a - b),
      namedByAction: named,
    }));
}

function themeWord(id: ThemeId): string {
  return themeById(id).title;
}

/**
 * Up to three findings a board member who was not in the room should read first, in this order
 * of preference: the weakest theme, where professions hit a ceiling, who is missing from the
 * board table, how ratings moved since the last workshop, and the widest disagreement.
 */
function headlines(model: Omit<ReportModel, 'summary'>): string[] {
  const found: string[] = [];
  const scored = model.themes.filter((t): t is ThemeScore & { score: number } => t.score !== null);
  if (scored.length > 0) {
    const weakest = scored.reduce((a, b) => (b.score < a.score ? b : a));
    const strongest = scored.reduce((a, b) => (b.score > a.score ? b : a));
    found.push(
      scored.length > 1 && strongest.theme.id !== weakest.theme.id
        ? `The board rated “${themeWord(weakest.theme.id)}” lowest of the themes (${formatScore(weakest.score)} out of 5) and “${themeWord(strongest.theme.id)}” highest (${formatScore(strongest.score)}).`
        : `The board rated “${themeWord(weakest.theme.id)}” at ${formatScore(weakest.score)} out of 5.`,
    );
  }
  if (model.ceilings) {
    const withCeiling = model.ceilings.analysis.professions.filter((p) => p.ceiling.status === 'ceiling');
    const staffed = model.ceilings.analysis.professions.filter((p) => p.hasStaff).length;
    const { measure, threshold } = model.ceilings.analysis;
    // Said only when the report was asked for other than the usual headcount at 0.5.
    const basis = isUsualAnalysis({ measure, threshold }) ? '' : ` (by ${measureName(measure)}, at a threshold of ${String(threshold)})`;
    const date = `${longDate(model.ceilings.snapshot.snapshotDate)}${basis}`;
    if (withCeiling.length === 0) {
      found.push(`In the workforce data of ${date}, no clinical profession hits a ceiling.`);
    } else {
      const lowest = withCeiling.reduce((a, b) =>
        a.ceiling.status === 'ceiling' && b.ceiling.status === 'ceiling' && LEVEL_RANK[b.ceiling.levelId] < LEVEL_RANK[a.ceiling.levelId] ? b : a,
      );
      const at = lowest.ceiling.status === 'ceiling' ? LEVEL_LABELS[lowest.ceiling.levelId] : '';
      found.push(
        `In the workforce data of ${date}, ${withCeiling.length} of ${staffed} clinical professions hit a ceiling; the lowest is that of ${lowest.label.toLowerCase()}, at ${at}.`,
      );
    }
  } else if (model.evidence.source === 'perceived') {
    found.push(
      `With no workforce snapshot dated on or before the workshop, the board perceived a ceiling for ${model.evidence.professions.length} of ${PROFESSIONS.length} clinical professions.`,
    );
  }
  if (model.composition) {
    const missing = model.composition.atTable.filter((p) => p.voice === 'missing');
    const notMet = model.composition.counts['not-met'];
    const parts: string[] = [];
    if (missing.length > 0) {
      parts.push(`${missing.length} of ${PROFESSIONS.length} clinical professions have no one at the board table (${listOf(missing.map((p) => p.label.toLowerCase()))})`);
    }
    if (notMet > 0) parts.push(`${notMet} of the framework’s board composition rules ${notMet === 1 ? 'is' : 'are'} not met`);
    if (parts.length > 0) found.push(`${capitalise(parts.join('; '))}.`);
  }
  if (model.previous) {
    const moved = model.questions.filter((q) => q.previous !== null && q.consensus !== null);
    const up = moved.filter((q) => (q.consensus ?? 0) > (q.previous ?? 0)).length;
    const down = moved.filter((q) => (q.consensus ?? 0) < (q.previous ?? 0)).length;
    if (moved.length > 0) {
      found.push(`Since the previous workshop (${model.previous.dateText}), ${up} of ${moved.length} questions rated both times moved up and ${down} moved down.`);
    }
  }
  const disagreements = model.questions.filter((q) => q.spread?.disagreement === true);
  if (disagreements.length > 0) {
    const widest = disagreements.reduce((a, b) => ((b.spread?.range ?? 0) > (a.spread?.range ?? 0) ? b : a));
    found.push(
      `Members disagreed on ${disagreements.length} ${disagreements.length === 1 ? 'question' : 'questions'}; most on question ${widest.question.number}, where their ratings ran from ${widest.spread?.min ?? ''} to ${widest.spread?.max ?? ''}.`,
    );
  }
  return found.slice(0, HEADLINE_COUNT);
}

const LEVEL_RANK = Object.fromEntries(Object.keys(LEVEL_LABELS).map((id, index) => [id, index])) as Record<keyof typeof LEVEL_LABELS, number>;

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
