import { z } from 'zod';
import {
  createOrganisationInputSchema,
  organisationIdSchema,
  organisationSchema,
  renameOrganisationInputSchema,
} from '../organisations/organisation';
import { CHANNEL_NAMES } from './names';
import type { ChannelName } from './names';

/**
 * Every request the renderer may make of the main process, once. A channel is `domain.verb`;
 * `kind` says whether it changes stored data (a command) or only reads it (a query), which is
 * what the save status in the window counts.
 */
type ChannelSpec = {
  readonly kind: 'query' | 'command';
  readonly input: z.ZodType;
  readonly output: z.ZodType;
};

const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'query', input, output }) as const;
const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) =>
  ({ kind: 'command', input, output }) as const;

const noInput = z.strictObject({});

export const contract = {
  'app.info': query(
    noInput,
    z.strictObject({ name: z.string(), version: z.string(), schemaVersion: z.number().int() }),
  ),
  'organisation.list': query(noInput, z.array(organisationSchema)),
  'organisation.get': query(z.strictObject({ id: organisationIdSchema }), organisationSchema),
  'organisation.create': command(createOrganisationInputSchema, organisationSchema),
  'organisation.rename': command(renameOrganisationInputSchema, organisationSchema),
  'organisation.delete': command(
    z.strictObject({ id: organisationIdSchema }),
    z.strictObject({ id: organisationIdSchema }),
  ),
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS: readonly Channel[] = CHANNEL_NAMES;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
