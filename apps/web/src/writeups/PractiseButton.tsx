import { createSignal, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { createAction } from '../lib/action.js';
import { practiseWriteup, unpractiseWriteup } from './api.js';
import { tw } from './messages.js';

/**
 * "Practise this write-up": puts its own questions' cards and the catalogue
 * concept questions it names in the reader's review deck (again adds nothing);
 * a reader who is not its author can take its own cards out again.
 */
export function PractiseButton(props: {
  readonly writeupId: string;
  /** Some of its own cards are in the reader's deck already. */
  readonly inDeck: boolean;
  /** The reader wrote it: their own cards are always in their deck. */
  readonly mine: boolean;
  readonly onChanged?: () => void;
}) {
  const [cards, setCards] = createSignal<number>();
  const practise = createAction(async () => {
    const deck = await practiseWriteup(props.writeupId);
    setCards(deck.cards.length);
    props.onChanged?.();
  });
  const stop = createAction(async () => {
    await unpractiseWriteup(props.writeupId);
    setCards(undefined);
    props.onChanged?.();
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
      <Show when={props.inDeck && !props.mine}>
        <button type="button" class="ghost" data-testid="writeup-unpractise" disabled={stop.pending()} onClick={() => void stop.run()}>
          {tw().unpractise}
        </button>
      </Show>
      <Show when={cards() !== undefined}>
        <span role="status" data-testid="writeup-practise-done">
          {tw().practiseDone(cards() ?? 0)}
        </span>
      </Show>
      <Show when={practise.error() ?? stop.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
    </div>
  );
}
