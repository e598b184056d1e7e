import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_SOURCE,
  KEY_QUESTIONS,
  THEME_IDS,
  THEMES,
  isQuestionId,
  isThemeId,
  questionById,
  themeById,
} from '../../shared/framework/content';
import { isProfessionId } from '../../shared/framework/professions';

/*
 * The expected wording below is copied from "Clinical leadership – a framework for action"
 * (NHS Improvement) as literals: the tests never read the source document itself.
 */

const THEME_TITLES = [
  'Building confidence',
  'Widening perspectives',
  'Talent management',
  'Practical levers',
  'Organisational culture',
];

/** Annex 1, in its order, word for word (its apostrophes are straight). */
const ANNEX_1: readonly (readonly [string, string])[] = [
  ['building-confidence', "How are you helping build clinicians' confidence in their ability to manage and lead?"],
  ['building-confidence', 'How are you helping clinicians to gain leadership and management skills?'],
  ['building-confidence', "How are you helping clinicians to gain 'low risk' leadership experience?"],
  ['building-confidence', 'How are you preparing clinicians as they take on new roles?'],
  ['building-confidence', "How are you supporting clinicians to develop as leaders 'on the job'?"],
  ['widening-perspectives', 'How are you helping clinicians to understand the breadth of available career options?'],
  [
    'widening-perspectives',
    'How is your senior leadership team creating or identifying opportunities for clinicians to develop leadership careers?',
  ],
  ['widening-perspectives', 'How are you supporting clinicians to network outside your organisation?'],
  [
    'talent-management',
    'How are your senior leaders spotting and nurturing clinicians who show interest or ability in management and leadership?',
  ],
  ['talent-management', 'How are you making sure that clinicians get high quality line management?'],
  [
    'talent-management',
    'How are clinicians part of your talent management and succession planning systems for leadership roles?',
  ],
  ['practical-levers', 'How are you encouraging and rewarding clinicians who take on and excel in leadership roles?'],
  ['practical-levers', 'How are you helping clinicians to continue their clinical practice as they take on leadership roles?'],
  ['practical-levers', "How are you making sure that HR and recruitment processes aren't biased against clinicians?"],
  ['organisational-culture', 'How are you creating a flexible, supportive and trusting culture?'],
  ['organisational-culture', 'Who is championing the involvement of clinicians in organisational leadership?'],
  ['organisational-culture', 'How are you developing teams who value professional diversity?'],
];

/**
 * The words section 5 prints in bold in each question (Annex 1 prints none). Section 5 has
 * "human resources" where Annex 1 has "HR"; the bold is carried over to "HR".
 */
const EMPHASIS: readonly (readonly string[])[] = [
  ['confidence'],
  ['skills'],
  ['experience'],
  ['take on new roles'],
  ['develop'],
  ['understand the breadth'],
  ['creating or identifying opportunities'],
  ['network'],
  ['spotting and nurturing'],
  ['high quality line management'],
  ['talent management', 'succession planning'],
  ['encouraging', 'rewarding'],
  ['continue their clinical practice'],
  ['HR', 'recruitment processes'],
  ['flexible, supportive', 'trusting'],
  ['championing the involvement of clinicians'],
  ['professional diversity'],
];

/**
 * Each question's "For example:" line in section 5, without its label and without a closing
 * full stop, stray comma or footnote asterisk ("Schwartz rounds*").
 */
const FOR_EXAMPLE: readonly string[] = [
  'showcasing leader journeys, role-modelling, access to specialists (eg finance, project management), access to senior leaders',
  'development forums, encouraging taking up local and national development programmes, inviting people to present at board or committees',
  'stretch assignments, supported trial periods, job shadowing or paired learning, preceptorship, "shadow" board meetings',
  'clarifying expectations, workload monitoring, high quality line management',
  'building peer networks, action learning sets, coaching and mentoring, Schwartz rounds',
  'career advice, discussing transferability of clinical skills, information about ways to maintain registration, myth-busting about roles and remits',
  'innovative appointments, mentoring, job shadowing, monitoring progress, professional leads reporting to board members',
  'enable attending local, regional or national strategic meetings, contribute to STPs, encouraging fellowships',
  'mentoring, creating stretch assignments, work shadowing, prioritised by all senior leaders',
  "appraisal training for senior clinicians /supervisors, role-modelling 'from the top', promoting skills development",
  'multi-organisation approaches for people on rotations/placements',
  'using clinical excellence awards, pay protection to maintain pay levels, recognition in staff awards',
  'offering flexible working arrangements, job shares, part-time roles, providing time for maintaining professional registration',
  'addressing unconscious bias and risk aversion, clinicians on recruitment panels, positive action where appropriate',
  'compassionate and inclusive leadership, promoting staff health and wellbeing, creating role flexibility, enabling development',
  'encouraging participation in strategic work, including rotational staff in surveys and initiatives',
  'valuing difference, team development, role modelling by the senior team',
];

