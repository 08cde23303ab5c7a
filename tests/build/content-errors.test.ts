/**
 * Bad content must stop the content check (`npm run kiem-tra`) and the build with a Vietnamese
 * message naming the file, the line and the field (or figure id), or be listed as a warning at
 * the end of a check that passes. Each case overlays one broken file from
 * tests/fixtures/content-errors/<case>/ onto the valid tree in tests/fixtures/content-base/
 * under tests/.tmp/, and runs the check on it through CONTENT_DIR (no build). A few cases
 * make their file in the test (a 6000 × 4000 photo, a 2 MB body, an article deleted in git).
 * Every message printed must be one of the catalogue's (src/lib/content-check/catalogue.ts,
 * the table of the editor's guide, section 11). Full builds prove that `npm run build` stops
 * too, in Vietnamese, keeping the last good site; that direct `astro build` runs are guarded;
 * and that a build for publishing needs SITE_URL.
 * Source articles: tests/fixtures/sources (SOURCES_DIR), invented text holding the evidence.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { entryFor } from '../../src/lib/content-check/catalogue';

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

/** Every message printed by the cases, to check them against the catalogue at the end. */
const printed: string[] = [];

function run(work: string, content: string, extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/kiem-tra.mjs'], { env: env(work, content, extra), encoding: 'utf8' });
  rmSync(work, { recursive: true, force: true });
  const output = plain(`${result.stdout}\n${result.stderr}`);
  // A message is the line under "✗ file, dòng n" or "⚠ …", or a note "ℹ …".
  const lines = output.split('\n');
  lines.forEach((line, i) => {
    if (/^\s+[✗⚠] /.test(line)) printed.push(lines[i + 1]?.trim() ?? '');
    else if (/^\s+ℹ /.test(line)) printed.push(line.trim().slice(2));
  });
  return { status: result.status, output };
}

