import type { CollectionSection, CollectionView, Progress, SectionProgress } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { loc, t } from '../lib/i18n.js';
import { CollectionItemRow } from './CollectionItemRow.js';
import { ProgressBar } from './ProgressBar.js';

/** "3/5 solved · 1/2 questions done", leaving out a part the section has nothing of. */
export function sectionProgressText(progress: SectionProgress): string {
  const parts: string[] = [];
  if (progress.problems.total > 0) parts.push(t().sectionSolved(progress.problems.solved, progress.problems.total));
  if (progress.questions.total > 0) parts.push(t().sectionQuestionsDone(progress.questions.done, progress.questions.total));
  return parts.join(' · ');
}

/** One section of a collection: heading, description, the person's progress in it and its items in order. */
export function CollectionSectionView(props: {
  readonly section: CollectionSection;
  readonly itemTitles: CollectionView['itemTitles'];
  readonly sectionProgress: SectionProgress | undefined;
  readonly progress: Progress | undefined;
}) {
  const headingId = () => `section-${props.section.id}`;
  return (
    <section class="collection-section" aria-labelledby={headingId()}>
      <h2 id={headingId()}>{loc(props.section.title)}</h2>
      <Show when={props.section.description}>{(description) => <p class="muted">{loc(description())}</p>}</Show>
      <Show when={props.sectionProgress}>
        {(progress) => (
          <ProgressBar
            label={t().sectionProgressLabel(loc(props.section.title))}
            done={progress().problems.solved + progress().questions.done}
            total={progress().problems.total + progress().questions.total}
            text={sectionProgressText(progress())}
          />
        )}
      </Show>
      <ol class="collection-items" aria-label={t().sectionItems(loc(props.section.title))}>
        <For each={props.section.items}>
          {(item) => <CollectionItemRow item={item} title={props.itemTitles[item.id]} progress={props.progress} />}
        </For>
      </ol>
    </section>
  );
}
