/**
 * Checks of an explainer's body, on the facts the MDX compiler found (mdx-body.ts): components
 * and what they name, heading levels, links inside the site and their anchors, images (alt
 * text, where they are, how big), the body's length and scaffold sentences left in. Pure: the
 * caller passes what exists (ids, image sizes).
 */
import { dirname, join, resolve } from 'node:path';
import { readingMinutes } from '../reading-time';
import { routes } from '../routes';
import type { BodyFacts } from './mdx-body';
import { MDX_COMPONENTS } from './mdx-components';
import { PLACEHOLDERS } from './placeholders';
import type { Problem } from './problems';

export interface SiteIds {
  articles: ReadonlySet<string>;
  /** Articles whose file was deleted since the last commit (git), for a clearer message. */
  deletedArticles: ReadonlySet<string>;
  /** Heading ids of each article, for #anchors. */
  headingIds: ReadonlyMap<string, ReadonlySet<string>>;
  articlesWithEvents: ReadonlySet<string>;
  datasets: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** Document ids of content/van-ban.toml (<VanBan id>); undefined when the register cannot be read. */
  documents?: ReadonlySet<string> | undefined;
  /** Other pages a body may link to ("/bat-dau-tu-day/"). */
  pages: ReadonlySet<string>;
}

export interface ImageInfo {
  width: number;
  height: number;
  bytes: number;
}

export interface BodyCheckOptions {
  root: string;
  exists: (absolute: string) => boolean;
  image: (absolute: string) => ImageInfo | undefined;
}

/** Photos larger than this are refused: the site needs at most ~2,000 px, and every byte is downloaded when a reader saves the site. */
export const IMAGE_MAX_PX = 2500;
export const IMAGE_MAX_BYTES = 3 * 1024 * 1024;
/** A body longer than this (minutes of reading) is refused; past the lower one, a warning. */
export const BODY_MAX_MINUTES = 45;
export const BODY_WARN_MINUTES = 20;

const list = (ids: Iterable<string>, max = 12) => {
  const all = [...ids].sort();
  return `${all.slice(0, max).join(', ')}${all.length > max ? ', …' : ''}`;
};

const STATIC_PAGES = new Set<string>([routes.home, routes.articles, routes.datasets, routes.topics, routes.timeline, routes.glossary, routes.search, routes.about, routes.offline, routes.rss]);

/** Where a link inside the site points, or why it points nowhere (Vietnamese), or undefined for an outside link. */
export function checkInternalLink(url: string, from: string, ids: SiteIds): { error?: string; warning?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  if (url.startsWith('#')) return checkAnchor(from, url.slice(1), ids, 'bài này');
  if (!url.startsWith('/')) {
    return { error: `liên kết "${url}" là đường dẫn tương đối: trong trang, viết đường dẫn bắt đầu bằng "/", ví dụ ${routes.article('slug-cua-bai')} hay ${routes.dataset('ten-bo-so-lieu')}` };
  }
  const [pathAndQuery = '', anchor] = url.split('#', 2);
  const path = pathAndQuery.split('?')[0] ?? '';
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) {
    return { error: `liên kết "${url}" thiếu dấu "/" ở cuối đường dẫn: viết "${path}/${anchor !== undefined ? `#${anchor}` : ''}"` };
  }
  const segments = path.split('/').filter(Boolean);
  const [section, id, ...rest] = segments;
  const known = (set: ReadonlySet<string>, what: string, route: (id: string) => string) => {
    if (id === undefined || rest.length > 0) return { error: `không có trang "${path}"` };
    if (set.has(id)) return undefined;
    return { error: `liên kết "${url}": không có ${what} "${id}". Các mã có: ${list(set)}. Đường dẫn đúng có dạng ${route('ma')}` };
  };
  let result: { error?: string; warning?: string } | undefined;
  if (STATIC_PAGES.has(path) || ids.pages.has(path)) result = undefined;
  else if (`/${section}/` === routes.articles) {
    if (id !== undefined && ids.deletedArticles.has(id) && rest.length === 0) {
      return { error: `liên kết "${url}" trỏ tới bài "${id}", bài đã bị xóa (tệp content/articles/${id}.mdx không còn): bỏ liên kết, hoặc trỏ tới bài khác` };
    }
    result = known(ids.articles, 'bài nào có slug', routes.article);
    if (!result && anchor !== undefined && id !== undefined) return checkAnchor(id, anchor, ids, `bài "${id}"`);
  } else if (`/${section}/` === routes.datasets) result = known(ids.datasets, 'bộ số liệu', routes.dataset);
  else if (`/${section}/` === routes.glossary) result = known(ids.terms, 'thuật ngữ', routes.term);
  else if (`/${section}/` === routes.topics) result = known(ids.topics, 'chủ đề', routes.topic);
  else result = { error: `liên kết "${url}": trang không có địa chỉ "${path}". Các địa chỉ có: ${list([...STATIC_PAGES, ...ids.pages])}, ${routes.article('…')}, ${routes.dataset('…')}, ${routes.term('…')}, ${routes.topic('…')}` };
  if (result) return result;
  if (path === routes.timeline && anchor !== undefined && !ids.events.has(anchor)) {
    return { error: `liên kết "${url}": không có sự kiện "${anchor}" trên dòng thời gian (tên tệp trong content/timeline/, không có .yaml)` };
  }
  return undefined;
}

