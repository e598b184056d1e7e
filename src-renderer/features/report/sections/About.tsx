import { FRAMEWORK_SOURCE } from '../../../../shared/framework/content';
import { EVIDENCE_SEVERITY } from '../../../../shared/priorities/proposed-order';
import type { ReportModel } from '../../../../shared/report/build-report';
import { isUsualAnalysis } from '../../../../shared/report/report-inputs';
import { measureName } from '../../../../shared/workforce/types';
import type { ReportSections } from '../../../../shared/report/report-sections';
import { DEFAULT_CEILING_THRESHOLD, DEFAULT_SUPPRESSION_THRESHOLD, LOW_CONFIDENCE_BASE } from '../../../../shared/workforce/metrics';
import { DISAGREEMENT_RANGE } from '../../../../shared/workshops/stats';

export function About({ model, sections }: { readonly model: ReportModel; readonly sections: ReportSections }) {
  const usualBasis = model.ceilings === null || isUsualAnalysis(model.ceilings.analysis);
  const anyFigures = sections.themes || sections.memberRatings || model.priorities.length > 0 || sections.workforceData || sections.composition;
  return (
    <section
      className={`app-report__section app-report__about${sections.nothingRecorded ? ' app-report__about--with-cover' : ''}`}
      aria-labelledby="report-about"
    >
      <h2 id="report-about">About this report</h2>
      <h3>The framework</h3>
      <p>
        The themes, barriers and key questions are those of <cite>{FRAMEWORK_SOURCE.title}</cite>
        {FRAMEWORK_SOURCE.subtitle ? `: ${FRAMEWORK_SOURCE.subtitle}` : ''}, published by {FRAMEWORK_SOURCE.publisher} (
        {FRAMEWORK_SOURCE.published}), quoted word for word. {FRAMEWORK_SOURCE.licence}
      </p>
      {anyFigures && (
        <>
          <h3>How the figures were worked out</h3>
          <ul>
            {sections.themes && (
              <li>
                <strong>Theme scores</strong> are the mean of the board’s agreed ratings (1 to 5) of the theme’s key questions that
                were rated.
              </li>
            )}
            {sections.memberRatings && (
              <li>
                <strong>Members’ ratings</strong>: the median and range of individual ratings; disagreement is marked where they are{' '}
                {DISAGREEMENT_RANGE} or more points apart.
              </li>
            )}
            {model.priorities.length > 0 && (
              <li>
                <strong>The order of priorities</strong> is the board’s. Boardwalk proposes one from each question’s votes, its
                maturity gap (5 minus its rating) and the professions with a ceiling that a barrier of its theme, scored{' '}
                {EVIDENCE_SEVERITY} or more, weighs on
                {model.evidence.source === 'perceived' ? ' (here the ceilings the board perceived, for want of a workforce snapshot dated on or before the workshop)' : ''}
                {model.evidence.source === 'data' && !usualBasis
                  ? ` (found by headcount at the usual threshold of ${String(DEFAULT_CEILING_THRESHOLD)}, as the priorities screen finds them)`
                  : ''}
                .
              </li>
            )}
            {sections.workforceData && (
              <>
                <li>
                  <strong>Workforce figures</strong> come only from aggregated counts by profession and level: no names or employee
                  numbers are held. They are those of the newest snapshot dated on or before the workshop, so a report printed
                  later shows the workforce as it stood then. The representation index of a profession at a level is its share of the level’s clinical staff
                  divided by its share of all clinical staff. Its ceiling is the lowest level from which the index stays below the
                  threshold ({model.ceilings?.analysis.threshold ?? DEFAULT_CEILING_THRESHOLD} here, by{' '}
                  {measureName(model.ceilings?.analysis.measure ?? 'headcount')}), at that level and every level above; levels without
                  clinical staff are skipped.
                </li>
                <li>
                  <strong>Small numbers</strong>: counts from 1 to {DEFAULT_SUPPRESSION_THRESHOLD - 1} are shown as “&lt;
                  {DEFAULT_SUPPRESSION_THRESHOLD}” and their shares are not shown; a figure resting on fewer than{' '}
                  {LOW_CONFIDENCE_BASE} people is marked as low confidence. Both are judged by the number of people, even where figures
                  are by FTE.
                </li>
              </>
            )}
            {sections.composition && (
              <li>
                <strong>Board composition</strong> follows section 4 of the framework and the regulations and code it cites, applied
                to the board as entered in Boardwalk.
              </li>
            )}
          </ul>
        </>
      )}
      <p className="app-report__small">
        Made with Boardwalk from the data held on this computer for {model.organisation.name}.
      </p>
    </section>
  );
}
