import type { Channel, ChannelInput, ChannelOutput } from './contract';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}.${infer V}` ? V : never;

/** Channels whose input has no required fields may be called without an argument. */
type Method<C extends Channel> = Record<string, never> extends ChannelInput<C>
  ? (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>
  : (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;

/** The typed shape of what `buildApi` returns for the contract. */
export type BoardwalkApi = {
  readonly [D in DomainOf<Channel>]: {
    readonly [V in VerbOf<Channel, D>]: Method<Extract<`${D}.${V}`, Channel>>;
  };
} & {
  readonly events: {
    readonly [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
  };
};
