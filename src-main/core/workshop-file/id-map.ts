/**
 * Ids between the database and a workshop file. Export numbers each kind of record 1, 2, 3… in
 * the order it meets them (`LocalIds`); import learns the database id each local id became
 * (`IdMap`). Either way a reference to a record that was never seen is a fault, never a guess.
 */
export class LocalIds {
  private readonly byDbId = new Map<number, number>();

  constructor(private readonly kind: string) {}

  /** The next local id, for the record with this database id. */
  add(dbId: number): number {
    const existing = this.byDbId.get(dbId);
    if (existing !== undefined) return existing;
    const local = this.byDbId.size + 1;
    this.byDbId.set(dbId, local);
    return local;
  }

  ref(dbId: number | null): number | null {
    if (dbId === null) return null;
    const local = this.byDbId.get(dbId);
    if (local === undefined) throw new Error(`A ${this.kind} with database id ${dbId} is referred to but not in the file`);
    return local;
  }
}

export class IdMap {
  private readonly byLocalId = new Map<number, number>();

  constructor(private readonly kind: string) {}

  set(localId: number, dbId: number): void {
    if (this.byLocalId.has(localId)) throw new Error(`${this.kind} ${localId} appears twice in the file`);
    this.byLocalId.set(localId, dbId);
  }

  ref(localId: number | null): number | null {
    if (localId === null) return null;
    const dbId = this.byLocalId.get(localId);
    if (dbId === undefined) throw new Error(`The file refers to ${this.kind} ${localId}, which it does not contain`);
    return dbId;
  }

  get size(): number {
    return this.byLocalId.size;
  }
}
