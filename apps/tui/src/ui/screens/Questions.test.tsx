import { describe, expect, it } from 'vitest';
import { LORA_PARAMS } from '../../testing/content.js';
import { keys, renderApp } from '../../testing/ink.js';

describe('questions', () => {
  it('lists every question and opens a numeric one from a search', async () => {
    const app = renderApp({ screen: 'questions' });
    const frame = await app.waitForText('numeric');
    expect(frame).toMatch(/concept\s+aigc-overview/);
    await app.press('/', 'l', 'o', 'r', 'a', '-', 'p', keys.enter, keys.enter);
    await app.waitForText('Question · lora-param-count');
  });

  it('grades a typed answer, shows the explanation, and takes another try', async () => {
    const app = renderApp({ screen: 'numeric', questionId: 'lora-param-count' });
    const prompt = await app.waitForText('Your answer (parameters):');
    expect(prompt).toContain('LoRA of rank r = 8');
    await app.press('6', 'x', '5', keys.backspace, '4', keys.enter);
    const wrong = await app.waitForText(`Not quite: you said 64, the answer is ${LORA_PARAMS} parameters`);
    expect(wrong).toContain('ΔW = BA');
    await app.press('a');
    await app.waitForText('Your answer');
    await app.press(LORA_PARAMS.toLocaleString('en'), keys.enter);
    await app.waitForText(`Correct: ${LORA_PARAMS} parameters`);
    expect((await app.backend.progress()).numeric).toEqual({ answered: 2, correct: 1 });
  });
});
