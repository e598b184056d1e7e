import { REPORT_SNAPSHOTS } from '../../../shared/report/report-inputs';
import { snapshotsAsAt } from '../../../shared/workforce/as-at';
import type { ReportInputs } from '../../../shared/report/report-inputs';
import type { BoardService } from '../board/board-service';
import type { OrganisationService } from '../organisations/organisation-service';
import type { PrioritiesService } from '../priorities/priorities-service';
import type { ResourceService } from '../resources/resource-service';
import type { WorkforceService } from '../workforce/workforce-service';
import type { SessionService } from '../workshops/session-service';

/** Gathers what the priorities report is made from. Reads only. */
export class ReportService {
  constructor(
    private readonly deps: {
      readonly organisations: OrganisationService;
      readonly board: BoardService;
      readonly session: SessionService;
      readonly priorities: PrioritiesService;
      readonly workforce: WorkforceService;
      readonly resources: ResourceService;
    },
  ) {}

  /** Only what `priorityOrder` needs: the actions CSV numbers priorities without reading the whole report. */
  orderInputs(workshopId: number): Pick<ReportInputs, 'session' | 'priorities' | 'snapshots'> {
    const { session, priorities, workforce } = this.deps;
    const current = session.get(workshopId);
    const [newest] = snapshotsAsAt(workforce.listSnapshots(current.workshop.organisationId), current.workshop.date);
    return {
      session: current,
      priorities: priorities.get(workshopId),
      snapshots: newest ? [workforce.getSnapshot(newest.id)] : [],
    };
  }

  inputs(workshopId: number): ReportInputs {
    const { organisations, board, session, priorities, workforce, resources } = this.deps;
    // Throws NOT_FOUND (path workshopId) before anything else is read.
    const current = session.get(workshopId);
    const organisationId = current.workshop.organisationId;
    return {
      organisation: organisations.get(organisationId),
      board: board.list(organisationId),
      session: current,
      priorities: priorities.get(workshopId),
      progress: priorities.progress(workshopId),
      // The workforce as it stood on the day: a report printed later shows what the board saw.
      snapshots: snapshotsAsAt(workforce.listSnapshots(organisationId), current.workshop.date)
        .slice(0, REPORT_SNAPSHOTS)
        .map((s) => workforce.getSnapshot(s.id)),
      resources: resources.list({}),
    };
  }
}
