import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/ink.js';
import { FLASHCARDS } from '../../testing/content.js';

describe('flashcard review', () => {
  it('shows the prompt, reveals with space, rates with 1–4 and moves to the next card', async () => {
    const app = renderApp({ screen: 'review' });
    const first = await app.waitForText(`Flashcards · 1 of ${FLASHCARDS}`);
    const id = new RegExp(`1 of ${FLASHCARDS} · ([a-z0-9-]+)`).exec(first)?.[1] ?? '';
    expect(first).toContain('q quit · space show the answer');
    expect(first).not.toContain('Key points');

    await app.press('3');
    expect(app.lastFrame()).toContain(`1 of ${FLASHCARDS}`);
    await app.press(' ');
    await app.waitForText('q quit · 1 again · 2 hard · 3 good · 4 easy');
    await app.press('G');
    expect(await app.waitForText('How well did you remember it?')).toContain('Key points');

    await app.press('3');
    const second = await app.waitForText(`Flashcards · 2 of ${FLASHCARDS}`);
    expect(second).toContain(`${id}: good; next review in 10 minutes`);
    expect((await app.backend.progress()).reviews).toEqual({ due: FLASHCARDS - 1, done: 1, cards: 1 });

    await app.press(' ', '1');
    await app.waitForText(`Flashcards · 3 of ${FLASHCARDS}`);
    expect((await app.backend.progress()).reviews.done).toBe(2);
  });

  it('says when nothing is due', async () => {
    const app = renderApp({ screen: 'card', questionId: 'dpo' });
    await app.waitForText('Flashcard · 1 of 1 · dpo');
    await app.press(' ');
    expect(await app.waitForText('Motivation. Classic RLHF')).toContain('What is DPO');
    await app.press('G');
    await app.waitForText('The candidate said');
    await app.press('4');
    await app.waitForText('Done: 1 card reviewed.');
    expect(app.lastFrame()).toContain('dpo: easy; next review in');
  });
});