function checkWith(overlay: string | undefined, extra: Record<string, string> = {}) {
  const { work, content } = treeWith(overlay);
  return run(work, content, extra);
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
  // The silent ones: each now stops the check.
  {
    name: 'a misspelled optional field (keyfigures) is refused at its line, with the field meant',
    overlay: 'misspelled-field',
    expected: ['content/articles/bai-truong-viet-sai.mdx, dòng 11', 'có trường lạ "keyfigures" (có phải ý bạn là "keyFigures"?)'],
  },
  {
    name: 'an event marked as happened that lies in the future',
    overlay: 'happened-in-future',
    expected: ['content/timeline/hong.yaml, dòng 3', 'sự kiện có status: happened (đã diễn ra) nhưng ngày bắt đầu (2099-05) còn ở tương lai', 'status: planned'],
  },
  {
    name: 'a link to an article that does not exist, and a link without its trailing slash',
    overlay: 'link-to-missing-article',
    expected: ['content/articles/bai-lien-ket-sai.mdx, dòng 15, cột 10', 'liên kết "/bai-viet/bai-khong-ton-tai/": không có bài nào có slug "bai-khong-ton-tai"', 'liên kết "/bai-viet/bai-mau" thiếu dấu "/" ở cuối đường dẫn'],
  },
  {
    name: 'a level-1 heading in the body and a heading that skips a level',
    overlay: 'heading-levels',
    expected: ['content/articles/bai-tieu-de-sai-cap.mdx, dòng 13', 'tiêu đề cấp 1 ("# Mở đầu")', 'content/articles/bai-tieu-de-sai-cap.mdx, dòng 21', 'tiêu đề "#### Chi tiết" nhảy cấp', 'Viết "### Chi tiết"'],
  },
  {
    name: 'a number in the text that differs from its figure (12.500 for 12.450) is refused, naming the figure; dates, ordinals and document numbers pass',
    overlay: 'number-not-in-data',
    expected: ['content/articles/bai-so-sai.mdx, dòng 15, cột 90', 'con số "12.500" không khớp số liệu nào của bài', 'Số liệu gần nhất: "thu-ngan-sach-mau" = 12.450', '{/* số: lý do */}'],
    absent: ['con số "382"', 'con số "188"', 'con số "49,2"', 'con số "20', 'con số "15', 'con số "24', 'con số "3"', 'Nội dung có 2 lỗi'],
  },
  {
    name: 'a scaffold sentence left in the text',
    overlay: 'placeholder-left',
    expected: ['content/articles/bai-con-cau-mau.mdx, dòng 15', 'còn câu mẫu của khung bài "Viết đoạn mở đầu ở đây."'],
  },
  {
    name: 'text copied from a source article (own-words over SOURCES_DIR) is named with its file and line, in Vietnamese',
    overlay: 'copied-from-source',
    expected: ['content/articles/bai-chep-nguon.mdx, dòng 15', 'chữ liền giống hệt bài gốc 002_904cff454f625500'],
    absent: ['words as in', 'passage(s)'],
  },
  // Mistakes in the text that Astro's compiler would stop on in English.
  {
    name: 'an unclosed <Term> names the line and column and how to close it, with no follow-on glossary error',
    overlay: 'unclosed-term',
    expected: ['content/articles/bai-the-chua-dong.mdx, dòng 15, cột 10', 'thẻ <Term> mở ở đây chưa được đóng: thêm </Term>'],
    absent: ['không có thuật ngữ', 'Nội dung có 2 lỗi'],
  },
  {
    name: 'a stray < before a number',
    overlay: 'stray-less-than',
    expected: ['content/articles/bai-dau-nho-hon.mdx, dòng 15, cột 9', 'dấu "<" ở đây bị hiểu là mở một thẻ', 'viết \\<'],
  },
  {
    name: 'a stray {…}',
    overlay: 'stray-braces',
    expected: ['content/articles/bai-ngoac-nhon.mdx, dòng 15, cột 14', 'đoạn trong dấu { } không phải mã lệnh hợp lệ', '{/* … */}'],
  },
  {
    name: 'a misspelled component suggests the right one',
    overlay: 'misspelled-component',
    expected: ['content/articles/bai-thanh-phan-sai.mdx, dòng 17, cột 1', 'không có thành phần <PullQoute>: có phải ý bạn là <PullQuote>?'],
  },
  {
    name: '<Chart id="…"> without its slash',
    overlay: 'chart-without-slash',
    expected: ['content/articles/bai-bieu-do-thieu-gach.mdx, dòng 17, cột 1', 'thẻ <Chart> chưa được đóng', '<Chart id="ten-bo-so-lieu" />'],
  },
  {
    name: 'a component without its required attribute, or with an unknown one',
    overlay: 'component-attributes',
    expected: ['content/articles/bai-thuoc-tinh-sai.mdx, dòng 17, cột 1', '<PullQuote> thiếu who="…"', 'dòng 19, cột 1', '<Chart> không có thuộc tính "ids"'],
  },
  // What used to crash the build in English.
  {
    name: 'a chart whose series count differs from its bars',
    overlay: 'series-mismatch',
    expected: ['content/data/hong.yaml, dòng 7', 'trường "chart.series": series ghi 2 tên nhưng mỗi nhóm có tới 3 cột'],
  },
  {
    name: 'a zero denominator in compute is a message, not a RangeError',
    overlay: 'zero-denominator',
    expected: ['content/data/hong.yaml, dòng 26', 'phép ratio-percent chia cho "h-khong" = 0, mà chia cho 0 thì không ra số'],
    absent: ['RangeError'],
  },
  {
    name: 'more than four bars in a group',
    overlay: 'too-many-bars',
    expected: ['content/data/hong.yaml, dòng 6', 'nhóm "Năm 2024" có 5 cột; mỗi nhóm tối đa 4 cột'],
  },
  {
    name: 'a waffle level larger than the level that holds it',
    overlay: 'waffle-level-larger',
    expected: ['content/data/hong.yaml, dòng 7', 'mức "Đạt chuẩn" (382) lớn hơn tổng bao nó (188)'],
  },
  {
    name: 'a negative value drawn as a bar',
    overlay: 'negative-bar',
    expected: ['content/data/hong.yaml, dòng 6', 'số liệu "h-giam" âm (-194) nên không vẽ được thành cột'],
  },
  {
    name: '<Timeline article> for an article that no event names',
    overlay: 'timeline-without-events',
    expected: ['content/articles/bai-chua-co-su-kien.mdx, dòng 19, cột 1', '<Timeline article="bai-chua-co-su-kien" />: chưa có sự kiện nào ghi bài'],
  },
  // Messages that point at the cause.
  {
    name: 'a broken data file is reported once: what uses its figures is not reported as missing',
    overlay: 'broken-data-used-elsewhere',
    expected: ['content/data/hong.yaml, dòng 7', 'YAML viết chưa đúng', 'các số liệu của nó coi như chưa có', 'Nội dung có 1 lỗi'],
    absent: ['không có số liệu', 'con số "76"'],
  },
  {
    name: 'a file saved with a BOM is diagnosed as a BOM, not as missing its frontmatter',
    overlay: 'bom',
    expected: ['content/articles/bai-co-bom.mdx, dòng 1', 'BOM, U+FEFF', 'Nội dung có 1 lỗi'],
    absent: ['tệp phải mở đầu bằng phần khai báo'],
  },
  {
    name: 'an article naming a source that is not in the sources folder',
    overlay: 'unknown-source',
    expected: ['content/articles/bai-nguon-la.mdx, dòng 7', 'source.seed "009_bao-mau-2025-khong-co-bai-nay": không thấy bài gốc', 'npm run tao-moi -- nguon'],
  },
  {
    name: 'a document id that the title register (van-ban.toml) does not hold, in <VanBan> and in documents',
    overlay: 'unknown-document',
    expected: ['content/articles/bai-van-ban-la.mdx, dòng 12', 'trường "documents[0]": không có văn bản "chi-thi-khong-co" trong content/van-ban.toml', 'content/articles/bai-van-ban-la.mdx, dòng 17, cột 9', '<VanBan id="chi-thi-khong-co" />: không có văn bản'],
  },
  {
    name: 'an overview (content/guides) is checked like an explainer: its citations, its components, its numbers',
    overlay: 'guide-mistakes',
    expected: ['content/guides/bat-dau-tu-day.mdx, dòng 10, cột 25', '<Ref article="bai-khong-co" />: không có bài nào có slug "bai-khong-co"', 'content/guides/bat-dau-tu-day.mdx, dòng 12, cột 1', 'không có thành phần <Timeline> ở loại trang này.'],
    absent: ['con số "382"'],
  },
  {
    name: 'a glossary link to a missing term names its line',
    overlay: 'unknown-term',
    expected: ['content/articles/bai-thuat-ngu-la.mdx, dòng 15', '<Term id="thuat-ngu-khong-co">: không có thuật ngữ'],
  },
];

