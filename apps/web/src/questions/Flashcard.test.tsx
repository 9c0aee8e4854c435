import type { PublicQuestion } from '@mianjing/core';
import { render, screen, waitFor } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';
import { Flashcard } from './Flashcard.js';

type Concept = Extract<PublicQuestion, { kind: 'concept' }>;

describe('Flashcard (against the real API)', () => {
  let question: Concept;
  beforeEach(async () => {
    setLocale('en');
    await ensureAccount();
    question = (await call((api) => api.GET('/questions/{id}', { params: { path: { id: 'dpo' } } }))) as Concept;
  });

  it('hides the answer until Space, then rates with a number key and shows the next due time', async () => {
    const user = userEvent.setup();
    const rated: string[] = [];
    render(() => <Flashcard question={question} onRated={(card) => rated.push(card.due)} />);
    expect(screen.queryByText('Reference answer')).toBeNull();
    await user.keyboard(' ');
    expect(await screen.findByText('Reference answer')).toBeTruthy();
    expect(screen.getByText('Key points')).toBeTruthy();
    expect(screen.getByText('What the candidate said')).toBeTruthy();
    await user.keyboard('3');
    const status = await screen.findByText(/Rescheduled: next review in \d+ minutes?\./);
    expect(status).toBeTruthy();
    expect(rated).toHaveLength(1);
    const cards = await call((api) => api.GET('/reviews/cards'));
    expect(cards.items.map((c) => c.questionId)).toEqual(['dpo']);
    expect(cards.items[0]?.due).toBe(rated[0]);
  });

  it('rates with the buttons too', async () => {
    const user = userEvent.setup();
    render(() => <Flashcard question={question} />);
    await user.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    await user.click(screen.getByRole('button', { name: /Easy/ }));
    await waitFor(() => expect(screen.getByText(/Rescheduled: next review in \d+ days?\./)).toBeTruthy());
  });
});
