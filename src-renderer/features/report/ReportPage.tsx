import { useState } from 'react';
import { MARKING_LABELS, REPORT_MARKINGS } from '../../../shared/report/report-inputs';
import type { ReportMarking } from '../../../shared/report/report-inputs';
import type { Workshop } from '../../../shared/workshops/workshop';
import { api } from '../../api/client';
import { PageHeading } from '../../app/page';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { Radios } from '../../components/Radios';
import { ExportButton } from '../export/ExportButton';
import { WorkshopNotShown } from '../workshops/WorkshopNotShown';
import { useWorkshop } from '../workshops/workshops-store';

const MARKING_OPTIONS = REPORT_MARKINGS.map((value) => ({ value, label: MARKING_LABELS[value] }));

/** Step 7: the priorities report for the board pack, with its protective marking, saved as PDF. */
export function ReportPage({ id }: { readonly id: number }) {
  const found = useWorkshop(id);
  if (found.state !== 'found') return <WorkshopNotShown lookup={found} />;
  return <ReportOptions workshop={found.workshop} />;
}

function ReportOptions({ workshop }: { readonly workshop: Workshop }) {
  const [marking, setMarking] = useState<ReportMarking>('official');
  return (
    <>
      <BackLink href={hrefFor({ name: 'workshop', id: workshop.id })}>{`Back to ${workshop.title}`}</BackLink>
      <PageHeading title="Priorities report" />
      <p>
        A report of {workshop.title} for the board pack, on A4 pages: the summary and headline findings, the agreed priorities with
        their actions, owners and dates, the theme ratings, the 17 key questions, where professions hit a ceiling, the board’s
        composition, the barrier heatmap, recommended development offers, and how the figures were worked out. Sections with
        nothing recorded are left out. Counts of 1 to 4 staff are shown as “&lt;5”.
      </p>
      <Radios
        id="report-marking"
        legend="Protective marking"
        hint="Printed at the top and bottom of every page. Use the marking your organisation’s information governance asks for."
        options={MARKING_OPTIONS}
        value={marking}
        onChange={setMarking}
      />
      <ExportButton
        label="Save the report as PDF"
        primary
        busyText="Preparing the report…"
        testId="export-report"
        run={() => api.export.reportPdf({ workshopId: workshop.id, marking })}
      />
      <p>
        <a href={hrefFor({ name: 'report-print', id: workshop.id, marking })} data-testid="report-preview">
          Preview the report in this window
        </a>
      </p>
    </>
  );
}
