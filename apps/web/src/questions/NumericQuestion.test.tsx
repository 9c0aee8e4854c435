import type { PublicQuestion } from '@mianjing/core';
import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { call } from '../lib/api.js';
import { setLocale } from '../lib/i18n.js';
import { ensureAccount } from '../lib/session.js';
import { NumericQuestion } from './NumericQuestion.js';

type Numeric = Extract<PublicQuestion, { kind: 'numeric' }>;

describe('NumericQuestion (against the real API)', () => {
  let question: Numeric;
  beforeEach(async () => {
    setLocale('en');
    await ensureAccount();
    question = (await call((api) => api.GET('/questions/{id}', { params: { path: { id: 'lora-param-count' } } }))) as Numeric;
  });

  it('refuses what is not a number without asking the server', async () => {
    const user = userEvent.setup();
    render(() => <NumericQuestion question={question} />);
    await user.type(screen.getByLabelText('Your answer'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Enter a number, like 65536 or 1.5e-3.')).toBeTruthy();
    expect(screen.getByLabelText('Your answer').getAttribute('aria-invalid')).toBe('true');
  });

  it('grades a wrong answer and shows the expected value and the worked explanation', async () => {
    const user = userEvent.setup();
    const grades: boolean[] = [];
    render(() => <NumericQuestion question={question} onAnswered={(grade) => grades.push(grade.correct)} />);
    await user.type(screen.getByLabelText('Your answer'), '32768');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText('Not quite')).toBeTruthy();
    expect(screen.getByText(/Expected 120,832 parameters/)).toBeTruthy();
    expect(screen.getByText('Worked explanation')).toBeTruthy();
    expect(grades).toEqual([false]);
    const progress = await call((api) => api.GET('/me/progress'));
    expect(progress.numeric).toEqual({ answered: 1, correct: 0 });
  });
});
