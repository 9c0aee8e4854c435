// Markdown with TeX for statements, editorials, flashcards, explanations and the
// write-ups users write themselves (issue 15).
//
// Users' text reaches this code, so every HTML string it returns has been through
// DOMPurify (lib/sanitize.ts): marked's HTML with a strict allow-list (no script,
// style, iframe, form, SVG or MathML, no on* attribute, URLs only http:, https:,
// mailto: or relative), each formula as KaTeX made it with trust: false and
// bounded expansion and sizes, and a last pass over the whole. Formulas are put
// into the cleaned Markdown as DOM nodes, never by splicing strings, so TeX in a
// link or an attribute stays text.
//
// marked, KaTeX and DOMPurify are loaded on first use, and KaTeX only for text that
// has formulas, so none of them is part of the first page's bundle.
import type { KatexOptions } from 'katex';

/** Code (kept as is), display math ($$…$$ or \[…\]) and inline math ($…$ or \(…\)). */
const PIECES = /(```[\s\S]*?```|`[^`\n]*`)|\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$((?:\\\$|[^$\n])+?)\$/g;
const PLACEHOLDER = /MJMATH(\d+)X/g;

interface Formula {
  readonly tex: string;
  readonly display: boolean;
}

/** Swaps every formula for a placeholder that Markdown leaves alone. */
export function extractMath(text: string): { text: string; formulas: Formula[] } {
  const formulas: Formula[] = [];
  const replaced = text.replace(PIECES, (whole, code?: string, display?: string, bracket?: string, paren?: string, inline?: string) => {
    if (code !== undefined) return whole;
    const tex = display ?? bracket ?? paren ?? inline ?? '';
    formulas.push({ tex, display: display !== undefined || bracket !== undefined });
    return `MJMATH${formulas.length - 1}X`;
  });
  return { text: replaced, formulas };
}

export const hasMath = (text: string) => extractMath(text).formulas.length > 0;

/**
 * KaTeX's options for any formula, a user's included: no `\href`, `\url`,
 * `\includegraphics` or `\html…` (trust: false), and bounds so a hostile formula
 * cannot hang the tab (macro expansions) or cover the page (sizes, in em).
 */
export const KATEX_OPTIONS = {
  throwOnError: false,
  output: 'htmlAndMathml',
  trust: false,
  strict: 'ignore',
  maxExpand: 1000,
  maxSize: 20,
} as const satisfies KatexOptions;

let katexLoading: Promise<typeof import('katex').default> | undefined;
/** KaTeX and its style sheet, loaded once. */
export function loadKatex(): Promise<typeof import('katex').default> {
  katexLoading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([module]) => module.default);
  return katexLoading;
}

let sanitizeLoading: Promise<typeof import('./sanitize.js')> | undefined;
const loadSanitize = () => {
  sanitizeLoading ??= import('./sanitize.js');
  return sanitizeLoading;
};

const source = (formula: Formula) => (formula.display ? `$$${formula.tex}$$` : `$${formula.tex}$`);

/** Cleans the HTML made from the text, typesets its formulas into the cleaned tree and cleans the whole again. */
async function sanitizeWithFormulas(html: string, formulas: Formula[]): Promise<string> {
  const [sanitize, katex] = await Promise.all([loadSanitize(), formulas.length > 0 ? loadKatex() : undefined]);
  const fragment = sanitize.cleanUserHtml(html);
  if (katex) placeFormulas(fragment, formulas, (formula) => typeset(katex, formula, sanitize.cleanKatexHtml));
  const container = document.createElement('div');
  container.append(fragment);
  return sanitize.cleanRendered(container.innerHTML);
}

/**
 * One formula as cleaned KaTeX HTML. KaTeX reports bad TeX in the output itself
 * (throwOnError: false), but deep nesting still throws (a RangeError from the
 * call stack): then the source shows as KaTeX shows its errors, as text.
 */
function typeset(katex: typeof import('katex').default, formula: Formula, clean: (html: string) => DocumentFragment): Node {
  try {
    return clean(katex.renderToString(formula.tex, { ...KATEX_OPTIONS, displayMode: formula.display }));
  } catch (error) {
    const failed = document.createElement('span');
    failed.className = 'katex-error';
    failed.title = error instanceof Error ? error.message : String(error);
    failed.textContent = source(formula);
    return failed;
  }
}

/** Swaps placeholders in text for typeset formulas (their TeX source inside code and in attributes). */
function placeFormulas(fragment: DocumentFragment, formulas: Formula[], typeset: (formula: Formula) => Node) {
  const restore = (text: string) =>
    text.replace(PLACEHOLDER, (whole, index: string) => (formulas[Number(index)] ? source(formulas[Number(index)] as Formula) : whole));
  const elements = fragment.querySelectorAll('*');
  for (const element of elements) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('MJMATH')) element.setAttribute(attribute.name, restore(attribute.value));
    }
  }
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes('MJMATH')) texts.push(node as Text);
  for (const text of texts) {
    if (text.parentElement?.closest('code, pre')) {
      text.data = restore(text.data);
      continue;
    }
    const pieces: (string | Node)[] = [];
    let last = 0;
    for (const match of text.data.matchAll(PLACEHOLDER)) {
      const formula = formulas[Number(match[1])];
      if (!formula) continue;
      pieces.push(text.data.slice(last, match.index), typeset(formula));
      last = match.index + match[0].length;
    }
    pieces.push(text.data.slice(last));
    text.replaceWith(...pieces);
  }
}

/** Markdown (GitHub flavour) with TeX formulas, as sanitised HTML. */
export async function renderMarkdown(text: string): Promise<string> {
  const { text: withoutMath, formulas } = extractMath(text);
  const { marked } = await import('marked');
  const html = await marked.parse(withoutMath, { gfm: true, async: true });
  return sanitizeWithFormulas(html, formulas);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line of plain text with inline TeX (titles, prompts in lists), as sanitised HTML. */
export async function renderInlineTex(text: string): Promise<string> {
  const { text: withoutMath, formulas } = extractMath(text);
  return sanitizeWithFormulas(escapeHtml(withoutMath), formulas);
}
