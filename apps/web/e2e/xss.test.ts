// Issue 15's safety check, in a real browser: a public write-up with an XSS payload in
// every text field runs nothing on any page that shows it, and its text still shows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, type RunningServer, startServer } from './harness.js';

if (!hasChromium) {
  console.warn('\n⚠️  SKIPPING the XSS browser test: /usr/bin/chromium is missing (apt-get install chromium).\n');
}

/** What a payload does if it runs: sets window.__xss to the field it came from, or opens a dialog. */
const run = (field: string) => `window.__xss='${field}'`;

/**
 * A long text field's payload: a marker that must stay visible, then every trick at
 * once (each block a Markdown paragraph of its own; the mXSS one last, since it
 * swallows what follows it).
 */
const long = (field: string) =>
  [
    `XSS-${field} <img src=x onerror="${run(field)}"> <svg onload="${run(field)}"><circle r=5 /></svg>`,
    `<script>${run(field)}</script>`,
    `<img src=x onerror=alert('${field}')>`,
    `[l-${field}](javascript:${run(field)}) [u-${field}](JAVASCRIPT:alert('${field}')) [d-${field}](data:text/html,<script>alert(1)</script>)`,
    `<a href="jav&#x61;script:alert('${field}')">e-${field}</a> <a href="java&#9;script:alert('${field}')">t-${field}</a>`,
    `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">b-${field}</a> <javascript:alert('${field}')>`,
    `<iframe srcdoc="<script>parent.${run(field)}</script>"></iframe> <object data="javascript:alert('${field}')"></object> <embed src="javascript:alert('${field}')">`,
    `<details open ontoggle="${run(field)}"><summary>s-${field}</summary>x</details>`,
    `<input autofocus onfocus="${run(field)}"> <form action="javascript:${run(field)}"><button formaction="javascript:${run(field)}">go</button></form>`,
    `[title-${field}](https://example.com "\\"><img src=x onerror=alert('${field}')>")`,
    `$\\href{javascript:${run(field)}}{h-${field}}$ $\\htmlClass{x}{c}$ $\\url{javascript:alert(1)}$`,
    `<!--><img src=x onerror="${run(field)}">--> <!-- a --!><img src=x onerror="${run(field)}">`,
    `"><img src=x onerror="${run(field)}"> '><svg/onload=${run(field)}>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${run(field)}">`,
  ].join('\n\n');

/** A payload for a field of at most 40 characters (names, sites, LeetCode numbers). */
const short = (field: string) => `X${field}<img src=x onerror=alert(1)>`.slice(0, 40);

const text = (field: string) => ({ en: long(field) });

interface Created {
  readonly token: string;
  readonly name: string;
}

