// A user's write-up end to end in real headless Chromium against the real built
// server: pasted text → draft → corrected → saved private → a mock interview of
// one of its rounds → one of its own cards reviewed → made public → a second
// person finds it on the timeline, practises it and reviews one of its cards.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, launchBrowser, type RunningServer, screenshot, screenshotDir, seriousViolations, startServer } from './harness.js';

if (!hasChromium) {
  console.warn('\n⚠️  SKIPPING the write-up browser tests: /usr/bin/chromium is missing (apt-get install chromium).\n');
}

/** A forum-style post: four companies (two outside the catalogue), five rounds, numbered and bulleted lists. */
const POST = [
  '2025 春招 算法岗面经（字节、小红书、米哈游、百度）',
  '背景：985 硕，CV 方向，一段实习。',
  '投递情况：腾讯（简历挂）、网易（笔试后无消息）',
  '',
  '## 字节跳动 抖音推荐 一面 2025-03-05（过）',
  '1. 自我介绍',
  '2. BN 和 LN 的区别？为什么 Transformer 用 LN？',
  '3. 手撕 lc69 x 的平方根',
  '4. 反问：团队业务',
  '',
  '## 字节跳动 二面 3月12日 过',
  '- 项目深挖，问得很细',
  '- 讲一下你们的特征平台怎么做离线和在线一致性？',
  '- 手写 NMS',
  '',
  '小红书 一面 3.20 挂',
  '· 自我介绍',
  '· 多头注意力里头数增加，参数量和计算量怎么变？',
  '· 手写 IoU',
  '· LC 215 数组中的第K个最大元素',
  '',
  '百度 文心 一面 3/22 过',
  '- 讲一下 ViT 是怎么处理一张图像的',
  '- 手撕 hot100 原题：LRU 缓存',
  '',
  '米哈游 交叉面 3.25 过',
  '- 聊了聊游戏',
  '- 手撕 kmeans',
  '- 如何设计一个游戏内的反作弊检测系统？',
  '',
  '米哈游 终面 4.2 意向',
  '- 主要是聊天，问职业规划',
].join('\n');

const OWN_PROMPT = '讲一下你们的特征平台怎么做离线和在线一致性？';
const OWN_ANSWER = '离线和在线共用同一份特征定义和计算代码，训练样本落盘时记录线上实际取到的特征值。';

