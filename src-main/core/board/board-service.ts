import type { Database } from 'better-sqlite3';
import type { BoardMember, NewBoardMember, UpdateBoardMemberInput } from '../../../shared/board/board-member';
import { AppError } from '../errors';
import { requireOrganisation } from '../organisations/organisation-service';
import { BoardRepository } from './board-repository';

/** Board members of an organisation. Each write is one transaction, answered after COMMIT. */
export class BoardService {
  private readonly repository: BoardRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.repository = new BoardRepository(db);
  }

  list(organisationId: number): BoardMember[] {
    requireOrganisation(this.db, organisationId, ['organisationId']);
    return this.repository.list(organisationId);
  }

  add(input: NewBoardMember): BoardMember {
    return this.db
      .transaction(() => {
        requireOrganisation(this.db, input.organisationId, ['organisationId']);
        const { organisationId, ...fields } = input;
        return this.repository.insert(organisationId, fields, this.now().toISOString());
      })
      .immediate();
  }

  update(input: UpdateBoardMemberInput): BoardMember {
    return this.db
      .transaction(() => {
        const { id, ...fields } = input;
        const updated = this.repository.update(id, fields, this.now().toISOString());
        if (!updated) throw notFound(id);
        return updated;
      })
      .immediate();
  }

  /** Past workshops keep the member's name and role as they were (see workshop_participant). */
  remove(id: number): { id: number } {
    return this.db
      .transaction(() => {
        if (!this.repository.delete(id)) throw notFound(id);
        return { id };
      })
      .immediate();
  }

  get(id: number): BoardMember {
    const member = this.repository.get(id);
    if (!member) throw notFound(id);
    return member;
  }
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', `There is no board member with id ${id}. They may have been removed.`, ['id']);
}
