import { describe, expect, it } from 'vitest';
import { createPageWriteQueue, createWriteQueue } from '../../src-renderer/api/write-queue';

/** A request the test answers when it chooses, recording when it was sent. */
function requests() {
  const sent: string[] = [];
  const answers = new Map<string, () => void>();
  const request = (name: string) => () =>
    new Promise<string>((resolve) => {
      sent.push(name);
      answers.set(name, () => resolve(name));
    });
  const answer = (name: string) => answers.get(name)?.();
  return { sent, request, answer };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the write queue', () => {
  it('sends one write at a time, in order, each after the last is answered', async () => {
    const queue = createWriteQueue();
    const { sent, request, answer } = requests();
    const a = queue.enqueue(request('a'));
    const b = queue.enqueue(request('b'));
    const c = queue.enqueue(request('c'));
    expect(sent).toEqual(['a']);
    answer('a');
    await settle();
    expect(sent).toEqual(['a', 'b']);
    answer('b');
    await settle();
    answer('c');
    expect(await Promise.all([a, b, c])).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a write that fails or throws', async () => {
    const queue = createWriteQueue();
    const failed = queue.enqueue(() => Promise.reject(new Error('refused')));
    const thrown = queue.enqueue(() => {
      throw new Error('thrown');
    });
    const next = queue.enqueue(() => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('refused');
    await expect(thrown).rejects.toThrow('thrown');
    expect(await next).toBe('next');
  });

  it('sends everything waiting, in order, the moment the page goes, and later writes at once', () => {
    const queue = createWriteQueue();
    const { sent, request } = requests();
    void queue.enqueue(request('rating'));
    void queue.enqueue(request('notes'));
    void queue.enqueue(request('severity'));
    expect(sent).toEqual(['rating']);
    queue.leave();
    expect(sent).toEqual(['rating', 'notes', 'severity']);
    void queue.enqueue(request('last notes'));
    expect(sent).toEqual(['rating', 'notes', 'severity', 'last notes']);
  });

  it('is one at a time again if the page comes back', async () => {
    const queue = createWriteQueue();
    const { sent, request, answer } = requests();
    queue.leave();
    queue.stay();
    void queue.enqueue(request('a'));
    void queue.enqueue(request('b'));
    expect(sent).toEqual(['a']);
    answer('a');
    await settle();
    expect(sent).toEqual(['a', 'b']);
  });
});

describe('the page write queue', () => {
  it('leaves on pagehide and stays on a pageshow from the back-forward cache', async () => {
    const page = new EventTarget();
    const queue = createPageWriteQueue(page as unknown as Parameters<typeof createPageWriteQueue>[0]);
    const { sent, request, answer } = requests();
    void queue.enqueue(request('a'));
    void queue.enqueue(request('b'));
    page.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: false }));
    expect(sent).toEqual(['a', 'b']);
    page.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    answer('a');
    answer('b');
    await settle();
    void queue.enqueue(request('c'));
    void queue.enqueue(request('d'));
    expect(sent).toEqual(['a', 'b', 'c']);
  });
});
