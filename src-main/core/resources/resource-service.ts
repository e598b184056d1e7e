import type { Database } from 'better-sqlite3';
import { SOURCE_DOCUMENTS } from '../../../shared/resources/resource';
import type { NewResource, Resource, ResourceFilter, UpdateResourceInput } from '../../../shared/resources/resource';
import { AppError } from '../errors';
import { ResourceRepository } from './resource-repository';

/**
 * The resource library. The items that come with Boardwalk are read-only; the user's own items
 * are added, changed and removed here. Each write is one transaction, answered after COMMIT.
 */
export class ResourceService {
  private readonly repository: ResourceRepository;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {
    this.repository = new ResourceRepository(db);
  }

  /** Built-in items first, then the user's own, each by title. */
  list(filter: ResourceFilter): Resource[] {
    return this.repository.list(filter);
  }

  add(input: NewResource): Resource {
    return this.db
      .transaction(() => {
        const id = this.repository.insert(input, this.now().toISOString());
        return this.require(id);
      })
      .immediate();
  }

  update(input: UpdateResourceInput): Resource {
    return this.db
      .transaction(() => {
        const { id, ...fields } = input;
        this.requireOwn(id, 'changed');
        if (!this.repository.update(id, fields, this.now().toISOString())) throw notFound(id);
        return this.require(id);
      })
      .immediate();
  }

  remove(id: number): { id: number } {
    return this.db
      .transaction(() => {
        this.requireOwn(id, 'removed');
        if (!this.repository.delete(id)) throw notFound(id);
        return { id };
      })
      .immediate();
  }

  private require(id: number): Resource {
    const resource = this.repository.get(id);
    if (!resource) throw notFound(id);
    return resource;
  }

  /** The item exists and is the user's own; built-in items are refused with where they come from. */
  private requireOwn(id: number, verb: 'changed' | 'removed'): Resource {
    const resource = this.require(id);
    if (resource.builtIn) {
      const from = resource.source ? ` from ${SOURCE_DOCUMENTS[resource.source].title}` : '';
      throw new AppError(
        'CONFLICT',
        `“${resource.title}” comes with Boardwalk${from} and cannot be ${verb}. Add a resource of your own instead.`,
        ['id'],
      );
    }
    return resource;
  }
}

function notFound(id: number): AppError {
  return new AppError('NOT_FOUND', `There is no resource with id ${id}. It may have been removed.`, ['id']);
}
