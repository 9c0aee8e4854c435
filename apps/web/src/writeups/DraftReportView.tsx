import './writeups.css';
import type { UserWriteupInput } from '@mianjing/core';
import { createResource, For, Show, Suspense } from 'solid-js';
import { Tex } from '../components/Markdown.js';
import { t } from '../lib/i18n.js';
import type { DraftReport } from './api.js';
import { catalogueTitle, loadCatalogue } from './catalogue.js';
import { tw } from './messages.js';
import { settled } from './text.js';

type FieldReport = NonNullable<DraftReport['rounds'][number]['company']>;

function Confidence(props: { readonly level: string }) {
  return <span class={`badge confidence confidence-${props.level}`}>{tw().confidence[props.level] ?? props.level}</span>;
}

function Field(props: { readonly name: string; readonly field: FieldReport | undefined }) {
  return (
    <Show when={props.field}>
      {(field) => (
        <span class="draft-field">
          {props.name}: <q>{field().text}</q> <Confidence level={field().confidence} />
        </span>
      )}
    </Show>
  );
}

/**
 * What the parser made of the pasted text: each round with the lines it came
 * from and how sure it is of its company, round, date and outcome, and each
 * item with what it was recognised by and how sure. Notes are counted (kept as
 * written in the round).
 */
export function DraftReportView(props: { readonly writeup: UserWriteupInput; readonly report: DraftReport }) {
  const [catalogue] = createResource(loadCatalogue);
  /** What an item became: a catalogue item's title (typeset) and id, a talk's topic, or the kind of the author's own item. */
  const became = (r: number, i: number) => {
    const item = props.writeup.rounds[r]?.items[i];
    if (!item) return '';
    const kind = tw().itemKinds[item.type] ?? item.type;
    if (item.type === 'problem' || item.type === 'numeric' || item.type === 'concept')
      return (
        <>
          {kind}:{' '}
          <Suspense fallback={item.id}>
            <Tex text={catalogueTitle(settled(catalogue), item.type, item.id)} />
          </Suspense>{' '}
          <code>{item.id}</code>
        </>
      );
    if (item.type === 'talk') return `${kind}: ${t().talkTopic[item.topic] ?? item.topic}`;
    return kind;
  };
  const items = () => props.report.rounds.reduce((n, r) => n + r.items.length, 0);
  const notes = () => props.report.rounds.reduce((n, r) => n + r.notes.length, 0);
  return (
    <section class="card draft-report" aria-labelledby="draft-report-heading" data-testid="draft-report">
      <h2 id="draft-report-heading">{tw().recognised}</h2>
      <p>{tw().recognisedSummary(props.report.rounds.length, items(), notes())}</p>
      <ol class="draft-rounds">
        <For each={props.report.rounds}>
          {(round, r) => (
            <li data-testid="draft-round">
              <p>
                <strong>{tw().roundN(r() + 1)}</strong> <Confidence level={round.confidence} />{' '}
                <span class="muted small">{tw().lineNumbers(round.lines)}</span>
              </p>
              <p class="draft-fields">
                <Field name={t().company} field={round.company} /> <Field name={tw().label} field={round.label} />{' '}
                <Field name={tw().date} field={round.date} /> <Field name={tw().outcome} field={round.outcome} />
              </p>
              <ul class="draft-items">
                <For each={round.items}>
                  {(item, i) => (
                    <li data-testid="draft-item">
                      <q>{item.source}</q> → {became(r(), i())} ·{' '}
                      <span class="muted small">{tw().recognitions[item.recognised] ?? item.recognised}</span>{' '}
                      <Confidence level={item.confidence} />
                    </li>
                  )}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}