describe.skipIf(!hasChromium)('XSS payloads in a public write-up in Chromium', () => {
  let server: RunningServer;
  let page: Page;
  let close: () => Promise<void>;
  let author: Created;
  let reader: Created;
  let writeupId = '';
  let roundId = '';
  let practised = false;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  /** The fields whose marker showed on each page, for the report. */
  const shown: Record<string, string[]> = {};

  const api = async (path: string, init: { method?: string; token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.origin}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const body = response.status === 204 ? undefined : await response.json();
    return { status: response.status, body: body as Record<string, unknown> };
  };
  const signUp = async (name: string): Promise<Created> => {
    const { status, body } = await api('/users', { method: 'POST', body: { name } });
    expect(status, JSON.stringify(body)).toBe(201);
    return { token: body.token as string, name };
  };
  const firstId = async (path: string) => ((await api(path)).body.items as { id: string }[])[0]?.id;

  beforeAll(async () => {
    server = await startServer();
    const browser = await launchBrowser({ locale: 'en-US' });
    close = () => browser.close();
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));

    author = await signUp(`A<img src=x onerror=alert('name')>`);
    reader = await signUp('reader');
    const [problem, numeric, concept] = await Promise.all([
      firstId('/problems?limit=1'),
      firstId('/questions?kind=numeric&limit=1'),
      firstId('/questions?kind=concept&limit=1'),
    ]);
    const writeup = {
      title: text('title'),
      source: { site: short('site'), language: 'en' },
      background: text('background'),
      applications: [{ company: { name: short('appco') }, track: text('apptrack'), outcome: 'interview', note: text('appnote') }],
      rounds: [
        {
          id: 'r1',
          company: { name: short('roundco') },
          track: text('track'),
          date: { month: 5, day: 16 },
          label: '1st',
          outcome: 'passed',
          summary: text('summary'),
          notes: [text('notes0'), text('notes1')],
          items: [
            ...(problem ? [{ type: 'problem', id: problem, note: text('problemnote') }] : []),
            ...(numeric ? [{ type: 'numeric', id: numeric, note: text('numericnote') }] : []),
            ...(concept ? [{ type: 'concept', id: concept, note: text('conceptnote') }] : []),
            { type: 'talk', topic: 'project', note: text('talknote') },
            { type: 'own-problem', id: 'r1-1', title: text('optitle'), leetcode: short('lc'), note: text('opnote') },
            {
              type: 'own-concept',
              id: 'r1-2',
              prompt: text('ocprompt'),
              answer: text('ocanswer'),
              keyPoints: [text('ockey0'), text('ockey1')],
              said: text('ocsaid'),
              note: text('ocnote'),
            },
          ],
        },
      ],
      visibility: 'public',
    };
    const created = await api('/writeups', { method: 'POST', token: author.token, body: writeup });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const view = created.body as { writeup: { id: string; rounds: { id: string }[] } };
    writeupId = view.writeup.id;
    roundId = view.writeup.rounds[0]?.id ?? 'r1';
    // A `javascript:` address in the URL fields is refused where it is written, naming the fields.
    const withUrls = await api(`/writeups/${writeupId}`, {
      method: 'PUT',
      token: author.token,
      body: {
        ...writeup,
        source: { ...writeup.source, url: 'javascript:alert(1)//https://x' },
        rounds: writeup.rounds.map((round) => ({
          ...round,
          items: round.items.map((item) => (item.type === 'own-problem' ? { ...item, url: 'javascript:alert(1)//https://x' } : item)),
        })),
      },
    });
    expect(withUrls.status).toBe(400);
    const fields = (withUrls.body as { error: { fields?: Record<string, string> } }).error.fields ?? {};
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['source.url', expect.stringMatching(/^rounds\.\d+\.items\.\d+\.url$/)]));
    const practise = await api(`/writeups/${writeupId}/practise`, { method: 'POST', token: reader.token });
    practised = practise.status === 200;
  });
  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  /** Signs the browser in as a user: the app keeps its token in localStorage. */
  const signInAs = async (user: Created) => {
    await page.goto(`${server.origin}/api/v1/health`);
    await page.evaluate((token) => localStorage.setItem('mianjing.token', token), user.token);
  };

  /** Waits until the page shows the title's marker and no Markdown is still loading. */
  const settle = async (marker = 'XSS-title') => {
    await page.getByText(marker).first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.markdown.pending').count(), { timeout: 20_000 }).toBe(0);
    await page.waitForLoadState('networkidle');
    // Open every <details> (ontoggle), focus through the page (onfocus), then give img onerror a moment.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    await page.waitForTimeout(400);
  };

  /** Everything active in the page: handlers, script URLs, foreign scripts and frames, SVG/MathML outside formulas. */
  const activeContent = () =>
    page.evaluate(() => {
      const found: string[] = [];
      const xss = (window as { __xss?: unknown }).__xss;
      if (xss !== undefined) found.push(`window.__xss = ${String(xss)}`);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.toLowerCase().startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
          if (attribute.name === 'srcdoc' || attribute.name === 'formaction') found.push(`${element.localName}[${attribute.name}]`);
        }
      }
      for (const element of document.body.querySelectorAll('[href], [src], [action], [data], [poster]')) {
        for (const name of ['href', 'src', 'action', 'data', 'poster']) {
          const value = (element.getAttribute(name) ?? '').replace(/[\u0000-\u0020]/g, '');
          if (/^(?:javascript|vbscript|data):/i.test(value)) found.push(`${element.localName}[${name}=${value.slice(0, 40)}]`);
        }
      }
      for (const script of document.scripts) {
        const own = script.src
          ? new URL(script.src).pathname.startsWith('/assets/')
          : (script.textContent ?? '').includes('mianjing.theme');
        if (!own) found.push(`script ${script.src || (script.textContent ?? '').slice(0, 60)}`);
      }
      for (const element of document.querySelectorAll(
        'iframe, frame, object, embed, base, body link, body meta, .markdown form, .markdown style',
      ))
        found.push(`<${element.localName}>`);
      for (const element of document.querySelectorAll('.markdown svg, .markdown math, .markdown input:not([disabled])'))
        if (!element.closest('.katex')) found.push(`<${element.localName}> in text`);
      return found;
    });

  /** Asserts nothing ran and nothing active is in the page; returns the fields whose marker shows. */
  const expectInert = async (what: string, expected: readonly string[]) => {
    // Tab through the page: an autofocus/onfocus payload would fire on focus.
    for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
    expect(await activeContent(), what).toEqual([]);
    expect(dialogs, what).toEqual([]);
    expect(pageErrors, what).toEqual([]);
    const body = await page.locator('body').innerText();
    const markers = [...body.matchAll(/XSS-([a-z0-9]+)/g)].map((m) => m[1] as string);
    shown[what] = [...new Set(markers)];
    for (const field of expected) expect(shown[what], `${what} shows ${field}`).toContain(field);
    return shown[what];
  };

  const ROUND_FIELDS = ['track', 'summary', 'notes0', 'notes1', 'talknote', 'optitle', 'opnote', 'ocprompt', 'ocnote'];

  it('the write-up page, as a reader and as its author', async () => {
    await signInAs(reader);
    await page.goto(`${server.origin}/writeups/${writeupId}`);
    await settle();
    await expectInert('write-up page (reader)', [
      'title',
      'background',
      'apptrack',
      'appnote',
      ...ROUND_FIELDS,
      'ocanswer',
      'ockey0',
      'ocsaid',
    ]);
    // Plain-text fields show the payload as text, escaped.
    expect(await page.locator('body').innerText()).toContain(`XSS-title <img src=x onerror="${run('title')}">`);
    expect(await page.locator('a[href*="javascript" i]').count()).toBe(0);
    const pageText = await page.locator('body').innerText();
    for (const plain of [author.name, short('site'), short('roundco'), short('appco')]) expect(pageText, 'shown as text').toContain(plain);

    await signInAs(author);
    await page.goto(`${server.origin}/writeups/${writeupId}`);
    await settle();
    await expectInert('write-up page (author)', ['title', 'background', ...ROUND_FIELDS]);
  });

  it('the public list and the author’s own list', async () => {
    await signInAs(reader);
    await page.goto(`${server.origin}/writeups`);
    await settle();
    await expectInert('public list', ['title']);
    await signInAs(author);
    await page.goto(`${server.origin}/writeups`);
    await settle();
    const mine = page.getByTestId('writeups-tab-mine');
    if ((await mine.count()) > 0) {
      await mine.click();
      await settle();
    }
    await expectInert('own list', ['title']);
  });

  it('the timeline, where public write-ups appear', async () => {
    await signInAs(reader);
    await page.goto(server.origin);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByTestId('timeline-writeup').first().waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('timeline-writeup').filter({ hasText: 'XSS-title' }).count()).toBeGreaterThan(0);
    await settle();
    await expectInert('timeline', ['title']);
  });

  it('the editor, as the owner', async () => {
    await signInAs(author);
    await page.goto(`${server.origin}/writeups/${writeupId}/edit`);
    // The editor holds the text in form fields (values, not markup); a preview may render it.
    await page.locator('textarea, input[type="text"], input:not([type])').first().waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.markdown.pending').count(), { timeout: 20_000 }).toBe(0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await expectInert('editor', []);
    const values = await page
      .locator('textarea, input')
      .evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value).join('\n'));
    expect(values).toContain(`XSS-title <img src=x onerror="${run('title')}">`);
  });

  it('a mock interview of its round, item by item', async () => {
    await signInAs(reader);
    await page.goto(`${server.origin}/writeups/${writeupId}/mock/${roundId}`);
    const next = page.locator('.mock-actions button.primary');
    const summary = page.locator('.mock-summary');
    const progress = page.locator('.mock-progress p');
    await next.waitFor({ timeout: 20_000 });
    const steps: string[][] = [];
    for (let step = 0; step < 12 && (await summary.count()) === 0; step++) {
      await expect.poll(() => page.locator('.markdown.pending').count(), { timeout: 20_000 }).toBe(0);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await page.waitForTimeout(300);
      steps.push(await expectInert(`mock interview, item ${step + 1}`, []));
      const at = await progress.innerText();
      await next.click();
      // The next item (or the summary) is on screen before the next check.
      await expect.poll(async () => (await summary.count()) > 0 || (await progress.innerText()) !== at, { timeout: 20_000 }).toBe(true);
    }
    await summary.waitFor();
    await expectInert('mock interview summary', []);
    // The author's own items were shown somewhere on the way.
    expect(steps.flat()).toEqual(expect.arrayContaining(['optitle', 'ocprompt']));
  });

  it('the review page, after practising the write-up', async () => {
    expect(practised, 'POST /writeups/{id}/practise').toBe(true);
    await signInAs(reader);
    await page.goto(`${server.origin}/review`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    // The due list arrives after the page's heading: wait for the first card (two are due: the own card and a catalogue one).
    await expect.poll(() => page.locator('.flashcard').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.markdown.pending').count(), { timeout: 20_000 }).toBe(0);
    // Go through every due card, in whatever order they come: reveal it, check it, rate it Good, next.
    for (let card = 0; card < 20; card++) {
      const flashcard = page.locator('.flashcard');
      if ((await flashcard.count()) === 0) break;
      const reveal = flashcard.locator('.reveal-row button');
      if ((await reveal.count()) > 0) await reveal.click();
      await expect.poll(() => flashcard.locator('.rating button').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => page.locator('.markdown.pending').count(), { timeout: 20_000 }).toBe(0);
      await page.waitForTimeout(300);
      await expectInert(`review, card ${card + 1}`, []);
      await flashcard.locator('.rating button').nth(2).click();
      const nextCard = page.locator('button.next-card');
      const more = await nextCard.waitFor({ timeout: 20_000 }).then(
        () => true,
        () => false,
      );
      if (!more) break;
      await nextCard.click();
    }
    await page.waitForTimeout(300);
    const markers = await expectInert('review page', []);
    console.info(`XSS browser test: markers shown per page\n${JSON.stringify({ ...shown, 'review page': markers }, null, 1)}`);
    // Revealed, the author's own card shows their answer and key points (as text, nothing active).
    const ownCard = Object.entries(shown).find(([what, fields]) => what.startsWith('review, card') && fields.includes('ocanswer'));
    expect(ownCard, 'a card of the write-up, revealed').toBeDefined();
    expect(ownCard?.[1]).toEqual(expect.arrayContaining(['ockey0', 'ockey1']));
  });
});
