/**
 * Every table and column of the database, and where it goes in a workshop file, or why it does
 * not. test/integration/workshop-file-coverage.test.ts compares this with the database's own
 * schema, so a migration that adds a table or a column fails that test until someone decides
 * here whether the file carries it (and the export and import in this folder do so).
 *
 * A column is either the file field it becomes, or one of these:
 * - ID: the row's own database id; the file uses local ids and import gives new ones.
 * - PARENT: the id of the row it belongs to, which the file says by nesting.
 */
export const ID = '(database id: not in the file)';
export const PARENT = '(nesting in the file)';

export type TableCoverage =
  | { readonly columns: Readonly<Record<string, string>> }
  | { readonly excluded: string };

export const WORKSHOP_FILE_COVERAGE: Readonly<Record<string, TableCoverage>> = {
  organisation: {
    columns: {
      id: ID,
      name: 'organisation.name',
      ods_code: 'organisation.odsCode',
      type: 'organisation.type',
      created_at: 'organisation.createdAt',
      updated_at: 'organisation.updatedAt',
    },
  },
  board_member: {
    columns: {
      id: 'boardMembers[].id (local)',
      organisation_id: PARENT,
      name: 'boardMembers[].name',
      role: 'boardMembers[].role',
      voting: 'boardMembers[].voting',
      executive: 'boardMembers[].executive',
      independent: 'boardMembers[].independent',
      background: 'boardMembers[].background',
      registered: 'boardMembers[].registered',
      created_at: 'boardMembers[].createdAt',
      updated_at: 'boardMembers[].updatedAt',
    },
  },
  workshop: {
    columns: {
      id: ID,
      organisation_id: PARENT,
      title: 'workshops[].title',
      date: 'workshops[].date',
      facilitator: 'workshops[].facilitator',
      position: 'workshops[].position',
      position_changed_at: 'workshops[].positionChangedAt',
      created_at: 'workshops[].createdAt',
      updated_at: 'workshops[].updatedAt',
      dots_per_participant: 'workshops[].dotsPerParticipant',
      hide_votes: 'workshops[].hideVotes',
      votes_revealed: 'workshops[].votesRevealed',
    },
  },
  workshop_participant: {
    columns: {
      id: 'workshops[].participants[].id (local)',
      workshop_id: PARENT,
      board_member_id: 'workshops[].participants[].boardMemberId (local)',
      guest: 'workshops[].participants[].guest',
      name: 'workshops[].participants[].name',
      role: 'workshops[].participants[].role',
      board_role: 'workshops[].participants[].boardRole',
    },
  },
  question_rating: {
    columns: {
      workshop_id: PARENT,
      question_id: 'workshops[].questionRatings[].questionId',
      consensus: 'workshops[].questionRatings[].consensus',
      notes: 'workshops[].questionRatings[].notes',
      updated_at: 'workshops[].questionRatings[].updatedAt',
    },
  },
  individual_rating: {
    columns: {
      workshop_id: PARENT,
      participant_id: 'workshops[].individualRatings[].participantId (local)',
      question_id: 'workshops[].individualRatings[].questionId',
      rating: 'workshops[].individualRatings[].rating',
    },
  },
  barrier_severity: {
    columns: {
      workshop_id: PARENT,
      barrier_id: 'workshops[].severities[].barrierId',
      profession_id: 'workshops[].severities[].professionId',
      severity: 'workshops[].severities[].severity',
    },
  },
  perceived_ceiling: {
    columns: {
      workshop_id: PARENT,
      profession_id: 'workshops[].perceivedCeilings[].professionId',
      ceiling: 'workshops[].perceivedCeilings[].ceiling',
    },
  },
  dot_vote: {
    columns: {
      workshop_id: PARENT,
      participant_id: 'workshops[].votes[].participantId (local)',
      question_id: 'workshops[].votes[].questionId',
      dots: 'workshops[].votes[].dots',
    },
  },
  priority: {
    columns: {
      workshop_id: PARENT,
      question_id: 'workshops[].priorities[].questionId',
      rank: 'workshops[].priorities[].rank',
      agreed: 'workshops[].priorities[].agreed',
    },
  },
  action: {
    columns: {
      id: ID,
      workshop_id: PARENT,
      question_id: 'workshops[].actions[].questionId',
      description: 'workshops[].actions[].description',
      owner_id: 'workshops[].actions[].ownerId (local)',
      owner_name: 'workshops[].actions[].ownerName',
      due_date: 'workshops[].actions[].dueDate',
      status: 'workshops[].actions[].status',
      notes: 'workshops[].actions[].notes',
      created_at: 'workshops[].actions[].createdAt',
      updated_at: 'workshops[].actions[].updatedAt',
      resource_id: 'workshops[].actions[].resourceId (local)',
    },
  },
  champion: {
    columns: {
      workshop_id: PARENT,
      kind: 'workshops[].champions[].kind',
      board_member_id: 'workshops[].champions[].boardMemberId (local)',
      name: 'workshops[].champions[].name',
    },
  },
  workforce_snapshot: {
    columns: {
      id: ID,
      organisation_id: PARENT,
      snapshot_date: 'workforceSnapshots[].snapshotDate',
      label: 'workforceSnapshots[].label',
      source_name: 'workforceSnapshots[].sourceName',
      shape: 'workforceSnapshots[].shape',
      has_fte: 'workforceSnapshots[].hasFte',
      rows_read: 'workforceSnapshots[].rowsRead',
      rows_mapped: 'workforceSnapshots[].rowsMapped',
      rows_non_clinical: 'workforceSnapshots[].rowsNonClinical',
      rows_excluded: 'workforceSnapshots[].rowsExcluded',
      created_at: 'workforceSnapshots[].createdAt',
    },
  },
  workforce_count: {
    columns: {
      snapshot_id: PARENT,
      profession_id: 'workforceSnapshots[].counts[].professionId',
      level_id: 'workforceSnapshots[].counts[].levelId',
      headcount: 'workforceSnapshots[].counts[].headcount',
      fte: 'workforceSnapshots[].counts[].fte',
    },
  },
  // The library belongs to no organisation: only the items the organisation's actions suggest
  // travel, and a built-in one is found again by its seed key.
  resource: {
    columns: {
      id: 'resources[].id (local)',
      seed_key: 'resources[].seedKey',
      title: 'resources[].title',
      provider: 'resources[].provider',
      description: 'resources[].description',
      url: 'resources[].url',
      all_professions: 'resources[].allProfessions',
      source: 'resources[].source',
      source_section: 'resources[].sourceSection',
      built_in: 'resources[].seedKey (not null for built-in items)',
      created_at: 'resources[].createdAt',
      updated_at: 'resources[].updatedAt',
    },
  },
  resource_theme: {
    columns: {
      resource_id: PARENT,
      theme_id: 'resources[].themeIds[]',
    },
  },
  resource_profession: {
    columns: {
      resource_id: PARENT,
      profession_id: 'resources[].professionIds[]',
    },
  },
  import_profile: {
    excluded:
      'Saved column and value mappings belong to no organisation (one HR team uses them for several trusts), ' +
      'describe the sender’s own spreadsheets rather than the board’s work, and importing them by name would ' +
      'overwrite the receiver’s mappings of the same name.',
  },
};
