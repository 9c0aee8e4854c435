import { newCardFor } from '../../testing/cards.js';
import { describe, expect, it } from 'vitest';
import { cardOf } from './Flashcards.js';

describe('cardOf', () => {
  it("shows an own card's prompt, answer, what was said and key points, with another person's control characters made visible", () => {
    const key = 'writeup:w1:why-bn';
    const card = cardOf({
      source: 'writeup',
      key,
      writeup: { id: 'w1', title: { zh: '面经' }, authorName: 'Ann', language: 'zh', mine: false },
      item: {
        type: 'own-concept',
        id: 'why-bn',
        prompt: { zh: 'BN 为什么有效？\u001b]0;owned\u0007' },
        answer: { zh: '平滑损失曲面\u001b[2J' },
        keyPoints: [{ zh: '更大的学习率\r伪造' }],
        said: { zh: '内部协变量偏移' },
      },
      card: newCardFor(key),
    });
    expect(card.id).toBe(key);
    expect(card.prompt.zh).toContain('BN 为什么有效？');
    expect(card.answer.zh).toContain('平滑损失曲面');
    expect(card.answer.zh).toContain('内部协变量偏移');
    expect(card.keyPoints).toHaveLength(1);
    const everything = JSON.stringify(card);
    expect(everything).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