/** Section 5's barrier lead-ins, per theme in order. */
const BARRIER_TITLES: Readonly<Record<string, readonly string[]>> = {
  'building-confidence': [
    'Perceived and/or actual lack of competence for the role',
    'Anxiety, uncertainty and fear of unknown',
  ],
  'widening-perspectives': [
    'Meeting obligations for professional practice',
    'Negative role assumptions',
    'Seeing role models from all clinical professions across all areas of the NHS',
  ],
  'talent-management': [
    'Inclusive talent management',
    'Perceived and/or actual lack of training for the role',
    'Lack of time for development in current role',
  ],
  'practical-levers': ['Recognition and reward', 'Structural biases'],
  'organisational-culture': ['Lack of trust/negative environment', 'Leading from the top'],
};

/** The start of each barrier's text (after the dash), to catch text paired with the wrong title. */
const BARRIER_OPENINGS: Readonly<Record<string, readonly string[]>> = {
  'building-confidence': ['many people feel a lack of confidence', 'uncertainty is often a source of anxiety'],
  'widening-perspectives': [
    'losing professional registration',
    'some people see moving into management',
    'some professions are under-represented',
  ],
  'talent-management': [
    'either because they are already considered',
    "where clinicians aren't included",
    'having specialist skills in times of operational pressure',
  ],
  'practical-levers': ['this includes both financial and non-financial reward – ', 'recruitment panels encountering candidates'],
  'organisational-culture': ['without messages to the contrary', 'a lack of obvious emphasis'],
};

/** The people of "How have others tackled these issues?", per theme in order. */
const VIGNETTES: Readonly<Record<string, readonly (readonly [string, string, string, string])[]>> = {
  'building-confidence': [
    ['Dr Claire Fuller', 'Senior Responsible Officer', 'Surrey Heartlands STP', 'General Practitioner'],
    ['Shane DeGaris', 'Group Deputy Chief Executive Officer', 'Barts Health NHS Trust', 'Physiotherapist (not practising)'],
  ],
  'widening-perspectives': [
    ['Rachel McKeown', 'Director of AHPs', 'Midlands Partnership NHS Foundation Trust', 'Physiotherapist'],
    [
      'Michael Witney',
      'Director of Therapies and Executive Lead for patient experience',
      'Oxleas NHS Foundation Trust',
      'Consultant Clinical Psychologist',
    ],
    ['Kay Fawcett', 'Non-Executive Director', 'Derbyshire Community Health Services NHS Foundation Trust', 'Nurse'],
  ],
  'talent-management': [
    ['Pippa Nightingale', 'Chief Nurse', 'Chelsea and Westminster NHS Foundation Trust', 'Midwife'],
    ['Amar Shah', 'Chief Quality Officer', 'East London NHS Foundation Trust', 'Consultant Forensic Psychiatrist'],
  ],
  'practical-levers': [
    ['Arlene Wellman', 'Chief Nurse', 'Epsom & St Helier University Hospitals', 'Nurse'],
    ['Dr Jagjit Sethi', 'Clinical Director', 'Berkshire Healthcare NHS FT', 'Consultant Clinical Scientist (Audiology)'],
  ],
  'organisational-culture': [
    [
      'Clare Boobyer-Jones',
      'Director of AHP & Psychology Professions',
      'Somerset Partnership and Taunton & Somerset NHS Foundation Trusts',
      'Occupational Therapist',
    ],
    ['John Quinn', 'Chief Operating Officer', 'Moorfields Eye Hospital NHS FT', 'Pharmacist'],
  ],
};