describe('npm run kiem-tra stops on each mistake with its message', () => {
  // How long it takes is measured on a quiet machine (README), not asserted on a shared one.
  it('passes the valid base tree', () => {
    const { status, output } = checkWith(undefined);
    expect(output).toContain('Nội dung hợp lệ');
    expect(status).toBe(0);
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
  it('a number vouched for with {/* số: lý do */} passes', () => {
    const { status, output } = checkWith('number-marked');
    expect(output).toContain('Nội dung hợp lệ');
    expect(status).toBe(0);
  });
  it('a duplicate figure id blames the file that changed (the newer one), naming the other', () => {
    const { work, content } = treeWith('duplicate-figure-id');
    // The base file was there first; the new file is the one being edited.
    utimesSync(join(content, 'data/nong-thon-moi-mau.yaml'), new Date('2025-01-01'), new Date('2025-01-01'));
    const { status, output } = run(work, content);
    expect(status).not.toBe(0);
    expect(output).toContain('✗ content/data/a-bo-moi.yaml, dòng 6');
    expect(output).toContain('số liệu "tong-so-xa": mã này đã dùng trong content/data/nong-thon-moi-mau.yaml');
    expect(output).not.toContain('✗ content/data/nong-thon-moi-mau.yaml');
  });
  it('a 6000 × 4000 photo is refused, with its size and how to shrink it', async () => {
    const { work, content } = treeWith('image-without-alt');
    await sharp({ create: { width: 6000, height: 4000, channels: 3, background: '#3a7d44' } }).png({ compressionLevel: 9 }).toFile(join(content, 'images/canh-dong-mau.png'));
    const article = join(content, 'articles/bai-anh-khong-mo-ta.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace('![](', '![Cánh đồng xanh](').replace('![ ](', '![Cánh đồng xanh]('));
    const { status, output } = run(work, content);
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/bai-anh-khong-mo-ta.mdx, dòng 17');
    expect(output).toContain('ảnh "../images/canh-dong-mau.png" quá lớn (6000 × 4000 điểm ảnh');
    expect(output).toContain('Thu nhỏ ảnh');
  });
  it('a 2 MB body (a document pasted in) is refused', () => {
    const { work, content } = treeWith(undefined);
    const article = join(content, 'articles/bai-mau.mdx');
    const paragraph = 'Một đoạn văn dài được dán nhầm vào bài, lặp đi lặp lại nhiều lần cho tới khi thân bài rất dài. ';
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n${`${paragraph.repeat(20)}\n\n`.repeat(1100)}`);
    const { status, output } = run(work, content);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/articles\/bai-mau\.mdx, dòng 13\n\s+thân bài quá dài: khoảng \d+ phút đọc, tối đa 45 phút/);
  });
  it('an article deleted since the last commit: references say it was deleted, and body links to it are named', () => {
    const { work, content } = treeWith(undefined);
    writeFileSync(join(content, 'articles/bai-se-xoa.mdx'), readFileSync(join(content, 'articles/bai-mau.mdx'), 'utf8').replace('slug: bai-mau', 'slug: bai-se-xoa'));
    writeFileSync(join(content, 'timeline/su-kien-mau.yaml'), readFileSync(join(content, 'timeline/su-kien-mau.yaml'), 'utf8').replace('articles: [bai-mau]', 'articles: [bai-mau, bai-se-xoa]'));
    const article = join(content, 'articles/bai-mau.mdx');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nXem thêm [bài kia](/bai-viet/bai-se-xoa/).\n`);
    const git = (...args: string[]) => spawnSync('git', ['-C', content, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x');
    rmSync(join(content, 'articles/bai-se-xoa.mdx'));
    const { status, output } = run(work, content);
    expect(status).not.toBe(0);
    expect(output).toContain('content/timeline/su-kien-mau.yaml, dòng 5');
    expect(output).toContain('trường "articles[1]": bài "bai-se-xoa" đã bị xóa');
    expect(output).toContain('git restore content/articles/bai-se-xoa.mdx');
    expect(output).toMatch(/content\/articles\/bai-mau\.mdx, dòng \d+, cột \d+\n\s+liên kết "\/bai-viet\/bai-se-xoa\/" trỏ tới bài "bai-se-xoa", bài đã bị xóa/);
    expect(output).not.toContain('Kiểm tra lỗi gõ');
  });
  it('warnings are listed at the end of a check that passes', () => {
    const { work, content } = treeWith(undefined);
    const article = join(content, 'articles/bai-mau.mdx');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nXem lại [phần đầu](#phan-khong-co).\n`);
    const { status, output } = run(work, content);
    expect(status).toBe(0);
    expect(output).toMatch(/1 cảnh báo \(không chặn việc xuất bản, nhưng nên sửa\):\n\s+⚠ content\/articles\/bai-mau\.mdx, dòng \d+, cột \d+\n\s+liên kết tới mục "#phan-khong-co"/);
    expect(output.trim().split('\n').at(-1)).toContain('Nội dung hợp lệ');
    expect(output).toContain('1 cảnh báo ở trên');
  });
  it('says so when the source articles are not available, and checks the rest', () => {
    const { status, output } = checkWith('evidence-not-in-source', { SOURCES_DIR: resolve('tests/.tmp/khong-co-thu-muc-nay') });
    expect(status).toBe(0);
    expect(output).toContain('Bỏ qua việc đối chiếu evidence và nguồn với bài gốc');
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

describe('every message printed is in the catalogue (and so in the guide, section 11)', () => {
  it('each printed message matches a catalogue entry', () => {
    // Runs after the cases above (same file, in order).
    expect(printed.length).toBeGreaterThan(40);
    const unknown = printed.filter((m) => !entryFor(m));
    expect(unknown).toEqual([]);
  });
});

describe('the build stops too', () => {
  it('npm run build with bad content stops with the check\'s messages alone (Astro, started beside it, is stopped unheard), no stack trace or warnings, and keeps the last good site', () => {
    const { work, content } = treeWith('wrong-rate', 'keep-');
    const published = join(work, 'published');
    mkdirSync(published);
    writeFileSync(join(published, 'index.html'), '<p>last good build</p>');
    const result = spawnSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], { env: env(work, content, { OUT_DIR: published }), encoding: 'utf8' });
    const stillThere = readFileSync(join(published, 'index.html'), 'utf8');
    const stagingLeft = existsSync(`${published}.staging`);
    rmSync(work, { recursive: true, force: true });
    const output = plain(`${result.stdout}\n${result.stderr}`);
    expect(result.status).not.toBe(0);
    expect(output).toContain('số liệu "ty-le-sai": check ratio-percent');
    expect(result.stderr).toContain('Chưa dựng trang vì nội dung còn lỗi');
    expect(output.trim().split('\n').at(-1)).toMatch(/được giữ nguyên như lần trước\.$/);
    expect(output).not.toMatch(/\n\s+at .*:\d+:\d+|MODULE_LEVEL_DIRECTIVE|\[WARN\]/);
    expect(output).not.toMatch(/\[(?:build|content|types|vite)\]/);
    expect(stillThere).toBe('<p>last good build</p>');
    expect(stagingLeft).toBe(false);
  });
  it('mistakes that used to stop Astro in English (an unclosed tag, a chart that cannot be drawn) stop npm run build in Vietnamese, keeping the last good site', () => {
    for (const overlay of ['unclosed-term', 'series-mismatch']) {
      const { work, content } = treeWith(overlay, 'keep-');
      const published = join(work, 'published');
      mkdirSync(published);
      writeFileSync(join(published, 'index.html'), '<p>last good build</p>');
      const result = spawnSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], { env: env(work, content, { OUT_DIR: published }), encoding: 'utf8' });
      const stillThere = readFileSync(join(published, 'index.html'), 'utf8');
      rmSync(work, { recursive: true, force: true });
      const output = plain(`${result.stdout}\n${result.stderr}`);
      expect(result.status, overlay).not.toBe(0);
      expect(output).toMatch(overlay === 'unclosed-term' ? /thẻ <Term> mở ở đây chưa được đóng/ : /series ghi 2 tên/);
      expect(output).not.toMatch(/MDXError|ChartSpecError|\n\s+at .*:\d+:\d+/);
      expect(stillThere).toBe('<p>last good build</p>');
    }
  });
  it('a build for publishing without SITE_URL stops with a Vietnamese message and keeps the last good site; --xem-truoc allows the localhost default', () => {
    const { work, content } = treeWith(undefined, 'site-url-');
    const published = join(work, 'published');
    mkdirSync(published);
    writeFileSync(join(published, 'index.html'), '<p>last good build</p>');
    const rest: NodeJS.ProcessEnv = env(work, content, { OUT_DIR: published });
    delete rest.SITE_URL;
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], { env: rest, encoding: 'utf8' });
    const local = spawnSync(process.execPath, ['scripts/build.mjs'], { env: { ...rest, SITE_URL: 'http://localhost:4321' }, encoding: 'utf8' });
    const stillThere = readFileSync(join(published, 'index.html'), 'utf8');
    rmSync(work, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chưa dựng trang: thiếu địa chỉ công khai của trang (SITE_URL)');
    expect(result.stderr).toContain('SITE_URL=https://ten-mien-cua-trang.vn npm run build');
    expect(result.stderr).toContain('npm start');
    expect(local.status).toBe(1);
    expect(local.stderr).toContain('là địa chỉ trên máy này');
    expect(stillThere).toBe('<p>last good build</p>');
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
