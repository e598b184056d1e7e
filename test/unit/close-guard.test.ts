import { describe, expect, it } from 'vitest';
import { createCloseGuard } from '../../src-main/electron/close-guard';
import type { CloseGuardPorts } from '../../src-main/electron/close-guard';

/** The guard with ports that record what it did; `fire` runs the pending timer. */
function harness(pageThere = true) {
  const log: string[] = [];
  let timer: (() => void) | null = null;
  const ports: CloseGuardPorts = {
    askPageToSave: () => {
      log.push('ask page');
      return pageThere;
    },
    closeWindow: () => log.push('close window'),
    setTimer: (callback, ms) => {
      log.push(`timer ${ms}`);
      timer = callback;
      return 'handle';
    },
    clearTimer: (handle) => {
      log.push(`clear ${String(handle)}`);
      timer = null;
    },
    timeoutMs: 5000,
  };
  const guard = createCloseGuard(ports);
  const close = () => {
    const event = { prevented: false, preventDefault: () => undefined };
    event.preventDefault = () => {
      event.prevented = true;
    };
    guard.onClose(event);
    return event.prevented ? 'held' : 'allowed';
  };
  return { guard, log, close, fire: () => timer?.() };
}

describe('the close guard', () => {
  it('holds the first close, asks the page to save, and lets the page’s own close through', () => {
    const { guard, log, close } = harness();
    expect(close()).toBe('held');
    expect(guard.state()).toBe('saving');
    expect(log).toEqual(['ask page', 'timer 5000']);
    expect(close()).toBe('allowed');
    expect(guard.state()).toBe('closing');
    expect(log).toEqual(['ask page', 'timer 5000', 'clear handle']);
  });

  it('closes the window itself when the page does not answer in time', () => {
    const { guard, log, close, fire } = harness();
    expect(close()).toBe('held');
    fire();
    expect(log).toEqual(['ask page', 'timer 5000', 'close window']);
    expect(guard.state()).toBe('closing');
    // ...which comes back as a close event, and goes through.
    expect(close()).toBe('allowed');
  });

  it('does not wait when there is no page to ask', () => {
    const { guard, log, close } = harness(false);
    expect(close()).toBe('allowed');
    expect(log).toEqual(['ask page']);
    expect(guard.state()).toBe('closing');
  });

  it('asks only once, however many times the window is closed', () => {
    const { log, close, fire } = harness();
    close();
    close();
    close();
    fire();
    expect(log.filter((entry) => entry === 'ask page')).toHaveLength(1);
    expect(log).not.toContain('close window');
  });
});