/** The first words of each vignette's text, in the order above. */
const VIGNETTE_OPENINGS = [
  'Whenever Claire has seen opportunities to improve',
  "Shane's clinical background is just one part",
  'Taking on responsibilities beyond AHP professional',
  'Michael influences decisions',
  'Having worked as an executive board member',
  'Pippa describes the importance of leadership training',
  'Amar attributes an important aspect of his success',
  'Arlene credits the various leadership opportunities',
  "Jagjit's drive and determination, despite 'structural biases'",
  'Not a board member herself',
  'John suggests getting involved in wider projects',
];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('framework themes', () => {
  it('lists the five themes in the framework order, numbered 1 to 5', () => {
    expect(THEMES.map((t) => t.title)).toEqual(THEME_TITLES);
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(THEMES.map((t) => t.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('finds each theme by id, and tells theme ids from anything else', () => {
    for (const id of THEME_IDS) {
      expect(themeById(id).id).toBe(id);
      expect(isThemeId(id)).toBe(true);
    }
    expect(themeById('practical-levers').title).toBe('Practical levers');
    for (const v of ['', 'Building confidence', 'q1', 'building_confidence', 1, null, undefined, {}]) {
      expect(isThemeId(v)).toBe(false);
    }
  });
});

describe('key questions', () => {
  it('are the 17 questions of Annex 1, word for word, in its order and under its themes', () => {
    expect(KEY_QUESTIONS).toHaveLength(17);
    expect(KEY_QUESTIONS.map((q) => [q.themeId, q.text])).toEqual(ANNEX_1);
    for (const [i, q] of KEY_QUESTIONS.entries()) {
      expect(q.text, q.id).toBe(ANNEX_1[i]![1]);
      expect(q.text.length, q.id).toBe(ANNEX_1[i]![1].length);
    }
  });

  it('are numbered 1 to 17 without gaps, with ids q1 to q17', () => {
    expect(KEY_QUESTIONS.map((q) => q.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(KEY_QUESTIONS.map((q) => q.id)).toEqual(Array.from({ length: 17 }, (_, i) => `q${i + 1}`));
    expect(new Set(KEY_QUESTIONS.map((q) => q.id)).size).toBe(17);
  });

  it('are the questions of their themes, flattened in theme order', () => {
    expect(KEY_QUESTIONS).toEqual(THEMES.flatMap((t) => t.questions));
    expect(THEMES.map((t) => t.questions.length)).toEqual([5, 3, 3, 3, 3]);
    for (const theme of THEMES) for (const q of theme.questions) expect(q.themeId, q.id).toBe(theme.id);
  });

  it('split into runs that join to the text, emphasising the words the framework bolds', () => {
    for (const [i, q] of KEY_QUESTIONS.entries()) {
      expect(q.runs.map((r) => r.text).join(''), q.id).toBe(q.text);
      expect(q.runs.every((r) => r.text.length > 0), q.id).toBe(true);
      expect(q.runs.filter((r) => r.emphasis).map((r) => r.text), q.id).toEqual(EMPHASIS[i]);
      expect(q.runs.some((r) => r.emphasis === true), q.id).toBe(true);
      // No two neighbouring runs alike: a split must mean a change of emphasis.
      for (let k = 1; k < q.runs.length; k++) {
        expect(q.runs[k]!.emphasis === true, q.id).not.toBe(q.runs[k - 1]!.emphasis === true);
      }
    }
  });

  it('carry the "For example" prompts of section 5, word for word', () => {
    for (const [i, q] of KEY_QUESTIONS.entries()) {
      expect(q.prompts.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.prompts.join(', '), q.id).toBe(FOR_EXAMPLE[i]);
      for (const p of q.prompts) expect(p, q.id).toBe(p.trim());
      for (const p of q.prompts) expect(p.length, q.id).toBeGreaterThan(0);
    }
    expect(questionById('q8')?.prompts[0]).toBe('enable attending local, regional or national strategic meetings');
    expect(questionById('q1')?.prompts[2]).toBe('access to specialists (eg finance, project management)');
  });

  it('are found by id, and question ids are told from anything else', () => {
    for (const q of KEY_QUESTIONS) {
      expect(questionById(q.id)).toBe(q);
      expect(isQuestionId(q.id)).toBe(true);
    }
    expect(questionById('q14')?.text).toBe(ANNEX_1[13]![1]);
    for (const v of ['q0', 'q18', 'Q1', 'q01', '1', '', 'building-confidence', 1, null, undefined]) {
      expect(isQuestionId(v)).toBe(false);
    }
    expect(questionById('q18')).toBeUndefined();
  });
});

describe('barriers', () => {
  it('are the barriers of section 5, per theme, by their titles', () => {
    for (const theme of THEMES) {
      expect(theme.barriers.map((b) => b.title), theme.id).toEqual(BARRIER_TITLES[theme.id]);
    }
    expect(THEMES.map((t) => t.barriers.length)).toEqual([2, 3, 3, 2, 2]);
  });

  it('carry their own text, without the lead-in or the dash', () => {
    for (const theme of THEMES) {
      for (const [i, b] of theme.barriers.entries()) {
        expect(b.text.startsWith(BARRIER_OPENINGS[theme.id]![i]!), b.id).toBe(true);
        expect(b.text, b.id).toBe(b.text.trim());
        expect(b.text, b.id).not.toMatch(/\*\*|\[|\]\(/);
        expect(b.text.endsWith('.'), b.id).toBe(true);
      }
    }
  });

  it('have kebab-case ids, unique across all themes', () => {
    const ids = THEMES.flatMap((t) => t.barriers.map((b) => b.id));
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });
});

describe('vignettes', () => {
  it('are the people of each theme, with role, organisation and profession', () => {
    for (const theme of THEMES) {
      expect(theme.vignettes.length, theme.id).toBeGreaterThanOrEqual(1);
      expect(
        theme.vignettes.map((v) => [v.name, v.role, v.organisation, v.profession]),
        theme.id,
      ).toEqual(VIGNETTES[theme.id]);
    }
  });

  it('quote their own text', () => {
    const all = THEMES.flatMap((t) => t.vignettes);
    expect(all).toHaveLength(VIGNETTE_OPENINGS.length);
    for (const [i, v] of all.entries()) {
      expect(v.summary.startsWith(VIGNETTE_OPENINGS[i]!), v.id).toBe(true);
      expect(v.summary, v.id).not.toMatch(/\*\*|\[|\]\(|READ/);
      expect(v.summary.endsWith('.'), v.id).toBe(true);
    }
  });

  it('have unique kebab-case ids and a profession on the app list', () => {
    const all = THEMES.flatMap((t) => t.vignettes);
    const ids = all.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of all) {
      expect(v.id).toMatch(KEBAB);
      expect(isProfessionId(v.professionId), v.id).toBe(true);
    }
  });
});

describe('framework source', () => {
  it('names the document, its publisher, its date and its reuse terms', () => {
    expect(FRAMEWORK_SOURCE.title).toBe('Clinical leadership – a framework for action');
    expect(FRAMEWORK_SOURCE.publisher).toBe('NHS Improvement');
    expect(FRAMEWORK_SOURCE.published).toMatch(/\b20\d\d\b/);
    expect(FRAMEWORK_SOURCE.published).toBe('2019');
    expect(FRAMEWORK_SOURCE.licence.length).toBeGreaterThan(0);
  });
});

describe('quoted text', () => {
  it('keeps no markdown markup, footnote markers or stray spaces', () => {
    const texts = [
      ...KEY_QUESTIONS.flatMap((q) => [q.text, ...q.prompts]),
      ...THEMES.flatMap((t) => [
        t.title,
        ...t.barriers.flatMap((b) => [b.title, b.text]),
        ...t.vignettes.flatMap((v) => [v.name, v.role, v.organisation, v.profession, v.summary]),
      ]),
    ];
    const runs = KEY_QUESTIONS.flatMap((q) => q.runs.map((r) => r.text));
    for (const s of [...texts, ...runs]) {
      expect(s).not.toMatch(/\*|\\|\]\(|<sup>|\n/);
      expect(s).not.toMatch(/ {2}/);
    }
    // A run may start or end with the space beside a bold word; nothing else may.
    for (const s of texts) expect(s).toBe(s.trim());
  });
});