describe.skipIf(!hasChromium)('a user write-up in Chromium', () => {
  let server: RunningServer;
  let author: BrowserContext;
  let reader: BrowserContext | undefined;
  let page: Page;
  let writeupUrl = '';
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    author = await launchBrowser({ locale: 'en-US' });
    page = author.pages()[0] ?? (await author.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await reader?.close();
    await author?.close();
    await server?.stop();
  });

  const expectAccessible = async (p: Page, what: string) => {
    const violations = await seriousViolations(p);
    expect(violations, `${what}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  };

  /** Rates due cards ("Good") until the one on screen is an own card; its prompt. */
  const reviewAnOwnCard = async (p: Page) => {
    for (let turn = 0; turn < 60; turn++) {
      await p.locator('.flashcard').waitFor();
      const own = (await p.getByTestId('own-card-source').count()) > 0;
      await p.keyboard.press(' ');
      await p.getByRole('group', { name: 'How well did you remember it?' }).waitFor();
      if (own) {
        const prompt = await p.locator('.flashcard .prompt').innerText();
        await p.keyboard.press('3');
        await p.locator('.rescheduled').waitFor();
        return prompt;
      }
      await p.keyboard.press('3');
      await p.locator('.next-card').click();
    }
    throw new Error('no own card came up in /review');
  };

  it('pastes a long write-up and shows what the draft recognised and how sure', async () => {
    await page.goto(server.origin);
    await page.getByRole('link', { name: 'Write-ups', exact: true }).click();
    await page.getByTestId('writeup-new').click();
    await page.getByTestId('draft-text').fill(POST);
    await page.getByTestId('draft-parse').click();
    const report = page.getByTestId('draft-report');
    await report.waitFor();
    expect(await page.getByTestId('draft-round').count()).toBe(6);
    expect(await report.innerText()).toContain('LeetCode number');
    expect(await report.locator('.confidence-sure').count()).toBeGreaterThan(5);
    // The editor opens on the draft, with the rounds and items it found.
    expect(await page.getByTestId('edit-round').count()).toBe(6);
    expect(await page.getByTestId('writeup-title').inputValue()).toContain('2025 春招');
    expect(await page.getByTestId('edit-application').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('round-company').first().inputValue()).toBe('ByteDance');
    expect(await page.getByTestId('round-company').nth(2).inputValue()).toBe('小红书');
    await page.getByTestId('draft-text').evaluate((textarea) => textarea.scrollTo(0, 0));
    await screenshot(page, 'writeup-draft');
    // The top of it (the paste, what was recognised, the editor beside its preview), the README's picture.
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({
      path: join(screenshotDir, 'writeup-draft-top.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1280, height: 1500 },
    });
    await expectAccessible(page, 'paste-to-draft page with a draft');
  });

  it('fixes one item, saves the write-up private and opens its page', async () => {
    // The second ByteDance round's own question gets the author's answer.
    const item = page.getByTestId('edit-round').nth(1).getByTestId('edit-item').nth(1);
    expect(await item.getAttribute('data-type')).toBe('own-concept');
    expect(await item.getByTestId('own-prompt').inputValue()).toBe(OWN_PROMPT);
    await item.getByTestId('own-answer').fill(OWN_ANSWER);
    // The preview follows the editor.
    await expect.poll(() => page.getByTestId('writeup-preview').innerText()).toContain(OWN_PROMPT);
    expect(await page.getByTestId('writeup-visibility').inputValue()).toBe('private');
    await page.getByTestId('writeup-save').click();
    await page.waitForURL(/\/writeups\/(?!new$)[^/]+$/);
    writeupUrl = page.url();
    await page.getByTestId('writeup-heading').waitFor();
    expect(await page.getByTestId('writeup-heading').innerText()).toContain('2025 春招');
    expect(await page.getByTestId('writeup-round').count()).toBe(6);
    // Where the author applied, from the 投递情况 line.
    const applications = (await page.getByTestId('writeup-applications').textContent()) ?? '';
    expect(applications).toContain('Tencent');
    expect(applications).toContain('written test');
    // Catalogue items link to their pages; the own question shows the answer just written.
    const second = page.getByTestId('writeup-round').nth(1);
    expect(await second.getByRole('link', { name: /Non-Maximum|NMS/i }).getAttribute('href')).toBe('/problems/nms');
    await second.getByText('The author’s answer').click();
    await second.getByText(OWN_ANSWER).waitFor();
    await expectAccessible(page, 'write-up page');
  });

  it('runs a mock interview of one of its rounds', async () => {
    await page.getByTestId('writeup-round').nth(1).getByTestId('writeup-mock').click();
    await page.getByRole('heading', { level: 1, name: /Mock interview: ByteDance · Round 2/ }).waitFor();
    // A talk, then the own question as a flashcard with the author's answer, marked practised.
    await page.getByRole('button', { name: 'Next item' }).click();
    const card = page.getByTestId('mock-own-concept');
    await card.getByRole('button', { name: 'Reveal the answer' }).click();
    await card.getByText(OWN_ANSWER).waitFor();
    await card.getByTestId('mock-practised').click();
    await expect.poll(() => card.getByTestId('mock-practised').innerText()).toContain('Practised');
    await page.getByRole('button', { name: 'Next item' }).click();
    // The catalogue problem is judged as on its own page.
    await page.locator('.cm-content').waitFor();
    await page.getByRole('button', { name: 'Finish interview' }).click();
    const summary = page.locator('.mock-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Own items practised: 1 of 1');
    expect(await summary.innerText()).toContain('Problems solved: 0 of 1');
    await page.getByRole('link', { name: /Back to the write-up/ }).click();
    await page.waitForURL(writeupUrl);
  });

  it('reviews one of its own cards in /review', async () => {
    await page.getByRole('link', { name: 'Review', exact: true }).click();
    const prompt = await reviewAnOwnCard(page);
    expect([OWN_PROMPT, '如何设计一个游戏内的反作弊检测系统？']).toContain(prompt.trim());
    // The deck lists the own card with its write-up as the source.
    await expect.poll(() => page.locator('.cards-table').innerText()).toContain('From “2025 春招');
  });

  it('makes it public, and a second person sees it on the timeline and practises it', async () => {
    await page.goto(writeupUrl);
    await page.getByTestId('writeup-visibility').selectOption('public');
    await expect.poll(() => page.locator('.writeup-head .visibility-public').count()).toBe(1);
    const author = await page.locator('.account-link').innerText();

    reader = await launchBrowser({ locale: 'en-US' });
    const other = reader.pages()[0] ?? (await reader.newPage());
    other.on('pageerror', (error) => errors.push(error.message));
    await other.goto(server.origin);
    const entry = other.getByTestId('timeline-writeup').filter({ hasText: '2025 春招' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain(`by ${author.replace(/^Account:\s*/, '').trim()}`);
    await expectAccessible(other, 'timeline with a public write-up');
    await entry.getByRole('link').click();
    await other.getByTestId('writeup-heading').waitFor();
    // Not the owner: no edit, but practise.
    expect(await other.getByTestId('writeup-edit').count()).toBe(0);
    await other.getByTestId('writeup-practise').click();
    await other.getByTestId('writeup-practise-done').waitFor();
    expect(await other.getByTestId('writeup-practise-done').innerText()).toMatch(/^\d+ cards of this write-up are in your review deck\.$/);
    // Its cards can be taken out again by a reader (not by its author, whose deck always has them).
    await other.getByTestId('writeup-unpractise').waitFor();
    await other.getByRole('link', { name: 'Review', exact: true }).click();
    const prompt = await reviewAnOwnCard(other);
    expect([OWN_PROMPT, '如何设计一个游戏内的反作弊检测系统？']).toContain(prompt.trim());
    expect(errors).toEqual([]);
  });
});
