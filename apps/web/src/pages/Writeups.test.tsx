import type { UserWriteupInput } from '@mianjing/core';
import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';
import { createWriteup } from '../writeups/api.js';

const writeup = (title: string, visibility: UserWriteupInput['visibility']): UserWriteupInput => ({
  title: { en: title },
  source: { language: 'en' },
  applications: [],
  visibility,
  rounds: [
    {
      id: 'r1',
      company: { name: 'Tiny Startup' },
      outcome: 'passed',
      notes: [],
      items: [{ type: 'own-concept', id: 'r1-1', prompt: { en: 'Why is the sky blue?' }, keyPoints: [] }],
    },
  ],
});

const rowOf = (title: string) => screen.getAllByTestId('writeup-row').find((row) => row.textContent?.includes(title)) as HTMLElement;

describe('the write-up list against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('shows public write-ups with the curated one marked and authors named, and mine with their visibility', async () => {
    const me = await ensureAccount();
    const stamp = Date.now().toString(36);
    await createWriteup(writeup(`Public loop ${stamp}`, 'public'));
    await createWriteup(writeup(`Private notes ${stamp}`, 'private'));
    render(() => <App path="/writeups" />);

    await waitFor(() => expect(rowOf(`Public loop ${stamp}`)).toBeTruthy());
    const rows = screen.getAllByTestId('writeup-row');
    expect(within(rows[0] as HTMLElement).getByText('curated')).toBeTruthy();
    const mine = rowOf(`Public loop ${stamp}`);
    expect(mine.textContent).toContain(`by ${me.name}`);
    expect(mine.textContent?.toLowerCase()).toContain('tiny startup');
    expect(mine.textContent).toContain('1 round, 1 item');
    expect(within(mine).getByRole('link').getAttribute('href')).toMatch(/^\/writeups\/[\w-]+$/);
    // Private ones are never public.
    expect(rowOf(`Private notes ${stamp}`)).toBeUndefined();

    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Mine' }));
    await waitFor(() => expect(rowOf(`Private notes ${stamp}`)).toBeTruthy());
    expect(within(rowOf(`Private notes ${stamp}`)).getByTestId('writeup-visibility-badge').textContent).toBe('private');
    expect(within(rowOf(`Public loop ${stamp}`)).getByTestId('writeup-visibility-badge').textContent).toBe('public');
    expect(screen.queryByText('curated')).toBeNull();

    // The company filter takes a plain name.
    await user.click(screen.getByRole('tab', { name: 'Public' }));
    await user.type(screen.getByLabelText('Company'), 'Tiny Startup');
    await user.tab();
    await waitFor(() =>
      expect(screen.getAllByTestId('writeup-row').every((row) => row.textContent?.toLowerCase().includes('tiny startup'))).toBe(true),
    );
  });
});
