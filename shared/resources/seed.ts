import type { ThemeId } from '../framework/content';
import type { ProfessionId } from '../framework/professions';
import type { SourceId } from './resource';

/**
 * The built-in items of the resource library, read from the source documents (named in
 * SOURCE_DOCUMENTS): the framework's Annex 2 ("Useful resources") and section 6 ("Next steps"),
 * and the development offers of the four other documents.
 *
 * Titles and providers are as the documents give them; where a document names no provider, the
 * provider says so rather than guessing. Titles the documents give only as a link's text ("a range
 * of development offers") are made specific ("Development offers for midwives"). "What it is" is
 * one or two plain sentences, in our words or quoting the document. A URL appears only where the
 * document prints one as text (most of their links carry no address).
 *
 * Themes and professions are our tagging: themes by the key questions an item helps to answer,
 * professions by whom the document says the item is for.
 *
 * Migration 005 inserts these items as they stand, keyed by `key`. A later correction needs a
 * migration of its own that updates the row by its key, so databases made before and after it agree.
 */
export type SeedResource = {
  /** Stable, unique, kebab-case: later migrations find the row by it. */
  readonly key: string;
  readonly title: string;
  readonly provider: string;
  readonly description: string;
  readonly url?: string;
  readonly themeIds: readonly ThemeId[];
  /** 'all' for every clinical profession. */
  readonly professions: 'all' | readonly ProfessionId[];
  readonly source: SourceId;
  /** Where in the document, when that helps someone find it. */
  readonly sourceSection: string;
};

/** Registered non-medical health care professionals: who the HEE/NIHR ICA Programme is for. */
const NON_MEDICAL: readonly ProfessionId[] = [
  'ahp',
  'healthcare-scientists',
  'midwives',
  'nurses',
  'pharmacists',
  'psychologists',
  'other-clinical',
];

/** Nurses, midwives, allied health professionals and social care practitioners. */
const NMAHP_AND_SOCIAL_CARE: readonly ProfessionId[] = ['ahp', 'midwives', 'nurses', 'social-workers'];

const ANNEX_2 = 'Annex 2: Useful resources';
const NEXT_STEPS = '6. Next steps';
const ICA = '3. The Clinical Academic Role: HEE/NIHR Integrated Clinical Academic (ICA) Programme';
const NOT_NAMED = 'Not named in the framework';
const HEE_NW = 'HEE North West and NHS R&D North West';

