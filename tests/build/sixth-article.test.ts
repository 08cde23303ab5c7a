/**
 * The editor's path end to end: a complete sixth article (tests/fixtures/sixth-article/: the
 * article with a photo in <Figure>, a dataset with a year figure drawn by <Chart>, a timeline
 * event listing the article) added to the real content/ passes `npm run build` and appears
 * everywhere a reader looks: home (with the count in words), its topic page, the timeline,
 * the search index, RSS and the sitemap.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SLUG = 'bai-thu-sau-tam-nhin-thu-do';
const TITLE = 'Bài thứ sáu: tầm nhìn của Thủ đô trong quy hoạch mới';
let work = '';
let dist = '';
let status: number | null = null;
let output = '';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  mkdirSync('tests/.tmp', { recursive: true });
  work = mkdtempSync(resolve('tests/.tmp/sixth-'));
  const content = join(work, 'content');
  cpSync(resolve('content'), content, { recursive: true });
  cpSync(resolve('tests/fixtures/sixth-article'), content, { recursive: true });
  dist = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a sixth article goes from its files to every page', () => {
  it('passes the content check and builds', () => {
    expect(output).toContain('Nội dung hợp lệ');
    expect(status, output).toBe(0);
    expect(existsSync(join(dist, 'bai-viet', SLUG, 'index.html'))).toBe(true);
  });
  it('is on the home page, whose count now says six', () => {
    const home = read('index.html');
    expect(home).toContain(`href="/bai-viet/${SLUG}/"`);
    expect(home).toContain('Sáu bài giải thích, mới nhất trước');
    expect(home).not.toMatch(/Năm bài giải thích/);
    expect(read('404.html')).toContain('xem sáu bài giải thích');
  });
  it('is on its topic page', () => {
    expect(read('chu-de/do-thi-ha-tang/index.html')).toContain(`href="/bai-viet/${SLUG}/"`);
  });
  it('its event is on the timeline', () => {
    expect(read('dong-thoi-gian/index.html')).toContain('Mốc kiểm thử của bài thứ sáu');
  });
  it('is in RSS and the sitemap', () => {
    expect(read('rss.xml')).toContain(`/bai-viet/${SLUG}/`);
    expect(read('sitemap-0.xml')).toContain(`/bai-viet/${SLUG}/`);
  });
  it('is in the search index', () => {
    const fragments = readdirSync(join(dist, 'pagefind/fragment')).map((f) => gunzipSync(readFileSync(join(dist, 'pagefind/fragment', f))).toString('utf8'));
    expect(fragments.some((f) => f.includes(`"url":"/bai-viet/${SLUG}/"`) && f.includes(TITLE))).toBe(true);
  });
  it('shows its chart with the year written without a thousands separator', () => {
    const page = read(`bai-viet/${SLUG}/index.html`);
    expect(page).toContain('Năm tầm nhìn của quy hoạch Thủ đô');
    expect(page).toMatch(/>2050</);
    expect(page).not.toContain('2.050');
  });
  it('shows its photo optimised, with alt text, caption and credit', () => {
    const page = read(`bai-viet/${SLUG}/index.html`);
    const img = /<figure class="photo"[^>]*>[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    expect(img).toMatch(/<img src="\/_astro\/canh-dong-mau\.[^"]+\.webp"/);
    expect(img).toContain('alt="Hình vẽ đơn giản một cánh đồng xanh dưới mặt trời vàng"');
    expect(img).toMatch(/srcset="[^"]+ 640w/);
    expect(img).toContain('sizes="');
    expect(img).toContain('loading="lazy"');
    expect(img).toMatch(/width="1200" height="800"/);
    expect(img).toContain('<figcaption');
    expect(img).toContain('Ảnh: Bộ kiểm thử');
    expect(img).not.toMatch(/style="/);
  });
});
