import { render, screen } from '@solidjs/testing-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';

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
});
