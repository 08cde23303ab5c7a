/**
 * An explainer's body, read by the MDX compiler Astro itself uses (Sätteri, through
 * @astrojs/markdown-satteri): a body that does not compile here would stop `astro build` in
 * English, so its syntax errors become Vietnamese messages with the line, the column and the
 * fix. A body that compiles is walked once for what the other checks need: the components
 * used, links, images, headings and the running text (for the numbers in it).
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import Slugger from 'github-slugger';
import { closest } from '../../schemas/closest';
import { HTML_ELEMENTS, MDX_COMPONENTS } from './mdx-components';
import type { Problem } from './problems';

interface Point {
  line: number;
  column: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: Point; end: Point };
}

export interface UsedComponent {
  name: string;
  attributes: Record<string, string | undefined>;
  line: number;
  column: number;
}

export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

export interface BodyImage {
  src: string;
  alt: string | undefined;
  line: number;
}

export interface BodyHeading {
  depth: number;
  text: string;
  id: string;
  line: number;
}

/** A run of text in one block (a paragraph, a heading, a list item, a table cell, a quote). */
export interface TextSegment {
  text: string;
  line: number;
  column: number;
}

/** `{/* số: lý do *\/}` after a number: the editor vouches for it (docs, mục 11). */
export interface NumberMark {
  /** Index in the block's text (the segments joined) where the mark stands. */
  at: number;
  reason: string;
  line: number;
}

export interface TextBlock {
  segments: TextSegment[];
  marks: NumberMark[];
  /** Links in the block (a number may come from an article the sentence links to). */
  links: string[];
}

export interface BodyFacts {
  components: UsedComponent[];
  links: BodyLink[];
  images: BodyImage[];
  headings: BodyHeading[];
  blocks: TextBlock[];
  /** Characters of running text (what a reader reads). */
  textLength: number;
}

const MDX_FEATURES = { gfm: true } as const;

/** The English messages of the compiler, said in Vietnamese with the fix. */
export function explainSyntaxError(raw: string): { line?: number; column?: number; message: string } {
  const at = /^(\d+):(\d+): /.exec(raw);
  const line = at ? Number(at[1]) : undefined;
  const column = at ? Number(at[2]) : undefined;
  const text = at ? raw.slice(at[0].length) : raw;
  let m: RegExpExecArray | null;
  if ((m = /^Expected a closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(text))) {
    const name = m[1] ?? '';
    const rule = MDX_COMPONENTS[name];
    if (rule?.selfClosing) {
      return { line, column, message: `thẻ <${name}> chưa được đóng: thẻ này không bao gì bên trong, nên viết có dấu / trước dấu >, ví dụ ${rule.example}` };
    }
    return {
      line,
      column,
      message: `thẻ <${name}> mở ở đây chưa được đóng: thêm </${name}> ngay sau phần chữ nó bao (trong cùng đoạn văn), hoặc viết <${name} … /> nếu nó không bao gì. Nếu muốn viết dấu < như một ký tự, viết \\<`,
    };
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):(\d+)\)/.exec(text))) {
    return { line, column, message: `thẻ đóng </${m[1]}> không khớp thẻ mở <${m[2]}> ở dòng ${m[3]}: thẻ đóng phải cùng tên với thẻ mở, viết </${m[2]}>` };
  }
  if ((m = /^Unexpected closing slash `\/` in tag|^Unexpected closing tag/.exec(text))) {
    return { line, column, message: 'có thẻ đóng </…> mà không có thẻ mở tương ứng: xóa thẻ đóng thừa, hoặc thêm thẻ mở' };
  }
  if (/^Unexpected character after `<`/.test(text) || /before name, expected a character that can start a name/.test(text)) {
    return { line, column, message: 'dấu "<" ở đây bị hiểu là mở một thẻ (như <Chart>): để viết dấu nhỏ hơn, viết \\< (ví dụ \\<12.000), hoặc viết bằng chữ ("dưới 12.000"). Ghi chú không hiện lên trang thì viết {/* … */}' };
  }
  if (/^Unexpected end of file in expression/.test(text)) {
    return { line, column, message: 'dấu "{" ở đây mở mà không có "}" đóng: trong MDX, { } dùng cho mã lệnh. Để viết dấu ngoặc nhọn, viết \\{ và \\}; ghi chú thì viết {/* … */}' };
  }
  if (/^Could not parse expression/.test(text)) {
    return { line, column, message: 'đoạn trong dấu { } không phải mã lệnh hợp lệ: trong MDX, { } dùng cho mã lệnh. Để viết dấu ngoặc nhọn như chữ, viết \\{ và \\}; ghi chú không hiện lên trang thì viết {/* … */}' };
  }
  if (/^Could not parse esm/.test(text)) {
    return { line, column, message: 'dòng bắt đầu bằng "import" hay "export" bị hiểu là mã lệnh: bài không cần dòng import nào (các thành phần dùng được ngay); nếu là chữ, viết lại để dòng không mở đầu bằng từ đó' };
  }
  if (/^Unexpected lazy line/.test(text)) {
    return { line, column, message: 'dòng này nằm trong một thẻ hay trích dẫn ">" nhưng thiếu thụt lề: thêm một dòng trống trước và sau thẻ, hoặc thụt lề cho đều' };
  }
  return { line, column, message: 'MDX viết chưa đúng ở đây: kiểm tra các thẻ <…> (đóng mở đủ, cùng tên), dấu { } (viết \\{ nếu là chữ) và dấu < (viết \\< nếu là chữ) ở dòng này' };
}

