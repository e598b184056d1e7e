import type { ReportModel } from './build-report';

/** The report's sections after the cover, in print order; "about" is always printed. */
export type ReportSectionId =
  | 'summary'
  | 'priorities'
  | 'themes'
  | 'questions'
  | 'ceilings'
  | 'composition'
  | 'barriers'
  | 'resources';

export type ReportSections = Readonly<Record<ReportSectionId, boolean>> & {
  /** Some member gave a rating of their own, so the questions print a median and range. */
  readonly memberRatings: boolean;
  /** Workforce figures print (a snapshot was imported), not only the board's perceptions. */
  readonly workforceData: boolean;
  /** Nothing but the cover and "About this report": the two share one page. */
  readonly nothingRecorded: boolean;
};

/**
 * Which sections have content. The issue asks for each section "only when it has content"; the
 * same answer decides which of the "how the figures were worked out" notes are printed, so a
 * note never explains a figure the report does not show.
 */
export function reportSections(model: ReportModel): ReportSections {
  const { champions } = model.summary;
  const hasChampions = champions.executive !== null || champions.nonExecutive !== null;
  const hasPrevious = model.previous !== null && model.previous.actions.length > 0;
  const present = {
    summary: model.summary.headlines.length > 0 || model.priorities.length > 0 || hasChampions,
    priorities: model.priorities.length > 0 || hasPrevious,
    themes: model.themes.some((t) => t.score !== null),
    questions: model.anyRating,
    // With no workforce data, the board's perceived ceilings still print, alone.
    ceilings: model.ceilings !== null || model.perceivedOnly.length > 0,
    composition: model.composition !== null,
    barriers: model.barriers.length > 0,
    resources: model.resources.length > 0,
  };
  return {
    ...present,
    workforceData: model.ceilings !== null,
    memberRatings: model.anyRating && model.questions.some((q) => q.spread !== null),
    nothingRecorded: !Object.values(present).some(Boolean),
  };
}
