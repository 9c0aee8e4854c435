import { describe, expect, it } from 'vitest';
import { hostilePayloads } from '../testing/hostile.js';
import { hasUnsafeCharacters, safeJson, safeText } from './safe-text.js';

describe('safeText', () => {
  it('shows every control character as a visible stand-in instead of sending it', () => {
    expect(safeText(hostilePayloads.osc)).toBe('title␛]0;pwned␇');
    expect(safeText(hostilePayloads.clear)).toBe('␛[2J␛[H');
    expect(safeText(hostilePayloads.csi8bit)).toBe('x�31mred');
    expect(safeText(hostilePayloads.backspace)).toBe('good␈␈␈␈evil');
    expect(safeText(hostilePayloads.bidi)).toBe('access��level�');
    expect(safeText(hostilePayloads.del)).toBe('a␡b');
    expect(safeText(hostilePayloads.nul)).toBe('a␀b');
    for (const [name, payload] of Object.entries(hostilePayloads)) expect(hasUnsafeCharacters(safeText(payload)), name).toBe(false);
  });

  it('turns carriage returns into line breaks, so nothing is printed over', () => {
    expect(safeText(hostilePayloads.overwrite)).toBe('rm -rf ~\nsafe command');
    expect(safeText('one\r\ntwo\rthree\n\tfour')).toBe('one\ntwo\nthree\n\tfour');
    expect(safeText('one\r\ntwo\tthree', { singleLine: true })).toBe('one two three');
  });

  it('leaves ordinary text alone, Chinese and emoji included', () => {
    const text = '字节跳动 一面：手撕 lc 206 ✓ 🎉\n- 第二行\twith a tab';
    expect(safeText(text)).toBe(text);
    expect(hasUnsafeCharacters(text)).toBe(false);
  });

  it('escapes in JSON what JSON.stringify leaves raw, keeping the same document', () => {
    const value = { note: `${hostilePayloads.csi8bit} ${hostilePayloads.bidi} ${hostilePayloads.osc}` };
    const json = safeJson(JSON.stringify(value));
    expect(hasUnsafeCharacters(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
