import { A, useSearchParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { RoundCard } from '../components/RoundCard.js';
import { loc, t } from '../lib/i18n.js';
import { companyName, fetchCatalogueSize, fetchCollections, fetchCompanies, fetchRounds } from '../lib/queries.js';
import { Table } from '../components/Table.js';
import { fetchWriteups } from '../writeups/api.js';
import { tw } from '../writeups/messages.js';
import { userText, settled } from '../writeups/text.js';

/** The interview timeline: every round in date order, filterable by company. */
export default function Timeline() {
  const [params, setParams] = useSearchParams<{ company?: string }>();
  const [companies, companiesActions] = createResource(fetchCompanies);
  const [rounds, roundsActions] = createResource(
    () => params.company ?? '',
    (company) => fetchRounds(company || undefined),
  );
  const companyNameOf = (id: string) => companyName(companies.latest, id);
  const [size] = createResource(fetchCatalogueSize);
  const [collections] = createResource(fetchCollections);
  // People's public write-ups sit beside the curated one; the timeline still shows without them.
  const [writeups] = createResource(
    () => params.company ?? '',
    (company) => fetchWriteups('public', company || undefined).catch(() => undefined),
  );
  return (
    <section class="page">
      <h1>{t().timelineTitle}</h1>
      <p class="lead">{t().timelineIntro}</p>
      <Show when={size.latest && collections.latest}>
        <p class="home-counts" data-testid="home-counts">
          {t().homeCollections(size.latest?.problems ?? 0, size.latest?.questions ?? 0)}{' '}
          <For each={collections.latest}>
            {(collection, i) => (
              <>
                {i() > 0 ? ' · ' : ''}
                <A href={`/collections/${collection.id}`}>{loc(collection.title)}</A> ({t().homeCollection(collection.problems)})
              </>
            )}
          </For>
        </p>
      </Show>
      <Async resource={companies} retry={() => void companiesActions.refetch()}>
        {(list) => (
          <div class="field inline">
            <label for="company-filter">{t().company}</label>
            <select
              id="company-filter"
              value={params.company ?? ''}
              onChange={(e) => setParams({ company: e.currentTarget.value || undefined })}
            >
              <option value="">{t().allCompanies}</option>
              <For each={list().filter((c) => c.rounds.length > 0)}>
                {(company) => <option value={company.id}>{loc(company.name)}</option>}
              </For>
            </select>
          </div>
        )}
      </Async>
      <Show when={companies.latest}>
        {(list) => (
          <details class="applications">
            <summary>{t().applicationsTitle}</summary>
            <Table caption={t().applicationsTitle} columns={[t().company, t().track, t().outcome, t().note]}>
              <For each={list().flatMap((company) => company.applications.map((application) => ({ company, application })))}>
                {(row) => (
                  <tr>
                    <td>{loc(row.company.name)}</td>
                    <td>{row.application.track ? loc(row.application.track) : ''}</td>
                    <td>{t().applicationOutcome[row.application.outcome] ?? row.application.outcome}</td>
                    <td>{row.application.note ? loc(row.application.note) : ''}</td>
                  </tr>
                )}
              </For>
            </Table>
          </details>
        )}
      </Show>
      <Show when={settled(writeups)?.items.filter((w) => !w.curated)}>
        {(list) => (
          <Show when={list().length > 0}>
            <section class="timeline-writeups" aria-labelledby="timeline-writeups-heading">
              <h2 id="timeline-writeups-heading">{tw().publicWriteups}</h2>
              <ul class="writeup-list">
                <For each={settled(writeups)?.items.filter((w) => w.curated)}>
                  {(curated) => (
                    <li class="writeup-row">
                      <span class="badge badge-curated">{tw().curated}</span> {userText(curated.title)}{' '}
                      <span class="muted">({tw().curatedTimeline})</span>
                    </li>
                  )}
                </For>
                <For each={list()}>
                  {(writeup) => (
                    <li class="writeup-row" data-testid="timeline-writeup">
                      <A href={`/writeups/${writeup.id}`}>{userText(writeup.title)}</A>{' '}
                      <span class="muted">{tw().timelineWriteupMeta(writeup.authorName ?? '?', writeup.rounds)}</span>
                    </li>
                  )}
                </For>
              </ul>
              <p>
                <A href="/writeups">{tw().backToList} →</A>
              </p>
            </section>
          </Show>
        )}
      </Show>
      <Async resource={rounds} retry={() => void roundsActions.refetch()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t().noRounds}</p>}>
            <ol class="timeline">
              <For each={list()}>
                {(round) => (
                  <li>
                    <RoundCard round={round} companyName={companyNameOf(round.company)} />
                  </li>
                )}
              </For>
            </ol>
          </Show>
        )}
      </Async>
    </section>
  );
}
