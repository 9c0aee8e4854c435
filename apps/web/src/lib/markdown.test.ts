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

/** Parses HTML the way the page will (DOMParser, not string matching). */
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;

const FORBIDDEN_TAGS = new Set(
  'script style iframe frame frameset object embed form button textarea select option base link meta template noscript foreignobject use image animate set mglyph malignmark annotation-xml'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'poster',
  'data',
  'codebase',
  'background',
  'cite',
]);
const UNSAFE_URL = /^(?:javascript|vbscript|data|file|blob):/i;

/**
 * Everything in the HTML that could run or load something it should not, each as a
 * short description; an empty list for inert HTML.
 */
function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    const tag = element.localName.toLowerCase();
    const inFormula = element.closest('.katex, .katex-display, .katex-error') !== null;
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    if ((tag === 'svg' || tag === 'math' || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') && !inFormula)
      found.push(`<${tag}> outside a formula`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const url = attribute.value.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g, '');
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (['srcdoc', 'autofocus', 'formaction', 'action', 'is', 'id', 'name'].includes(name)) found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name) && UNSAFE_URL.test(url)) found.push(`${tag}[${name}=${attribute.value}]`);
      if (/^\s*(?:javascript|vbscript):/i.test(attribute.value)) found.push(`${tag}[${name}] with a script URL`);
      if (
        (name === 'style' || name === 'class') &&
        !inFormula &&
        !(name === 'class' && tag === 'code' && /^language-/.test(attribute.value))
      )
        found.push(`${tag}[${name}] outside a formula`);
    }
    if (tag === 'a') {
      if (element.getAttribute('rel') !== 'noopener noreferrer nofollow') found.push(`a without rel: ${element.outerHTML}`);
      const target = element.getAttribute('target');
      if (target !== null && target !== '_blank') found.push(`a[target=${target}]`);
    }
    if (tag === 'input' && (element.getAttribute('type') !== 'checkbox' || !element.hasAttribute('disabled')))
      found.push('an input that is not a disabled checkbox');
  }
  return found;
}

/** Each would run script, load a page or escape its element if it got through. */
const PAYLOADS: Record<string, string> = {
  'img onerror': '<img src=x onerror=alert(1)>',
  script: '<script>alert(1)</script> and <SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  'svg onload': '<svg onload=alert(1)><circle r=10 /></svg>',
  'svg link and use':
    '<svg><a xlink:href="javascript:alert(1)"><text y="20">x</text></a><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  'markdown javascript link': '[x](javascript:alert(1))',
  'upper-case scheme': '[x](JAVASCRIPT:alert(1)) [y](JaVaScRiPt:alert(1))',
  'entity-encoded scheme':
    '[x](jav&#x61;script:alert(1)) <a href="jav&#x61;script:alert(1)">y</a> <a href="&#106;avascript:alert(1)">z</a>',
  'tab and newline in the scheme':
    '<a href="java&#9;script:alert(1)">x</a> <a href="java&#10;script:alert(1)">y</a> <a href=" &#14; javascript:alert(1)">z</a>',
  'vbscript link': '[x](vbscript:msgbox(1)) <a href="vbscript:msgbox(1)">y</a>',
  'data: link': '<a href="data:text/html,<script>alert(1)</script>">x</a> [y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'data: image': '<img src="data:image/svg+xml,<svg onload=alert(1)>"> ![x](data:image/png;base64,AAAA)',
  'reference link': '[x][evil]\n\n[evil]: javascript:alert(1)',
  'iframe srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  'object and embed': '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  'mXSS through math': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'mXSS through math and a comment':
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
  'mXSS through noscript': '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  'TeX \\href': '$\\href{javascript:alert(1)}{x}$',
  'TeX \\url': '$\\url{javascript:alert(1)}$',
  'TeX \\htmlClass': '$\\htmlClass{connection-banner}{y}$',
  'TeX \\htmlStyle': '$\\htmlStyle{position:fixed;inset:0;background:url(//evil.example)}{y}$',
  'TeX \\htmlId and \\htmlData': '$\\htmlId{app}{y}$ $\\htmlData{onclick=alert(1)}{y}$',
  'TeX \\includegraphics': '$\\includegraphics[height=1em]{javascript:alert(1)}$',
  'TeX with HTML in it': '$\\text{<img src=x onerror=alert(1)>}$ $</annotation><img src=x onerror=alert(1)>$',
  'details ontoggle': '<details open ontoggle=alert(1)><summary>x</summary>y</details>',
  'form action': '<form action=javascript:alert(1)><button formaction=javascript:alert(1)>go</button></form>',
  'input autofocus': '<input autofocus onfocus=alert(1)>',
  autolinks:
    '<javascript:alert(1)> <vbscript:msgbox(1)> <data:text/html,x> www.example.com/"onmouseover="alert(1) https://example.com/"><img src=x onerror=alert(1)>',
  'HTML comments breaking out':
    '<!-- --><script>alert(1)</script> --> <!--><img src=x onerror=alert(1)>--> <!-- a --!><img src=x onerror=alert(1)>',
  'quotes in link titles':
    '[x](https://example.com "\\"><img src=x onerror=alert(1)>") ![y](https://example.com/i.png "\\" onerror=\\"alert(1)")',
  'style and head elements':
    '<style>@import "//evil.example/x.css"</style><link rel=stylesheet href=//evil.example/x.css><meta http-equiv=refresh content="0;url=javascript:alert(1)"><base href="javascript:/">',
  'styles, classes and targets':
    '<p style="position:fixed;inset:0">x</p><span class="connection-banner">y</span><a href="https://example.com" target="_top">z</a>',
  'TeX placeholder in a link': '[x]($javascript:alert(1)$) [y](javascript$:alert(1)$) MJMATH0X',
  'template and textarea': '<template><script>alert(1)</script></template><textarea><img src=x onerror=alert(1)></textarea>',
  'named properties (DOM clobbering)': '<img name="cookie"><a id="location" href="https://example.com">x</a>',
};

