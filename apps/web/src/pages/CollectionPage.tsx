import { A, useParams } from '@solidjs/router';
import { createResource, For } from 'solid-js';
import { Async } from '../components/Async.js';
import { CollectionSectionView } from '../collections/CollectionSectionView.js';
import { loc, t } from '../lib/i18n.js';
import { fetchCollection, fetchProgress } from '../lib/queries.js';

/** One collection: its sections in order, each with the person's progress and its items with their status. */
export default function CollectionPage() {
  const params = useParams<{ id: string }>();
  const [collection, { refetch }] = createResource(() => params.id, fetchCollection);
  const [progress] = createResource(fetchProgress);
  return (
    <section class="page narrow">
      <p class="small">
        <A href="/collections">{t().allCollections}</A>
      </p>
      <Async resource={collection} retry={() => void refetch()}>
        {(view) => (
          <>
            <h1>{loc(view().title)}</h1>
            <p class="lead collection-description">{loc(view().description)}</p>
            <For each={view().sections}>
              {(section) => (
                <CollectionSectionView
                  section={section}
                  itemTitles={view().itemTitles}
                  sectionProgress={view().progress?.find((p) => p.id === section.id)}
                  progress={progress.latest}
                />
              )}
            </For>
          </>
        )}
      </Async>
    </section>
  );
}
