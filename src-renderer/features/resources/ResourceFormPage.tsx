import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { THEME_IDS } from '../../../shared/framework/content';
import type { ThemeId } from '../../../shared/framework/content';
import { PROFESSION_IDS } from '../../../shared/framework/professions';
import type { ProfessionId } from '../../../shared/framework/professions';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Resource } from '../../../shared/resources/resource';
import { useFlash } from '../../app/flash-store';
import { PageHeading } from '../../app/page';
import { navigate } from '../../app/router';
import { hrefFor } from '../../app/routes';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { errorFor, hasErrors } from '../../components/form-errors';
import { TextInput } from '../../components/TextInput';
import { useSubmit } from '../../components/use-submit';
import { Checkboxes } from '../../components/Checkboxes';
import { ALL_PROFESSIONS_LABEL, PROFESSION_OPTIONS, THEME_OPTIONS } from './resource-labels';
import { BuiltInResource, ResourceNotShown } from './ResourceNotShown';
import { useLibrary, useResources } from './resources-store';
import { Textarea } from '../../components/Textarea';

/**
 * Each control's id is the field's name in the request, so the main process's messages land on
 * their controls; listed in the order the form shows them. Both profession fields are answered
 * by the one group of checkboxes.
 */
const FIELD_IDS = {
  title: 'title',
  provider: 'provider',
  description: 'description',
  url: 'url',
  themeIds: 'themeIds',
  allProfessions: 'professionIds',
  professionIds: 'professionIds',
} as const;

/** Adding a resource, or editing one of the user's own (built-in ones are not editable). */
export function ResourceFormPage({ id }: { readonly id?: number }) {
  const library = useLibrary();
  if (id === undefined) return <ResourceForm resource={null} />;
  if (library.state !== 'ready') return <ResourceNotShown lookup={library} />;
  const resource = library.items.find((r) => r.id === id);
  if (!resource) return <ResourceNotShown lookup={{ state: 'missing' }} />;
  if (resource.builtIn) return <BuiltInResource resource={resource} verb="changed" />;
  return <ResourceForm resource={resource} />;
}

function inOrder<V extends string>(order: readonly V[], chosen: ReadonlySet<V>): V[] {
  return order.filter((value) => chosen.has(value));
}

function toggled<V>(set: ReadonlySet<V>, value: V, checked: boolean): Set<V> {
  const next = new Set(set);
  if (checked) next.add(value);
  else next.delete(value);
  return next;
}

function ResourceForm({ resource }: { readonly resource: Resource | null }) {
  const add = useResources((s) => s.add);
  const update = useResources((s) => s.update);
  const showFlash = useFlash((s) => s.show);
  const [title, setTitle] = useState(resource?.title ?? '');
  const [provider, setProvider] = useState(resource?.provider ?? '');
  const [description, setDescription] = useState(resource?.description ?? '');
  const [url, setUrl] = useState(resource?.url ?? '');
  const [themes, setThemes] = useState<ReadonlySet<ThemeId>>(() => new Set(resource?.themeIds ?? []));
  const [allProfessions, setAllProfessions] = useState(resource?.allProfessions ?? false);
  const [professions, setProfessions] = useState<ReadonlySet<ProfessionId>>(() => new Set(resource?.professionIds ?? []));

  const { errors, submitting, submit } = useSubmit<Resource>(FIELD_IDS, (saved) => {
    showFlash(resource ? `“${saved.title}” has been updated` : `“${saved.title}” has been added to the library`);
    navigate({ name: 'resources' });
  });

  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = {
      title,
      provider,
      description,
      url,
      themeIds: inOrder(THEME_IDS, themes),
      allProfessions,
      professionIds: allProfessions ? [] : inOrder(PROFESSION_IDS, professions),
    };
    void submit(() =>
      resource
        ? update({ id: resource.id, ...fields } satisfies ChannelInput<'resource.update'>)
        : add(fields satisfies ChannelInput<'resource.add'>),
    );
  };

  const libraryHref = hrefFor({ name: 'resources' });
  const heading = resource ? `Edit ${resource.title}` : 'Add a resource';
  return (
    <>
      <BackLink href={libraryHref}>Back to the resource library</BackLink>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="nhsuk-caption-l">Resource library</span>
          <PageHeading title={heading} hasError={hasErrors(errors)} />
          <form onSubmit={onSubmit} noValidate>
            <TextInput
              id={FIELD_IDS.title}
              label="Title"
              hint="For example, Trust clinical leadership mentoring scheme"
              value={title}
              onChange={setTitle}
              error={errorFor(errors, FIELD_IDS.title)}
            />
            <TextInput
              id={FIELD_IDS.provider}
              label="Provider"
              hint="Who offers it, for example your organisational development team"
              value={provider}
              onChange={setProvider}
              error={errorFor(errors, FIELD_IDS.provider)}
            />
            <Textarea
              id={FIELD_IDS.description}
              label="What it is"
              hint="A sentence or two: who it is for and what it involves."
              value={description}
              onChange={setDescription}
              error={errorFor(errors, FIELD_IDS.description)}
            />
            <TextInput
              id={FIELD_IDS.url}
              label="Web address (optional)"
              hint="Shown as text for people to copy, for example https://www.leadershipacademy.nhs.uk"
              value={url}
              onChange={setUrl}
              error={errorFor(errors, FIELD_IDS.url)}
              spellCheck={false}
            />
            <Checkboxes
              id={FIELD_IDS.themeIds}
              legend="Themes it serves"
              hint="Select all that apply. It is offered beside the questions of these themes."
              options={THEME_OPTIONS}
              selected={themes}
              onToggle={(value, checked) => setThemes((current) => toggled(current, value, checked))}
              error={errorFor(errors, FIELD_IDS.themeIds)}
            />
            <Checkboxes
              id={FIELD_IDS.professionIds}
              legend="Professions it serves"
              hint="Select all that apply."
              options={PROFESSION_OPTIONS}
              selected={professions}
              onToggle={(value, checked) => {
                setProfessions((current) => toggled(current, value, checked));
                if (checked) setAllProfessions(false);
              }}
              exclusive={{
                value: 'all',
                label: ALL_PROFESSIONS_LABEL,
                checked: allProfessions,
                onChange: (checked) => {
                  setAllProfessions(checked);
                  if (checked) setProfessions(new Set());
                },
              }}
              error={errorFor(errors, FIELD_IDS.professionIds)}
            />
            <div className="app-button-group">
              <button className="nhsuk-button" type="submit" disabled={submitting}>
                {resource ? 'Save changes' : 'Add resource'}
              </button>
              <a href={libraryHref}>Cancel</a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
