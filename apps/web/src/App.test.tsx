import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from './App.js';
import { call } from './lib/api.js';
import { setLocale } from './lib/i18n.js';
import { ensureAccount } from './lib/session.js';

const SQRT = 'function mySqrt(x: number): number { return Math.floor(Math.sqrt(x)); }';

describe('the app against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('makes an account on the first visit, keeps its token, and shows the timeline', async () => {
    render(() => <App path="/" />);
    expect(document.querySelector('[role="status"]')?.textContent).toContain('Setting up your practice account');
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview timeline' })).toBeTruthy();
    expect(localStorage.getItem('mianjing.token')).toMatch(/^mj_/);
    await waitFor(() => expect(document.querySelectorAll('.round-card').length).toBeGreaterThan(10));
    expect(screen.getAllByText('Start mock interview').length).toBe(document.querySelectorAll('.round-card').length);
  });

  it('lists problems with their status from progress and filters them', async () => {
    await ensureAccount();
    await call((api) =>
      api.POST('/submissions', {
        params: { query: { wait: 'true' } },
        body: { problemId: 'sqrt-x', language: 'typescript', mode: 'submit', code: SQRT },
      }),
    );
    render(() => <App path="/problems?difficulty=easy" />);
    const table = await screen.findByRole('table');
    await waitFor(() => expect(table.querySelector('tr[data-status="solved"]')).toBeTruthy());
    const solvedRow = table.querySelector('tr[data-status="solved"]') as HTMLElement;
    expect(within(solvedRow).getByText('Integer square root')).toBeTruthy();
    expect(within(solvedRow).getByText('Solved')).toBeTruthy();
    for (const row of table.querySelectorAll('tbody tr')) expect(row.textContent).toContain('Easy');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Status'), 'new');
    await waitFor(() => expect(table.querySelector('tr[data-status="solved"]')).toBeNull());
    expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
  });

  it('switches the interface and the content to Chinese', async () => {
    const user = userEvent.setup();
    render(() => <App path="/problems/sqrt-x" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Integer square root' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Switch the interface and content to Chinese/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'x 的平方根' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '题目' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('mianjing.locale')).toBe('zh');
  });

  it('shows the API’s message for an unknown problem', async () => {
    render(() => <App path="/problems/no-such-problem" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('no problem with id "no-such-problem"');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('renames the account', async () => {
    const user = userEvent.setup();
    render(() => <App path="/account" />);
    const input = await screen.findByLabelText('Name');
    await user.clear(input);
    await user.type(input, 'Lin');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Saved.');
    expect((await call((api) => api.GET('/me'))).name).toBe('Lin');
    expect(document.querySelector('.account-link')?.textContent).toContain('Lin');
  });
});
