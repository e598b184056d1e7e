import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../shared/ipc/build-api';
import { CHANNELS, contract, isChannel } from '../../shared/ipc/contract';
import { EVENT_NAMES, eventChannel, events } from '../../shared/ipc/events';
import { CHANNEL_NAMES } from '../../shared/ipc/names';

describe('the contract', () => {
  it('names every channel domain.verb, with no domain called "events" (the api keeps that for events)', () => {
    for (const channel of CHANNELS) {
      expect(channel).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(channel.split('.')[0]).not.toBe('events');
    }
  });

  it('marks every channel as a query or a command', () => {
    for (const channel of CHANNELS) expect(['query', 'command']).toContain(contract[channel].kind);
    expect(contract['organisation.create'].kind).toBe('command');
    expect(contract['organisation.list'].kind).toBe('query');
  });

  it('has exactly the channels named in names.ts (which the zod-free preload uses)', () => {
    expect(Object.keys(contract)).toEqual([...CHANNEL_NAMES]);
    expect(Object.keys(events)).toEqual([...EVENT_NAMES]);
  });

  it('knows its own channels and nothing inherited', () => {
    expect(isChannel('organisation.list')).toBe(true);
    expect(isChannel('constructor')).toBe(false);
    expect(isChannel('hasOwnProperty')).toBe(false);
    expect(isChannel(undefined)).toBe(false);
  });

  it('keeps events on a prefix of their own', () => {
    for (const name of EVENT_NAMES) {
      expect(eventChannel(name)).toBe(`event:${name}`);
      expect(isChannel(eventChannel(name))).toBe(false);
    }
    expect(events['app.navigate'].safeParse({ path: '/organisations' }).success).toBe(true);
    expect(events['app.navigate'].safeParse({ path: 'https://evil' }).success).toBe(false);
  });
});

describe('buildApi', () => {
  const calls: Array<[string, unknown]> = [];
  const subscriptions: string[] = [];
  const api = buildApi(
    CHANNELS,
    EVENT_NAMES,
    (channel, input) => {
      calls.push([channel, input]);
      return Promise.resolve({ ok: true, value: channel });
    },
    (name) => {
      subscriptions.push(name);
      return () => undefined;
    },
  ) as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

  it('has one method per channel, grouped by domain, and nothing else', async () => {
    const methods = Object.entries(api)
      .filter(([domain]) => domain !== 'events')
      .flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}.${verb}`));
    expect(methods.sort()).toEqual([...CHANNELS].sort());
    await api['organisation']?.['create']?.({ name: 'x' });
    await api['organisation']?.['list']?.();
    expect(calls).toEqual([
      ['organisation.create', { name: 'x' }],
      ['organisation.list', {}],
    ]);
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
    expect(Object.keys(api)).not.toContain('on');
  });

  it('has one subscription per event', () => {
    expect(Object.keys(api['events'] ?? {})).toEqual(EVENT_NAMES);
    void api['events']?.['app.navigate']?.(() => undefined);
    void api['events']?.['app.closing']?.(() => undefined);
    expect(subscriptions).toEqual(['app.navigate', 'app.closing']);
  });

  it('is frozen at every level', () => {
    expect(Object.isFrozen(api)).toBe(true);
    for (const value of Object.values(api)) expect(Object.isFrozen(value)).toBe(true);
  });

  it('is self-contained, so its source can be injected into a page', () => {
    const rebuilt = vm.runInNewContext(`(${buildApi.toString()})`) as typeof buildApi;
    const fresh = rebuilt(['a.b'], [], () => Promise.resolve(1), () => () => undefined) as Record<string, Record<string, unknown>>;
    expect(typeof fresh['a']?.['b']).toBe('function');
  });
});
