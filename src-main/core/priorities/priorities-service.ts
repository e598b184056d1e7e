import type { Database } from 'better-sqlite3';
import type { BoardMember } from '../../../shared/board/board-member';
import { questionById } from '../../../shared/framework/content';
import type {
  ActionUpdate,
  ChampionKind,
  NewAction,
  Priorities,
  Progress,
} from '../../../shared/priorities/priorities';
import { BoardRepository } from '../board/board-repository';
import { AppError } from '../errors';
import { SessionRepository } from '../workshops/session-repository';
import type { WorkshopService } from '../workshops/workshop-service';
import { PrioritiesRepository } from './priorities-repository';
import type { ActionFields } from './priorities-repository';

type Path = readonly (string | number)[];

/** Dot votes, the board's priorities and order, actions with owners, champions; and progress since last time. */
export class PrioritiesService {
  private readonly repo: PrioritiesRepository;
  private readonly board: BoardRepository;
  private readonly session: SessionRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly workshops: WorkshopService,
  ) {
    this.repo = new PrioritiesRepository(db);
    this.board = new BoardRepository(db);
    this.session = new SessionRepository(db);
  }

  get(workshopId: number): Priorities {
    this.workshops.require(workshopId, ['workshopId']);
    const settings = this.repo.settings(workshopId);
    const { order, agreed } = this.repo.priorities(workshopId);
    const champions = this.repo.champions(workshopId);
    return {
      workshopId,
      ...settings,
      votes: this.repo.votes(workshopId),
      order,
      agreed,
      actions: this.repo.actions(workshopId),
      champions: { executive: champions.executive, nonExecutive: champions['non-executive'] },
    };
  }

  setVoting(input: { workshopId: number; dotsPerParticipant: number; hideVotes: boolean; revealed: boolean }): Priorities {
    return this.write(() => {
      this.workshops.require(input.workshopId, ['workshopId']);
      const placed = this.placedByParticipant(input.workshopId);
      const over = [...placed.entries()].find(([, dots]) => dots > input.dotsPerParticipant);
      if (over) {
        throw new AppError(
          'CONFLICT',
          `${this.participantName(input.workshopId, over[0])} has already placed ${over[1]} dots. Take some off before giving each participant ${input.dotsPerParticipant}.`,
          ['dotsPerParticipant'],
        );
      }
      this.repo.setSettings(input.workshopId, input);
      return input.workshopId;
    });
  }

  setVote(input: { workshopId: number; participantId: number; questionId: string; dots: number }): Priorities {
    return this.write(() => {
      const workshop = this.workshops.withParticipants(this.workshops.require(input.workshopId, ['workshopId']));
      const participant = workshop.participants.find((p) => p.id === input.participantId);
      if (!participant) {
        throw new AppError('INVALID_INPUT', `Participant ${input.participantId} is not taking part in this workshop`, ['participantId']);
      }
      const { dotsPerParticipant } = this.repo.settings(input.workshopId);
      const elsewhere = this.repo
        .votes(input.workshopId)
        .filter((v) => v.participantId === input.participantId && v.questionId !== input.questionId)
        .reduce((sum, v) => sum + v.dots, 0);
      if (elsewhere + input.dots > dotsPerParticipant) {
        const left = dotsPerParticipant - elsewhere;
        throw new AppError(
          'INVALID_INPUT',
          `${participant.name} has ${dotsPerParticipant} dots and ${left === 0 ? 'none left' : `only ${left} left`} to place here. Take a dot off another question first.`,
          ['dots'],
        );
      }
      this.repo.setVote(input.workshopId, input.participantId, input.questionId, input.dots);
      return input.workshopId;
    });
  }

  setOrder(input: { workshopId: number; order: string[] | null }): Priorities {
    return this.write(() => {
      this.workshops.require(input.workshopId, ['workshopId']);
      this.repo.setOrder(input.workshopId, input.order);
      return input.workshopId;
    });
  }

  setAgreed(input: { workshopId: number; questionId: string; agreed: boolean }): Priorities {
    return this.write(() => {
      this.workshops.require(input.workshopId, ['workshopId']);
      const actions = this.repo.actionCount(input.workshopId, input.questionId);
      if (!input.agreed && actions > 0) {
        throw new AppError(
          'CONFLICT',
          `Question ${questionNumber(input.questionId)} has ${actions} ${actions === 1 ? 'action' : 'actions'}. Delete them before it stops being a priority.`,
          ['agreed'],
        );
      }
      this.repo.setAgreed(input.workshopId, input.questionId, input.agreed);
      return input.workshopId;
    });
  }

  addAction(input: NewAction): Priorities {
    return this.write(() => {
      const workshop = this.workshops.require(input.workshopId, ['workshopId']);
      if (!this.repo.isAgreed(input.workshopId, input.questionId)) {
        throw new AppError(
          'INVALID_INPUT',
          `Question ${questionNumber(input.questionId)} is not an agreed priority of this workshop. Agree it as a priority first.`,
          ['questionId'],
        );
      }
      this.repo.insertAction(input.workshopId, input.questionId, this.actionFields(workshop.organisationId, input), this.stamp());
      return input.workshopId;
    });
  }

  updateAction(input: ActionUpdate): Priorities {
    return this.write(() => {
      const action = this.requireAction(input.id);
      const workshop = this.workshops.require(action.workshopId, ['id']);
      this.repo.updateAction(input.id, this.actionFields(workshop.organisationId, input), this.stamp());
      return action.workshopId;
    });
  }

  deleteAction(id: number): Priorities {
    return this.write(() => {
      const action = this.requireAction(id);
      this.repo.deleteAction(id);
      return action.workshopId;
    });
  }

  setChampion(input: { workshopId: number; kind: ChampionKind; boardMemberId: number | null }): Priorities {
    return this.write(() => {
      const workshop = this.workshops.require(input.workshopId, ['workshopId']);
      if (input.boardMemberId === null) {
        this.repo.setChampion(input.workshopId, input.kind, null);
        return input.workshopId;
      }
      const member = this.memberOf(workshop.organisationId, input.boardMemberId, ['boardMemberId'], 'A champion must be a member of this organisation\'s board');
      if (input.kind === 'executive' && !member.executive) {
        throw new AppError('INVALID_INPUT', `${member.name} is not an executive director: choose an executive as the executive lead`, ['boardMemberId']);
      }
      if (input.kind === 'non-executive' && member.executive) {
        throw new AppError('INVALID_INPUT', `${member.name} is an executive director: choose the chair or a non-executive director as the non-executive lead`, ['boardMemberId']);
      }
      this.repo.setChampion(input.workshopId, input.kind, { id: member.id, name: member.name });
      return input.workshopId;
    });
  }

  /** For a repeat workshop: the previous one's actions, and how each rating has moved. */
  progress(workshopId: number): Progress {
    this.workshops.require(workshopId, ['workshopId']);
    const previous = this.repo.previousWorkshop(workshopId);
    if (!previous) return { previous: null, actions: [], ratings: [] };
    const before = new Map(this.session.ratings(previous.id).map((r) => [r.questionId, r.consensus]));
    const now = new Map(this.session.ratings(workshopId).map((r) => [r.questionId, r.consensus]));
    const ids = Array.from({ length: 17 }, (_, i) => `q${i + 1}`);
    return {
      previous,
      actions: this.repo.actions(previous.id),
      ratings: ids.map((questionId) => ({ questionId, previous: before.get(questionId) ?? null, current: now.get(questionId) ?? null })),
    };
  }

  private write(change: () => number): Priorities {
    const workshopId = this.db.transaction(change).immediate();
    return this.get(workshopId);
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private actionFields(organisationId: number, input: NewAction | ActionUpdate): ActionFields {
    const owner = this.memberOf(organisationId, input.ownerId, ['ownerId']);
    if (input.resourceId !== null && !this.repo.resourceExists(input.resourceId)) {
      throw new AppError('INVALID_INPUT', 'That resource is not in the library. Choose another or none.', ['resourceId']);
    }
    return {
      description: input.description,
      ownerId: owner.id,
      ownerName: owner.name,
      dueDate: input.dueDate,
      status: input.status,
      notes: input.notes,
      resourceId: input.resourceId,
    };
  }

  private memberOf(organisationId: number, id: number, path: Path, message = "The owner must be a member of this organisation's board"): BoardMember {
    const member = this.board.get(id);
    if (!member || member.organisationId !== organisationId) throw new AppError('INVALID_INPUT', message, path);
    return member;
  }

  private requireAction(id: number) {
    const action = this.repo.action(id);
    if (!action) throw new AppError('NOT_FOUND', `There is no action with id ${id}. It may have been deleted.`, ['id']);
    return action;
  }

  private placedByParticipant(workshopId: number): Map<number, number> {
    const placed = new Map<number, number>();
    for (const vote of this.repo.votes(workshopId)) placed.set(vote.participantId, (placed.get(vote.participantId) ?? 0) + vote.dots);
    return placed;
  }

  private participantName(workshopId: number, participantId: number): string {
    const workshop = this.workshops.withParticipants(this.workshops.require(workshopId, ['workshopId']));
    return workshop.participants.find((p) => p.id === participantId)?.name ?? 'A participant';
  }
}

function questionNumber(questionId: string): string {
  return String(questionById(questionId)?.number ?? questionId);
}
