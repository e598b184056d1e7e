import type { ProfessionId } from './professions';

/**
 * The workshop content of "Clinical leadership – a framework for action" (NHS Improvement): its
 * five themes, in the framework's order, each with the barriers of section 5, the key questions
 * (numbered 1–17 in the order of Annex 1) with their "For example" prompts, and the vignettes of
 * "How have others tackled these issues?".
 *
 * Everything a user reads here is quoted word for word from the framework, keeping its own
 * quotes, apostrophes and dashes (it mixes straight and curly ones; they are kept as printed).
 * Only markup is dropped: bold markers, links (their text is kept) and footnote markers.
 * test/unit/framework-content.test.ts holds the expected wording as literals.
 */

export const THEME_IDS = [
  'building-confidence',
  'widening-perspectives',
  'talent-management',
  'practical-levers',
  'organisational-culture',
] as const;

export type ThemeId = (typeof THEME_IDS)[number];

/** A piece of a question; `emphasis` marks the words the framework prints in bold. */
export type TextRun = { readonly text: string; readonly emphasis?: true };

/** A barrier of section 5: `title` is its bold lead-in, `text` what follows the dash. */
export type Barrier = {
  /** Kebab-case, unique across all themes, stable: stored ratings refer to it. */
  readonly id: string;
  readonly title: string;
  readonly text: string;
};

export type KeyQuestion = {
  /** 'q1' … 'q17', in Annex 1 order. Stable: stored ratings and votes refer to it. */
  readonly id: string;
  readonly number: number;
  readonly themeId: ThemeId;
  /** Word for word as in Annex 1, plain text. */
  readonly text: string;
  /** `text` split into runs (they join to `text`), bold where section 5 prints it bold. */
  readonly runs: readonly TextRun[];
  /**
   * The items of the question's "For example:" line in section 5 (Annex 1 lists the questions
   * without prompts), word for word, in order. The line's own list punctuation is dropped: the
   * commas between items, and a closing full stop or stray comma.
   */
  readonly prompts: readonly string[];
};

export type Vignette = {
  readonly id: string;
  /** As the framework names the person, with "Dr" where it uses it. */
  readonly name: string;
  readonly role: string;
  readonly organisation: string;
  /** The clinical profession as the framework words it. */
  readonly profession: string;
  /** That profession on the app's list of professions (section 3). */
  readonly professionId: ProfessionId;
  /** The vignette's own text (one paragraph in every case), word for word. */
  readonly summary: string;
};

export type Theme = {
  readonly id: ThemeId;
  readonly number: number;
  readonly title: string;
  readonly barriers: readonly Barrier[];
  readonly questions: readonly KeyQuestion[];
  readonly vignettes: readonly Vignette[];
};

export type FrameworkSource = {
  readonly title: string;
  readonly subtitle?: string;
  readonly publisher: string;
  readonly published: string;
  /** When the document says it is next due for review. */
  readonly nextReviewDue?: string;
  readonly reference?: string;
  readonly licence: string;
};

export const FRAMEWORK_SOURCE: FrameworkSource = {
  title: 'Clinical leadership – a framework for action',
  subtitle: 'A guide for senior leaders on developing professional diversity at board level',
  // The publisher named on the contact page; the guide was written with NHS England, the NHS
  // Leadership Academy and NHS Providers (section 1).
  publisher: 'NHS Improvement',
  // The text carries no publication date. It cites works of 2019 (the NHS Long Term Plan, "A
  // Model Employer") and ends "this document will be reviewed annually … Next review due:
  // January 2020" (end of section 6), which places it in 2019, most likely January; only the
  // year is stated here.
  published: '2019',
  nextReviewDue: 'January 2020',
  // No publication code or gateway reference appears in the text, so `reference` is left out.
  // Nor does the text carry a copyright or licence statement: nothing more than this is claimed.
  licence:
    'Public sector information published by NHS Improvement. The document text carries no copyright or licence statement; it is quoted word for word with attribution.',
};

const em = (text: string): TextRun => ({ text, emphasis: true });
const plain = (text: string): TextRun => ({ text });

