/**
 * Bad content must stop the content check (`npm run kiem-tra`) and the build with a Vietnamese
 * message naming the file, the line and the field (or figure id). Each case overlays one broken
 * file from tests/fixtures/content-errors/<case>/ onto the valid tree in
 * tests/fixtures/content-base/ under tests/.tmp/, and runs the check on it through CONTENT_DIR
 * (half a second, no build). Two full builds prove that `npm run build` stops too, without
 * stack traces or unrelated warnings, and that direct `astro build` runs are guarded as well.
 * Source articles: tests/fixtures/sources (SOURCES_DIR), invented text holding the evidence.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

function treeWith(overlay: string | undefined, prefix = 'content-case-') {
  mkdirSync('tests/.tmp', { recursive: true });
  const work = mkdtempSync(resolve('tests/.tmp', prefix));
  const content = join(work, 'content');
  cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
  if (overlay) cpSync(resolve('tests/fixtures/content-errors', overlay), content, { recursive: true });
  return { work, content };
}

function env(work: string, content: string, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    CONTENT_DIR: content,
    SOURCES_DIR: resolve('tests/fixtures/sources'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...extra,
  };
}

function checkWith(overlay: string | undefined, extra: Record<string, string> = {}) {
  const { work, content } = treeWith(overlay);
  const result = spawnSync(process.execPath, ['scripts/kiem-tra.mjs'], { env: env(work, content, extra), encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
  return { status: result.status, output: plain(`${result.stdout}\n${result.stderr}`) };
}

const cases: Array<{ name: string; overlay: string; expected: string[]; absent?: string[] }> = [
  {
    name: 'a missing title names the file, the line and the title field',
    overlay: 'missing-title',
    expected: ['content/articles/bai-thieu-tieu-de.mdx, dòng 2', 'trường "title": cần tiêu đề bài (một dòng chữ)'],
  },
  {
    name: 'a date that does not match its precision names source.published.date and both shapes',
    overlay: 'wrong-precision',
    expected: ['content/articles/bai-sai-do-chinh-xac.mdx, dòng 7', 'trường "source.published.date": precision "day" cần ngày viết NNNN-TT-NN (ví dụ 2024-05-17); đang là "2022-04"'],
  },
  {
    name: 'an unknown topic names the file, the field and the id',
    overlay: 'unknown-topic',
    expected: ['content/articles/bai-chu-de-la.mdx, dòng 9', 'trường "topics[1]": không có chủ đề nào mang mã "chu-de-khong-co"'],
  },
  {
    name: 'evidence without the number names the figure by its id',
    overlay: 'evidence-without-number',
    expected: ['content/data/hong.yaml, dòng 12', 'số liệu "xa-kieu-mau": evidence "xã đạt chuẩn nông thôn mới kiểu mẫu" không chứa giá trị 76'],
  },
  {
    name: 'a rate that does not match its parts names the figure and both numbers',
    overlay: 'wrong-rate',
    expected: ['số liệu "ty-le-sai": check ratio-percent(xa-nang-cao = 188, tong-so-xa = 382) ra 49,215, nhưng value là 51,2'],
  },
  {
    name: 'a figure whose article does not exist names the figure, not "figures.0"',
    overlay: 'missing-article',
    expected: ['content/data/hong.yaml, dòng 11', 'số liệu "xa-kieu-mau", trường "article": không có bài nào mang mã "bai-khong-co"'],
  },
  {
    name: 'a computed figure without a formula names the figure',
    overlay: 'computed-without-formula',
    expected: ['content/data/hong.yaml', 'số liệu "ke-hoach-suy-ra", trường "compute": số liệu "ke-hoach-suy-ra" là kind: computed nên cần công thức'],
  },
  {
    name: 'a timeline period that ends before it starts names when.end',
    overlay: 'period-ends-before-start',
    expected: ['content/timeline/hong.yaml, dòng 6', 'trường "when.end": khoảng thời gian kết thúc (2020) trước khi bắt đầu (2025)'],
  },
  {
    name: 'a timeline date of day precision without a day names when.date',
    overlay: 'day-without-day',
    expected: ['content/timeline/hong.yaml, dòng 3', 'trường "when.date": precision "day" cần ngày viết NNNN-TT-NN'],
  },
  {
    name: 'a timeline event naming an unknown article names the field and the id',
    overlay: 'timeline-unknown-article',
    expected: ['content/timeline/hong.yaml, dòng 5', 'trường "articles[1]": không có bài nào mang mã "bai-khong-co"'],
  },
  {
    name: 'a status outside its list gives the allowed values',
    overlay: 'unknown-status',
    expected: ['content/timeline/hong.yaml, dòng 4', 'trường "status": giá trị phải là một trong: happened, ongoing, planned, target; đang là "done"'],
  },
  {
    name: 'a copied article that kept its slug names both files and tells the copy, not the original, to change',
    overlay: 'duplicate-slug',
    expected: ['content/articles/bai-mau-ban-sao.mdx, dòng 4', 'slug "bai-mau" đã là slug của content/articles/bai-mau.mdx', 'Đặt cho bài này một slug mới'],
    absent: ['content/articles/bai-mau.mdx, dòng', 'Đổi tên tệp thành bai-mau.mdx'],
  },
  {
    name: 'a file name that differs from its slug says how to fix either',
    overlay: 'slug-differs-from-file-name',
    expected: ['content/articles/bai-ten-tep.mdx, dòng 4', 'Đổi tên tệp thành bai-ten-khac.mdx, hoặc sửa slug thành "bai-ten-tep"'],
  },
  {
    name: 'text typed in decomposed Unicode (NFD) is refused with the line and the fix',
    overlay: 'text-not-nfc',
    expected: ['content/articles/bai-go-tach-dau.mdx, dòng 2', 'dạng tách dấu (Unicode NFD)', 'npm run kiem-tra -- --sua-nfc'],
  },
  {
    name: 'a missing image, relative or at a /… path, names the file, the line and the path',
    overlay: 'missing-image',
    expected: ['content/articles/bai-anh-thieu.mdx, dòng 17', 'không thấy ảnh "../images/khong-co.jpg"', 'content/articles/bai-anh-thieu.mdx, dòng 19', 'không thấy ảnh "/anh/so-do-khong-co.png"'],
  },
  {
    name: 'an image without alt text is refused',
    overlay: 'image-without-alt',
    expected: ['content/articles/bai-anh-khong-mo-ta.mdx, dòng 17', 'ảnh "../images/canh-dong-mau.png" thiếu mô tả (alt text)'],
  },
  {
    name: 'an unknown <Chart> id lists the datasets there are',
    overlay: 'unknown-chart',
    expected: ['content/articles/bai-bieu-do-la.mdx, dòng 17', '<Chart id="nong-thon-moi-2099" />: không có bộ số liệu "nong-thon-moi-2099"', 'nong-thon-moi-mau'],
  },
  {
    name: 'an unknown <Timeline> article is refused',
    overlay: 'unknown-timeline',
    expected: ['content/articles/bai-dong-thoi-gian-la.mdx, dòng 17', '<Timeline article="bai-khong-co" />: không có bài nào có slug "bai-khong-co"'],
  },
  {
    name: 'evidence paraphrased from its source article is refused even though it holds the number',
    overlay: 'evidence-not-in-source',
    expected: ['content/data/hong.yaml, dòng 12', 'số liệu "xa-dat-chuan", trường "evidence": đoạn "382 xã đều đã đạt chuẩn" không có nguyên văn trong bài gốc 002_904cff454f625500.txt'],
  },
  {
    name: 'a topic id written twice names both lines',
    overlay: 'duplicate-topic',
    expected: ['content/topics.yaml, dòng 7', 'chủ đề "nong-thon-moi" đã có ở dòng 4'],
  },
  {
    name: 'broken YAML names the line',
    overlay: 'broken-yaml',
    expected: ['content/data/hong.yaml, dòng 7', 'YAML viết chưa đúng'],
  },
];

describe('npm run kiem-tra stops on each mistake with its message', () => {
  it('passes the valid base tree, in under 5 seconds', () => {
    const started = performance.now();
    const { status, output } = checkWith(undefined);
    expect(output).toContain('Nội dung hợp lệ');
    expect(status).toBe(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
  for (const c of cases) {
    it(c.name, () => {
      const { status, output } = checkWith(c.overlay);
      expect(status).not.toBe(0);
      expect(output).toContain('chưa xuất bản gì');
      for (const text of c.expected) expect(output).toContain(text);
      for (const text of c.absent ?? []) expect(output).not.toContain(text);
      expect(output).not.toMatch(/\n\s+at .*:\d+:\d+/);
    });
  }
  it('says so when the source articles are not available, and checks the rest', () => {
    const { status, output } = checkWith('evidence-not-in-source', { SOURCES_DIR: resolve('tests/.tmp/khong-co-thu-muc-nay') });
    expect(status).toBe(0);
    expect(output).toContain('Bỏ qua việc đối chiếu evidence với bài gốc');
  });
  it('--sua-nfc rewrites a file typed in NFD, after which the check passes', () => {
    const { work, content } = treeWith('text-not-nfc');
    const result = spawnSync(process.execPath, ['scripts/kiem-tra.mjs', '--sua-nfc'], { env: env(work, content), encoding: 'utf8' });
    const text = readFileSync(join(content, 'articles/bai-go-tach-dau.mdx'), 'utf8');
    rmSync(work, { recursive: true, force: true });
    expect(result.stdout).toContain('content/articles/bai-go-tach-dau.mdx');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Tiêu đề gõ bằng bộ gõ tách dấu');
    expect(result.status).toBe(0);
  });
});

describe('the build stops too', () => {
  it('npm run build with bad content stops with the check\'s messages alone (Astro, started beside it, is stopped unheard), no stack trace or warnings, and keeps the last good site', () => {
    const { work, content } = treeWith('wrong-rate', 'keep-');
    const published = join(work, 'published');
    mkdirSync(published);
    writeFileSync(join(published, 'index.html'), '<p>last good build</p>');
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env: env(work, content, { OUT_DIR: published }), encoding: 'utf8' });
    const stillThere = readFileSync(join(published, 'index.html'), 'utf8');
    const stagingLeft = existsSync(`${published}.staging`);
    rmSync(work, { recursive: true, force: true });
    const output = plain(`${result.stdout}\n${result.stderr}`);
    expect(result.status).not.toBe(0);
    expect(output).toContain('số liệu "ty-le-sai": check ratio-percent');
    expect(result.stderr).toContain('was left as it was');
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+|MODULE_LEVEL_DIRECTIVE|\[WARN\]/);
    expect(output).not.toMatch(/\[(?:build|content|types|vite)\]/);
    expect(stillThere).toBe('<p>last good build</p>');
    expect(stagingLeft).toBe(false);
  });
  it('a direct astro build of bad content stops at the same check, in Vietnamese, without bundler warnings', () => {
    const { work, content } = treeWith('unknown-chart', 'astro-');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], { env: env(work, content), encoding: 'utf8' });
    rmSync(work, { recursive: true, force: true });
    const output = plain(`${result.stdout}\n${result.stderr}`);
    expect(result.status).not.toBe(0);
    expect(output).toContain('content/articles/bai-bieu-do-la.mdx, dòng 17');
    expect(output).toContain('không có bộ số liệu "nong-thon-moi-2099"');
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE/);
  });
});
