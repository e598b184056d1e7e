import type { OrganisationService } from '../organisations/organisation-service';
import type { Handlers } from './dispatch';

export type Services = {
  readonly organisations: OrganisationService;
  readonly appInfo: { readonly name: string; readonly version: string; readonly schemaVersion: number };
};

/** The map from channel to service call: thin on purpose, the rules live in the services. */
export function createHandlers(services: Services): Handlers {
  const { organisations } = services;
  return {
    'app.info': () => services.appInfo,
    'organisation.list': () => organisations.list(),
    'organisation.get': ({ id }) => organisations.get(id),
    'organisation.create': (input) => organisations.create(input),
    'organisation.rename': ({ id, name }) => organisations.rename(id, name),
    'organisation.delete': ({ id }) => organisations.delete(id),
  };
}
