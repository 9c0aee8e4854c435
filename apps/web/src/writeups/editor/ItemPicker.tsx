import { createResource, createSignal, For, Show, Suspense } from 'solid-js';
import { Tex } from '../../components/Markdown.js';
import { loc } from '../../lib/i18n.js';
import { type CatalogueKind, catalogueTitle, loadCatalogue, searchCatalogue } from '../catalogue.js';
import { tw } from '../messages.js';
import { settled } from '../text.js';

/**
 * Picks a catalogue problem or question: the current pick, and a search over
 * ids and titles (and problems' aliases) in both languages.
 */
export function ItemPicker(props: {
  readonly kind: CatalogueKind;
  readonly id: string;
  readonly fieldId: string;
  readonly invalid: boolean;
  readonly onPick: (id: string) => void;
}) {
  const [catalogue] = createResource(loadCatalogue);
  const [query, setQuery] = createSignal('');
  const results = () => {
    const loaded = settled(catalogue);
    return loaded ? searchCatalogue(loaded, props.kind, query()) : [];
  };
  const listId = () => `${props.fieldId}-options`;
  return (
    <div class="item-picker">
      <p class="picked">
        {tw().picked}:{' '}
        <Show when={props.id} fallback={<span class="muted">{tw().nothingPicked}</span>}>
          <strong data-testid="picked-item">
            <Suspense fallback={props.id}>
              <Tex text={catalogueTitle(settled(catalogue), props.kind, props.id)} />
            </Suspense>
          </strong>{' '}
          <code>{props.id}</code>
        </Show>
      </p>
      <label for={props.fieldId}>{tw().pick}</label>
      <input
        id={props.fieldId}
        type="search"
        role="combobox"
        aria-expanded={results().length > 0}
        aria-controls={listId()}
        aria-autocomplete="list"
        aria-invalid={props.invalid || undefined}
        autocomplete="off"
        data-testid="item-picker"
        placeholder={tw().pickPlaceholder}
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <Show when={query().trim() && settled(catalogue) && results().length === 0}>
        <p class="muted">{tw().noMatches}</p>
      </Show>
      <ul id={listId()} class="picker-options" role="listbox" aria-label={tw().pick}>
        <For each={results()}>
          {(entry) => (
            <li role="option" aria-selected={entry.id === props.id}>
              <button
                type="button"
                class="ghost"
                data-testid="picker-option"
                onClick={() => {
                  props.onPick(entry.id);
                  setQuery('');
                }}
              >
                <Suspense fallback={loc(entry.title)}>
                  <Tex text={loc(entry.title)} />
                </Suspense>{' '}
                <code>{entry.id}</code>
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
