import { routes } from './routes';

/** Site-wide names and the main navigation, in one place so every page agrees. */
export const SITE_NAME = 'Hà Nội đổi mới cách lãnh đạo';
export const SITE_TAGLINE = 'Giải thích dễ hiểu, dẫn nguồn đầy đủ: Đảng bộ Hà Nội đã thay đổi phương thức lãnh đạo ra sao';
export const SITE_DESCRIPTION =
  'Trang giải thích bằng tiếng Việt về việc Đảng bộ thành phố Hà Nội đổi mới phương thức lãnh đạo, dựng từ các bài báo đã đăng, có số liệu, dòng thời gian và nguồn cho từng con số.';

/**
 * Where "Báo lỗi" sends a reader's report (every explainer and chart page): the one place to
 * change it. The message is prefilled with the page's title and address (see report-error.ts).
 */
export const REPORT_EMAIL = 'baoloi@hanoi-doi-moi.example';

/**
 * The licence of the site's own text, charts and data files. The source articles are not the
 * site's: they keep their publishers' rights, and only short quotations are used.
 */
export const LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Ghi công 4.0 Quốc tế',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/**
 * One line for downloaded files (CSV, SVG) and footers: the licence of the site's own work, and
 * that the source articles are not under it.
 */
export const LICENCE_NOTE = `Nội dung và số liệu của trang “${SITE_NAME}” dùng giấy phép ${LICENCE.name} (${LICENCE.url}); các bài báo nguồn thuộc quyền của tòa soạn đã đăng.`;

/** One wording wherever a source article does not name its newspaper. */
export const UNKNOWN_OUTLET = 'Không rõ tên báo';

export interface NavItem {
  href: string;
  label: string;
}

/** The sections (the mark links home, so the home page is not repeated here). */
export const NAV: NavItem[] = [
  { href: routes.guide, label: 'Bắt đầu từ đây' },
  { href: routes.datasets, label: 'Số liệu' },
  { href: routes.topics, label: 'Chủ đề' },
  { href: routes.timeline, label: 'Dòng thời gian' },
  { href: routes.glossary, label: 'Thuật ngữ' },
  { href: routes.about, label: 'Giới thiệu' },
];

/** True when `href` is the current section, for aria-current in the navigation. */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(href);
}
