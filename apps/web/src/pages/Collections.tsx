import { createResource, For, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { CollectionCard } from '../collections/CollectionCard.js';
import { t } from '../lib/i18n.js';
import { fetchCollections, fetchProgress } from '../lib/queries.js';

/** Every collection as a card with its size and the person's problems solved in it. */
export default function Collections() {
  const [collections, { refetch }] = createResource(fetchCollections);
  const [progress] = createResource(fetchProgress);
  return (
    <section class="page">
      <h1>{t().collectionsTitle}</h1>
      <p class="lead">{t().collectionsIntro}</p>
      <Async resource={collections} retry={() => void refetch()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t().noCollections}</p>}>
            <ul class="collection-list">
              <For each={list()}>
                {(collection) => (
                  <li>
                    <CollectionCard collection={collection} solved={progress.latest?.problems.byCollection[collection.id]} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Async>
    </section>
  );
}
