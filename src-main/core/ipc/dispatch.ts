import type { z } from 'zod';
import { contract, isChannel } from '../../../shared/ipc/contract';
import type { Channel, ChannelInput, ChannelOutput, ParsedInput } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/ipc/result';
import type { FieldError, Result } from '../../../shared/ipc/result';
import { AppError } from '../errors';
import { findUnstorableText } from './unstorable-text';

/** One function per channel; TypeScript insists every channel of the contract has one. */
export type Handlers = {
  readonly [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: unknown, rawInput: unknown) => Promise<Result<unknown>>;

/** The same dispatcher, typed by the contract, for callers inside the main process and tests. */
export type TypedCall = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

export function typedCall(dispatch: Dispatch): TypedCall {
  return (channel, input) => dispatch(channel, input) as Promise<Result<ChannelOutput<typeof channel>>>;
}

export type DispatchOptions = {
  /** Told about faults that are not the caller's; never given the input, which may hold personal data. */
  readonly onInternalError?: (channel: Channel, error: unknown) => void;
};

/**
 * The single way into the core, shared by every transport (Electron IPC, the browser test
 * harness, the dev view). Input is validated before any handler runs, so a rejected request
 * cannot have changed anything; output is validated too, so the contract cannot drift silently.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return err('UNKNOWN_CHANNEL', `Unknown request ${describe(channel)}`);
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) {
      const fields = toFieldErrors(parsed.error, rawInput);
      const first = fields[0] ?? { path: [], message: 'The request is not valid' };
      return err('INVALID_INPUT', first.message, first.path, fields);
    }
    const unstorable = findUnstorableText(parsed.data);
    if (unstorable) return err('INVALID_INPUT', unstorable.message, unstorable.path);
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value: unknown = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        throw new Error(`Output of ${channel} does not match the contract: ${checked.error.message}`);
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) {
        return err(error.code, error.message, error.path);
      }
      options.onInternalError?.(channel, error);
      return err('INTERNAL', 'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Boardwalk.');
    }
  };
}

function describe(channel: unknown): string {
  if (typeof channel === 'string') return `"${channel.slice(0, 80)}"`;
  return `of type ${channel === null ? 'null' : typeof channel}`;
}

/** Zod's issues, reworded where its default wording would mean nothing to a user. */
export function toFieldErrors(error: z.ZodError, rawInput: unknown): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields.push({ path: [...path, key], message: `Unexpected field "${key}"` });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && path.length === 0) {
      fields.push({ path, message: `The request must be an object, not ${describeType(rawInput)}` });
      continue;
    }
    fields.push({ path, message: issue.message });
  }
  return fields;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}
