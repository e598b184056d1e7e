/* eslint-disable @microsoft/sdl/no-insecure-url -- the insecure addresses here are the inputs the allow-list must refuse */
import { describe, expect, it } from 'vitest';
import { externalLinkDecision, isTrustedLinkHost, TRUSTED_LINK_DOMAINS } from '../../shared/security/external-links';
import { openExternalLink } from '../../src-main/core/links/external-links';
import type { OpenableLink } from '../../src-main/core/links/external-links';
import { confirmLinkDialogOptions } from '../../src-main/electron/link-dialog';
import { SEED_RESOURCES } from '../../shared/resources/seed';

describe('externalLinkDecision', () => {
  it('opens https addresses on the NHS and the source documents’ publishers’ hosts straight away', () => {
    for (const [address, host] of [
      ['https://www.nihr.ac.uk/documents/7070-nihr-senior-nurse-and-midwife-research-leader-programme/22750', 'www.nihr.ac.uk'],
      ['https://research.northwest.nhs.uk/nw-england-nmahps-research-strategy-report/', 'research.northwest.nhs.uk'],
      ['https://nhs.uk/', 'nhs.uk'],
      ['https://www.gov.uk/government/publications', 'www.gov.uk'],
      ['https://WWW.LEADERSHIPACADEMY.NHS.UK/programmes?x=1#top', 'www.leadershipacademy.nhs.uk'],
      ['  https://www.cam.ac.uk/  ', 'www.cam.ac.uk'],
    ] as const) {
      const decision = externalLinkDecision(address);
      expect(decision, address).toMatchObject({ kind: 'open', host });
    }
    // What is opened is the parsed, normalised address, not the text as given.
    expect(externalLinkDecision('https://WWW.NHS.UK/a b')).toEqual({ kind: 'open', url: 'https://www.nhs.uk/a%20b', host: 'www.nhs.uk' });
  });

  it('asks first for any other https website, naming its host', () => {
    for (const [address, host] of [
      ['https://www.kingsfund.org.uk/insight-and-analysis', 'www.kingsfund.org.uk'],
      ['https://nhs.uk.example.com/', 'nhs.uk.example.com'],
      ['https://evilnhs.uk/', 'evilnhs.uk'],
      ['https://www.nhs.uk.evil.com/login', 'www.nhs.uk.evil.com'],
      ['https://xn--nhs-xxa.uk/', 'xn--nhs-xxa.uk'],
    ] as const) {
      expect(externalLinkDecision(address), address).toMatchObject({ kind: 'confirm', host });
    }
    // A trailing dot makes a name the allow-list does not match: never opened without asking.
    expect(externalLinkDecision('https://www.nhs.uk./').kind).not.toBe('open');
  });

  it('refuses everything that is not an https web page on a named host, saying why', () => {
    for (const address of [
      'http://www.nhs.uk/',
      'file:///C:/Windows/System32/calc.exe',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-settings:privacy',
      'smb://fileserver/share',
      'mailto:someone@nhs.net',
      'vbscript:msgbox',
      'https://user:secret@www.nhs.uk/',
      'https://www.nhs.uk@evil.com/',
      'https://www.nhs.uk:8443/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://10.0.0.5/admin',
      'https://0x7f000001/',
      'https://localhost/',
      'https://intranet/',
      '//www.nhs.uk/',
      'www.nhs.uk',
      '',
      'not a url',
      `https://www.nhs.uk/${'a'.repeat(2100)}`,
    ]) {
      const decision = externalLinkDecision(address);
      expect(decision.kind, address).toBe('refuse');
      if (decision.kind === 'refuse') expect(decision.reason.length, address).toBeGreaterThan(10);
    }
    const http = externalLinkDecision('http://www.nhs.uk/');
    expect(http.kind === 'refuse' ? http.reason : '').toContain('https://');
  });

  it('matches allow-listed domains by whole labels only', () => {
    expect(TRUSTED_LINK_DOMAINS).toEqual(['nhs.uk', 'nihr.ac.uk', 'gov.uk', 'cam.ac.uk']);
    expect(isTrustedLinkHost('england.nhs.uk')).toBe(true);
    expect(isTrustedLinkHost('notnhs.uk')).toBe(false);
    expect(isTrustedLinkHost('nhs.uk.attacker.net')).toBe(false);
  });

  it('opens every web address of the built-in library without asking', () => {
    const addresses = SEED_RESOURCES.flatMap((resource) => (resource.url === undefined ? [] : [resource.url]));
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(externalLinkDecision(address).kind, address).toBe('open');
  });
});

describe('app.openExternal in the core', () => {
  /** Stands in for the desktop: records what it was asked to open and answers as the user would. */
  const desktop = (answer: boolean) => {
    const asked: OpenableLink[] = [];
    return { asked, port: { open: (link: OpenableLink) => Promise.resolve((asked.push(link), answer)) } };
  };

  it('hands allowed links to the desktop and reports what happened', async () => {
    const yes = desktop(true);
    expect(await openExternalLink('https://www.nhs.uk/', yes.port)).toEqual({ outcome: 'opened', message: 'Opened www.nhs.uk in your web browser.' });
    expect(await openExternalLink('https://www.kingsfund.org.uk/', yes.port)).toMatchObject({ outcome: 'opened' });
    expect(yes.asked.map((link) => link.kind)).toEqual(['open', 'confirm']);
    const no = desktop(false);
    expect(await openExternalLink('https://www.kingsfund.org.uk/', no.port)).toEqual({
      outcome: 'declined',
      message: 'Not opened: you chose not to open www.kingsfund.org.uk.',
    });
  });

  it('never hands a refused link to the desktop', async () => {
    const yes = desktop(true);
    for (const address of ['http://www.nhs.uk/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const result = await openExternalLink(address, yes.port);
      expect(result.outcome, address).toBe('refused');
      expect(result.message, address).toMatch(/^Not opened\. /);
    }
    expect(yes.asked).toEqual([]);
  });

  it('only reports where there is no browser to hand the link to (the web transport)', async () => {
    expect(await openExternalLink('https://www.nhs.uk/', undefined)).toEqual({
      outcome: 'unavailable',
      message: 'This view cannot open web pages. Copy the address into your web browser: https://www.nhs.uk/',
    });
    expect(await openExternalLink('http://www.nhs.uk/', undefined)).toMatchObject({ outcome: 'refused' });
  });
});

describe('the question asked before an unknown host', () => {
  it('names the host and the full address, with Cancel as the default and Escape answer', () => {
    const options = confirmLinkDialogOptions({ kind: 'confirm', url: 'https://www.kingsfund.org.uk/x', host: 'www.kingsfund.org.uk' });
    expect(options.message).toBe('Open www.kingsfund.org.uk in your web browser?');
    expect(options.detail).toContain('https://www.kingsfund.org.uk/x');
    expect(options.buttons).toEqual(['Open in browser', 'Cancel']);
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);
  });
});
