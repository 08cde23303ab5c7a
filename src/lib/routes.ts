/**
 * Every address of the site, in one place: pages, components, feeds, the service worker's plan
 * and the tests build links from here, so a route renamed here is renamed everywhere. Paths are
 * Vietnamese and accent-free; each ends with "/" (Astro's directory format) except files.
 */
export const routes = {
  home: '/',
  /** The overview explainer, the page a newcomer is sent to first. */
  guide: '/bat-dau-tu-day/',
  articles: '/bai-viet/',
  article: (slug: string): string => `/bai-viet/${slug}/`,
  articleCard: (slug: string): string => `/og/bai-viet/${slug}.png`,
  datasets: '/so-lieu/',
  dataset: (id: string): string => `/so-lieu/${id}/`,
  datasetCsv: (id: string): string => `/so-lieu/${id}.csv`,
  datasetSvg: (id: string): string => `/so-lieu/${id}.svg`,
  datasetPng: (id: string): string => `/so-lieu/${id}.png`,
  /** The chart alone (chart, takeaway, source, a link back), for newsrooms to embed in an iframe. */
  datasetEmbed: (id: string): string => `/so-lieu/${id}/nhung/`,
  datasetCard: (id: string): string => `/og/so-lieu/${id}.png`,
  topics: '/chu-de/',
  topic: (id: string): string => `/chu-de/${id}/`,
  timeline: '/dong-thoi-gian/',
  /** An event on the whole timeline (its anchor is the event's file name). */
  timelineEvent: (id: string): string => `/dong-thoi-gian/#${id}`,
  glossary: '/thuat-ngu/',
  term: (id: string): string => `/thuat-ngu/${id}/`,
  search: '/tim-kiem/',
  searchFor: (query: string): string => `/tim-kiem/?q=${encodeURIComponent(query)}`,
  about: '/gioi-thieu/',
  /** How the site is made, a page a student can cite. */
  methods: '/phuong-phap/',
  /** The licence of the site's own text and data, on the about page. */
  licence: '/gioi-thieu/#giay-phep',
  /** The save control ("Lưu để đọc khi không có mạng") on the about page. */
  saveOffline: '/gioi-thieu/#doc-khi-khong-co-mang',
  offline: '/ngoai-tuyen/',
  siteCard: '/og/trang-chu.png',
  rss: '/rss.xml',
} as const;
