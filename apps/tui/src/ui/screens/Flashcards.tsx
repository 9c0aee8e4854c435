import { type DueReview, type PublicQuestion, type ReviewRating, ReviewRating as Ratings } from '@mianjing/core';
import { ownCardFace } from '@mianjing/core/labels';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { describeFailure } from '../../errors.js';
import { dueIn, plural } from '../../format/practice.js';
import { markdownForTerminal } from '../../format/problems.js';
import { safeText } from '../../format/safe-text.js';
import { Pending, Screen } from '../components/Screen.js';
import { ScrollView } from '../components/ScrollView.js';
import { useServices } from '../context.js';
import { useAsync } from '../hooks/use-async.js';
import { useBusy } from '../hooks/use-busy.js';
import { useScreenKeys } from '../hooks/use-screen-keys.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useScreenState } from '../navigation.js';

type ConceptQuestion = Extract<PublicQuestion, { kind: 'concept' }>;

const safe = (text: { zh: string; en: string }) => ({ zh: safeText(text.zh), en: safeText(text.en) });

/**
 * A due card as the deck shows it: a catalogue question as it is, an own card
 * (another person's text) as its face with every control character made visible.
 */
export function cardOf(due: DueReview): ConceptQuestion {
  if (due.source === 'catalogue') return due.question;
  const face = ownCardFace(due.key, due.item);
  return {
    ...face,
    prompt: safe(face.prompt),
    answer: safe(face.answer),
    keyPoints: face.keyPoints.map(safe),
    tags: [],
    rounds: [],
    companies: [],
    collections: [],
  };
}

/** The cards due now, one after another. */
export function Review() {
  const { backend } = useServices();
  const state = useAsync('due-cards', async () => (await backend.dueReviews()).map(cardOf), [backend]);
  return state.status === 'ready' ? <Deck title="Flashcards" cards={state.data} /> : <Waiting title="Flashcards" state={state} />;
}

/** One flashcard, opened from the timeline or the question list. */
export function Card(props: { readonly questionId: string }) {
  const { backend } = useServices();
  const state = useAsync('card', async () => {
    const question = await backend.question(props.questionId);
    if (question.kind !== 'concept') throw new Error(`${question.id} is a numeric question`);
    return [question];
  }, [backend, props.questionId]);
  return state.status === 'ready' ? <Deck title="Flashcard" cards={state.data} /> : <Waiting title="Flashcard" state={state} />;
}

function Waiting(props: { readonly title: string; readonly state: { status: 'loading' } | { status: 'error'; message: string } }) {
  useScreenKeys(() => false);
  return (
    <Screen title={props.title} keys={[]}>
      <Pending state={props.state} />
    </Screen>
  );
}

const RATING_KEYS: Record<string, ReviewRating> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };

/**
 * Prompt first; space shows the answer, its key points and what the
 * candidate of the write-up said; then 1–4 rates it and FSRS schedules it.
 */
function Deck(props: { readonly title: string; readonly cards: readonly ConceptQuestion[] }) {
  const { backend, settings, style, bodyHeight } = useServices();
  const locale = settings.locale;
  const [index, setIndex, currentIndex] = useScreenState('deck.index', 0);
  const [revealed, setRevealed, currentlyRevealed] = useScreenState('deck.revealed', false);
  const [status, setStatus] = useState<string>();
  const { busy, isBusy, run } = useBusy();
  const scroll = useScroll(`deck.${index}`, bodyHeight - 2);
  const card = props.cards[index];

  const rate = (rating: ReviewRating) =>
    run(async () => {
      const card = props.cards[currentIndex()];
      if (!card) return;
      try {
        const next = await backend.review(card.id, rating);
        setStatus(`${card.id}: ${rating}; next review ${dueIn(next)}`);
        setIndex((i) => i + 1);
        setRevealed(false);
        scroll.scrollTo(0);
      } catch (error) {
        setStatus(describeFailure(error));
      }
    });

  useScreenKeys((input, key) => {
    if (isBusy()) return true;
    if (!props.cards[currentIndex()]) return false;
    if (!currentlyRevealed() && (input === ' ' || key.return)) setRevealed(true);
    else if (currentlyRevealed() && input in RATING_KEYS) void rate(RATING_KEYS[input] as ReviewRating);
    else return scroll.handleKey(input, key);
    return true;
  });

  if (!card) {
    return (
      <Screen title={props.title} keys={[]} status={status}>
        <Text color="green">
          {props.cards.length === 0 ? 'No cards are due. Come back later.' : `Done: ${plural(props.cards.length, 'card')} reviewed.`}
        </Text>
      </Screen>
    );
  }
  const keys = revealed
    ? ([
        ['1', 'again'],
        ['2', 'hard'],
        ['3', 'good'],
        ['4', 'easy'],
        ['↑↓/jk', 'scroll'],
      ] as const)
    : ([['space', 'show the answer']] as const);
  return (
    <Screen title={`${props.title} · ${index + 1} of ${props.cards.length} · ${card.id}`} keys={keys} status={status} busy={busy}>
      <Text dimColor>{card.tags.join(' · ')}</Text>
      <Text> </Text>
      <ScrollView height={bodyHeight - 2} offset={scroll.offset} contentRef={scroll.ref}>
        <Text bold>{markdownForTerminal(card.prompt[locale], style)}</Text>
        {revealed ? (
          <Box flexDirection="column" marginTop={1}>
            <Text>{markdownForTerminal(card.answer[locale], style)}</Text>
            <Text> </Text>
            <Text bold>Key points</Text>
            {card.keyPoints.map((point, i) => (
              <Text key={i}> • {markdownForTerminal(point[locale], style)}</Text>
            ))}
            {card.candidate ? (
              <>
                <Text> </Text>
                <Text bold>The candidate said</Text>
                <Text>{markdownForTerminal(card.candidate.said[locale], style)}</Text>
                <Text dimColor>{markdownForTerminal(card.candidate.assessment[locale], style)}</Text>
              </>
            ) : null}
            <Text> </Text>
            <Text color="cyan">How well did you remember it? {Ratings.options.map((r, i) => `${i + 1} ${r}`).join('  ')}</Text>
          </Box>
        ) : null}
      </ScrollView>
    </Screen>
  );
}
