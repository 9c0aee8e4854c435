import { texToText } from './tex.js';

/** A run of text with one style; `math` is already turned into Unicode. */
export interface Inline {
  readonly style: 'text' | 'strong' | 'em' | 'code' | 'math';
  readonly text: string;
}

export type Block =
  | { readonly type: 'heading'; readonly level: number; readonly inlines: readonly Inline[] }
  | { readonly type: 'paragraph'; readonly inlines: readonly Inline[] }
  | { readonly type: 'list'; readonly items: readonly { readonly marker: string; readonly inlines: readonly Inline[] }[] }
  | { readonly type: 'code'; readonly text: string }
  | { readonly type: 'math'; readonly text: string };

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

/**
 * The Markdown of statements, editorials and cards as blocks for the
 * terminal: headings, paragraphs, lists, code, and TeX (`$…$`, `$$…$$`)
 * turned into Unicode.
 *
 * @example parseMarkdown('Return $\\lfloor \\sqrt{x} \\rfloor$.')[0]
 * // { type: 'paragraph', inlines: [{ style: 'text', text: 'Return ' }, { style: 'math', text: '⌊ √x ⌋' }, …] }
 */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { marker: string; lines: string[] }[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    if (list.length > 0)
      blocks.push({ type: 'list', items: list.map((item) => ({ marker: item.marker, inlines: parseInline(item.lines.join(' ')) })) });
    paragraph = [];
    list = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed.startsWith('```')) {
      flush();
      const body: string[] = [];
      while (++i < lines.length && !(lines[i] as string).trim().startsWith('```')) body.push(lines[i] as string);
      blocks.push({ type: 'code', text: body.join('\n') });
    } else if (trimmed.startsWith('$$') && list.length === 0) {
      flush();
      let tex = trimmed.slice(2);
      while (!tex.includes('$$') && ++i < lines.length) tex += `\n${lines[i] as string}`;
      const end = tex.indexOf('$$');
      const after = end >= 0 ? tex.slice(end + 2).trim() : '';
      blocks.push({ type: 'math', text: texToText(end >= 0 ? tex.slice(0, end) : tex) + after });
    } else if (trimmed === '') {
      flush();
    } else if (/^#{1,6}\s/.test(trimmed)) {
      flush();
      const level = /^#+/.exec(trimmed)?.[0].length ?? 1;
      blocks.push({ type: 'heading', level, inlines: parseInline(trimmed.slice(level).trim()) });
    } else if (LIST_ITEM.test(line)) {
      // A list may start right under a paragraph line, as in CommonMark.
      if (paragraph.length > 0) flush();
      const [, , marker = '-', text = ''] = LIST_ITEM.exec(line) ?? [];
      list.push({ marker: /^\d/.test(marker) ? marker.replace(')', '.') : '•', lines: [text] });
    } else if (list.length > 0) {
      list[list.length - 1]?.lines.push(trimmed);
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

/** `**strong**`, `*em*`, `` `code` ``, `$math$`, `$$math$$` and `[text](url)` within a line. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\$\$([\s\S]+?)\$\$|\$([^$]+?)\$|`([^`]+)`|\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ style: 'text', text: text.slice(last, match.index) });
    const [, display, math, code, strong, em, linkText, url] = match;
    if (display !== undefined || math !== undefined) out.push({ style: 'math', text: texToText(display ?? math ?? '') });
    else if (code !== undefined) out.push({ style: 'code', text: code });
    else if (strong !== undefined) out.push({ style: 'strong', text: strong });
    else if (em !== undefined) out.push({ style: 'em', text: em });
    else out.push({ style: 'text', text: `${linkText} (${url})` });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ style: 'text', text: text.slice(last) });
  return out;
}

/** Blocks as plain lines; `styleInline` decorates each run (identity for plain text). */
export function markdownToText(blocks: readonly Block[], styleInline: (inline: Inline) => string = (i) => i.text): string {
  const line = (inlines: readonly Inline[]) => inlines.map(styleInline).join('');
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return line(block.inlines.map((i) => ({ ...i, style: 'strong' as const })));
        case 'paragraph':
          return line(block.inlines);
        case 'list':
          return block.items.map((item) => `  ${item.marker} ${line(item.inlines)}`).join('\n');
        case 'code':
          return block.text
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n');
        case 'math':
          return block.text
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n');
      }
    })
    .join('\n\n');
}
