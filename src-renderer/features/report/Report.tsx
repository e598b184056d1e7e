import type { ReportModel } from '../../../shared/report/build-report';
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
  return (
    <article className="app-report" data-testid="report">
      <Cover model={model} />
      <Summary model={model} />
      <Priorities model={model} />
      <ThemeRatings model={model} />
      <Questions model={model} />
      <Ceilings model={model} />
      <Composition model={model} />
      <Barriers model={model} />
      <Resources model={model} />
      <About model={model} />
    </article>
  );
}
