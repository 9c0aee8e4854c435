import { render, screen, waitFor } from '@solidjs/testing-library';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';

describe('the problem table’s collection filter', () => {
  beforeEach(() => setLocale('en'));

  it('lists exactly the collection’s problems for ?collection= and shows it in the filter', async () => {
    await ensureAccount();
    const inCanon = await call((api) => api.GET('/problems', { params: { query: { collection: 'cv-ml-canon', limit: 100 } } }));
    const everything = await call((api) => api.GET('/problems', { params: { query: { limit: 1 } } }));
    expect(inCanon.total).toBeLessThan(everything.total);

    render(() => <App path="/problems?collection=cv-ml-canon" />);
    const table = await screen.findByRole('table');
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(inCanon.total));
    const titles = [...table.querySelectorAll('tbody tr td:nth-child(2)')].map((cell) => cell.textContent);
    expect(titles).toEqual(inCanon.items.map((p) => p.title.en));

    const select = screen.getByLabelText('Collection') as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('cv-ml-canon'));
    expect(select.selectedOptions[0]?.textContent).toBe('The CV/ML hand-coding canon');
  });
});
