import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';
import { createWriteup } from '../writeups/api.js';

describe('the review page against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('shows an own card with its write-up as the source and rates it like a catalogue card', async () => {
    const me = await ensureAccount();
    const title = `Notes ${Date.now().toString(36)}`;
    const saved = await createWriteup({
      title: { en: title },
      source: { language: 'en' },
      applications: [],
      visibility: 'private',
      rounds: [
        {
          id: 'r1',
          outcome: 'unknown',
          notes: [],
          items: [
            {
              type: 'own-concept',
              id: 'r1-1',
              prompt: { en: 'Why warm up the learning rate?' },
              answer: { en: 'Adam’s early moment estimates are noisy.' },
              keyPoints: [{ en: 'noisy second moments' }],
            },
          ],
        },
      ],
    });
    const due = await call((api) => api.GET('/reviews/due'));
    expect(due.items[0]?.source).toBe('writeup');

    render(() => <App path="/review" />);
    const source = await screen.findByTestId('own-card-source');
    expect(source.textContent).toBe(`From “${title}” by ${me.name}`);
    expect(within(source).getByRole('link').getAttribute('href')).toBe(`/writeups/${saved.writeup.id}`);
    await waitFor(() => expect(document.querySelector('.flashcard .prompt')?.textContent).toContain('Why warm up the learning rate?'));

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Reveal the answer' }));
    expect(await screen.findByText('Adam’s early moment estimates are noisy.')).toBeTruthy();
    expect(screen.getByText('noisy second moments')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Good/ }));
    await waitFor(() => expect(document.querySelector('.rescheduled')).toBeTruthy());
    // The deck lists it with its write-up.
    await waitFor(() =>
      expect(document.querySelector(`tr[data-question="writeup:${saved.writeup.id}:r1-1"]`)?.textContent).toContain(`From “${title}”`),
    );
  });
});