function attributesOf(node: Node): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const a of node.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    out[a.name] = typeof a.value === 'string' ? a.value : a.value == null ? '' : undefined;
  }
  return out;
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'mdxJsxFlowElement']);
const MARK = /^\s*\/\*\s*số\s*:\s*([\s\S]*?)\s*\*\/\s*$/u;

/** Compiles the whole file (frontmatter included, so lines and columns are the file's own). */
export function readBody(path: string, text: string, allowed: readonly string[] = Object.keys(MDX_COMPONENTS)): { problems: Problem[]; facts?: BodyFacts } {
  let tree: Node;
  try {
    tree = mdxToMdast(text, { features: MDX_FEATURES }) as unknown as Node;
    // The compile step Astro runs next (JavaScript out of the tree) finds what parsing does not.
    mdxToJs(text, { features: MDX_FEATURES, jsxImportSource: 'astro' });
  } catch (error) {
    const { line, column, message } = explainSyntaxError(error instanceof Error ? error.message : String(error));
    return { problems: [{ file: path, line, column, message }] };
  }
  const problems: Problem[] = [];
  const facts: BodyFacts = { components: [], links: [], images: [], headings: [], blocks: [], textLength: 0 };
  const slugger = new Slugger();
  const known = [...allowed];

  const visit = (node: Node, block: TextBlock | undefined): void => {
    const start = node.position?.start ?? { line: 0, column: 0 };
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'inlineCode':
      case 'mdxjsEsm':
        return;
      case 'heading': {
        const text = textOf(node);
        facts.headings.push({ depth: node.depth ?? 0, text, id: slugger.slug(text), line: start.line });
        break;
      }
      case 'link':
        facts.links.push({ url: node.url ?? '', line: start.line, column: start.column });
        block?.links.push(node.url ?? '');
        break;
      case 'image':
        facts.images.push({ src: node.url ?? '', alt: node.alt ?? undefined, line: start.line });
        return;
      case 'text':
        if (block) {
          block.segments.push({ text: node.value ?? '', line: start.line, column: start.column });
          facts.textLength += (node.value ?? '').length;
        }
        return;
      case 'mdxTextExpression':
      case 'mdxFlowExpression': {
        const mark = MARK.exec(node.value ?? '');
        if (mark && block) block.marks.push({ at: block.segments.reduce((n, s) => n + s.text.length, 0), reason: mark[1] ?? '', line: start.line });
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const attributes = attributesOf(node);
        if (name === '' || HTML_ELEMENTS.has(name)) {
          if (name === 'a' && attributes.href) facts.links.push({ url: attributes.href, line: start.line, column: start.column });
          if (name === 'img') facts.images.push({ src: attributes.src ?? '', alt: attributes.alt, line: start.line });
        } else if (MDX_COMPONENTS[name] && known.includes(name)) {
          facts.components.push({ name, attributes, line: start.line, column: start.column });
        } else {
          const guess = closest(name, known);
          problems.push({
            file: path,
            line: start.line,
            column: start.column,
            message: `không có thành phần <${name}>${MDX_COMPONENTS[name] ? ' ở loại trang này.' : guess ? `: có phải ý bạn là <${guess}>?` : '.'} Các thành phần dùng được: ${known.map((k) => `<${k}>`).join(', ')} (docs/huong-dan-bien-tap.md, mục 3). Chữ thường như <sup> là thẻ HTML`,
          });
        }
        break;
      }
    }
    if (BLOCKS.has(node.type)) {
      const own: TextBlock = { segments: [], marks: [], links: [] };
      facts.blocks.push(own);
      for (const child of node.children ?? []) visit(child, own);
      return;
    }
    for (const child of node.children ?? []) visit(child, block);
  };
  visit(tree, undefined);
  return { problems, facts };
}
