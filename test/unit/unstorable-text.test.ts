import { describe, expect, it } from 'vitest';
import { BROKEN_CHARACTER_MESSAGE, NUL_MESSAGE, findUnstorableText } from '../../src-main/core/ipc/unstorable-text';

describe('findUnstorableText', () => {
  it.each<[string, unknown]>([
    ['plain text', { name: 'Northshire' }],
    ['emoji and combining marks', { name: '👩🏽‍⚕️ café e\u0301 𝕏' }],
    ['control characters other than NUL', { notes: 'a\u0001b\tc\r\n\u007f' }],
    ['numbers, booleans and null', { id: 1, ok: true, x: null, list: [1, 'two'] }],
    ['a surrogate pair split only across two strings', ['\ud83d', '\ude00'].join('')],
  ])('passes %s', (_label, value) => {
    expect(findUnstorableText(value)).toBeNull();
  });

  it.each<[string, unknown, readonly (string | number)[], string]>([
    ['a NUL in a nested name', { participants: { guests: [{ name: 'Jo' }, { name: 'A\u0000B' }] } }, ['participants', 'guests', 1, 'name'], NUL_MESSAGE],
    ['a lone high surrogate', { notes: 'broken \ud83d' }, ['notes'], BROKEN_CHARACTER_MESSAGE],
    ['a lone low surrogate', { title: '\ude00 start' }, ['title'], BROKEN_CHARACTER_MESSAGE],
    ['swapped halves', { title: '\ude00\ud83d' }, ['title'], BROKEN_CHARACTER_MESSAGE],
    ['a NUL in an object key', { values: { groups: { 'Nurs\u0000ing': 'nurses' } } }, ['values', 'groups', 'Nurs\u0000ing'], NUL_MESSAGE],
    ['a bare string', '\u0000', [], NUL_MESSAGE],
  ])('refuses %s, naming where it is', (_label, value, path, message) => {
    expect(findUnstorableText(value)).toEqual({ path, message });
  });

  it('names the first problem in input order', () => {
    expect(findUnstorableText({ a: 'fine', b: ['x', '\u0000'], c: '\ud800' })?.path).toEqual(['b', 1]);
  });
});
