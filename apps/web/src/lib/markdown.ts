// Markdown with TeX for statements, editorials, flashcards and explanations.
// marked and KaTeX are loaded on first use, and KaTeX only for text that has
// formulas, so neither is part of the first page's bundle.
//
// The text comes from the content pack in the repository (reviewed like code),
// not from users, which is why the HTML is inserted without a sanitizer.

/** Code (kept as is), display math ($$…$$ or \[…\]) and inline math ($…$ or \(…\)). */
const PIECES = /(```[\s\S]*?```|`[^`\n]*`)|\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|\$((?:\\\$|[^$\n])+?)\$/g;

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

let katexLoading: Promise<typeof import('katex').default> | undefined;
/** KaTeX and its style sheet, loaded once. */
export function loadKatex(): Promise<typeof import('katex').default> {
  katexLoading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([module]) => module.default);
  return katexLoading;
}

async function renderFormulas(html: string, formulas: Formula[]): Promise<string> {
  if (formulas.length === 0) return html;
  const katex = await loadKatex();
  return html.replace(/MJMATH(\d+)X/g, (whole, index: string) => {
    const formula = formulas[Number(index)];
    if (!formula) return whole;
    return katex.renderToString(formula.tex, { displayMode: formula.display, throwOnError: false, output: 'htmlAndMathml' });
  });
}

/** Markdown (GitHub flavour) with TeX formulas, as HTML. */
export async function renderMarkdown(text: string): Promise<string> {
  const { text: withoutMath, formulas } = extractMath(text);
  const { marked } = await import('marked');
  const html = await marked.parse(withoutMath, { gfm: true, async: true });
  return renderFormulas(html, formulas);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One line of plain text with inline TeX (titles, prompts in lists), as HTML. */
export async function renderInlineTex(text: string): Promise<string> {
  const { text: withoutMath, formulas } = extractMath(text);
  return renderFormulas(escapeHtml(withoutMath), formulas);
}
