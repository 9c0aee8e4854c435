import { render, screen } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n.js';
import { wrongAnswer } from '../testing/fixtures.js';
import { ResultPanel } from './ResultPanel.js';

describe('ResultPanel', () => {
  it('shows the verdict, the tests passed and a row per test', () => {
    setLocale('en');
    render(() => <ResultPanel result={wrongAnswer} />);
    expect(screen.getByTestId('verdict').textContent).toBe('Wrong Answer');
    expect(screen.getByText('1 / 2 tests passed')).toBeTruthy();
    expect(document.querySelectorAll('.test-row')).toHaveLength(2);
  });

  it('opens the first failing test with expected and actual side by side, the difference marked', () => {
    setLocale('en');
    render(() => <ResultPanel result={wrongAnswer} />);
    const open = document.querySelectorAll('details[open]');
    expect(open).toHaveLength(1);
    const failing = open[0] as HTMLElement;
    expect(failing.querySelector('[data-testid="expected"]')?.textContent).toBe('[1,2,3]');
    expect(failing.querySelector('[data-testid="actual"]')?.textContent).toBe('[1,5,3]');
    expect([...failing.querySelectorAll('mark.diff')].map((m) => m.textContent)).toEqual(['2', '5']);
    expect(failing.querySelector('.stdout')?.textContent).toBe('mid 3\n');
    expect(failing.textContent).toContain('{"x":8}');
  });

  it('names the runtime error and its line, in Chinese too', () => {
    setLocale('zh');
    render(() => (
      <ResultPanel
        result={{
          ...wrongAnswer,
          verdict: 'RuntimeError',
          runtimeError: { name: 'TypeError', message: 'x is undefined', stack: 'at mySqrt (solution.ts:3:5)', line: 3 },
        }}
      />
    ));
    expect(screen.getByTestId('verdict').textContent).toBe('执行出错');
    expect(screen.getByText('TypeError: x is undefined')).toBeTruthy();
    expect(screen.getByText('第 3 行（已在编辑器中标出）')).toBeTruthy();
    setLocale('en');
  });
});