function checkAnchor(article: string, anchor: string, ids: SiteIds, where: string): { warning: string } | undefined {
  const headings = ids.headingIds.get(article);
  if (!headings || headings.has(decodeURIComponent(anchor))) return undefined;
  return { warning: `liên kết tới mục "#${anchor}": ${where} không có tiêu đề nào mang mã đó. Mã của một tiêu đề là chữ của nó viết thường, nối bằng gạch: ${list(headings, 8)}` };
}

export function checkBody(path: string, absolute: string, slug: string, bodyText: string, facts: BodyFacts, ids: SiteIds, options: BodyCheckOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (line: number | undefined, message: string, severity: Problem['severity'] = 'error', column?: number) => problems.push({ file: path, line, column, message, severity });

  // Components and what they name.
  for (const c of facts.components) {
    const rule = MDX_COMPONENTS[c.name]!;
    for (const [attr, target] of Object.entries(rule.required)) {
      const value = c.attributes[attr];
      if (value === undefined || value === '') {
        add(c.line, `<${c.name}> thiếu ${attr}="…": viết ${rule.example}`, 'error', c.column);
        continue;
      }
      if (target === 'dataset' && !ids.datasets.has(value)) {
        add(c.line, `<Chart id="${value}" />: không có bộ số liệu "${value}". id phải là tên một tệp trong content/data/ (không có .yaml): ${list(ids.datasets, 40)}`, 'error', c.column);
      } else if (target === 'article' && !ids.articles.has(value)) {
        add(c.line, `<${c.name} article="${value}" />: không có bài nào có slug "${value}". Các bài: ${list(ids.articles, 40)}`, 'error', c.column);
      } else if (target === 'van-ban' && ids.documents && !ids.documents.has(value)) {
        add(c.line, `<VanBan id="${value}" />: không có văn bản "${value}" trong content/van-ban.toml. Các mã có: ${list(ids.documents, 40)}`, 'error', c.column);
      } else if (target === 'article-with-events') {
        if (!ids.articles.has(value)) add(c.line, `<Timeline article="${value}" />: không có bài nào có slug "${value}". Thường là slug của chính bài này ("${slug}")`, 'error', c.column);
        else if (!ids.articlesWithEvents.has(value)) {
          add(c.line, `<Timeline article="${value}" />: chưa có sự kiện nào ghi bài "${value}" trong articles: thêm slug này vào trường articles của các sự kiện (content/timeline/), hoặc bỏ <Timeline> khỏi bài`, 'error', c.column);
        }
      }
    }
    const allowed = new Set([...Object.keys(rule.required), ...rule.optional]);
    for (const attr of Object.keys(c.attributes)) {
      if (!allowed.has(attr)) add(c.line, `<${c.name}> không có thuộc tính "${attr}": các thuộc tính dùng được: ${[...allowed].join(', ') || '(không có)'}. Ví dụ: ${rule.example}`, 'error', c.column);
    }
  }

  // Headings: the title is the page's only h1, the contents lists ## and ###.
  let previous = 1;
  for (const h of facts.headings) {
    if (h.depth === 1) {
      add(h.line, `tiêu đề cấp 1 ("# ${h.text}"): tiêu đề của bài (trường title) đã là cấp 1, nên trong thân bài tiêu đề bắt đầu từ "##". Viết "## ${h.text}"`);
    } else if (h.depth > previous + 1) {
      const wanted = '#'.repeat(previous + 1);
      add(h.line, `tiêu đề "${'#'.repeat(h.depth)} ${h.text}" nhảy cấp (${previous === 1 ? 'tiêu đề đầu tiên của bài' : `sau một tiêu đề "${'#'.repeat(previous)}"`}): mục lục bỏ qua những tiêu đề nhảy cấp. Viết "${wanted} ${h.text}"`);
    }
    previous = Math.max(2, Math.min(h.depth, previous + 1));
  }

  // Links inside the site.
  for (const link of facts.links) {
    const result = checkInternalLink(link.url, slug, ids);
    if (result?.error) add(link.line, result.error, 'error', link.column);
    else if (result?.warning) add(link.line, result.warning, 'warning', link.column);
  }

  // Images: alt text, local, present, not too large.
  for (const image of facts.images) {
    if (!image.alt || image.alt.trim() === '') {
      add(image.line, `ảnh "${image.src}" thiếu mô tả (alt text): viết ![mô tả ngắn điều ảnh cho thấy](${image.src}) để người khiếm thị và người mất mạng vẫn hiểu`);
    }
    if (/^[a-z]+:\/\//i.test(image.src) || image.src.startsWith('//')) {
      add(image.line, `ảnh "${image.src}" nằm trên trang khác: trang không tải gì từ nơi khác. Lưu ảnh vào content/images/ và viết ../images/ten-anh.jpg`);
      continue;
    }
    const file = image.src.startsWith('/') ? join(options.root, 'public', image.src) : resolve(dirname(absolute), decodeURI(image.src));
    if (!options.exists(file)) {
      add(image.line, `không thấy ảnh "${image.src}". Lưu ảnh vào content/images/ và viết đường dẫn ../images/ten-anh.jpg (tính từ thư mục articles/)`);
      continue;
    }
    const info = options.image(file);
    if (info && (Math.max(info.width, info.height) > IMAGE_MAX_PX || info.bytes > IMAGE_MAX_BYTES)) {
      const mb = (info.bytes / 1024 / 1024).toFixed(1).replace('.', ',');
      add(
        image.line,
        `ảnh "${image.src}" quá lớn (${info.width} × ${info.height} điểm ảnh, ${mb} MB): tối đa ${IMAGE_MAX_PX.toLocaleString('vi')} điểm ảnh mỗi chiều và 3 MB, vì người đọc lưu trang để đọc khi không có mạng tải cả ảnh gốc. Thu nhỏ ảnh còn rộng khoảng 2.000 điểm ảnh và lưu JPG chất lượng khoảng 80 (ví dụ bằng https://squoosh.app, hoặc "Đổi cỡ ảnh" trong trình xem ảnh), rồi lưu đè tệp cũ`,
      );
    }
  }

  // Length: a pasted document or a doubled paste shows as "1671 phút đọc".
  const minutes = readingMinutes(bodyText);
  const bodyLine = facts.headings[0]?.line ?? facts.blocks[0]?.segments[0]?.line;
  if (minutes > BODY_MAX_MINUTES) {
    add(bodyLine, `thân bài quá dài: khoảng ${minutes} phút đọc, tối đa ${BODY_MAX_MINUTES} phút (thường do dán nhầm cả bài gốc hay dán hai lần). Rút gọn, hoặc tách thành hai bài`);
  } else if (minutes > BODY_WARN_MINUTES) {
    add(bodyLine, `thân bài dài: khoảng ${minutes} phút đọc (một bài giải thích thường dưới ${BODY_WARN_MINUTES} phút). Cân nhắc rút gọn`, 'warning');
  }

  // Sentences left from the scaffold.
  for (const block of facts.blocks) {
    const text = block.segments.map((s) => s.text).join('');
    for (const placeholder of Object.values(PLACEHOLDERS)) {
      if (text.includes(placeholder)) {
        add(block.segments[0]?.line, `còn câu mẫu của khung bài "${placeholder}": thay bằng nội dung của bạn, hoặc xóa đoạn đó`);
      }
    }
  }
  return problems;
}
