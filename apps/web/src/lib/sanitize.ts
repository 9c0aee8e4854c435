// DOMPurify profiles for HTML made from text a user wrote (issue 15: write-ups are
// rendered as sanitised Markdown/TeX). Loaded by lib/markdown.ts on first use only.
//
// Two allow-lists, each in its own DOMPurify instance so their hooks stay apart:
// - `cleanUserHtml` for what marked made of the Markdown (and raw HTML in it):
//   text formatting, lists, tables, links and images; no style, no SVG or MathML.
// - `cleanKatexHtml` for what KaTeX (run with trust: false) made of one formula:
//   spans with KaTeX's classes and inline styles, its MathML and its SVG paths.
// In both, no element or attribute outside the list survives (so no script, style,
// iframe, object, embed, form or on* handler), and every URL is http:, https:,
// mailto: or relative; links get rel="noopener noreferrer nofollow".
import DOMPurify, { type Config } from 'dompurify';

/** http:, https:, mailto:, or a relative URL / fragment (no scheme before the first `/`, `?` or `#`). */
const SAFE_URL = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** What browsers ignore in a URL (so `java\tscript:` is `javascript:`), as DOMPurify strips it too. */
const URL_IGNORED = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background', 'cite'];

/** Whether a URL attribute's value may stay: see SAFE_URL. */
export const isSafeUrl = (value: string) => SAFE_URL.test(value.replace(URL_IGNORED, ''));

const USER_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'input', // GFM task lists; made a disabled checkbox below
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];
const USER_ATTRIBUTES = [
  'href',
  'title',
  'alt',
  'src',
  'width',
  'height',
  'align',
  'start',
  'type',
  'checked',
  'disabled',
  'colspan',
  'rowspan',
  'open',
  'target',
  'class',
];

/** What KaTeX 0.16 emits with output 'htmlAndMathml' and trust: false. */
const KATEX_TAGS = [
  'span',
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msub',
  'msup',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mlabeledtr',
  'mpadded',
  'mphantom',
  'menclose',
  'mstyle',
  'merror',
  'svg',
  'path',
  'line',
];
const KATEX_ATTRIBUTES = [
  'class',
  'style',
  'title',
  'aria-hidden',
  'xmlns',
  'encoding',
  'display',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'accent',
  'accentunder',
  'width',
  'height',
  'depth',
  'voffset',
  'minsize',
  'maxsize',
  'movablelimits',
  'symmetric',
  'largeop',
  'linethickness',
  'columnalign',
  'rowalign',
  'rowspacing',
  'columnspacing',
  'columnlines',
  'rowlines',
  'frame',
  'notation',
  'scriptlevel',
  'displaystyle',
  'viewbox',
  'preserveaspectratio',
  'd',
  'x1',
  'y1',
  'x2',
  'y2',
  'stroke-width',
];

const COMMON: Config = {
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
};
const USER: Config = { ...COMMON, ALLOWED_TAGS: USER_TAGS, ALLOWED_ATTR: USER_ATTRIBUTES, ALLOW_ARIA_ATTR: false };
const KATEX: Config = { ...COMMON, ALLOWED_TAGS: KATEX_TAGS, ALLOWED_ATTR: KATEX_ATTRIBUTES, ALLOW_ARIA_ATTR: false };
/** The final pass over a rendered text: the user's HTML with KaTeX's formulas placed in it. */
const BOTH: Config = {
  ...COMMON,
  ALLOWED_TAGS: [...new Set([...USER_TAGS, ...KATEX_TAGS])],
  ALLOWED_ATTR: [...new Set([...USER_ATTRIBUTES, ...KATEX_ATTRIBUTES])],
  ALLOW_ARIA_ATTR: false,
};

/** A class the user may set: marked's `language-…` on a code block, nothing that mimics the app's own classes. */
const USER_CLASS = /^language-[\w+#.-]{1,40}$/;
/** An inline style is KaTeX's geometry and colours; anything that loads, positions over the page or escapes is dropped. */
const UNSAFE_STYLE = /url\s*\(|image-set|expression|\\|@|\/\*|position\s*:\s*(?:fixed|absolute|sticky)|javascript|behavior|-moz-binding/i;

function enforceUrlsAndLinks(node: Element) {
  for (const name of URL_ATTRIBUTES) {
    const value = node.getAttribute(name);
    if (value !== null && !isSafeUrl(value)) node.removeAttribute(name);
  }
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer nofollow');
    if (node.hasAttribute('target') && node.getAttribute('target') !== '_blank') node.removeAttribute('target');
  } else if (node.hasAttribute('target')) {
    node.removeAttribute('target');
  }
  if (node.tagName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
  if (node.tagName === 'INPUT') {
    // Only the checkbox of a GFM task list, and never one that can be used.
    node.setAttribute('type', 'checkbox');
    node.setAttribute('disabled', '');
  }
}

function create(kind: 'user' | 'katex' | 'both') {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, event) => {
    const name = event.attrName;
    if (name === 'class' && kind !== 'katex' && !(node.tagName === 'CODE' && USER_CLASS.test(event.attrValue))) {
      // In the final pass KaTeX's own spans keep their classes; see isKatexNode.
      if (!(kind === 'both' && isKatexNode(node))) event.keepAttr = false;
    }
    if (name === 'style' && UNSAFE_STYLE.test(event.attrValue)) event.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', enforceUrlsAndLinks);
  return purify;
}

/** Inside a formula KaTeX made: its root span is `.katex` (or `.katex-display`, or `.katex-error`). */
function isKatexNode(node: Element): boolean {
  return node.closest('.katex, .katex-display, .katex-error') !== null;
}

let instances: { user: ReturnType<typeof create>; katex: ReturnType<typeof create>; both: ReturnType<typeof create> } | undefined;
const purifiers = () => {
  instances ??= { user: create('user'), katex: create('katex'), both: create('both') };
  return instances;
};

/** marked's HTML for text a user wrote, cleaned, as a fragment to place formulas in. */
export function cleanUserHtml(html: string): DocumentFragment {
  return purifiers().user.sanitize(html, { ...USER, RETURN_DOM_FRAGMENT: true });
}

/** KaTeX's HTML for one formula, cleaned. */
export function cleanKatexHtml(html: string): DocumentFragment {
  return purifiers().katex.sanitize(html, { ...KATEX, RETURN_DOM_FRAGMENT: true });
}

/**
 * The last pass over the assembled HTML (user HTML with formulas in it), so what is
 * inserted into the page is exactly what a sanitiser returned.
 */
export function cleanRendered(html: string): string {
  return purifiers().both.sanitize(html, BOTH);
}
