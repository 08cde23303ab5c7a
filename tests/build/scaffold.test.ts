/**
 * `npm run tao-moi` answered by flags (as a script or an editor in a hurry would): each kind of
 * file it writes passes the content check at once, every field carries a comment, and it
 * refuses a slug in use or a date that does not match its precision.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

mkdirSync('tests/.tmp', { recursive: true });
const work = mkdtempSync(resolve('tests/.tmp/scaffold-'));
const content = join(work, 'content');
cpSync(resolve('tests/fixtures/content-base'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

function scaffold(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/tao-moi.mjs', '--khong-hoi', ...args], {
    env: { ...process.env, CONTENT_DIR: content, SOURCES_DIR: resolve('tests/fixtures/sources'), NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const ARTICLE = ['--loai', 'bai', '--slug', 'bai-moi-tao', '--tieu-de', 'Một bài mới tạo bằng lệnh', '--tom-tat', 'Bài tạo bằng npm run tao-moi để kiểm tra khung mẫu.',
  '--seed', '002_904cff454f625500', '--bao', 'Nhân Dân', '--do-chinh-xac-ngay-dang', 'month', '--ngay-dang', '2025-02', '--uoc-doan-ngay-dang', 'co',
  '--ly-do-ngay-dang', 'Bài nhắc tới tháng Một như tháng trước', '--do-chinh-xac-ngay-su-kien', 'year', '--ngay-su-kien', '2024', '--chu-de', 'nong-thon-moi'];

describe('npm run tao-moi', () => {
  it('writes an article that passes the check, with every field explained', () => {
    const { status, output } = scaffold(...ARTICLE);
    expect(output).toContain('Đã tạo content/articles/bai-moi-tao.mdx');
    expect(output).toContain('Nội dung hợp lệ');
    expect(status).toBe(0);
    const text = readFileSync(join(content, 'articles/bai-moi-tao.mdx'), 'utf8');
    expect(text).toContain('published: { date: "2025-02", precision: month, inferred: true, reason: "Bài nhắc tới tháng Một như tháng trước" }');
    for (const field of ['title', 'summary', 'slug', 'source', 'seed', 'published', 'event', 'topics', 'people', 'documents']) {
      expect(text, field).toMatch(new RegExp(`# [^\\n]+\\n\\s*${field}:`));
    }
    expect(text).toContain('<Timeline article="bai-moi-tao" />');
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
  it('refuses a slug in use, a bad slug and a date that does not match its precision', () => {
    expect(scaffold('--loai', 'bai', '--slug', 'bai-mau').output).toContain('--slug "bai-mau": đã có tệp content/articles/bai-mau.mdx: chọn slug khác');
    expect(scaffold('--loai', 'bai', '--slug', 'Bài Mới').output).toContain('cần mã viết liền không dấu');
    const badDate = scaffold(...ARTICLE.map((a) => (a === 'bai-moi-tao' ? 'bai-khac' : a === '2025-02' ? '2025' : a)));
    expect(badDate.status).not.toBe(0);
    expect(badDate.output).toContain('--ngay-dang "2025": date: precision "month" cần ngày viết NNNN-TT');
  });
});
