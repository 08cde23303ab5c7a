/**
 * `npm run tao-moi` answered by flags (as a script or an editor in a hurry would) and by typed
 * answers: each kind of file it writes passes the content check once its scaffold sentences
 * are replaced, every field carries a comment; it refuses a slug in use or a date that does
 * not match its precision; a wrong answer is asked again with the reason and nothing typed
 * before is lost; `tao-moi nguon` stores a new source with its record under the naming rule.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

mkdirSync('tests/.tmp', { recursive: true });
const work = mkdtempSync(resolve('tests/.tmp/scaffold-'));
const content = join(work, 'content');
const sources = join(work, 'sources');
cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
cpSync(resolve('tests/fixtures/sources'), sources, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const scaffoldEnv = { ...process.env, CONTENT_DIR: content, SOURCES_DIR: sources, NO_COLOR: '1' };
function scaffold(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/tao-moi.mjs', '--khong-hoi', ...args], { env: scaffoldEnv, encoding: 'utf8', input: '' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Answers typed one per line, as an editor would at the prompts. */
function typed(lines: string[]) {
  const result = spawnSync(process.execPath, ['scripts/tao-moi.mjs'], { env: { ...scaffoldEnv, TAO_MOI_HOI: '1' }, encoding: 'utf8', input: `${lines.join('\n')}\n` });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** What an editor does next: replace the two scaffold sentences with text. */
function writeBody(path: string) {
  writeFileSync(path, readFileSync(path, 'utf8').replace('Viết đoạn mở đầu ở đây.', 'Đoạn mở đầu do biên tập viên viết.').replace('Viết tiếp ở đây.', 'Đoạn tiếp theo do biên tập viên viết.'));
}
function check() {
  const result = spawnSync(process.execPath, ['scripts/kiem-tra.mjs'], { env: scaffoldEnv, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const ARTICLE = ['--loai', 'bai', '--slug', 'bai-moi-tao', '--tieu-de', 'Một bài mới tạo bằng lệnh', '--tom-tat', 'Bài tạo bằng npm run tao-moi để kiểm tra khung mẫu.',
  '--seed', '002_904cff454f625500', '--bao', 'Nhân Dân', '--do-chinh-xac-ngay-dang', 'month', '--ngay-dang', '2025-02', '--uoc-doan-ngay-dang', 'co',
  '--ly-do-ngay-dang', 'Bài nhắc tới tháng Một như tháng trước', '--do-chinh-xac-ngay-su-kien', 'year', '--ngay-su-kien', '2024', '--chu-de', 'nong-thon-moi'];

describe('npm run tao-moi', () => {
  it('writes an article whose only open points are its two scaffold sentences, with every field explained', () => {
    const { status, output } = scaffold(...ARTICLE);
    expect(output).toContain('Đã tạo content/articles/bai-moi-tao.mdx');
    expect(output).toContain('Nội dung có 2 lỗi');
    expect(output).toContain('còn câu mẫu của khung bài "Viết đoạn mở đầu ở đây."');
    expect(output).toContain('còn câu mẫu của khung bài "Viết tiếp ở đây."');
    expect(status).toBe(0);
    writeBody(join(content, 'articles/bai-moi-tao.mdx'));
    expect(check().output).toContain('Nội dung hợp lệ');
    const text = readFileSync(join(content, 'articles/bai-moi-tao.mdx'), 'utf8');
    expect(text).toContain('published: { date: "2025-02", precision: month, inferred: true, reason: "Bài nhắc tới tháng Một như tháng trước" }');
    for (const field of ['title', 'summary', 'slug', 'source', 'seed', 'published', 'event', 'topics', 'people', 'documents']) {
      expect(text, field).toMatch(new RegExp(`# [^\\n]+\\n\\s*${field}:`));
    }
    // The page shows the article's events by itself: the scaffold says so instead of placing <Timeline>.
    expect(text).not.toMatch(/^<Timeline/m);
    expect(text).toContain('trang bài tự hiện các sự kiện ghi bài này');
  });
  it('writes a timeline period and a dataset with a year figure that pass the check', () => {
    const event = scaffold('--loai', 'su-kien', '--slug', 'su-kien-moi', '--tieu-de', 'Sự kiện mới tạo', '--tom-tat', 'Một sự kiện tạo bằng lệnh.', '--dang', 'khoang',
      '--do-chinh-xac-bat-dau', 'year', '--bat-dau', '2021', '--do-chinh-xac-ket-thuc', 'year', '--ket-thuc', '2025', '--loai-su-kien', 'directive-programme',
      '--bai', 'bai-mau', '--chu-de', 'nong-thon-moi');
    expect(event.output).toContain('Nội dung hợp lệ');
    expect(event.status).toBe(0);
    const data = scaffold('--loai', 'so-lieu', '--slug', 'so-lieu-moi', '--tieu-de', 'Bộ số liệu mới', '--y-chinh', 'Một câu nói biểu đồ cho thấy gì.', '--chu-de', 'nong-thon-moi',
      '--bai', 'bai-mau', '--ma-so-lieu', 'nam-tam-nhin', '--nhan', 'Năm tầm nhìn', '--dang-so', 'year', '--gia-tri', '2045', '--trich-dan', 'đến năm 2045');
    expect(data.output).toContain('Nội dung hợp lệ');
    expect(data.status).toBe(0);
    expect(readFileSync(join(content, 'data/so-lieu-moi.yaml'), 'utf8')).toContain('format: year');
  });
  it('nguon: stores a new source and its record under the naming rule, and prints what the article writes', () => {
    const text = join(work, 'bai-goc-moi.txt');
    writeFileSync(text, 'Hà Nội đẩy mạnh chuyển đổi số trong cơ quan đảng\n\nNăm 2025, các cơ quan đảng của thành phố đưa 120 thủ tục lên môi trường số, và 35 đơn vị đã dùng chữ ký số cho mọi văn bản. Thời gian xử lý hồ sơ giảm còn một nửa so với trước.\n');
    const { status, output } = scaffold('nguon', '--tep', text, '--bao', 'Nhân Dân', '--tac-gia', 'Minh Anh', '--do-chinh-xac-ngay-dang', 'day', '--ngay-dang', '2025-03-02', '--duong-dan', 'https://nhandan.vn/bai-mau');
    const name = '003_nhan-dan-2025-03-02-ha-noi-day-manh-chuyen-doi-so-trong-co-quan-dang';
    expect(output).toContain(`Đã lưu bài gốc: ${relative(process.cwd(), join(sources, `${name}.txt`))}`);
    expect(output).toContain(`  seed: ${name}\n  published: { date: "2025-03-02", precision: day }`);
    expect(output).toContain('  title: "Hà Nội đẩy mạnh chuyển đổi số trong cơ quan đảng"');
    expect(status).toBe(0);
    expect(readFileSync(join(sources, `${name}.txt`), 'utf8')).toContain('120 thủ tục');
    const record = readFileSync(join(sources, `${name}.yaml`), 'utf8');
    for (const line of ['outlet: "Nhân Dân"', 'author: "Minh Anh"', 'url: https://nhandan.vn/bai-mau', 'published: { date: "2025-03-02", precision: day }']) expect(record).toContain(line);
  });
  it('a new article takes the source\'s record; the check holds the article to it', () => {
    const name = readdirSync(sources).find((f) => f.startsWith('003_') && f.endsWith('.yaml'))!.slice(0, -5);
    const { status } = scaffold('bai', '--slug', 'bai-tu-nguon-moi', '--tieu-de', 'Chuyển đổi số trong cơ quan đảng', '--tom-tat', 'Các cơ quan đảng đưa thủ tục lên môi trường số; trang này giải thích.', '--nguon', name,
      '--do-chinh-xac-ngay-su-kien', 'year', '--ngay-su-kien', '2025', '--chu-de', 'phuong-thuc-lanh-dao');
    expect(status).toBe(0);
    const path = join(content, 'articles/bai-tu-nguon-moi.mdx');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(`seed: ${name}`);
    expect(text).toContain('outlet: "Nhân Dân"');
    expect(text).toContain('published: { date: "2025-03-02", precision: day }');
    writeBody(path);
    expect(check().status).toBe(0);
    writeFileSync(path, readFileSync(path, 'utf8').replace('outlet: "Nhân Dân"', 'outlet: "Báo Nhân Dân"'));
    const wrong = check();
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toContain(`source.outlet "Báo Nhân Dân" khác hồ sơ bài gốc ${name}.yaml: "Nhân Dân"`);
    rmSync(path);
  });
  it('typed answers: a wrong answer is asked again with its reason, earlier answers are kept, and the list of sources is offered', () => {
    const { status, output } = typed(['bai', 'Bài Mới', 'bai-moi-hoi', 'Bài mới tạo qua câu hỏi', 'Tóm tắt đủ dài cho bài mới tạo qua câu hỏi.', '99', '1', 'Báo Mẫu', 'year', '2025', '', 'year', '2024', '', 'nong-thon-moi']);
    expect(output).toContain('✗ giá trị: cần mã viết liền không dấu');
    expect(output).toContain('Các câu trả lời trước vẫn được giữ');
    expect(output).toMatch(/1\. 002_904cff454f625500: Bài gốc giả lập cho bộ kiểm thử\./);
    expect(output).toContain('moi. Thêm một bài gốc mới');
    expect(output).toContain('✗ không có bài gốc "99"');
    expect(status).toBe(0);
    const text = readFileSync(join(content, 'articles/bai-moi-hoi.mdx'), 'utf8');
    expect(text).toContain('title: "Bài mới tạo qua câu hỏi"');
    expect(text).toContain('seed: 002_904cff454f625500');
    expect(text).toContain('outlet: "Báo Mẫu"');
    rmSync(join(content, 'articles/bai-moi-hoi.mdx'));
    expect(existsSync(join(content, 'articles/bai-moi-hoi.mdx'))).toBe(false);
  });
  it('refuses a slug in use, a bad slug and a date that does not match its precision', () => {
    expect(scaffold('--loai', 'bai', '--slug', 'bai-mau').output).toContain('--slug "bai-mau": đã có tệp content/articles/bai-mau.mdx: chọn slug khác');
    expect(scaffold('--loai', 'bai', '--slug', 'Bài Mới').output).toContain('cần mã viết liền không dấu');
    const badDate = scaffold(...ARTICLE.map((a) => (a === 'bai-moi-tao' ? 'bai-khac' : a === '2025-02' ? '2025' : a)));
    expect(badDate.status).not.toBe(0);
    expect(badDate.output).toContain('--ngay-dang "2025": date: precision "month" cần ngày viết NNNN-TT');
  });
});
