import type { Database } from 'better-sqlite3';
import type { NewOrganisation, Organisation } from '../../../shared/organisations/organisation';
import { AppError } from '../errors';
import { OrganisationRepository } from './organisation-repository';

/**
 * The rules about organisations that a form cannot check on its own: uniqueness and existence.
 * Each write runs in one transaction, so the check and the write see the same data, and returns
 * only after COMMIT.
 */
export class OrganisationService {
  private readonly repository: OrganisationRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.repository = new OrganisationRepository(db);
  }

  list(): Organisation[] {
    return this.repository.list();
  }

  get(id: number): Organisation {
    return this.require(id);
  }

  create(input: NewOrganisation): Organisation {
    return this.db
      .transaction(() => {
        this.assertNameFree(input.name, null);
        if (input.odsCode !== null) {
          const holder = this.repository.findByOdsCode(input.odsCode);
          if (holder) {
            throw new AppError(
              'CONFLICT',
              `ODS code ${input.odsCode} is already used by ${holder.name}`,
              ['odsCode'],
            );
          }
        }
        return this.repository.insert(input, this.now().toISOString());
      })
      .immediate();
  }

  rename(id: number, name: string): Organisation {
    return this.db
      .transaction(() => {
        this.require(id);
        this.assertNameFree(name, id);
        const renamed = this.repository.rename(id, name, this.now().toISOString());
        if (!renamed) throw notFound(id);
        return renamed;
      })
      .immediate();
  }

  delete(id: number): { id: number } {
    return this.db
      .transaction(() => {
        if (!this.repository.delete(id)) throw notFound(id);
        return { id };
      })
      .immediate();
  }

  private require(id: number): Organisation {
    const organisation = this.repository.get(id);
    if (!organisation) throw notFound(id);
    return organisation;
  }

  private assertNameFree(name: string, exceptId: number | null): void {
    const holder = this.repository.findByName(name);
    if (holder && holder.id !== exceptId) {
      throw new AppError('CONFLICT', `An organisation called ${holder.name} already exists`, ['name']);
    }
  }
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', `There is no organisation with id ${id}. It may have been deleted.`, ['id']);
}

/**
 * For other features' services: the organisation a request names must exist, inside their
 * transaction. `path` is the field of their request that named it.
 */
export function requireOrganisation(db: Database, id: number, path: readonly (string | number)[]): { id: number; name: string; type: string } {
  const row = db.prepare<[number], { id: number; name: string; type: string }>('SELECT id, name, type FROM organisation WHERE id = ?').get(id);
  if (!row) throw new AppError('NOT_FOUND', `There is no organisation with id ${id}. It may have been deleted.`, path);
  return row;
}
