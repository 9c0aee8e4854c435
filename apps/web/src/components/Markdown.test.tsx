import { render, waitFor } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { Markdown, Tex } from './Markdown.js';

const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '[click](javascript:window.__xss=1)',
  '<a href="jav&#x61;script:window.__xss=1">y</a>',
  '<iframe srcdoc="<script>window.__xss=1</script>"></iframe>',
  '<details open ontoggle="window.__xss=1"><summary>s</summary></details>',
  '<input autofocus onfocus="window.__xss=1">',
  '$\\href{javascript:window.__xss=1}{x}$',
].join('\n\n');

/** Every element under the node with an attribute that could run script or open a script URL. */
const activeElements = (root: Element) =>
  [...root.querySelectorAll('*')].filter((element) =>
    [...element.attributes].some(
      (attribute) => attribute.name.startsWith('on') || attribute.name === 'srcdoc' || /^\s*javascript:/i.test(attribute.value),
    ),
  );

describe('Markdown', () => {
  it('typesets $x^2$ after sanitising', async () => {
    const { container } = render(() => <Markdown text={'Square $x^2$ **now**'} />);
    await waitFor(() => expect(container.querySelector('.markdown:not(.pending) .katex')).not.toBeNull());
    expect(container.querySelector('.katex msup')?.textContent).toBe('x2');
    expect(container.querySelector('strong')?.textContent).toBe('now');
  });

  it('puts nothing active into the page from hostile text', async () => {
    const { container } = render(() => <Markdown text={HOSTILE} />);
    await waitFor(() => expect(container.querySelector('.markdown:not(.pending) .katex')).not.toBeNull());
    expect(activeElements(container)).toEqual([]);
    expect(container.querySelectorAll('script, iframe, svg:not(.katex svg), input:not([disabled])')).toHaveLength(0);
    expect(container.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('shows the text as text while loading and after, in one line with TeX', async () => {
    const line = '<img src=x onerror="window.__xss=1"> and $y$';
    const { container } = render(() => <Tex text={line} />);
    // Before the first render finishes, the fallback is a text node.
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="window.__xss=1"> and ');
    expect(activeElements(container)).toEqual([]);
  });
});
