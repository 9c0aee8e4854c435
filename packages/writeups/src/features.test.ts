import { describe, expect, it } from 'vitest';
import { isGeneric, textFeatures } from './features.js';
import { expectSound, itemsOf, parse } from './testing/helpers.js';

describe('textFeatures', () => {
  it('reads words that are also names of every object’s properties (constructor, valueof) as words', () => {
    expect([...textFeatures('What does a constructor do? valueof hasownproperty')]).toEqual(
      expect.arrayContaining(['w:constructor', 'w:valueof', 'w:hasownproperty']),
    );
    const text = '一面\n- what is a constructor?\n- 讲一下 constructor 和 prototype';
    const draft = parse(text);
    expectSound(text, draft);
    expect(itemsOf(draft.writeup.rounds[0])).toEqual(['own-concept:what is a constructor?', 'own-concept:讲一下 constructor 和 prototype']);
  });

  it('splits camelCase and letter–digit words, and only those', () => {
    expect([...textFeatures('TransformerEncoderBlock')]).toEqual(
      expect.arrayContaining(['w:transformerencoderblock', 'w:transformer', 'w:encoder', 'w:block']),
    );
    expect([...textFeatures('BLIP2')]).toEqual(expect.arrayContaining(['w:blip2', 'w:blip']));
    expect([...textFeatures('ViT')]).toEqual(['w:vit']);
    expect([...textFeatures('attention')]).toEqual(['w:attention']);
  });

  it('counts pairs of Chinese characters with a function word as generic', () => {
    expect(textFeatures('LoRA的原理')).toEqual(new Set(['w:lora', 'c:的原', 'c:原理']));
    expect(isGeneric('c:的原')).toBe(true);
    expect(isGeneric('c:原理')).toBe(true);
    expect(isGeneric('c:注意')).toBe(false);
    expect(isGeneric('w:attention')).toBe(false);
  });
});
