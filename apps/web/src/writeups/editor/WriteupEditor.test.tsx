import { render, screen, waitFor, within } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { setLocale } from '../../lib/i18n.js';
import { fetchWriteup } from '../api.js';

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
});
