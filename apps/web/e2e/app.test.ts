// Whole flows in real headless Chromium against the real built server.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, type RunningServer, screenshot, screenshotOf, seriousViolations, startServer } from './harness.js';

if (!hasChromium) {
  console.warn('\n⚠️  SKIPPING the browser tests: /usr/bin/chromium is missing (apt-get install chromium).\n');
}

const WRONG = 'function mySqrt(x: number): number {\n  return Math.round(Math.sqrt(x));\n}\n';
const THROWS = 'function mySqrt(x: number): number {\n  const half = x / 2;\n  throw new Error("boom " + half);\n}\n';
const RIGHT = [
  'function mySqrt(x: number): number {',
  '  let lo = 0, hi = x;',
  '  while (lo < hi) {',
  '    const mid = Math.floor((lo + hi + 1) / 2);',
  '    if (mid * mid <= x) lo = mid; else hi = mid - 1;',
  '  }',
  '  return lo;',
  '}',
  '',
].join('\n');

describe.skipIf(!hasChromium)('the web app in Chromium', () => {
  let server: RunningServer;
  /** How many problems the server's catalogue has (the content pack grows). */
  const problemCount = async () => ((await (await fetch(`${server.origin}/api/v1/problems?limit=1`)).json()) as { total: number }).total;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser({ locale: 'en-US' });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const expectAccessible = async (what: string) => {
    const violations = await seriousViolations(page);
    expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  };

  /** Replaces the editor's text, the way a paste would (no auto-closed brackets). */
  const typeCode = async (code: string) => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(code);
  };
  const verdict = () => page.getByTestId('verdict');
  const waitForVerdict = async (text: string) => {
    await expect.poll(async () => (await verdict().count()) > 0 && (await verdict().innerText()), { timeout: 30_000 }).toBe(text);
  };

  it('creates an account on the first visit and opens the timeline', async () => {
    await page.goto(server.origin);
    await page.getByRole('heading', { level: 1, name: 'Interview timeline' }).waitFor();
    await page.locator('.round-card').first().waitFor();
    expect(await page.locator('.round-card').count()).toBeGreaterThan(10);
    const token = await page.evaluate(() => localStorage.getItem('mianjing.token'));
    expect(token).toMatch(/^mj_/);
    await expect.poll(() => page.locator('.account-link').innerText()).toMatch(/guest-/);
    // Keyboard users get the skip link first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    // The editor is its own chunk, not loaded for the timeline.
    expect(scripts.filter((path) => path.includes('CodeEditor'))).toEqual([]);
    await screenshot(page, 'timeline');
    await expectAccessible('timeline');
  });

  it('filters the problem table and opens a problem with its statement typeset', async () => {
    await page.getByRole('link', { name: 'Problems', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Problems' }).waitFor();
    await page.locator('.problem-table tbody tr').first().waitFor();
    const all = await page.locator('.problem-table tbody tr').count();
    expect(all).toBe(await problemCount());
    await page.getByLabel('Difficulty').selectOption('easy');
    await expect.poll(() => page.locator('.problem-table tbody tr').count()).toBeLessThan(all);
    await page.getByLabel('Search').fill('Integer square root');
    await expect.poll(() => page.locator('.problem-table tbody tr').count()).toBe(1);
    expect(page.url()).toContain('difficulty=easy');
    await screenshot(page, 'problems');
    await expectAccessible('problem table');

    await page.getByRole('link', { name: 'Integer square root' }).click();
    await page.getByRole('heading', { level: 1, name: 'Integer square root' }).waitFor();
    await page.locator('.statement .katex').first().waitFor();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('function mySqrt(x: number): number');
    expect(scripts.some((path) => /\/CodeEditor-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.some((path) => /\/lang-javascript-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.some((path) => /\/lang-python-/.test(path))).toBe(false);
  });

  it('shows the failing case of a wrong solution with the difference marked', async () => {
    await typeCode(WRONG);
    await page.keyboard.press('ControlOrMeta+Shift+Enter');
    await waitForVerdict('Wrong Answer');
    const failing = page.locator('.test-row details[open]').first();
    await failing.waitFor();
    expect(await failing.getByTestId('expected').innerText()).toBe('2');
    expect(await failing.getByTestId('actual').innerText()).toBe('3');
    expect(await failing.locator('mark.diff').count()).toBe(2);
    await screenshot(page, 'problem-wrong-answer');
    await expectAccessible('problem with a wrong answer');
  });

  it('runs the examples with a custom input', async () => {
    await page.getByText(/^Custom inputs/).click();
    await page.getByRole('button', { name: 'Add a custom input' }).click();
    await page.getByLabel('Custom input 1').fill('{"x": 10}');
    // Ctrl+Enter runs from anywhere on the page, the input box included.
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.locator('.result-panel .result-stats').innerText(), { timeout: 30_000 }).toContain('Run');
    await waitForVerdict('Wrong Answer');
    const custom = page.locator('.test-row', { hasText: 'custom' });
    expect(await custom.count()).toBe(1);
    expect(await page.locator('.result-panel').innerText()).toContain('2 / 3 tests passed');
  });

  it('marks the line of a runtime error in the editor', async () => {
    await typeCode(THROWS);
    await page.keyboard.press('ControlOrMeta+Enter');
    await waitForVerdict('Runtime Error');
    await page.locator('.cm-error-line').waitFor();
    expect(await page.locator('.cm-error-line').innerText()).toContain('throw new Error');
  });

  it('accepts a correct solution, unlocks the editorial and keeps the code across a reload', async () => {
    await typeCode(RIGHT);
    await page.keyboard.press('ControlOrMeta+Shift+Enter');
    await waitForVerdict('Accepted');
    expect(await page.locator('.result-panel').innerText()).toMatch(/(\d+) \/ \1 tests passed/);
    await page.getByRole('tab', { name: 'Editorial' }).click();
    await page.locator('.editorial').waitFor();
    expect(await page.getByRole('button', { name: 'Show the editorial' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Submissions' }).click();
    await expect.poll(() => page.locator('table.history tbody tr').count()).toBe(4);
    await screenshot(page, 'problem-accepted');

    await page.reload();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('const mid = Math.floor');
  });

  it('answers a numeric question and shows the worked explanation', async () => {
    await page.goto(`${server.origin}/questions/lora-param-count`);
    await page.getByLabel('Your answer').fill('120832');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('.grade-ok').waitFor();
    expect(await page.locator('.grade').innerText()).toContain('Worked explanation');
    await page.locator('.grade .katex').first().waitFor();
    await screenshot(page, 'numeric-question');
    await expectAccessible('numeric question');
  });

  it('reviews a flashcard by keyboard and shows it rescheduled', async () => {
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    await page.locator('.due-count').waitFor();
    const before = Number((await page.locator('.due-count').innerText()).match(/\d+/)?.[0]);
    expect(before).toBeGreaterThan(0);
    await page.locator('.flashcard').waitFor();
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Reference answer' }).waitFor();
    await page.getByRole('heading', { name: 'Key points' }).waitFor();
    await expectAccessible('revealed flashcard');
    await page.keyboard.press('3');
    await page.locator('.rescheduled').waitFor();
    expect(await page.locator('.rescheduled').innerText()).toMatch(/Rescheduled: next review in \d+ minutes?/);
    expect(await page.locator('.due-count').innerText()).toBe(`${before - 1} card${before - 1 === 1 ? '' : 's'} due`);
    await expect.poll(() => page.locator('.cards-table tbody tr').count()).toBe(1);
    expect(await page.locator('.cards-table tbody tr').innerText()).toMatch(/learning\s+1\s+in \d+ minutes?/);
    await screenshot(page, 'review');
  });

  it('runs a mock interview with a timer and a summary', async () => {
    await page.goto(`${server.origin}/mock/soul-r2`);
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('timer').innerText()).toMatch(/Elapsed\s+0:0\d/);
    expect(await page.getByText('Item 1 of 3').count()).toBe(1);
    await page.getByRole('button', { name: 'Next item' }).click();
    await page.getByRole('button', { name: 'Reveal the answer' }).click();
    await page.getByRole('button', { name: /Good/ }).click();
    await page.locator('.rescheduled').waitFor();
    await page.getByRole('button', { name: 'Next item' }).click();
    await page.locator('.cm-content').waitFor();
    await page.getByRole('button', { name: 'Finish interview' }).click();
    await page.getByRole('heading', { name: 'Interview summary' }).waitFor();
    const summary = await page.locator('.mock-summary').innerText();
    expect(summary).toContain('Problems solved: 0 of 1');
    expect(summary).toContain('Concept questions reviewed: 1 of 1');
    expect(await page.locator('.mock-summary tbody tr').count()).toBe(3);
    await screenshot(page, 'mock-summary');
    await expectAccessible('mock interview summary');
  });

  it('shows the accepted submission on the progress page', async () => {
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByTestId('stat-solved').waitFor();
    expect(await page.getByTestId('stat-solved').innerText()).toContain(`1 / ${await problemCount()}`);
    expect(await page.getByTestId('stat-acceptance').innerText()).toContain('50%');
    const today = new Date().toISOString().slice(0, 10);
    expect(Number(await page.locator(`rect[data-date="${today}"]`).getAttribute('data-count'))).toBeGreaterThan(4);
    expect(await page.locator('.chart .solved-line').count()).toBe(1);
    // One day of activity is one day wide, with the accepted submission marked on it.
    const chartBox = await page.locator('.chart svg').boundingBox();
    const barBox = await page.locator('.chart rect.bar').boundingBox();
    expect(barBox && chartBox && barBox.width / chartBox.width).toBeLessThan(0.1);
    expect(await page.locator('.chart circle.solved-point').count()).toBe(1);
    await screenshot(page, 'progress');
    await expectAccessible('progress');
  });

  it('draws a month of activity over time, in both themes', async () => {
    // The fresh database has one day of activity: the progress response gets a made-up month instead.
    const month = Array.from({ length: 30 }, (_, i) => ({
      date: new Date(Date.now() - (29 - i) * 86_400_000).toISOString().slice(0, 10),
      submissions: 1 + (i % 4),
      solved: i % 3 === 0 ? 1 : 0,
      reviews: i % 5,
      answers: i % 2,
    }));
    await page.route('**/api/v1/me/progress', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), activity: month } });
    });
    try {
      await page.reload();
      await expect.poll(() => page.locator('.chart rect.bar').count()).toBe(30);
      expect(await page.locator('.chart circle.solved-point').count()).toBe(10);
      await screenshotOf(page.locator('.chart'), 'progress-month');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await screenshotOf(page.locator('.chart'), 'progress-month-dark');
      await expectAccessible('dark progress page');
      await page.getByRole('button', { name: 'Light theme' }).click();
    } finally {
      await page.unroute('**/api/v1/me/progress');
    }
    await page.reload();
    await page.getByTestId('stat-solved').waitFor();
  });

  it('switches to Chinese and back, and remembers the choice', async () => {
    await page.getByRole('button', { name: /Switch the interface and content to Chinese/ }).click();
    await page.getByRole('heading', { level: 1, name: '进度' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.goto(`${server.origin}/problems/sqrt-x`);
    await page.getByRole('heading', { level: 1, name: 'x 的平方根' }).waitFor();
    expect(await page.locator('.statement').innerText()).toContain('向下取整');
    await screenshot(page, 'problem-zh');
    await expectAccessible('problem in Chinese');
    await page.getByRole('button', { name: /把界面和内容切换成英文/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Integer square root' }).waitFor();
  });

  it('offers a dark theme that stays accessible', async () => {
    await page.goto(`${server.origin}/review`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('.cards-table').waitFor();
    await expectAccessible('dark review page');
    await page.getByRole('button', { name: 'Light theme' }).click();
  });

  it('says when the connection is lost and recovers by itself', async () => {
    // Both pages' code is loaded first: offline, only the API calls fail.
    await page.goto(`${server.origin}/problems`);
    await page.locator('.problem-table tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Progress', exact: true }).click();
    await page.getByTestId('stat-solved').waitFor();
    await browser.setOffline(true);
    try {
      await page.getByRole('link', { name: 'Problems', exact: true }).click();
      await page.getByText('The connection to the server was lost.').waitFor();
      expect(await page.getByRole('alert').filter({ hasText: 'The connection to the server was lost.' }).innerText()).toMatch(
        /Retrying in \d+ s/,
      );
      // "Retry now" tries at once; still offline, the banner stays.
      await page.getByRole('button', { name: 'Retry now' }).click();
      await page.getByText('The connection to the server was lost.').waitFor();
    } finally {
      // Back online, the waiting reads retry without being asked.
      await browser.setOffline(false);
    }
    await page.locator('.problem-table tbody tr').first().waitFor();
    expect(await page.getByText('The connection to the server was lost.').count()).toBe(0);
  });

  it('shows an API error message instead of a blank page', async () => {
    await page.goto(`${server.origin}/problems/no-such-problem`);
    await page.getByRole('alert').filter({ hasText: 'no problem with id "no-such-problem"' }).waitFor();
  });

  it('fits a phone screen', async () => {
    const phone = await browser.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/', '/problems', '/problems/sqrt-x', '/progress']) {
      await phone.goto(`${server.origin}${path}`);
      await phone.locator('main h1').first().waitFor();
      await phone.waitForLoadState('networkidle');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      if (path === '/problems/sqrt-x') await screenshot(phone, 'phone-problem');
    }
    await phone.close();
  });

  it('opens the canon collection from the header, each section with its progress', async () => {
    const canon = (await (await fetch(`${server.origin}/api/v1/collections/cv-ml-canon`)).json()) as {
      sections: { title: { en: string } }[];
    };
    await page.getByRole('link', { name: 'Collections', exact: true }).click();
    await page.getByRole('link', { name: 'The CV/ML hand-coding canon' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'The CV/ML hand-coding canon' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual(canon.sections.map((s) => s.title.en));
    expect(await page.getByRole('progressbar').count()).toBe(canon.sections.length);
    await page.getByRole('link', { name: 'Non-maximum suppression', exact: false }).first().click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /suppression/i })
      .waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'The CV/ML hand-coding canon' }).waitFor();
    await screenshot(page, 'collection');
    await expectAccessible('collection');
  });

  it('threw no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
