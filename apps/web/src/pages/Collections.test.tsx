import { render, screen, waitFor, within } from '@solidjs/testing-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';

describe('the collections page against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('lists every collection, the canon with its counts and the person’s problems solved', async () => {
    await ensureAccount();
    const { items } = await call((api) => api.GET('/collections'));
    const progress = await call((api) => api.GET('/me/progress'));
    const canon = items.find((c) => c.id === 'cv-ml-canon');
    if (!canon) throw new Error('the catalogue has no cv-ml-canon collection');
    const canonProblems = progress.problems.byCollection['cv-ml-canon'];
    expect(canonProblems?.total).toBe(canon.problems);

    render(() => <App path="/collections" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Collections' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'The CV/ML hand-coding canon' });
    expect(link.getAttribute('href')).toBe('/collections/cv-ml-canon');
    expect(document.querySelectorAll('.collection-card')).toHaveLength(items.length);

    const card = link.closest('article') as HTMLElement;
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe(canon.title.en);
    expect(card.textContent).toContain(canon.description.en);
    expect(card.textContent).toContain(`${canon.problems} problems · ${canon.questions} questions · ${canon.sections.length} sections`);
    const bar = within(card).getByRole('progressbar', { name: 'Your progress in The CV/ML hand-coding canon' });
    await waitFor(() => expect(bar.getAttribute('aria-valuetext')).toBe(`0 of ${canon.problems} problems solved`));
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe(String(canon.problems));
  });

  it('has a Collections link in the header between Problems and Questions', async () => {
    render(() => <App path="/collections" />);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(names.slice(names.indexOf('Problems'), names.indexOf('Questions') + 1)).toEqual(['Problems', 'Collections', 'Questions']);
    expect(within(nav).getByRole('link', { name: 'Collections' }).classList.contains('active')).toBe(true);
  });
});