export const THEMES: readonly Theme[] = [
  {
    id: 'building-confidence',
    number: 1,
    title: 'Building confidence',
    barriers: [
      {
        id: 'lack-of-competence',
        title: 'Perceived and/or actual lack of competence for the role',
        text: 'many people feel a lack of confidence, competence or like an impostor when applying for roles for which they have not been specifically trained; this may coincide with an actual skills gap. Support and development can help them address these issues, including appreciating the politics and power dynamics of senior roles.',
      },
      {
        id: 'fear-of-unknown',
        title: 'Anxiety, uncertainty and fear of unknown',
        text: 'uncertainty is often a source of anxiety and can stop people even considering opportunities that deviate from their current practice. Providing encouragement, role models and support, as well as clarifying expectations about what roles involve and recognising how people are already leading, could help to reduce anxiety.',
      },
    ],
    questions: [
      {
        id: 'q1',
        number: 1,
        themeId: 'building-confidence',
        text: "How are you helping build clinicians' confidence in their ability to manage and lead?",
        runs: [
          plain("How are you helping build clinicians' "),
          em('confidence'),
          plain(' in their ability to manage and lead?'),
        ],
        prompts: [
          'showcasing leader journeys',
          'role-modelling',
          'access to specialists (eg finance, project management)',
          'access to senior leaders',
        ],
      },
      {
        id: 'q2',
        number: 2,
        themeId: 'building-confidence',
        text: 'How are you helping clinicians to gain leadership and management skills?',
        runs: [plain('How are you helping clinicians to gain leadership and management '), em('skills'), plain('?')],
        prompts: [
          'development forums',
          'encouraging taking up local and national development programmes',
          'inviting people to present at board or committees',
        ],
      },
      {
        id: 'q3',
        number: 3,
        themeId: 'building-confidence',
        text: "How are you helping clinicians to gain 'low risk' leadership experience?",
        runs: [plain("How are you helping clinicians to gain 'low risk' leadership "), em('experience'), plain('?')],
        // Section 5 ends this line with a full stop, dropped with the other list punctuation.
        prompts: [
          'stretch assignments',
          'supported trial periods',
          'job shadowing or paired learning',
          'preceptorship',
          '"shadow" board meetings',
        ],
      },
      {
        id: 'q4',
        number: 4,
        themeId: 'building-confidence',
        text: 'How are you preparing clinicians as they take on new roles?',
        runs: [plain('How are you preparing clinicians as they '), em('take on new roles'), plain('?')],
        prompts: ['clarifying expectations', 'workload monitoring', 'high quality line management'],
      },
      {
        id: 'q5',
        number: 5,
        themeId: 'building-confidence',
        text: "How are you supporting clinicians to develop as leaders 'on the job'?",
        runs: [plain('How are you supporting clinicians to '), em('develop'), plain(" as leaders 'on the job'?")],
        // Section 5 prints "Schwartz rounds*": the asterisk is a footnote marker whose footnote is
        // not in the text, so it is dropped like the other footnote markers.
        prompts: ['building peer networks', 'action learning sets', 'coaching and mentoring', 'Schwartz rounds'],
      },
    ],
    vignettes: [
      {
        id: 'claire-fuller',
        name: 'Dr Claire Fuller',
        role: 'Senior Responsible Officer',
        organisation: 'Surrey Heartlands STP',
        profession: 'General Practitioner',
        professionId: 'doctors',
        summary:
          "Whenever Claire has seen opportunities to improve, she fully embraced these choosing to 'seek forgiveness, not ask permission'. In her current role she is keen to develop inclusivity across organisational systems encouraging leaders from all levels and professions to get involved in strategic and senior leadership.",
      },
      {
        id: 'shane-degaris',
        name: 'Shane DeGaris',
        role: 'Group Deputy Chief Executive Officer',
        organisation: 'Barts Health NHS Trust',
        profession: 'Physiotherapist (not practising)',
        professionId: 'ahp',
        summary:
          "Shane's clinical background is just one part of his career journey. He highlights the importance of moving sideways and diagonally to develop operational and strategic skills. Shane recommends talking to key/influential people who have followed similar journeys and considering the mainstream leadership programmes.",
      },
    ],
  },
  {
    id: 'widening-perspectives',
    number: 2,
    title: 'Widening perspectives',
    barriers: [
      {
        id: 'professional-practice-obligations',
        title: 'Meeting obligations for professional practice',
        text: 'losing professional registration can stop people from considering moving into management and leadership roles. Providing time for individuals to keep up professional registration and highlighting the different ways that this can be done can help.',
      },
      {
        id: 'negative-role-assumptions',
        title: 'Negative role assumptions',
        text: "some people see moving into management or leadership roles as a move away from their professions – 'going to the dark side'. Loss of identity, threats to values and clinical credibility may all be concerns so promoting leadership roles as part of (rather than alternatives to) clinical careers can help to overcome some of these negative assumptions.",
      },
      {
        id: 'role-models-from-all-professions',
        title: 'Seeing role models from all clinical professions across all areas of the NHS',
        text: "some professions are under-represented at senior levels, which can lead people to think that opportunities don't exist. Clinicians working in these roles can promote their work to encourage others, especially as new models of integrated care become established. All senior leaders can regularly test who is missing from the table.",
      },
    ],
    questions: [
      {
        id: 'q6',
        number: 6,
        themeId: 'widening-perspectives',
        text: 'How are you helping clinicians to understand the breadth of available career options?',
        runs: [
          plain('How are you helping clinicians to '),
          em('understand the breadth'),
          plain(' of available career options?'),
        ],
        prompts: [
          'career advice',
          'discussing transferability of clinical skills',
          'information about ways to maintain registration',
          'myth-busting about roles and remits',
        ],
      },
      {
        id: 'q7',
        number: 7,
        themeId: 'widening-perspectives',
        text: 'How is your senior leadership team creating or identifying opportunities for clinicians to develop leadership careers?',
        runs: [
          plain('How is your senior leadership team '),
          em('creating or identifying opportunities'),
          plain(' for clinicians to develop leadership careers?'),
        ],
        prompts: [
          'innovative appointments',
          'mentoring',
          'job shadowing',
          'monitoring progress',
          'professional leads reporting to board members',
        ],
      },
      {
        id: 'q8',
        number: 8,
        themeId: 'widening-perspectives',
        text: 'How are you supporting clinicians to network outside your organisation?',
        runs: [plain('How are you supporting clinicians to '), em('network'), plain(' outside your organisation?')],
        // The first item has a comma of its own ("local, regional or national").
        prompts: [
          'enable attending local, regional or national strategic meetings',
          'contribute to STPs',
          'encouraging fellowships',
        ],
      },
    ],
    vignettes: [
      {
        id: 'rachel-mckeown',
        name: 'Rachel McKeown',
        role: 'Director of AHPs',
        organisation: 'Midlands Partnership NHS Foundation Trust',
        profession: 'Physiotherapist',
        professionId: 'ahp',
        summary:
          "Taking on responsibilities beyond AHP professional and operational leadership was instrumental to Rachel's progression to Director of AHPs. This included opportunities in senior operational and transformational leadership roles and networking with national bodies such as NHS England and NHS Improvement.",
      },
      {
        id: 'michael-witney',
        name: 'Michael Witney',
        role: 'Director of Therapies and Executive Lead for patient experience',
        organisation: 'Oxleas NHS Foundation Trust',
        profession: 'Consultant Clinical Psychologist',
        professionId: 'psychologists',
        summary:
          'Michael influences decisions and represents his portfolio through active work in board sub-committees. He maintains his practice to keep patients and their experience at the heart of his decision making. His advice to aspiring leaders is to be personable and collaborative while "fighting your corner".',
      },
      {
        id: 'kay-fawcett',
        name: 'Kay Fawcett',
        role: 'Non-Executive Director',
        organisation: 'Derbyshire Community Health Services NHS Foundation Trust',
        profession: 'Nurse',
        professionId: 'nurses',
        summary:
          'Having worked as an executive board member for many years as part of her career in nursing, Kay had seen first-hand what non-executive directors bring to organisations. Keen to continue to contribute to the NHS after she retired, Kay sought out non-executive director roles both inside and outside the NHS, as a way of making the most of her experience and continuing to learn.',
      },
    ],
  },
  {
    id: 'talent-management',
    number: 3,
    title: 'Talent management',
    barriers: [
      {
        id: 'inclusive-talent-management',
        title: 'Inclusive talent management',
        text: 'either because they are already considered to have a specific professional route, or because they are rotational, clinicians are sometimes excluded from strategic talent management systems. This decreases the likelihood of their taking on management or leadership roles due to lack of access or visibility of opportunities. Inclusive talent management and succession planning approaches that provide flexibility and appropriate support, can help people play to their strengths. These approaches should take account of opportunities in STPs, integrated care systems, and regional or national bodies.',
      },
      {
        id: 'lack-of-training',
        title: 'Perceived and/or actual lack of training for the role',
        text: "where clinicians aren't included in talent management strategies, they may not gain access to relevant leadership development, coaching/mentoring, and safe, supported training opportunities that enable them to participate credibly in recruitment processes.",
      },
      {
        id: 'lack-of-development-time',
        title: 'Lack of time for development in current role',
        text: 'having specialist skills in times of operational pressure can lead to the perpetuation of silos and limited opportunities to gain new skills. Maintaining flexibility and commitment to development during these times, though difficult, can help to make sure diverse talent pools are created and maintained.',
      },
    ],
    questions: [
      {
        id: 'q9',
        number: 9,
        themeId: 'talent-management',
        text: 'How are your senior leaders spotting and nurturing clinicians who show interest or ability in management and leadership?',
        runs: [
          plain('How are your senior leaders '),
          em('spotting and nurturing'),
          plain(' clinicians who show interest or ability in management and leadership?'),
        ],
        prompts: ['mentoring', 'creating stretch assignments', 'work shadowing', 'prioritised by all senior leaders'],
      },
      {
        id: 'q10',
        number: 10,
        themeId: 'talent-management',
        text: 'How are you making sure that clinicians get high quality line management?',
        runs: [plain('How are you making sure that clinicians get '), em('high quality line management'), plain('?')],
        // "senior clinicians /supervisors" is spaced as printed.
        prompts: [
          'appraisal training for senior clinicians /supervisors',
          "role-modelling 'from the top'",
          'promoting skills development',
        ],
      },
      {
        id: 'q11',
        number: 11,
        themeId: 'talent-management',
        text: 'How are clinicians part of your talent management and succession planning systems for leadership roles?',
        runs: [
          plain('How are clinicians part of your '),
          em('talent management'),
          plain(' and '),
          em('succession planning'),
          plain(' systems for leadership roles?'),
        ],
        prompts: ['multi-organisation approaches for people on rotations/placements'],
      },
    ],
    vignettes: [
      {
        id: 'pippa-nightingale',
        name: 'Pippa Nightingale',
        role: 'Chief Nurse',
        organisation: 'Chelsea and Westminster NHS Foundation Trust',
        profession: 'Midwife',
        professionId: 'midwives',
        summary:
          'Pippa describes the importance of leadership training and formal coaching/ mentoring as essential for career progression along with a good supporting career network. Having a professional voice at the board means she can represent and influence the professions and the quality of patient care.',
      },
      {
        id: 'amar-shah',
        name: 'Amar Shah',
        role: 'Chief Quality Officer',
        organisation: 'East London NHS Foundation Trust',
        profession: 'Consultant Forensic Psychiatrist',
        professionId: 'doctors',
        summary:
          "Amar attributes an important aspect of his success in becoming a non-voting board member leading on quality improvement (QI), to having a senior sponsor who believed in his ability, championed his work, unblocked barriers and gave him license to disrupt the system as he developed East London Foundation Trust's QI capability.",
      },
    ],
  },
  {
    id: 'practical-levers',
    number: 4,
    title: 'Practical levers',
    barriers: [
      {
        id: 'recognition-and-reward',
        title: 'Recognition and reward',
        text: 'this includes both financial and non-financial reward – the change or reduction of reward when moving into leadership positions may deter people from moving away from clinical work. Creative use of reward and pay schemes can go some way to maintaining pay levels and creating cultures where taking on these responsibilities is specifically valued.',
      },
      {
        id: 'structural-biases',
        title: 'Structural biases',
        text: 'recruitment panels encountering candidates without traditional strategic/management experience during shortlisting and interview may be risk averse. This may therefore lead to unconscious bias against clinicians. Processes can be adapted to account for these potential biases.',
      },
    ],
    questions: [
      {
        id: 'q12',
        number: 12,
        themeId: 'practical-levers',
        text: 'How are you encouraging and rewarding clinicians who take on and excel in leadership roles?',
        runs: [
          plain('How are you '),
          em('encouraging'),
          plain(' and '),
          em('rewarding'),
          plain(' clinicians who take on and excel in leadership roles?'),
        ],
        prompts: [
          'using clinical excellence awards',
          'pay protection to maintain pay levels',
          'recognition in staff awards',
        ],
      },
      {
        id: 'q13',
        number: 13,
        themeId: 'practical-levers',
        text: 'How are you helping clinicians to continue their clinical practice as they take on leadership roles?',
        runs: [
          plain('How are you helping clinicians to '),
          em('continue their clinical practice'),
          plain(' as they take on leadership roles?'),
        ],
        prompts: [
          'offering flexible working arrangements',
          'job shares',
          'part-time roles',
          'providing time for maintaining professional registration',
        ],
      },
      {
        id: 'q14',
        number: 14,
        themeId: 'practical-levers',
        // Annex 1 says "HR"; section 5 spells it out: "How are you making sure that **human
        // resources** and **recruitment processes** aren't biased against clinicians?". The text
        // follows Annex 1, and section 5's bold on "human resources" is carried over to "HR".
        text: "How are you making sure that HR and recruitment processes aren't biased against clinicians?",
        runs: [
          plain('How are you making sure that '),
          em('HR'),
          plain(' and '),
          em('recruitment processes'),
          plain(" aren't biased against clinicians?"),
        ],
        prompts: [
          'addressing unconscious bias and risk aversion',
          'clinicians on recruitment panels',
          'positive action where appropriate',
        ],
      },
    ],
    vignettes: [
      {
        // The heading runs organisation and profession together ("Epsom & St Helier University
        // Hospitals Nurse"), with no separator: "Nurse" is read as the profession.
        id: 'arlene-wellman',
        name: 'Arlene Wellman',
        role: 'Chief Nurse',
        organisation: 'Epsom & St Helier University Hospitals',
        profession: 'Nurse',
        professionId: 'nurses',
        summary:
          'Arlene credits the various leadership opportunities she has been fortunate to have studied for as key to her success. Secondments and coaching/mentoring support are also critical to help you identify gaps in your knowledge/experience and how to expand your breadth of experience.',
      },
      {
        // As above: "Berkshire Healthcare NHS FT Consultant Clinical Scientist (Audiology)" is
        // read as the organisation followed by the profession.
        id: 'jagjit-sethi',
        name: 'Dr Jagjit Sethi',
        role: 'Clinical Director',
        organisation: 'Berkshire Healthcare NHS FT',
        profession: 'Consultant Clinical Scientist (Audiology)',
        professionId: 'healthcare-scientists',
        summary:
          "Jagjit's drive and determination, despite 'structural biases', have allowed her to progress up through the ranks. Recognising transferable skills and experience and the importance of diversity are key to reducing barriers that are unconsciously built into routine processes.",
      },
    ],
  },
  {
    id: 'organisational-culture',
    number: 5,
    title: 'Organisational culture',
    barriers: [
      {
        id: 'lack-of-trust',
        title: 'Lack of trust/negative environment',
        text: 'without messages to the contrary, it is easy for clinicians to believe that they are not relevant or welcome in management and leadership teams. The histories of professions may create certain expectations and a lack of willingness to innovate, provide appropriate support or resources to individuals, or test and retest assumptions, perpetuating assumptions about exclusion. Promoting the professional diversity agenda takes ongoing work but can transform organisational culture, levels of trust, and perceptions of the value of clinical leadership.',
      },
      {
        id: 'leading-from-the-top',
        title: 'Leading from the top',
        text: 'a lack of obvious emphasis on prioritising the value of clinicians taking part in the management and leadership of organisations – and diversity more generally – can reinforce negative assumptions. This could be through no visible ownership of the agenda, the absence of data and monitoring, or lack of a strategic plan. Leaders can change this rapidly if they are prepared to put in the time and effort on an ongoing basis to promoting these priorities. New and developing STP and integrated care system leadership teams provide good opportunities to accelerate this further.',
      },
    ],
    questions: [
      {
        id: 'q15',
        number: 15,
        themeId: 'organisational-culture',
        text: 'How are you creating a flexible, supportive and trusting culture?',
        runs: [
          plain('How are you creating a '),
          em('flexible, supportive'),
          plain(' and '),
          em('trusting'),
          plain(' culture?'),
        ],
        // Section 5 ends this line with a full stop, dropped with the other list punctuation.
        prompts: [
          'compassionate and inclusive leadership',
          'promoting staff health and wellbeing',
          'creating role flexibility',
          'enabling development',
        ],
      },
      {
        id: 'q16',
        number: 16,
        themeId: 'organisational-culture',
        text: 'Who is championing the involvement of clinicians in organisational leadership?',
        runs: [
          plain('Who is '),
          em('championing the involvement of clinicians'),
          plain(' in organisational leadership?'),
        ],
        // Section 5 ends this line with a stray comma ("…in surveys and initiatives,"), as if an
        // item were missing; nothing is added for it.
        prompts: ['encouraging participation in strategic work', 'including rotational staff in surveys and initiatives'],
      },
      {
        id: 'q17',
        number: 17,
        themeId: 'organisational-culture',
        text: 'How are you developing teams who value professional diversity?',
        runs: [plain('How are you developing teams who value '), em('professional diversity'), plain('?')],
        prompts: ['valuing difference', 'team development', 'role modelling by the senior team'],
      },
    ],
    vignettes: [
      {
        id: 'clare-boobyer-jones',
        name: 'Clare Boobyer-Jones',
        role: 'Director of AHP & Psychology Professions',
        organisation: 'Somerset Partnership and Taunton & Somerset NHS Foundation Trusts',
        profession: 'Occupational Therapist',
        professionId: 'ahp',
        summary:
          "Not a board member herself, Clare cites good relationships with her executive and senior nursing colleagues as a key mechanism for her to discuss and influence the organisations' strategy. Clare works closely with the Chief Nurse to ensure the contribution of AHPs and psychologists is maximised and recognised.",
      },
      {
        id: 'john-quinn',
        name: 'John Quinn',
        role: 'Chief Operating Officer',
        organisation: 'Moorfields Eye Hospital NHS FT',
        profession: 'Pharmacist',
        professionId: 'pharmacists',
        summary:
          "John suggests getting involved in wider projects as part of your role within your trust will help you understand what you do and may not like and can help you decide whether you would prefer to follow an operational, strategic or governance route. This will support your professional profile in your current role and your profession's visibility within the organisation.",
      },
    ],
  },
];

/** All 17 key questions, in number order. */
export const KEY_QUESTIONS: readonly KeyQuestion[] = THEMES.flatMap((theme) => theme.questions);

export function isThemeId(v: unknown): v is ThemeId {
  return typeof v === 'string' && (THEME_IDS as readonly string[]).includes(v);
}

export function themeById(id: ThemeId): Theme {
  const theme = THEMES.find((t) => t.id === id);
  if (theme === undefined) throw new Error(`Unknown theme: ${id}`);
  return theme;
}

export function questionById(id: string): KeyQuestion | undefined {
  return KEY_QUESTIONS.find((q) => q.id === id);
}

export function isQuestionId(v: unknown): boolean {
  return typeof v === 'string' && questionById(v) !== undefined;
}
