import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../shared/framework/content';
import { PROFESSION_IDS } from '../../shared/framework/professions';
import type { AddResourceInput, Resource } from '../../shared/resources/resource';
import { resourceMatches } from '../../shared/resources/resource';
import { SEED_RESOURCES } from '../../shared/resources/seed';
import { contentHash, createTestCore } from '../harness/core';
import type { TestCore } from '../harness/core';
import { seedOrganisationWithBoard } from '../harness/fixtures-data';

let core: TestCore;
beforeEach(() => {
  core = createTestCore(() => new Date('2026-11-21T10:00:00.000Z'));
});
afterEach(() => core.dispose());

const mentoring: AddResourceInput = {
  title: 'Trust mentoring scheme',
  provider: 'Organisational development team',
  description: 'Pairs aspiring clinical leaders with an executive mentor for a year.',
  url: 'https://intranet.example.nhs.uk/mentoring',
  themeIds: ['talent-management', 'building-confidence'],
  allProfessions: false,
  professionIds: ['pharmacists', 'ahp'],
};

async function list(filter: { themeId?: (typeof THEME_IDS)[number]; professionId?: (typeof PROFESSION_IDS)[number] } = {}): Promise<Resource[]> {
  const result = await core.call('resource.list', filter);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function addOwn(input: AddResourceInput = mentoring): Promise<Resource> {
  const result = await core.call('resource.add', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const byTitle = (a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase());

/** The seed items as the library would show them, for comparing with what the database returns. */
const seedAsResources = SEED_RESOURCES.map((item) => ({
  title: item.title,
  themeIds: [...item.themeIds],
  allProfessions: item.professions === 'all',
  professionIds: item.professions === 'all' ? [] : [...item.professions],
}));

describe('the resource library on a new database', () => {
  it('holds every seed item, built in, with its provider, what it is, themes, professions and source', async () => {
    const items = await list();
    expect(items).toHaveLength(SEED_RESOURCES.length);
    expect(items.every((item) => item.builtIn)).toBe(true);
    expect(items.map((item) => item.title)).toEqual([...SEED_RESOURCES.map((item) => item.title)].sort(byTitle));
    for (const seed of SEED_RESOURCES) {
      const stored = items.find((item) => item.title === seed.title);
      expect(stored, seed.key).toMatchObject({
        provider: seed.provider,
        description: seed.description,
        url: seed.url ?? null,
        themeIds: THEME_IDS.filter((id) => seed.themeIds.includes(id)),
        allProfessions: seed.professions === 'all',
        professionIds: seed.professions === 'all' ? [] : PROFESSION_IDS.filter((id) => seed.professions.includes(id)),
        source: seed.source,
        sourceSection: seed.sourceSection,
        builtIn: true,
      });
    }
    const seeded = core.db.prepare('SELECT count(*) AS n FROM resource WHERE built_in = 1 AND seed_key IS NOT NULL').get();
    expect(seeded).toEqual({ n: SEED_RESOURCES.length });
  });

  it('filters by theme, by profession (items for all clinical professions included) and by both', async () => {
    for (const themeId of THEME_IDS) {
      const titles = (await list({ themeId })).map((item) => item.title);
      const expected = seedAsResources.filter((item) => item.themeIds.includes(themeId)).map((item) => item.title);
      expect(titles, themeId).toEqual(expected.sort(byTitle));
    }
    for (const professionId of PROFESSION_IDS) {
      const titles = (await list({ professionId })).map((item) => item.title);
      const expected = seedAsResources
        .filter((item) => item.allProfessions || item.professionIds.includes(professionId))
        .map((item) => item.title);
      expect(titles, professionId).toEqual(expected.sort(byTitle));
    }
    const both = await list({ themeId: 'building-confidence', professionId: 'social-workers' });
    expect(both.map((item) => item.title)).toContain('Leadership and management development offers for social workers');
    expect(both.map((item) => item.title)).toContain('NIHR Academy Mentoring Programme');
    expect(both.map((item) => item.title)).not.toContain('Development offers for nurses');
    expect(both.map((item) => item.title)).not.toContain('Bridging Scheme for Social Care');
    // The database's filter and the renderer's (resourceMatches) agree everywhere.
    const all = await list();
    for (const themeId of [undefined, ...THEME_IDS]) {
      for (const professionId of [undefined, ...PROFESSION_IDS]) {
        const filter = { ...(themeId ? { themeId } : {}), ...(professionId ? { professionId } : {}) };
        expect((await list(filter)).map((item) => item.id), JSON.stringify(filter)).toEqual(
          all.filter((item) => resourceMatches(item, filter)).map((item) => item.id),
        );
      }
    }
  });
});

describe('the user’s own resources', () => {
  it('adds one, listed after the built-in items, with its tags in the framework’s order', async () => {
    const added = await addOwn();
    expect(added).toMatchObject({
      title: 'Trust mentoring scheme',
      provider: 'Organisational development team',
      url: 'https://intranet.example.nhs.uk/mentoring',
      themeIds: ['building-confidence', 'talent-management'],
      allProfessions: false,
      professionIds: ['ahp', 'pharmacists'],
      source: null,
      sourceSection: '',
      builtIn: false,
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    const another = await addOwn({ ...mentoring, title: 'A shadow board', url: '', themeIds: ['building-confidence'], allProfessions: true, professionIds: [] });
    expect(another).toMatchObject({ url: null, allProfessions: true, professionIds: [] });
    const items = await list();
    expect(items).toHaveLength(SEED_RESOURCES.length + 2);
    // Built in first, then the user's own, each by title.
    expect(items.slice(-2).map((item) => item.title)).toEqual(['A shadow board', 'Trust mentoring scheme']);
    expect(items.slice(0, -2).every((item) => item.builtIn)).toBe(true);
    // Filters apply to the user's own too: "all clinical professions" serves every profession.
    expect((await list({ professionId: 'psychologists' })).map((item) => item.title)).toContain('A shadow board');
    expect((await list({ professionId: 'psychologists' })).map((item) => item.title)).not.toContain('Trust mentoring scheme');
    expect((await list({ themeId: 'talent-management', professionId: 'ahp' })).map((item) => item.title)).toContain('Trust mentoring scheme');
  });

  it('updates one, replacing its themes and professions, and removes it', async () => {
    const added = await addOwn();
    const updated = await core.call('resource.update', {
      id: added.id,
      ...mentoring,
      title: 'Trust mentoring scheme 2027',
      url: '',
      themeIds: ['organisational-culture'],
      allProfessions: true,
      professionIds: [],
    });
    expect(updated).toMatchObject({
      ok: true,
      value: { id: added.id, title: 'Trust mentoring scheme 2027', url: null, themeIds: ['organisational-culture'], allProfessions: true, professionIds: [] },
    });
    expect(core.db.prepare('SELECT count(*) AS n FROM resource_profession WHERE resource_id = ?').get(added.id)).toEqual({ n: 0 });
    expect(core.db.prepare('SELECT theme_id FROM resource_theme WHERE resource_id = ?').all(added.id)).toEqual([
      { theme_id: 'organisational-culture' },
    ]);

    expect(await core.call('resource.remove', { id: added.id })).toEqual({ ok: true, value: { id: added.id } });
    expect(await list()).toHaveLength(SEED_RESOURCES.length);
    // Its tags went with it.
    expect(core.db.prepare('SELECT count(*) AS n FROM resource_theme WHERE resource_id = ?').get(added.id)).toEqual({ n: 0 });
    expect(await core.call('resource.remove', { id: added.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
    expect(await core.call('resource.update', { id: added.id, ...mentoring })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', path: ['id'] },
    });
  });
});

describe('a resource suggested by an action', () => {
  it('is no longer suggested once removed, even when its id is given to the next resource added', async () => {
    const { organisationId, memberIds } = await seedOrganisationWithBoard(core);
    const workshop = await core.call('workshop.create', {
      organisationId,
      title: 'Clinical leadership board workshop',
      date: '2026-12-03',
      facilitator: 'Ruth Gold',
      participants: { boardMemberIds: memberIds.slice(0, 3), guests: [] },
    });
    if (!workshop.ok) throw new Error(workshop.error.message);
    const workshopId = workshop.value.id;
    const agreed = await core.call('priorities.setAgreed', { workshopId, questionId: 'q1', agreed: true });
    if (!agreed.ok) throw new Error(agreed.error.message);
    const own = await addOwn();
    const action = await core.call('action.add', {
      workshopId,
      questionId: 'q1',
      description: 'Set up the mentoring scheme',
      ownerId: memberIds[0]!,
      dueDate: '2027-03-31',
      status: 'not-started',
      notes: '',
      resourceId: own.id,
    });
    if (!action.ok) throw new Error(action.error.message);
    const suggestion = () => core.db.prepare('SELECT resource_id FROM action').all();
    expect(suggestion()).toEqual([{ resource_id: own.id }]);

    await core.call('resource.remove', { id: own.id });
    expect(suggestion()).toEqual([{ resource_id: null }]);
    const next = await addOwn({ ...mentoring, title: 'Something else entirely' });
    expect(next.id).toBe(own.id);
    expect(suggestion()).toEqual([{ resource_id: null }]);
  });
});

describe('built-in resources', () => {
  it('cannot be changed or removed, with a message naming the item and its document, and nothing is written', async () => {
    const builtIn = (await list()).find((item) => item.title === 'Nye Bevan Programme');
    if (!builtIn) throw new Error('seed');
    const before = contentHash(core.db);
    const update = await core.call('resource.update', { id: builtIn.id, ...mentoring });
    expect(update).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        path: ['id'],
        message:
          '“Nye Bevan Programme” comes with Boardwalk from Clinical leadership – a framework for action and cannot be changed. Add a resource of your own instead.',
      },
    });
    const remove = await core.call('resource.remove', { id: builtIn.id });
    expect(remove).toMatchObject({ ok: false, error: { code: 'CONFLICT', path: ['id'] } });
    expect(remove.ok || remove.error.message).toContain('cannot be removed');
    expect(contentHash(core.db)).toBe(before);
  });

  it('are also protected by the database: the user’s kind of row cannot pass for built in', () => {
    const insert = (builtIn: number, source: string | null, seedKey: string | null) =>
      core.db
        .prepare(
          `INSERT INTO resource (title, provider, description, url, all_professions, source, source_section, built_in, seed_key, created_at, updated_at)
           VALUES ('t', 'p', 'd', NULL, 1, ?, '', ?, ?, 'x', 'x')`,
        )
        .run(source, builtIn, seedKey);
    expect(() => insert(1, null, 'k')).toThrow(/CHECK constraint failed/);
    expect(() => insert(0, 'framework', null)).toThrow(/CHECK constraint failed/);
    expect(() => insert(1, 'a-new-document', 'k')).toThrow(/CHECK constraint failed/);
    const id = Number(insert(0, null, null).lastInsertRowid);
    expect(() => core.db.prepare("INSERT INTO resource_theme VALUES (?, 'teamwork')").run(id)).toThrow(/CHECK constraint failed/);
    expect(() => core.db.prepare("INSERT INTO resource_profession VALUES (?, 'dentists')").run(id)).toThrow(/CHECK constraint failed/);
    expect(() => core.db.prepare("UPDATE resource SET url = 'javascript:alert(1)' WHERE id = ?").run(id)).toThrow(/CHECK constraint failed/);
  });
});

describe('bad input', () => {
  it.each<[string, Record<string, unknown>, ReadonlyArray<string | number>, string]>([
    ['an empty title', { title: '   ' }, ['title'], 'Enter the title'],
    ['a title that is too long', { title: 'x'.repeat(201) }, ['title'], 'Title must be 200 characters or fewer'],
    ['no provider', { provider: '' }, ['provider'], 'Enter who provides it'],
    ['a provider that is too long', { provider: 'p'.repeat(201) }, ['provider'], 'Provider must be 200 characters or fewer'],
    ['no description', { description: '\n' }, ['description'], 'Enter what it is, in a sentence or two'],
    ['a description that is too long', { description: 'd'.repeat(2001) }, ['description'], 'Description must be 2000 characters or fewer'],
    ['a web address without a scheme', { url: 'www.nihr.ac.uk' }, ['url'], 'Web address must start with http:// or https://, for example https://www.nihr.ac.uk'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, ['url'], 'Web address must start with http:// or https://, for example https://www.nihr.ac.uk'],
    ['an ftp address', { url: 'ftp://files.example.org' }, ['url'], 'Web address must start with http:// or https://, for example https://www.nihr.ac.uk'],
    ['a web address that is too long', { url: `https://example.org/${'a'.repeat(490)}` }, ['url'], 'Web address must be 500 characters or fewer'],
    ['no themes', { themeIds: [] }, ['themeIds'], 'Select at least one theme it serves'],
    ['an unknown theme', { themeIds: ['teamwork'] }, ['themeIds', 0], 'Choose themes from the five themes of the framework'],
    ['a theme twice', { themeIds: ['practical-levers', 'practical-levers'] }, ['themeIds'], 'Select each theme once'],
    ['an unknown profession', { professionIds: ['dentists'] }, ['professionIds', 0], 'Choose professions from the list of clinical professions'],
    ['a profession twice', { professionIds: ['nurses', 'nurses'] }, ['professionIds'], 'Select each profession once'],
    ['no professions', { professionIds: [] }, ['professionIds'], 'Select at least one profession it serves, or all clinical professions'],
    ['all professions and some', { allProfessions: true }, ['professionIds'], 'Select all clinical professions or particular professions, not both'],
    ['no answer about all professions', { allProfessions: 'yes' }, ['allProfessions'], 'Say whether it serves all clinical professions'],
    ['an unexpected field', { builtIn: true }, ['builtIn'], 'Unexpected field "builtIn"'],
  ])('refuses %s naming the field, and writes nothing', async (_what, change, path, message) => {
    const own = await addOwn();
    const before = contentHash(core.db);
    const added = await core.dispatch('resource.add', { ...mentoring, ...change });
    expect(added).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path, message } });
    const updated = await core.dispatch('resource.update', { id: own.id, ...mentoring, ...change });
    expect(updated).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path, message } });
    expect(contentHash(core.db)).toBe(before);
  });

  it('names every problem at once, the professions among them', async () => {
    const before = contentHash(core.db);
    const result = await core.dispatch('resource.add', { title: '', provider: '', description: '', url: 'nhs.uk', themeIds: [], allProfessions: false, professionIds: [] });
    expect(result.ok || result.error.fields.map((field) => field.path.join('.'))).toEqual([
      'title',
      'provider',
      'description',
      'url',
      'themeIds',
      'professionIds',
    ]);
    expect(contentHash(core.db)).toBe(before);
  });

  it('refuses a filter that is not a theme or a profession, and a bad id', async () => {
    expect(await core.dispatch('resource.list', { themeId: 'teamwork' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['themeId'], message: 'Choose a theme of the framework to filter by' },
    });
    expect(await core.dispatch('resource.list', { professionId: 'dentists' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['professionId'], message: 'Choose a clinical profession to filter by' },
    });
    const before = contentHash(core.db);
    expect(await core.dispatch('resource.remove', { id: 0 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', path: ['id'], message: 'Resource id must be positive' },
    });
    expect(await core.dispatch('resource.remove', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', path: ['id'] } });
    expect(contentHash(core.db)).toBe(before);
  });
});
