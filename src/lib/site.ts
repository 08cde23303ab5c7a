import { routes } from './routes';

/** Site-wide names and the main navigation, in one place so every page agrees. */
export const SITE_NAME = 'Hà Nội đổi mới cách lãnh đạo';
export const SITE_TAGLINE = 'Giải thích dễ hiểu, dẫn nguồn đầy đủ: Đảng bộ Hà Nội đã thay đổi phương thức lãnh đạo ra sao';
export const SITE_DESCRIPTION =
  'Trang giải thích bằng tiếng Việt về việc Đảng bộ thành phố Hà Nội đổi mới phương thức lãnh đạo, dựng từ các bài báo đã đăng, có số liệu, dòng thời gian và nguồn cho từng con số.';

/**
 * The licence of the site's own text and data (explainers, tables, charts and their downloads):
 * one constant, printed on every download and embed. The source articles stay their outlets'.
 */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' } as const;

/** One wording wherever a source article does not name its newspaper. */
export const UNKNOWN_OUTLET = 'Không rõ tên báo';

export interface NavItem {
  href: string;
  label: string;
}

export const NAV: NavItem[] = [
  { href: routes.home, label: 'Trang chủ' },
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
