import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App.js';
import { setLocale } from '../../lib/i18n.js';
import { ensureAccount } from '../../lib/session.js';
import { createWriteup, fetchWriteup, fetchWriteups } from '../api.js';

const fieldError = (path: string) => document.querySelector(`[data-testid="field-error"][data-field="${path}"]`);

describe('the write-up editor against the real API', () => {
  beforeEach(() => setLocale('en'));

  it('adds a catalogue problem through the picker, shows the API’s errors beside their fields, then saves', async () => {
    const user = userEvent.setup();
    render(() => <App path="/writeups/new" />);
    await user.click(await screen.findByTestId('draft-empty'));
    await user.click(screen.getByTestId('add-round'));
    const round = screen.getByTestId('edit-round');
    await user.click(within(round).getByTestId('add-item'));
    const item = within(round).getByTestId('edit-item');
    await user.selectOptions(within(item).getByTestId('item-type'), 'problem');

    // Saved blank: the API answers 400 and each message sits beside its field.
    await user.click(screen.getByTestId('writeup-save'));
    await waitFor(() => expect(fieldError('title')).toBeTruthy());
    expect(fieldError('title')?.textContent).toContain('text may not be empty');
    expect(screen.getByTestId('writeup-title').getAttribute('aria-invalid')).toBe('true');
    expect(fieldError('rounds.0.items.0.id')).toBeTruthy();
    expect(within(screen.getByTestId('edit-item')).getByTestId('field-error')).toBeTruthy();
    expect(screen.getByText('Not saved: see the fields marked below.')).toBeTruthy();

    // The picker searches titles in either language.
    const picker = within(screen.getByTestId('edit-item')).getByTestId('item-picker');
    await user.type(picker, '平方根');
    await waitFor(() => expect(screen.getAllByTestId('picker-option').length).toBeGreaterThan(0));
    await user.clear(picker);
    await user.type(picker, 'integer square');
    const option = await waitFor(() => {
      const found = screen.getAllByTestId('picker-option').find((o) => o.textContent?.includes('sqrt-x'));
      if (!found)
        throw new Error(
          `no sqrt-x option: ${screen
            .queryAllByTestId('picker-option')
            .map((o) => o.textContent)
            .join(' | ')} in ${(picker as HTMLInputElement).value}`,
        );
      return found;
    });
    await user.click(option);
    expect(within(screen.getByTestId('edit-item')).getByTestId('picked-item').textContent).toBe('Integer square root');
    // The preview draws it like the timeline, linked to the problem.
    const preview = screen.getByTestId('writeup-preview');
    await waitFor(() =>
      expect(within(preview).getByRole('link', { name: 'Integer square root' }).getAttribute('href')).toBe('/problems/sqrt-x'),
    );

    await user.type(screen.getByTestId('writeup-title'), 'My loop');
    await user.click(screen.getByTestId('writeup-save'));
    const heading = await screen.findByTestId('writeup-heading');
    expect(heading.textContent).toBe('My loop');
    const id = window.location.pathname.split('/').pop() || '';
    const saved = await fetchWriteup(document.querySelector('[data-testid="writeup-edit"]')?.getAttribute('href')?.split('/')[2] ?? id);
    expect(saved.writeup.rounds[0]?.items).toEqual([{ type: 'problem', id: 'sqrt-x' }]);
    expect(saved.writeup.visibility).toBe('private');
  });

  it('reorders rounds and items of a saved write-up, removes one, saves, and deletes it', async () => {
    await ensureAccount();
    const saved = await createWriteup({
      title: { en: 'Two rounds' },
      source: { language: 'en' },
      applications: [],
      visibility: 'private',
      rounds: [
        { id: 'r1', company: 'bytedance', outcome: 'passed', notes: [], items: [{ type: 'talk', topic: 'chat', note: { en: 'chat' } }] },
        {
          id: 'r2',
          company: { name: 'Tiny Startup' },
          outcome: 'rejected',
          notes: [],
          items: [
            { type: 'own-problem', id: 'r2-1', title: { en: 'Parse a log' } },
            { type: 'problem', id: 'sqrt-x' },
            { type: 'talk', topic: 'reverse-questions', note: { en: 'asked about the team' } },
          ],
        },
      ],
    });
    const id = saved.writeup.id;
    const user = userEvent.setup();
    render(() => <App path={`/writeups/${id}/edit`} />);
    await waitFor(() => expect(screen.getAllByTestId('edit-round')).toHaveLength(2));
    const second = () => screen.getAllByTestId('edit-round')[1] as HTMLElement;
    expect((within(second()).getByTestId('round-company') as HTMLInputElement).value).toBe('Tiny Startup');
    // The second round first; in it, the catalogue problem before the own one; the talk removed.
    await user.click(within(second()).getAllByRole('button', { name: /Move up/ })[0] as HTMLElement);
    const first = () => screen.getAllByTestId('edit-round')[0] as HTMLElement;
    expect((within(first()).getByTestId('round-company') as HTMLInputElement).value).toBe('Tiny Startup');
    const items = () => within(first()).getAllByTestId('edit-item');
    await user.click(within(items()[1] as HTMLElement).getByRole('button', { name: /Move up/ }));
    await user.click(within(items()[2] as HTMLElement).getByTestId('remove-item'));
    expect(items().map((item) => item.dataset.type)).toEqual(['problem', 'own-problem']);
    await user.click(screen.getByTestId('writeup-save'));
    await screen.findByTestId('writeup-heading');
    const after = await fetchWriteup(id);
    expect(after.writeup.rounds.map((r) => r.id)).toEqual(['r2', 'r1']);
    expect(after.writeup.rounds[0]?.items.map((i) => i.type)).toEqual(['problem', 'own-problem']);

    // The owner deletes it from its page.
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByTestId('writeup-delete'));
    await waitFor(async () => expect((await fetchWriteups('mine')).items.some((w) => w.id === id)).toBe(false));
    vi.restoreAllMocks();
  });
});
