import { useEffect, useState } from 'react';
import { buildReport } from '../../../shared/report/build-report';
import type { ReportModel } from '../../../shared/report/build-report';
import type { ReportAnalysis, ReportMarking } from '../../../shared/report/report-inputs';
import { REPORT_ERROR_ATTRIBUTE, REPORT_READY_ATTRIBUTE } from '../../../shared/report/report-route';
import { api } from '../../api/client';
import { hrefFor } from '../../app/routes';
import { cssString } from './css-string';
import { Report } from './Report';

type Loaded = { readonly state: 'loading' } | { readonly state: 'ready'; readonly model: ReportModel } | { readonly state: 'problem'; readonly message: string };

/** How long the charts may take to draw before the page reports a problem rather than print half a report. */
const CHART_WAIT_MS = 10_000;
const CHART_POLL_MS = 25;

function chartsDrawn(): boolean {
  return [...document.querySelectorAll('[data-report-chart]')].every((chart) => chart.querySelector('svg path, svg polygon') !== null);
}

/**
 * The report alone, styled for A4: what the PdfPrinter prints (a hidden window in the desktop
 * app, Playwright in the tests). The running head and the marking go to the page margins through
 * CSS custom properties; once the data, the charts and the fonts are ready, <html> says so and the
 * printer prints.
 */
export function ReportPrintPage({
  id,
  marking,
  analysis,
}: {
  readonly id: number;
  readonly marking: ReportMarking;
  readonly analysis: ReportAnalysis;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const { measure, threshold } = analysis;

  useEffect(() => {
    const request = { live: true };
    void (async () => {
      const result = await api.report.get({ workshopId: id });
      if (!request.live) return;
      if (!result.ok) {
        setLoaded({ state: 'problem', message: result.error.message });
        return;
      }
      try {
        setLoaded({ state: 'ready', model: buildReport(result.value, marking, { measure, threshold }) });
      } catch (error) {
        setLoaded({ state: 'problem', message: error instanceof Error ? error.message : 'The report could not be built.' });
      }
    })();
    return () => {
      request.live = false;
    };
  }, [id, marking, measure, threshold]);

  useEffect(() => {
    const root = document.documentElement;
    if (loaded.state === 'loading') return;
    if (loaded.state === 'problem') {
      document.title = 'Report not available – Boardwalk';
      root.setAttribute(REPORT_ERROR_ATTRIBUTE, loaded.message);
      root.setAttribute(REPORT_READY_ATTRIBUTE, 'error');
      return () => {
        root.removeAttribute(REPORT_ERROR_ATTRIBUTE);
        root.removeAttribute(REPORT_READY_ATTRIBUTE);
      };
    }
    const { model } = loaded;
    document.title = model.title;
    root.style.setProperty('--report-head', cssString(model.runningHead));
    root.style.setProperty('--report-marking', cssString(model.markingText));
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = Date.now();
    const whenDrawn = () => {
      if (cancelled) return;
      if (chartsDrawn()) {
        void document.fonts.ready.then(() => {
          if (!cancelled) root.setAttribute(REPORT_READY_ATTRIBUTE, 'ready');
        });
      } else if (Date.now() - started > CHART_WAIT_MS) {
        root.setAttribute(REPORT_ERROR_ATTRIBUTE, 'The charts did not finish drawing.');
        root.setAttribute(REPORT_READY_ATTRIBUTE, 'error');
      } else {
        timer = setTimeout(whenDrawn, CHART_POLL_MS);
      }
    };
    whenDrawn();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      root.removeAttribute(REPORT_READY_ATTRIBUTE);
      root.removeAttribute(REPORT_ERROR_ATTRIBUTE);
      root.style.removeProperty('--report-head');
      root.style.removeProperty('--report-marking');
    };
  }, [loaded]);

  return (
    <div className="app-report-page">
      <p className="app-report-page__screen-only">
        <a href={hrefFor({ name: 'workshop-report', id })}>Back to the report’s options</a>
      </p>
      <main id="maincontent">
        {loaded.state === 'loading' && <p>Preparing the report…</p>}
        {loaded.state === 'problem' && (
          <>
            <h1>The report is not available</h1>
            <p data-testid="report-problem">{loaded.message}</p>
          </>
        )}
        {loaded.state === 'ready' && <Report model={loaded.model} />}
      </main>
    </div>
  );
}
