import type { ProblemSummary } from '@mianjing/core';
import { useSearchParams } from '@solidjs/router';
import { createMemo, createResource, For, onCleanup } from 'solid-js';
import { Async } from '../components/Async.js';
import { type ProblemStatus, ProblemTable, statusOf } from '../components/ProblemTable.js';
import { read } from '../lib/api.js';
import { loc, t } from '../lib/i18n.js';
import { companyName, fetchCollections, fetchCompanies, fetchProgress, fetchRounds } from '../lib/queries.js';
import './problems.css';

type Filters = {
  company?: string;
  round?: string;
  collection?: string;
  kind?: string;
  tag?: string;
  difficulty?: string;
  status?: string;
  q?: string;
};
const SERVER_FILTERS = ['company', 'round', 'collection', 'kind', 'tag', 'difficulty', 'q'] as const;
const PAGE = 100;

/** Every problem matching the server-side filters, page by page. */
async function fetchProblems(filters: Record<string, string>): Promise<ProblemSummary[]> {
  const items: ProblemSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await read((api) => api.GET('/problems', { params: { query: { ...filters, limit: PAGE, offset } } }));
    items.push(...(page.items as ProblemSummary[]));
    if (offset + PAGE >= page.total) return items;
  }
}

/** The problem table with filters kept in the address, so a filtered list can be shared or reloaded. */
export default function Problems() {
  const [params, setParams] = useSearchParams<Filters>();
  const serverFilters = createMemo(() => {
    const out: Record<string, string> = {};
    for (const key of SERVER_FILTERS) {
      const value = params[key];
      if (value) out[key] = value;
    }
    return JSON.stringify(out);
  });
  const [problems, problemsActions] = createResource(serverFilters, (json) => fetchProblems(JSON.parse(json) as Record<string, string>));
  const [all] = createResource(() => fetchProblems({}));
  const [progress] = createResource(fetchProgress);
  const [companies] = createResource(fetchCompanies);
  const [rounds] = createResource(() => fetchRounds());
  const [collections] = createResource(fetchCollections);

  const tags = createMemo(() => [...new Set((all.latest ?? []).flatMap((p) => p.tags))].sort());
  const companyNameOf = (id: string) => companyName(companies.latest, id);
  const status = (id: string): ProblemStatus => statusOf(progress.latest, id);
  const shown = createMemo(() => (problems.latest ?? []).filter((p) => !params.status || status(p.id) === params.status));
  const set = (key: keyof Filters) => (event: { currentTarget: { value: string } }) =>
    setParams({ [key]: event.currentTarget.value || undefined });

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const search = (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => setParams({ q: value || undefined }), 250);
  };
  onCleanup(() => clearTimeout(searchTimer));

  const select = (key: keyof Filters, label: string, options: readonly { value: string; label: string }[]) => (
    <div class="field">
      <label for={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={params[key] ?? ''} onChange={set(key)}>
        <option value="">{t().any}</option>
        {/* `selected` too: the options arrive after the select's value was set from the address. */}
        <For each={options}>
          {(option) => (
            <option value={option.value} selected={option.value === params[key]}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );

  return (
    <section class="page">
      <h1>{t().problemsTitle}</h1>
      <form class="filters" role="search" aria-label={t().filters} onSubmit={(e) => e.preventDefault()}>
        <div class="field grow">
          <label for="filter-q">{t().search}</label>
          <input id="filter-q" type="search" placeholder={t().searchPlaceholder} value={params.q ?? ''} onInput={search} />
        </div>
        {select(
          'company',
          t().company,
          (companies.latest ?? []).filter((c) => c.rounds.length > 0).map((c) => ({ value: c.id, label: loc(c.name) })),
        )}
        {select(
          'round',
          t().round,
          (rounds.latest ?? []).map((r) => ({ value: r.id, label: `${companyNameOf(r.company)} · ${t().roundLabel[r.label] ?? r.label}` })),
        )}
        {select(
          'collection',
          t().collection,
          (collections.latest ?? []).map((c) => ({ value: c.id, label: loc(c.title) })),
        )}
        {select(
          'kind',
          t().kind,
          ['function', 'in-place', 'design'].map((k) => ({ value: k, label: t().kinds[k] ?? k })),
        )}
        {select(
          'tag',
          t().tag,
          tags().map((tag) => ({ value: tag, label: tag })),
        )}
        {select(
          'difficulty',
          t().difficulty,
          ['easy', 'medium', 'hard'].map((d) => ({ value: d, label: t().difficulties[d] ?? d })),
        )}
        {select(
          'status',
          t().status,
          ['solved', 'attempted', 'new'].map((s) => ({ value: s, label: t().statuses[s] ?? s })),
        )}
        <button
          type="button"
          class="ghost"
          onClick={() =>
            setParams({
              company: undefined,
              round: undefined,
              collection: undefined,
              kind: undefined,
              tag: undefined,
              difficulty: undefined,
              status: undefined,
              q: undefined,
            })
          }
        >
          {t().clearFilters}
        </button>
      </form>
      <Async resource={problems} retry={() => void problemsActions.refetch()}>
        {() => (
          <>
            <p class="muted" aria-live="polite">
              {t().problemCount(shown().length)}
            </p>
            <ProblemTable problems={shown()} status={status} companyName={companyNameOf} />
          </>
        )}
      </Async>
    </section>
  );
}
