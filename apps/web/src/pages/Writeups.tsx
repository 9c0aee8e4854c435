import '../writeups/writeups.css';
import { A, useSearchParams } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { Tabs } from '../components/Tabs.js';
import { t } from '../lib/i18n.js';
import { useCompanyNames } from '../lib/queries.js';
import { fetchWriteups, type WriteupSummary } from '../writeups/api.js';
import { tw } from '../writeups/messages.js';
import { userText } from '../writeups/text.js';

/** A company key of a summary (`bytedance`, `name:some startup`) as a name. */
const companyOf = (key: string, nameOf: (id: string) => string) => (key.startsWith('name:') ? key.slice(5) : nameOf(key));

/** One write-up in a list: title, author or "curated", companies, size, and, in Mine, its visibility. */
export function WriteupRow(props: { readonly writeup: WriteupSummary; readonly mine: boolean; readonly nameOf: (id: string) => string }) {
  const href = () => (props.writeup.curated ? '/' : `/writeups/${props.writeup.id}`);
  return (
    <li class="card writeup-row" data-testid="writeup-row">
      <h3>
        <A href={href()}>{userText(props.writeup.title)}</A>
      </h3>
      <p class="muted">
        <Show when={props.writeup.curated} fallback={<span>{tw().byAuthor(props.writeup.authorName ?? '?')}</span>}>
          <span class="badge badge-curated">{tw().curated}</span>
        </Show>{' '}
        · {props.writeup.companies.map((c) => companyOf(c, props.nameOf)).join(', ')} ·{' '}
        {tw().roundsAndItems(props.writeup.rounds, props.writeup.items)}
        <Show when={props.mine}>
          {' '}
          <span class={`badge visibility-${props.writeup.visibility}`} data-testid="writeup-visibility-badge">
            {tw().visibilities[props.writeup.visibility]}
          </span>
        </Show>
        <Show when={props.writeup.hidden}>
          {' '}
          <span class="badge badge-hidden">{tw().hidden}</span>
        </Show>
      </p>
    </li>
  );
}

/** /writeups — the public write-ups (curated first) and the reader's own, filterable by company. */
export default function Writeups() {
  const [params, setParams] = useSearchParams<{ scope?: string; company?: string }>();
  const scope = (): 'public' | 'mine' => (params.scope === 'mine' ? 'mine' : 'public');
  const nameOf = useCompanyNames();
  const [list, { refetch }] = createResource(
    () => ({ scope: scope(), company: params.company ?? '' }),
    (source) => fetchWriteups(source.scope, source.company || undefined),
  );
  return (
    <section class="page">
      <div class="page-head">
        <h1>{tw().listTitle}</h1>
        <A class="button primary" href="/writeups/new" data-testid="writeup-new">
          {tw().newWriteup}
        </A>
      </div>
      <p class="lead">{tw().listIntro}</p>
      <div class="field inline">
        <label for="writeups-company">{t().company}</label>
        <input
          id="writeups-company"
          type="search"
          placeholder={tw().anyCompany}
          value={params.company ?? ''}
          onChange={(e) => setParams({ company: e.currentTarget.value.trim() || undefined })}
          onKeyDown={(e) => e.key === 'Enter' && setParams({ company: e.currentTarget.value.trim() || undefined })}
        />
      </div>
      <Tabs
        label={tw().listTitle}
        tabs={[
          { id: 'public', label: tw().tabPublic },
          { id: 'mine', label: tw().tabMine },
        ]}
        selected={scope()}
        onSelect={(id) => setParams({ scope: id === 'mine' ? 'mine' : undefined })}
      >
        <Async resource={list} retry={() => void refetch()}>
          {(page) => (
            <Show when={page().items.length > 0} fallback={<p>{scope() === 'mine' ? tw().noMine : tw().noWriteups}</p>}>
              <ul class="writeup-list">
                <For each={page().items}>{(writeup) => <WriteupRow writeup={writeup} mine={scope() === 'mine'} nameOf={nameOf} />}</For>
              </ul>
            </Show>
          )}
        </Async>
      </Tabs>
    </section>
  );
}