describe('renderMarkdown', () => {
  it('renders Markdown and TeX with KaTeX', async () => {
    const html = await renderMarkdown('Return $x_1$ **rounded down**.\n\n$$a^2 + b^2$$');
    expect(html).toContain('<strong>rounded down</strong>');
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    // Underscores in TeX are not taken for Markdown emphasis.
    expect(html).not.toContain('<em>');
  });

  it('still typesets formulas after sanitising: MathML, spans with styles and SVG', async () => {
    const body = parse(await renderMarkdown('$x^2$ and $\\sqrt{y}$ and $\\cancel{z}$'));
    expect(body.querySelectorAll('.katex')).toHaveLength(3);
    expect(body.querySelector('.katex math msup')?.textContent).toBe('x2');
    expect(body.querySelector('.katex annotation')?.textContent).toBe('x^2');
    expect(body.querySelector('.katex-html .strut')?.getAttribute('style')).toMatch(/^height:/);
    expect(body.querySelector('.katex svg path')?.getAttribute('d')).toBeTruthy();
    expect(body.querySelector('.katex svg')?.getAttribute('viewBox')).toBeTruthy();
    expect(body.querySelector('.katex svg line')).not.toBeNull();
  });

  it('keeps what Markdown is for: links, images, code, tables, task lists', async () => {
    const body = parse(
      await renderMarkdown(
        '[docs](https://example.com/a?b=1#c) [mail](mailto:a@example.com) [here](/problems/x) [up](#top)\n\n![chart](https://example.com/c.png)\n\n```ts\nconst a = $x$;\n```\n\n| a | b |\n|:-:|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] not yet',
      ),
    );
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1#c',
      'mailto:a@example.com',
      '/problems/x',
      '#top',
    ]);
    for (const link of body.querySelectorAll('a')) expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://example.com/c.png');
    expect(body.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(body.querySelector('code.language-ts')?.textContent).toBe('const a = $x$;\n');
    expect(body.querySelector('th')?.getAttribute('align')).toBe('center');
    expect([...body.querySelectorAll('input')].map((input) => (input as HTMLInputElement).checked)).toEqual([true, false]);
    expect(activeContent(body.innerHTML)).toEqual([]);
  });

  it('keeps TeX in a link target or an attribute as text, never as markup', async () => {
    const body = parse(await renderMarkdown('[a]($x$) ![b]($$y$$)'));
    expect(body.querySelector('a')?.getAttribute('href')).toBe('$x$');
    expect(body.querySelector('img')?.getAttribute('src')).toBe('$$y$$');
    expect(body.querySelector('.katex')).toBeNull();
  });

  it('bounds hostile formulas: expansion, size and nesting', async () => {
    const expansion = parse(await renderMarkdown('$\\def\\x{\\x\\x}\\x$'));
    expect(expansion.querySelector('.katex-error')?.getAttribute('title')).toMatch(/Too many expansions/);
    const rule = parse(await renderMarkdown('$\\rule{1000em}{1000em}$'));
    expect(rule.querySelector('.rule')?.getAttribute('style')).toContain('border-right-width:20em');
    // Deep nesting overflows KaTeX's stack: the source shows as an error instead of the page failing.
    const nested = parse(await renderMarkdown(`before $${'{'.repeat(20_000)}x${'}'.repeat(20_000)}$ after`));
    expect(nested.querySelector('.katex-error')?.textContent).toMatch(/^\$\{+x\}+\$$/);
    expect(nested.textContent?.trim()).toMatch(/^before .* after$/s);
  });

  it('the check finds active content when it is there', () => {
    expect(activeContent('<img src=x onerror=alert(1)>')).toEqual(['img[onerror]']);
    expect(activeContent('<a href="jav&#x61;script:alert(1)" rel="noopener noreferrer nofollow">x</a>')).toHaveLength(2);
    expect(activeContent('<svg onload=alert(1)></svg>')).toContain('<svg> outside a formula');
    expect(activeContent('<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>')).toContain('<mglyph>');
    expect(activeContent('<iframe srcdoc="x"></iframe>')).toEqual(['<iframe>', 'iframe[srcdoc]']);
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`renders nothing active from ${name}`, async () => {
      expect(activeContent(await renderMarkdown(payload))).toEqual([]);
      // In a list, a quote and a table cell too (other parents, other parser states).
      expect(
        activeContent(await renderMarkdown(`- ${payload}\n\n> ${payload}\n\n| a |\n|---|\n| ${payload.replace(/\n/g, ' ')} |`)),
      ).toEqual([]);
    });
  }

  it('keeps the words around removed markup', async () => {
    const body = parse(await renderMarkdown('before <script>alert(1)</script> middle <img src=x onerror=alert(1)> after'));
    expect(body.textContent?.replace(/\s+/g, ' ').trim()).toBe('before middle after');
  });
});

describe('renderInlineTex', () => {
  it('escapes plain text in inline titles', async () => {
    const html = await renderInlineTex('a < b and $d \\times k$');
    expect(html).toContain('a &lt; b');
    expect(html).toContain('class="katex"');
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`shows ${name} as text`, async () => {
      const line = payload.replace(/\n/g, ' ');
      const body = parse(await renderInlineTex(line));
      expect(activeContent(body.innerHTML)).toEqual([]);
      // Only KaTeX's spans are elements; every other character is text.
      for (const element of body.querySelectorAll('*')) expect(element.closest('.katex, .katex-error'), element.outerHTML).not.toBeNull();
      if (!line.includes('$')) expect(body.textContent).toBe(line);
    });
  }
});
