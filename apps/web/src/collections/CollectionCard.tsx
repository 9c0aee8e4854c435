import type { CollectionSummary } from '@mianjing/core';
import { A } from '@solidjs/router';
import { loc, t } from '../lib/i18n.js';
import { ProgressBar } from './ProgressBar.js';

/** A collection in the list: its title linking to it, what it is about, its size and how much of it is solved. */
export function CollectionCard(props: {
  readonly collection: CollectionSummary;
  readonly solved: { readonly solved: number; readonly total: number } | undefined;
}) {
  const headingId = () => `collection-${props.collection.id}`;
  const total = () => props.solved?.total ?? props.collection.problems;
  const solved = () => props.solved?.solved ?? 0;
  return (
    <article class="card collection-card" aria-labelledby={headingId()}>
      <h2 id={headingId()}>
        <A href={`/collections/${props.collection.id}`}>{loc(props.collection.title)}</A>
      </h2>
      <p>{loc(props.collection.description)}</p>
      <p class="muted small">
        {t().collectionCounts(props.collection.problems, props.collection.questions, props.collection.sections.length)}
      </p>
      <ProgressBar
        label={t().collectionProgressLabel(loc(props.collection.title))}
        done={solved()}
        total={total()}
        text={t().collectionSolved(solved(), total())}
      />
    </article>
  );
}
