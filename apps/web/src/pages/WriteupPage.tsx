import type { UserWriteupInput, Visibility } from '@mianjing/core';
import { A, useNavigate, useParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { Async, ErrorNotice } from '../components/Async.js';
import { Markdown } from '../components/Markdown.js';
import { createAction } from '../lib/action.js';
import { useCompanyNames } from '../lib/queries.js';
import { user } from '../lib/session.js';
import { deleteWriteup, fetchWriteup, markPractised, updateWriteup, type WriteupView } from '../writeups/api.js';
import { Applications } from '../writeups/Applications.js';
import { loadCatalogue } from '../writeups/catalogue.js';
import { tw } from '../writeups/messages.js';
import { PractiseButton } from '../writeups/PractiseButton.js';
import { companyText, userText, settled } from '../writeups/text.js';
import { safeUrl, UserRoundCard } from '../writeups/UserRoundCard.js';

const VISIBILITIES: readonly Visibility[] = ['private', 'unlisted', 'public'];

/** The owner's tools: edit, delete, and who may see it. */
function OwnerTools(props: { readonly view: WriteupView; readonly onChanged: (view: WriteupView) => void }) {
  const navigate = useNavigate();
  const setVisibility = createAction(async (visibility: Visibility) => {
    const { id, ...input } = props.view.writeup;
    props.onChanged(await updateWriteup(id, { ...(input as UserWriteupInput), visibility }));
  });
  const remove = createAction(async () => {
    await deleteWriteup(props.view.writeup.id);
    navigate('/writeups?scope=mine');
  });
  return (
    <div class="owner-tools actions">
      <A class="button" href={`/writeups/${props.view.writeup.id}/edit`} data-testid="writeup-edit">
        {tw().edit}
      </A>
      <label for="writeup-visibility">{tw().visibility}</label>
      <select
        id="writeup-visibility"
        data-testid="writeup-visibility"
        value={props.view.writeup.visibility}
        disabled={setVisibility.pending()}
        onChange={(e) => void setVisibility.run(e.currentTarget.value as Visibility)}
      >
        <For each={VISIBILITIES}>{(v) => <option value={v}>{tw().visibilities[v]}</option>}</For>
      </select>
      <button
        type="button"
        class="ghost danger"
        data-testid="writeup-delete"
        onClick={() => {
          if (window.confirm(tw().confirmDelete)) void remove.run();
        }}
      >
        {tw().delete}
      </button>
      <Show when={setVisibility.error() ?? remove.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
    </div>
  );
}

/** /writeups/:id — a write-up drawn like the timeline, with the reader's state and the owner's tools. */
export default function WriteupPage() {
  const params = useParams<{ id: string }>();
  const [view, { refetch, mutate }] = createResource(() => params.id, fetchWriteup);
  const [catalogue] = createResource(loadCatalogue);
  const nameOf = useCompanyNames();
  const practised = createAction(async (itemKey: string, value: boolean) => {
    const mark = await markPractised(params.id, itemKey, value);
    mutate((current) => {
      if (!current?.practice) return current;
      const marks = { ...current.practice.practised };
      if (mark.practisedAt) marks[itemKey] = mark.practisedAt;
      else delete marks[itemKey];
      return { ...current, practice: { ...current.practice, practised: marks } };
    });
  });
  return (
    <section class="page">
      <Async resource={view} retry={() => void refetch()}>
        {(current) => (
          <>
            <header class="writeup-head">
              <h1 data-testid="writeup-heading">{userText(current().writeup.title)}</h1>
              <p class="muted">
                <Show
                  when={current().curated}
                  fallback={<span data-testid="writeup-author">{tw().byAuthor(current().authorName ?? '?')}</span>}
                >
                  <span class="badge badge-curated">{tw().curated}</span>
                </Show>
                <Show when={current().writeup.source.site}>
                  {(site) => (
                    <>
                      {' '}
                      · {tw().source}:{' '}
                      <Show when={safeUrl(current().writeup.source.url)} fallback={site()}>
                        {(url) => (
                          <a href={url()} rel="noopener noreferrer nofollow" target="_blank">
                            {site()}
                          </a>
                        )}
                      </Show>
                    </>
                  )}
                </Show>
                <Show when={current().mine}>
                  {' '}
                  <span class={`badge visibility-${current().writeup.visibility}`}>{tw().visibilities[current().writeup.visibility]}</span>
                </Show>
                <Show when={current().hidden}>
                  {' '}
                  <span class="badge badge-hidden">{tw().hidden}</span>
                </Show>
              </p>
              <Show when={current().mine}>
                <OwnerTools view={current()} onChanged={(next) => mutate(next)} />
              </Show>
              <Show when={user()}>
                <PractiseButton
                  writeupId={current().writeup.id}
                  mine={current().mine}
                  inDeck={Object.keys(current().practice?.cards ?? {}).length > 0}
                  onChanged={() => void refetch()}
                />
              </Show>
            </header>
            <Show when={current().writeup.background}>{(background) => <Markdown text={userText(background())} />}</Show>
            <Applications applications={current().writeup.applications} nameOf={nameOf} />
            <Show when={practised.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
            <ol class="timeline">
              <For each={current().writeup.rounds}>
                {(round, r) => (
                  <li>
                    <UserRoundCard
                      round={round}
                      index={r()}
                      companyName={companyText(round.company, nameOf)}
                      catalogue={settled(catalogue)}
                      practice={current().practice}
                      mockHref={`/writeups/${current().writeup.id}/mock/${round.id}`}
                      onPractised={current().practice ? (key, value) => void practised.run(key, value) : undefined}
                    />
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Async>
      <p>
        <A href="/writeups">← {tw().backToList}</A>
      </p>
    </section>
  );
}
