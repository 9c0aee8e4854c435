import { describe, expect, it } from 'vitest';
import { markdownToText, parseMarkdown, parseInline } from './markdown.js';

describe('parseMarkdown', () => {
  it('splits paragraphs, lists, display maths and code', () => {
    const blocks = parseMarkdown('Given $x$, return **y**.\nSecond line.\n\n- one\n- two `code`\n\n$$a^2 + b^2$$\n\n```\nlet a = 1;\n```');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'math', 'code']);
    expect(markdownToText(blocks)).toBe('Given x, return y. Second line.\n\n  • one\n  • two code\n\n    a² + b²\n\n    let a = 1;');
  });

  it('numbers ordered lists and keeps indented continuation lines in the item', () => {
    const blocks = parseMarkdown('1. first\n   more of it\n2. second');
    expect(markdownToText(blocks)).toBe('  1. first more of it\n  2. second');
  });

  it('starts a list right under a paragraph line', () => {
    expect(markdownToText(parseMarkdown('**Paradigms**\n- GANs\n- VAEs'))).toBe('Paradigms\n\n  • GANs\n  • VAEs');
  });

  it('reads display maths spread over lines, with text after it', () => {
    expect(markdownToText(parseMarkdown('$$\nx \\le y\n$$,'))).toBe('    x ≤ y,');
  });

  it('marks the style of each inline run', () => {
    expect(parseInline('a **b** *c* `d` $e^2$ [f](https://g.h)')).toEqual([
      { style: 'text', text: 'a ' },
      { style: 'strong', text: 'b' },
      { style: 'text', text: ' ' },
      { style: 'em', text: 'c' },
      { style: 'text', text: ' ' },
      { style: 'code', text: 'd' },
      { style: 'text', text: ' ' },
      { style: 'math', text: 'e²' },
      { style: 'text', text: ' ' },
      { style: 'text', text: 'f (https://g.h)' },
    ]);
  });
});
