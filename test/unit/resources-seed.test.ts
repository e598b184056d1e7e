import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../shared/framework/content';
import { PROFESSION_IDS } from '../../shared/framework/professions';
import {
  RESOURCE_DESCRIPTION_MAX,
  RESOURCE_PROVIDER_MAX,
  RESOURCE_TITLE_MAX,
  SOURCE_DOCUMENTS,
  SOURCE_IDS,
  addResourceInputSchema,
  isHttpUrl,
  resourceMatches,
} from '../../shared/resources/resource';
import { SEED_RESOURCES } from '../../shared/resources/seed';

/** The five source documents, by the names of their texts in the brief (../shared/seeds/). */
const SOURCE_FILES = [
  '000_78e928ee49dd8447.txt',
  '001_0f3e59204157f0a1.txt',
  '002_6d5dc955d7ee9e7f.txt',
  '003_bbb9c620f1794c6a.txt',
  '004_6cdeb7d60a1a0d00.txt',
];

const titles = SEED_RESOURCES.map((item) => item.title);
const titlesFrom = (file: string) =>
  SEED_RESOURCES.filter((item) => SOURCE_DOCUMENTS[item.source].file === file).map((item) => item.title);

describe('the built-in resource library', () => {
  it('gives every item a title, a provider, what it is, a theme, professions and a source document', () => {
    expect(SEED_RESOURCES.length).toBe(53);
    for (const item of SEED_RESOURCES) {
      expect(item.title.trim(), item.key).not.toBe('');
      expect(item.title.length, item.key).toBeLessThanOrEqual(RESOURCE_TITLE_MAX);
      expect(item.provider.trim(), item.key).not.toBe('');
      expect(item.provider.length, item.key).toBeLessThanOrEqual(RESOURCE_PROVIDER_MAX);
      expect(item.description.trim(), item.key).not.toBe('');
      expect(item.description.length, item.key).toBeLessThanOrEqual(RESOURCE_DESCRIPTION_MAX);
      expect(item.themeIds.length, item.key).toBeGreaterThan(0);
      for (const themeId of item.themeIds) expect(THEME_IDS, item.key).toContain(themeId);
      expect(new Set(item.themeIds).size, item.key).toBe(item.themeIds.length);
      if (item.professions !== 'all') {
        expect(item.professions.length, item.key).toBeGreaterThan(0);
        for (const professionId of item.professions) expect(PROFESSION_IDS, item.key).toContain(professionId);
        expect(new Set(item.professions).size, item.key).toBe(item.professions.length);
      }
      expect(SOURCE_IDS, item.key).toContain(item.source);
      expect(SOURCE_FILES, item.key).toContain(SOURCE_DOCUMENTS[item.source].file);
      if (item.url !== undefined) expect(isHttpUrl(item.url), item.key).toBe(true);
    }
  });

  it('names each of the five documents once as a source, and draws items from every one', () => {
    expect(SOURCE_IDS.map((id) => SOURCE_DOCUMENTS[id].file).sort()).toEqual(SOURCE_FILES);
    for (const file of SOURCE_FILES) expect(titlesFrom(file).length, file).toBeGreaterThan(0);
  });

  it('keeps keys (migrations find rows by them) and titles unique, and keys in kebab case', () => {
    const keys = SEED_RESOURCES.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(titles).size).toBe(titles.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('obeys the same rules as an item a user adds', () => {
    for (const item of SEED_RESOURCES) {
      const parsed = addResourceInputSchema.safeParse({
        title: item.title,
        provider: item.provider,
        description: item.description,
        url: item.url ?? '',
        themeIds: [...item.themeIds],
        allProfessions: item.professions === 'all',
        professionIds: item.professions === 'all' ? [] : [...item.professions],
      });
      expect(parsed.success, `${item.key}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has the offers of the NIHR Leaders Support and Development Programme (000)', () => {
    expect(titlesFrom('000_78e928ee49dd8447.txt')).toEqual([
      'NIHR Academy Mentoring Programme',
      'Future-Focused Leadership Programme',
      'NIHR Leadership Lab online learning resources',
      'Leadership webinars',
      'Leadership workshops',
      'Mentoring relationship resources',
      'NIHR Academy Members Conference',
    ]);
  });

  it('has Leadership in Action (001)', () => {
    expect(titlesFrom('001_0f3e59204157f0a1.txt')).toEqual(['Leadership in Action']);
  });

  it('has the routes of the HEE/NIHR ICA Programme, mentoring and the manager conversation (002)', () => {
    expect(titlesFrom('002_6d5dc955d7ee9e7f.txt')).toEqual([
      'HEE/NIHR ICA Programme: Internships',
      'HEE/NIHR ICA Programme: Master’s Studentships',
      'HEE/NIHR ICA Programme: Clinical Doctoral Research Fellowship',
      'HEE/NIHR ICA Programme: Clinical Lectureship',
      'HEE/NIHR ICA Programme: Senior Clinical Lectureship',
      'NIHR Fellowships Programme',
      'Finding a mentor',
      'Questions for a manager and an aspiring clinical academic',
      'Council for Allied Health Profession Research (CAHPR)',
    ]);
    // The ICA Programme is for registered non-medical health care professionals.
    const ica = SEED_RESOURCES.filter((item) => item.key.startsWith('ica-'));
    expect(ica).toHaveLength(5);
    for (const item of ica) {
      expect(item.professions).not.toBe('all');
      expect(item.professions).not.toContain('doctors');
    }
  });

  it('has the framework’s Annex 2 resources and the next steps that are interventions (003)', () => {
    const framework = SEED_RESOURCES.filter((item) => item.source === 'framework');
    expect(framework.filter((item) => item.sourceSection === 'Annex 2: Useful resources').map((item) => item.title)).toEqual([
      'AHPs into Action',
      'Leadership and management standards',
      'Clinical leadership programme for healthcare scientists',
      'Development offers for midwives',
      'Development offers for nurses',
      'Leadership programmes for nurses',
      'Scholarships for nurses',
      'Development offers for pharmacists',
      'Leadership development framework for clinical psychologists',
      'Guide to leadership',
      'Leadership and management development offers for social workers',
      'Barriers and enablers for clinicians moving into senior leadership roles: review report',
      'Healthcare Leadership Model',
      'Leadership programmes',
      'Clinical Executive Fast Track scheme',
      'Nye Bevan Programme',
      'Talent management hub',
      'FMLM fellowship programme',
      'Developing People – Improving Care',
      'Culture and leadership programme',
      '2018 provider board diversity survey',
      'Improvement Hub',
      'Workforce Race Equality Standard resources',
    ]);
    expect(framework.filter((item) => item.sourceSection === '6. Next steps').map((item) => item.title)).toEqual([
      'Executive and non-executive champions of clinical leadership',
      'Multiprofessional meetings or focus groups',
      'Conversations with a line manager or head of profession',
      'Sharing good practice',
    ]);
    expect(framework).toHaveLength(27);
  });

  it('has the HEE North West strategy’s champions, twinning, communities of practice, coaching and mentoring and bridging schemes (004)', () => {
    expect(titlesFrom('004_6cdeb7d60a1a0d00.txt')).toEqual([
      'Champions across practitioner networks',
      'Twinning between organisations',
      'Communities of practice and alumni groups',
      'Coaching and mentoring programmes',
      'HEE Bridging Scheme',
      'Bridging Scheme for Social Care',
      'Pre-Masters internship',
      'Senior Nurse and Midwife Research Leader Programme (70@70)',
      'North West England NMAHPs research strategy: full report',
    ]);
  });

  it('carries only the web addresses the documents print as text', () => {
    expect(SEED_RESOURCES.filter((item) => item.url !== undefined).map((item) => [item.key, item.url])).toEqual([
      [
        'senior-nurse-midwife-research-leader-programme',
        'https://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750',
      ],
      ['nw-nmahp-research-strategy-report', 'https://research.northwest.nhs.uk/nw-england-nmahps-research-strategy-report/'],
    ]);
  });

  it('offers something for every theme and every profession', () => {
    const asResource = (item: (typeof SEED_RESOURCES)[number]) => ({
      themeIds: [...item.themeIds],
      allProfessions: item.professions === 'all',
      professionIds: item.professions === 'all' ? [] : [...item.professions],
    });
    for (const themeId of THEME_IDS) {
      expect(SEED_RESOURCES.filter((item) => resourceMatches(asResource(item), { themeId })).length, themeId).toBeGreaterThan(2);
    }
    for (const professionId of PROFESSION_IDS) {
      expect(
        SEED_RESOURCES.filter((item) => item.professions !== 'all' && item.professions.includes(professionId)).length +
          SEED_RESOURCES.filter((item) => item.professions === 'all').length,
        professionId,
      ).toBeGreaterThan(0);
    }
  });
});

describe('web addresses', () => {
  it.each([
    ['https://www.nihr.ac.uk', true],
    ['http://example.org/path?q=1#x', true],
    ['HTTPS://WWW.NHS.UK', true],
    ['https://localhost:8080/x', true],
    ['www.nihr.ac.uk', false],
    ['ftp://example.org', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https://exa mple.org', false],
    ['https://example.org/a b', false],
    ['mailto:someone@nhs.net', false],
  ])('%s is an http(s) address: %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});