const FROM_FRAMEWORK: readonly SeedResource[] = [
  // Annex 2, profession-specific development resources.
  {
    key: 'ahps-into-action',
    title: 'AHPs into Action',
    provider: NOT_NAMED,
    description:
      'A national framework and programme of work on the role of allied health professionals in transforming health, care and wellbeing. Individual professional bodies also have a range of offers.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: ['ahp'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'leadership-and-management-standards',
    title: 'Leadership and management standards',
    provider: NOT_NAMED,
    description:
      'Standards for doctors, set out as core values and behaviours designed to work across all career levels.',
    themeIds: ['building-confidence'],
    professions: ['doctors'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'cso-clinical-leadership-programme',
    title: 'Clinical leadership programme for healthcare scientists',
    provider: 'Chief Scientific Officer',
    description: 'The Chief Scientific Officer’s clinical leadership programme, for healthcare scientists.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: ['healthcare-scientists'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'rcm-development-offers',
    title: 'Development offers for midwives',
    provider: 'The Royal College of Midwives',
    description: 'The Royal College of Midwives has a range of development offers for midwives.',
    themeIds: ['building-confidence'],
    professions: ['midwives'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'rcn-development-offers',
    title: 'Development offers for nurses',
    provider: 'The Royal College of Nursing',
    description: 'The Royal College of Nursing has a range of development offers for nurses.',
    themeIds: ['building-confidence'],
    professions: ['nurses'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'fnf-leadership-programmes',
    title: 'Leadership programmes for nurses',
    provider: 'Florence Nightingale Foundation',
    description: 'Leadership programmes from the Florence Nightingale Foundation, listed by the framework among resources for nurses.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: ['nurses'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'fnf-scholarships',
    title: 'Scholarships for nurses',
    provider: 'Florence Nightingale Foundation',
    description: 'Scholarships from the Florence Nightingale Foundation, listed by the framework among resources for nurses.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: ['nurses'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'rps-development-offers',
    title: 'Development offers for pharmacists',
    provider: 'The Royal Pharmaceutical Society',
    description: 'The Royal Pharmaceutical Society has a range of development offers for pharmacists.',
    themeIds: ['building-confidence'],
    professions: ['pharmacists'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'bps-leadership-development-framework',
    title: 'Leadership development framework for clinical psychologists',
    provider: 'The British Psychological Society',
    description: 'A framework from the British Psychological Society for developing leadership among clinical psychologists.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: ['psychologists'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'bps-guide-to-leadership',
    title: 'Guide to leadership',
    provider: 'The British Psychological Society',
    description: 'A more general guide to leadership from the British Psychological Society.',
    themeIds: ['building-confidence'],
    professions: ['psychologists'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'skills-for-care-leadership-offers',
    title: 'Leadership and management development offers for social workers',
    provider: 'Skills for Care',
    description: 'Skills for Care has a range of leadership and management development offers.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: ['social-workers'],
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  // Annex 2, general development resources.
  {
    key: 'barriers-and-enablers-review',
    title: 'Barriers and enablers for clinicians moving into senior leadership roles: review report',
    provider: 'Faculty of Medical Leadership and Management',
    description:
      'The findings of the Faculty of Medical Leadership and Management’s review into how to increase the number of clinical professionals taking up the most senior NHS leadership roles.',
    themeIds: ['building-confidence', 'widening-perspectives', 'talent-management', 'practical-levers', 'organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'healthcare-leadership-model',
    title: 'Healthcare Leadership Model',
    provider: 'NHS Leadership Academy',
    description: 'Describes key leadership behaviours and shows how leaders at all levels can develop.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'nhs-leadership-academy-programmes',
    title: 'Leadership programmes',
    provider: 'NHS Leadership Academy',
    description:
      'A range of leadership programmes from the NHS Leadership Academy, including the Clinical Executive Fast Track scheme and the Nye Bevan Programme.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'clinical-executive-fast-track',
    title: 'Clinical Executive Fast Track scheme',
    provider: 'NHS Leadership Academy',
    description:
      'A scheme “designed to engage and harness the talent of clinicians as leaders of the health and care systems of tomorrow”.',
    themeIds: ['talent-management', 'widening-perspectives'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'nye-bevan-programme',
    title: 'Nye Bevan Programme',
    provider: 'NHS Leadership Academy',
    description: 'A programme designed to develop senior leaders looking to move into board roles.',
    themeIds: ['talent-management', 'building-confidence'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'talent-management-hub',
    title: 'Talent management hub',
    provider: 'NHS Leadership Academy',
    description:
      'Resources to help organisations create compassionate, inclusive workplaces by helping people do the best they can in their careers.',
    themeIds: ['talent-management', 'organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'fmlm-fellowship-programme',
    title: 'FMLM fellowship programme',
    provider: 'Faculty of Medical Leadership and Management',
    description:
      'Recognises clinicians who show a high level of leadership competence and acknowledges their contribution to, and impact on, healthcare.',
    themeIds: ['practical-levers', 'widening-perspectives'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  // Annex 2, NHS Improvement.
  {
    key: 'developing-people-improving-care',
    title: 'Developing People – Improving Care',
    provider: 'NHS Improvement',
    description:
      'An evidence-based national framework to guide action on improvement skill-building, leadership development and talent management for people in NHS-funded roles.',
    themeIds: ['talent-management', 'organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'culture-and-leadership-programme',
    title: 'Culture and leadership programme',
    provider: 'NHS Improvement',
    description:
      'Phase 1, ‘discover’, helps you diagnose your current culture from existing data, board, staff and stakeholder perceptions, and workforce analysis. Phase 2, ‘design’, describes a wide range of interventions to respond to what phase 1 finds.',
    themeIds: ['organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'provider-board-diversity-survey',
    title: '2018 provider board diversity survey',
    provider: 'NHS Improvement',
    description: 'A survey of provider boards whose findings include clinical leadership and protected characteristics.',
    themeIds: ['organisational-culture', 'talent-management'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  {
    key: 'improvement-hub',
    title: 'Improvement Hub',
    provider: 'NHS Improvement and NHS England',
    description:
      'Improvement tools, resources and ideas from across the health sector, and a place to collaborate with colleagues and share your own improvement stories, lessons and successes.',
    themeIds: ['organisational-culture', 'widening-perspectives'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  // Annex 2, NHS England.
  {
    key: 'wres-resources',
    title: 'Workforce Race Equality Standard resources',
    provider: 'NHS England',
    description:
      'Resources to help the NHS understand the challenge of workforce race equality, help leaders recognise that making the necessary changes is their responsibility, and enable people to work comfortably with race equality.',
    themeIds: ['practical-levers', 'organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: ANNEX_2,
  },
  // Section 6, the next steps that are interventions (the others are what Boardwalk itself does:
  // finding where professions hit a ceiling, and holding this workshop).
  {
    key: 'clinical-leadership-champions',
    title: 'Executive and non-executive champions of clinical leadership',
    provider: 'Your organisation',
    description:
      'Nominate executive and non-executive leads, at organisation and system level, to champion the clinical leadership agenda.',
    themeIds: ['organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: NEXT_STEPS,
  },
  {
    key: 'multiprofessional-focus-groups',
    title: 'Multiprofessional meetings or focus groups',
    provider: 'Your organisation',
    description:
      'Run internal multiprofessional meetings or focus groups to explore the framework and what staff think are the greatest opportunities.',
    themeIds: ['organisational-culture', 'widening-perspectives'],
    professions: 'all',
    source: 'framework',
    sourceSection: NEXT_STEPS,
  },
  {
    key: 'line-manager-conversations',
    title: 'Conversations with a line manager or head of profession',
    provider: 'Your organisation',
    description:
      'Clinicians discuss the framework with their line manager or head of profession to see what opportunities may be open to them and their colleagues.',
    themeIds: ['talent-management', 'widening-perspectives'],
    professions: 'all',
    source: 'framework',
    sourceSection: NEXT_STEPS,
  },
  {
    key: 'sharing-good-practice',
    title: 'Sharing good practice',
    provider: 'Your organisation',
    description: 'Share what you have already been doing, or what you learn as you experiment with changes, with colleagues and other organisations.',
    themeIds: ['organisational-culture'],
    professions: 'all',
    source: 'framework',
    sourceSection: NEXT_STEPS,
  },
];

const FROM_NIHR_LEADERS_PROGRAMME: readonly SeedResource[] = [
  {
    key: 'nihr-academy-mentoring-programme',
    title: 'NIHR Academy Mentoring Programme',
    provider: 'NIHR Academy',
    description:
      'Matches postdoctoral NIHR Academy Members with a mentor from the wider NIHR leadership community, for support with their academic and career development. It reaches out to disciplines and professions that may not have a strong mentoring tradition.',
    themeIds: ['building-confidence', 'widening-perspectives', 'talent-management'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: '',
  },
  {
    key: 'future-focused-leadership-programme',
    title: 'Future-Focused Leadership Programme',
    provider: 'NIHR Academy',
    description:
      'The NIHR’s flagship twelve-month leadership programme of residential workshops, webinars and online modules, built around leading yourself, leading others and leading beyond authority. One stream is for emerging research leaders taking up their first significant leadership roles, the other for current leaders.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: '',
  },
  {
    key: 'nihr-leadership-lab',
    title: 'NIHR Leadership Lab online learning resources',
    provider: 'NIHR Academy',
    description:
      'Self-directed online modules on NIHR Learn, such as courageous and compelling conversations, leader as coach, compassionate and inclusive leadership, and building an effective network. Work through them as a series or dip in when needed.',
    themeIds: ['building-confidence', 'organisational-culture'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: 'Leadership Development Resources',
  },
  {
    key: 'nihr-leadership-webinars',
    title: 'Leadership webinars',
    provider: 'NIHR Academy',
    description:
      'Webinars for each Leadership Lab module and on wider topics such as ‘Coaching for success’. Past webinars are on the Development and Support playlist of the NIHR YouTube channel.',
    themeIds: ['building-confidence'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: 'Leadership Development Resources',
  },
  {
    key: 'nihr-leadership-workshops',
    title: 'Leadership workshops',
    provider: 'NIHR Academy',
    description:
      'Workshops to share, learn and try practical leadership tools and techniques. Forthcoming dates are on the Events page of the NIHR website.',
    themeIds: ['building-confidence'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: 'Leadership Development Resources',
  },
  {
    key: 'nihr-mentoring-resources',
    title: 'Mentoring relationship resources',
    provider: 'NIHR Academy',
    description:
      'Guides that support the Academy mentoring programme: beginning the mentoring relationship, its phases, and the core competencies expected of mentors.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: '',
  },
  {
    key: 'nihr-academy-members-conference',
    title: 'NIHR Academy Members Conference',
    provider: 'NIHR Academy',
    description: 'A yearly conference for NIHR Academy Members, with keynotes, panels and workshops; replays are available online.',
    themeIds: ['widening-perspectives'],
    professions: 'all',
    source: 'nihr-leaders-programme',
    sourceSection: '',
  },
];

const FROM_LEADERSHIP_IN_ACTION: readonly SeedResource[] = [
  {
    key: 'leadership-in-action',
    title: 'Leadership in Action',
    provider: "King's College London and University College London, with partner institutions",
    description:
      'A nationally recognised programme that prepares early career researchers for leadership through practical activities in a safe setting. Everyone leads an activity in a team of six with an experienced coach, and keeps a buddy and a home group throughout.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: 'all',
    source: 'leadership-in-action',
    sourceSection: '',
  },
];

const FROM_RESEARCH_CAREER: readonly SeedResource[] = [
  {
    key: 'ica-internships',
    title: 'HEE/NIHR ICA Programme: Internships',
    provider: 'HEE local teams',
    description:
      'An introduction to research for registered non-medical health care professionals with no research experience: a time-limited chance to test whether research is the career for them.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: NON_MEDICAL,
    source: 'nihr-research-career',
    sourceSection: ICA,
  },
  {
    key: 'ica-masters-studentships',
    title: 'HEE/NIHR ICA Programme: Master’s Studentships',
    provider: 'Health Education England, managed by the NIHR',
    description:
      'A funded research Master’s giving a grounding in clinical research and a recognised qualification, with salary backfill so the member of staff has time to study.',
    themeIds: ['widening-perspectives', 'talent-management', 'practical-levers'],
    professions: NON_MEDICAL,
    source: 'nihr-research-career',
    sourceSection: ICA,
  },
  {
    key: 'ica-clinical-doctoral-research-fellowship',
    title: 'HEE/NIHR ICA Programme: Clinical Doctoral Research Fellowship',
    provider: 'Health Education England, managed by the NIHR',
    description: 'An award that lets a clinical academic obtain a PhD, with salary, research and training costs covered.',
    themeIds: ['widening-perspectives', 'talent-management', 'practical-levers'],
    professions: NON_MEDICAL,
    source: 'nihr-research-career',
    sourceSection: ICA,
  },
  {
    key: 'ica-clinical-lectureship',
    title: 'HEE/NIHR ICA Programme: Clinical Lectureship',
    provider: 'Health Education England, managed by the NIHR',
    description: 'An award for early post-doctoral professionals, combining clinical practice with research.',
    themeIds: ['widening-perspectives', 'talent-management', 'practical-levers'],
    professions: NON_MEDICAL,
    source: 'nihr-research-career',
    sourceSection: ICA,
  },
  {
    key: 'ica-senior-clinical-lectureship',
    title: 'HEE/NIHR ICA Programme: Senior Clinical Lectureship',
    provider: 'Health Education England, managed by the NIHR',
    description: 'An award for senior clinical academics, combining clinical practice with research.',
    themeIds: ['widening-perspectives', 'talent-management', 'practical-levers'],
    professions: NON_MEDICAL,
    source: 'nihr-research-career',
    sourceSection: ICA,
  },
  {
    key: 'nihr-fellowships-programme',
    title: 'NIHR Fellowships Programme',
    provider: 'NIHR',
    description: 'Personal awards for doctoral and post-doctoral study that include salary, full research costs, and training and development costs.',
    themeIds: ['talent-management', 'practical-levers'],
    professions: 'all',
    source: 'nihr-research-career',
    sourceSection: '5. So your staff member wants to be a clinical academic?',
  },
  {
    key: 'finding-a-mentor',
    title: 'Finding a mentor',
    provider: 'Your institution’s mentoring scheme, or a mentor you approach yourself',
    description:
      'A mentor, ideally from outside your department or institution, gives a wider view of the academic and professional world and the options beyond your current role. Use a formal scheme if there is one; otherwise ask someone you respect.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: 'all',
    source: 'nihr-research-career',
    sourceSection: '4. So you want to be a clinical academic?',
  },
  {
    key: 'manager-clinical-academic-conversation',
    title: 'Questions for a manager and an aspiring clinical academic',
    provider: 'NIHR',
    description:
      'What a manager and a member of staff who wants a clinical academic career should discuss: the right opportunity, the career plan, timing, backfill, team development and protected time.',
    themeIds: ['talent-management', 'practical-levers'],
    professions: 'all',
    source: 'nihr-research-career',
    sourceSection: '6. Manager and aspiring clinical academic',
  },
  {
    key: 'cahpr',
    title: 'Council for Allied Health Profession Research (CAHPR)',
    provider: 'Council for Allied Health Profession Research',
    description: 'A good starting point, the guide says, for allied health professionals building a network of research support.',
    themeIds: ['widening-perspectives'],
    professions: ['ahp'],
    source: 'nihr-research-career',
    sourceSection: '4. So you want to be a clinical academic?',
  },
];

const FROM_NW_STRATEGY: readonly SeedResource[] = [
  {
    key: 'research-champions',
    title: 'Champions across practitioner networks',
    provider: HEE_NW,
    description:
      'Identify and support champions across education, health and social care networks, to promote research careers among nurses, midwives, allied health professionals and social care practitioners.',
    themeIds: ['organisational-culture', 'widening-perspectives'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Grow our influence',
  },
  {
    key: 'twinning',
    title: 'Twinning between organisations',
    provider: HEE_NW,
    description:
      'Pair organisations, such as research-active trusts with less active ones, so that collaboration and the sharing of knowledge and experience can be established and sustained.',
    themeIds: ['widening-perspectives', 'organisational-culture'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Grow our influence',
  },
  {
    key: 'communities-of-practice',
    title: 'Communities of practice and alumni groups',
    provider: HEE_NW,
    description: 'Support existing communities of practice, and develop new, inclusive communities of practice and alumni groups where there is a need.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Grow our influence',
  },
  {
    key: 'coaching-and-mentoring',
    title: 'Coaching and mentoring programmes',
    provider: HEE_NW,
    description: 'Effective coaching and mentoring programmes, with more opportunities for high-quality mentoring through clinical academic careers.',
    themeIds: ['building-confidence', 'talent-management'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Implementation plan on a page',
  },
  {
    key: 'hee-bridging-scheme',
    title: 'HEE Bridging Scheme',
    provider: 'Health Education England',
    description:
      'A Health Education England scheme on the research career pathway that the strategy plans to evolve, with enhanced mentoring and support to develop the skills individuals need.',
    themeIds: ['talent-management', 'widening-perspectives'],
    professions: ['ahp', 'midwives', 'nurses'],
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Invest in our people',
  },
  {
    key: 'social-care-bridging-scheme',
    title: 'Bridging Scheme for Social Care',
    provider: 'Health Education England',
    description: 'A planned equivalent of the HEE Bridging Scheme: funded opportunities for social care practitioners to take part in research.',
    themeIds: ['talent-management', 'widening-perspectives'],
    professions: ['social-workers'],
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Equitable access',
  },
  {
    key: 'pre-masters-internship',
    title: 'Pre-Masters internship',
    provider: 'NHS R&D North West',
    description: 'An internship led by NHS R&D North West, planned from September 2021, to give North West practitioners more access to a first step into research.',
    themeIds: ['building-confidence', 'widening-perspectives'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Lead by example',
  },
  {
    key: 'senior-nurse-midwife-research-leader-programme',
    title: 'Senior Nurse and Midwife Research Leader Programme (70@70)',
    provider: 'NIHR',
    description: 'Aims to strengthen the research voice and influence of nurses and midwives in health and social care settings.',
    url: 'https://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750',
    themeIds: ['talent-management', 'widening-perspectives'],
    professions: ['midwives', 'nurses'],
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Invest in our people (footnote 4)',
  },
  {
    key: 'nw-nmahp-research-strategy-report',
    title: 'North West England NMAHPs research strategy: full report',
    provider: HEE_NW,
    description:
      'The full strategy: a three-year roadmap that employers, providers and individuals can adapt to build research capacity and careers for nurses, midwives, allied health professionals and social care practitioners.',
    url: 'https://research.northwest.nhs.uk/nw-england-nmahps-research-strategy-report/',
    themeIds: ['talent-management', 'organisational-culture'],
    professions: NMAHP_AND_SOCIAL_CARE,
    source: 'hee-nw-nmahp-strategy',
    sourceSection: 'Executive summary',
  },
];

export const SEED_RESOURCES: readonly SeedResource[] = [
  ...FROM_FRAMEWORK,
  ...FROM_NIHR_LEADERS_PROGRAMME,
  ...FROM_LEADERSHIP_IN_ACTION,
  ...FROM_RESEARCH_CAREER,
  ...FROM_NW_STRATEGY,
];
