import type { ReportModel } from '../../../shared/report/build-report';
import { reportSections } from '../../../shared/report/report-sections';
import { About } from './sections/About';
import { Barriers } from './sections/Barriers';
import { Ceilings } from './sections/Ceilings';
import { Composition } from './sections/Composition';
import { Cover } from './sections/Cover';
import { Priorities } from './sections/Priorities';
import { Questions } from './sections/Questions';
import { Resources } from './sections/Resources';
import { Summary } from './sections/Summary';
import { ThemeRatings } from './sections/ThemeRatings';

/** The report's pages, in the order a board pack reads them; each section renders only when it has content. */
export function Report({ model }: { readonly model: ReportModel }) {
  const sections = reportSections(model);
  return (
    <article className="app-report" data-testid="report">
      <Cover model={model} nothingRecorded={sections.nothingRecorded} />
      {sections.summary && <Summary model={model} />}
      {sections.priorities && <Priorities model={model} />}
      {sections.themes && <ThemeRatings model={model} />}
      {sections.questions && <Questions model={model} />}
      {sections.ceilings && <Ceilings model={model} />}
      {sections.composition && <Composition model={model} />}
      {sections.barriers && <Barriers model={model} />}
      {sections.resources && <Resources model={model} />}
      <About model={model} sections={sections} />
    </article>
  );
}
