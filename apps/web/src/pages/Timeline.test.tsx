import { render, screen, waitFor } from '@solidjs/testing-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';
import { createWriteup } from '../writeups/api.js';

describe('the home page against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('counts what there is to practise and links every collection', async () => {
    const health = await call((api) => api.GET('/health'));
    const { items } = await call((api) => api.GET('/collections'));
    render(() => <App path="/" />);
    const counts = await screen.findByTestId('home-counts');
    expect(counts.textContent).toContain(`${health.problems} problems and ${health.questions} questions to practise`);
    const links = [...counts.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(items.map((c) => `/collections/${c.id}`));
    const canon = items.find((c) => c.id === 'cv-ml-canon');
    expect(counts.textContent).toContain(`The CV/ML hand-coding canon (${canon?.problems} problems)`);
  });

  it('lists people’s public write-ups beside the curated one, with their authors, linking to them', async () => {
    const me = await ensureAccount();
    const title = `Autumn loop ${Date.now().toString(36)}`;
    const saved = await createWriteup({
      title: { en: title },
      source: { language: 'en' },
      applications: [],
      visibility: 'public',
      rounds: [{ id: 'r1', outcome: 'passed', notes: [], items: [{ type: 'problem', id: 'sqrt-x' }] }],
    });
    render(() => <App path="/" />);
    const entry = await waitFor(() => {
      const found = screen.getAllByTestId('timeline-writeup').find((li) => li.textContent?.includes(title));
      if (!found) throw new Error(`${title} is not on the timeline`);
      return found;
    });
    expect(entry.textContent).toContain(`by ${me.name} · 1 round`);
    expect(entry.querySelector('a')?.getAttribute('href')).toBe(`/writeups/${saved.writeup.id}`);
    expect(screen.getByText('curated')).toBeTruthy();
  });
});
