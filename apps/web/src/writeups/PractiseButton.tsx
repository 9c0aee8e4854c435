import { createSignal, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { createAction } from '../lib/action.js';
import { practiseWriteup } from './api.js';
import { tw } from './messages.js';

/**
 * "Practise this write-up": puts its own questions' cards and the catalogue
 * concept questions it names in the reader's review deck (again adds nothing).
 */
export function PractiseButton(props: { readonly writeupId: string; readonly onDone?: () => void }) {
  const [added, setAdded] = createSignal<number>();
  const practise = createAction(async () => {
    const deck = await practiseWriteup(props.writeupId);
    setAdded(deck.cards.length);
    props.onDone?.();
  });
  return (
    <div class="practise actions">
      <button
        type="button"
        class="primary"
        data-testid="writeup-practise"
        disabled={practise.pending()}
        onClick={() => void practise.run()}
      >
        {practise.pending() ? tw().practising : tw().practise}
      </button>
      <Show when={added() !== undefined}>
        <span role="status" data-testid="writeup-practise-done">
          {tw().practiseDone(added() ?? 0)}
        </span>
      </Show>
      <Show when={practise.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
    </div>
  );
}
