import { describe, expect, it } from 'vitest';
import { extractMath, renderInlineTex, renderMarkdown } from './markdown.js';

describe('extractMath', () => {
  it('takes out inline and display formulas but leaves code alone', () => {
    const { text, formulas } = extractMath('Given $x$, return $$\\lfloor \\sqrt{x} \\rfloor$$ and `a $b$ c`.');
    expect(text).toBe('Given MJMATH0X, return MJMATH1X and `a $b$ c`.');
    expect(formulas).toEqual([
      { tex: 'x', display: false },
      { tex: '\\lfloor \\sqrt{x} \\rfloor', display: true },
    ]);
  });
});

describe('renderMarkdown', () => {
  it('renders Markdown and TeX with KaTeX', async () => {
    const html = await renderMarkdown('Return $x_1$ **rounded down**.\n\n$$a^2 + b^2$$');
    expect(html).toContain('<strong>rounded down</strong>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    // Underscores in TeX are not taken for Markdown emphasis.
    expect(html).not.toContain('<em>');
  });

  it('escapes plain text in inline titles', async () => {
    const html = await renderInlineTex('a < b and $d \\times k$');
    expect(html).toContain('a &#60; b');
    expect(html).toContain('class="katex"');
  });
});
