/**
 * An article from a source the site has never had, end to end, as the editor's guide walks it:
 * `tao-moi nguon` stores the pasted text (here a file) with its record in the sources folder,
 * `tao-moi bai` takes that source from the list, `tao-moi so-lieu` records a figure with its
 * verbatim evidence, the editor writes the body (a number in it, the chart), and
 * `npm run build` publishes it: the article page names the new source and shows its chart.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SLUG = 'chuyen-doi-so-co-quan-dang';
let work = '';
let content = '';
let sources = '';
let dist = '';
const log: string[] = [];
let build: { status: number | null; output: string } = { status: null, output: '' };

function step(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, CONTENT_DIR: content, SOURCES_DIR: sources, OUT_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  log.push(output);
  return { status: result.status, output };
}

beforeAll(() => {
  mkdirSync('tests/.tmp', { recursive: true });
  work = mkdtempSync(resolve('tests/.tmp/new-source-'));
  content = join(work, 'content');
  sources = join(work, 'sources');
  dist = join(work, 'dist');
  cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
  cpSync(resolve('tests/fixtures/sources'), sources, { recursive: true });
  const added = step('scripts/tao-moi.mjs', 'nguon', '--khong-hoi', '--tep', resolve('tests/fixtures/new-source/bai-goc.txt'), '--bao', 'Nhân Dân', '--tac-gia', 'Minh Anh',
    '--do-chinh-xac-ngay-dang', 'day', '--ngay-dang', '2025-12-30', '--duong-dan', 'https://nhandan.vn/bai-gia-lap-chuyen-doi-so');
  if (added.status !== 0) return;
  const name = readdirSync(sources).find((f) => f.startsWith('003_') && f.endsWith('.txt'))!.slice(0, -4);
  step('scripts/tao-moi.mjs', 'bai', '--khong-hoi', '--slug', SLUG, '--tieu-de', 'Chuyển đổi số trong cơ quan đảng của Hà Nội', '--tom-tat', 'Các cơ quan đảng của Hà Nội đưa thủ tục lên môi trường số; trang này giải thích con số ấy.',
    '--nguon', name, '--do-chinh-xac-ngay-su-kien', 'year', '--ngay-su-kien', '2025', '--chu-de', 'phuong-thuc-lanh-dao');
  step('scripts/tao-moi.mjs', 'so-lieu', '--khong-hoi', '--slug', 'chuyen-doi-so-co-quan-dang-2025', '--tieu-de', 'Thủ tục của cơ quan đảng trên môi trường số', '--y-chinh', 'Năm 2025, 120 thủ tục đã lên môi trường số.',
    '--chu-de', 'phuong-thuc-lanh-dao', '--bai', SLUG, '--ma-so-lieu', 'thu-tuc-moi-truong-so-2025', '--nhan', 'Thủ tục đưa lên môi trường số', '--gia-tri', '120', '--don-vi', 'thủ tục',
    '--trich-dan', 'đưa 120 thủ tục lên môi trường số');
  // The editor replaces the scaffold's two sentences with the explainer's own words.
  const path = join(content, 'articles', `${SLUG}.mdx`);
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace('Viết đoạn mở đầu ở đây.', 'Trong năm 2025, các cơ quan đảng của thành phố chuyển 120 thủ tục sang cách làm trên mạng.')
      .replace('Viết tiếp ở đây.', 'Việc này rút ngắn đường đi của giấy tờ giữa các cơ quan.\n\n<Chart id="chuyen-doi-so-co-quan-dang-2025" />'),
  );
  build = step('scripts/build.mjs', '--xem-truoc');
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new article from a new source, from tao-moi nguon to the built site', () => {
  it('the source is stored outside the site, under the naming rule, with its record', () => {
    const files = readdirSync(sources);
    expect(files).toContain('003_nhan-dan-2025-12-30-ha-noi-day-manh-chuyen-doi-so-trong-co-quan-dang.txt');
    expect(files).toContain('003_nhan-dan-2025-12-30-ha-noi-day-manh-chuyen-doi-so-trong-co-quan-dang.yaml');
    expect(existsSync(join(content, 'sources'))).toBe(false);
  });
  it('passes the check and builds', () => {
    expect(build.output, log.join('\n---\n')).toContain('Nội dung hợp lệ');
    expect(build.status, build.output).toBe(0);
    expect(build.output.trim().split('\n').at(-1)).toMatch(/^Đã dựng bản xem thử vào /);
  });
  it('the article page shows the text, names the new source and draws the chart', () => {
    const page = readFileSync(join(dist, 'bai-viet', SLUG, 'index.html'), 'utf8');
    expect(page).toContain('Chuyển đổi số trong cơ quan đảng của Hà Nội');
    expect(page).toContain('chuyển 120 thủ tục sang cách làm trên mạng');
    expect(page).toContain('Nhân Dân');
    expect(page).toContain('https://nhandan.vn/bai-gia-lap-chuyen-doi-so');
    expect(page).toContain('Thủ tục của cơ quan đảng trên môi trường số');
    expect(existsSync(join(dist, 'so-lieu', 'chuyen-doi-so-co-quan-dang-2025', 'index.html'))).toBe(true);
  });
});
