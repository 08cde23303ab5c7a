#!/usr/bin/env node
/**
 * `npm run tao-moi` ("create new"): asks, in Vietnamese, what to create (an article, a timeline
 * event, a dataset with its first figure, or a new source article), its slug and dates with
 * their precision, and writes a valid file in which every field is explained in comments. It
 * refuses a slug already in use, validates each answer with the site's own schemas
 * (src/schemas) and finally runs the content check. A wrong answer is asked again with the
 * reason, the wrong answer already typed in for correcting, and every earlier answer kept.
 *
 *   npm run tao-moi -- nguon   a new source: pasted text or --tep <file>, stored in the sources
 *                              folder (SOURCES_DIR) with its record; prints what the article writes
 *   npm run tao-moi -- bai     an article: lists the sources to pick from, or adds a new one
 *
 * Every question can be answered by a flag instead, for scripts and tests:
 *
 *   npm run tao-moi -- --loai bai --slug ten-bai --tieu-de "…" --tom-tat "…" --nguon 002_… \
 *     --ngay-dang 2025 --do-chinh-xac-ngay-dang year --ngay-su-kien 2024 \
 *     --do-chinh-xac-ngay-su-kien year --chu-de nong-thon-moi,do-thi-ha-tang
 *   npm run tao-moi -- --loai nguon --tep bai.txt --bao "Nhân Dân" --tieu-de-goc "…" \
 *     --do-chinh-xac-ngay-dang day --ngay-dang 2025-03-02 --duong-dan https://…
 *
 * (flag names are the question keys below). With --khong-hoi a missing answer is an error.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { checkAll, loadContentCheck } from './lib/content-check.mjs';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const flags = parseFlags(process.argv.slice(2));
// `npm run tao-moi -- nguon` (or bai, su-kien, so-lieu): the kind as a plain word.
const KINDS = ['bai', 'su-kien', 'so-lieu', 'nguon'];
const word = process.argv.slice(2).find((a) => KINDS.includes(a));
if (word && flags.loai === undefined) flags.loai = word;
// TAO_MOI_HOI=1 asks even when the answers come through a pipe (tests type them that way).
const noPrompt = 'khong-hoi' in flags || (!process.stdin.isTTY && process.env.TAO_MOI_HOI !== '1');
const check = await loadContentCheck();

function parseFlags(args) {
  const out = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) continue;
    const key = a.slice(2);
    const next = args[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = '';
    else {
      out[key] = next;
      i++;
    }
  }
  return out;
}

let rl;
/** Answers typed through a pipe arrive all at once: they are queued and taken one per question. */
const piped = [];
const waiting = [];
let closed = false;
function prompt(question, prefill) {
  if (!rl) {
    rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    if (!process.stdin.isTTY) {
      rl.on('line', (line) => (waiting.length > 0 ? waiting.shift()(line) : piped.push(line)));
    }
    rl.on('close', () => {
      closed = true;
      waiting.splice(0).forEach((done) => done(null));
    });
  }
  if (process.stdin.isTTY) {
    if (closed) return Promise.resolve(null);
    const pending = rl.question(question).catch(() => null);
    // A wrong answer comes back already typed, to be corrected rather than typed again.
    if (prefill) rl.write(prefill);
    return pending;
  }
  process.stdout.write(question);
  if (piped.length > 0) return Promise.resolve(piped.shift());
  return closed ? Promise.resolve(null) : new Promise((done) => waiting.push(done));
}

async function ask(key, question, { validate, fallback, choices } = {}) {
  const hint = choices ? ` (${choices.join(' / ')})` : '';
  const def = fallback !== undefined && fallback !== '' ? ` [${fallback}]` : '';
  let retry;
  for (;;) {
    let answer = flags[key];
    if (answer === undefined) {
      if (noPrompt) {
        if (fallback !== undefined) answer = fallback;
        else fail(`thiếu câu trả lời cho "${question}": thêm --${key} …`);
      } else {
        const typed = await prompt(`${question}${hint}${def}: `, retry);
        if (typed === null) fail('không còn câu trả lời nào (đầu vào đã đóng); chạy lại npm run tao-moi');
        answer = typed.trim() || fallback || '';
      }
    }
    answer = String(answer).normalize('NFC').trim();
    const problem = choices && !choices.includes(answer) ? `chọn một trong: ${choices.join(', ')}` : validate?.(answer);
    if (!problem) return answer;
    if (noPrompt || flags[key] !== undefined) fail(`--${key} "${answer}": ${problem}`);
    console.log(`  ✗ ${problem}. Các câu trả lời trước vẫn được giữ; sửa câu này rồi nhấn Enter.`);
    retry = answer;
  }
}

/** Several lines pasted at once: ends at a line "HET" (or "HẾT"), or at the end of the input. */
async function askText(key, question) {
  if (flags[key] !== undefined) {
    if (!existsSync(flags[key])) fail(`--${key} "${flags[key]}": không thấy tệp này`);
    return readFileSync(flags[key], 'utf8');
  }
  if (noPrompt) fail(`thiếu nội dung bài gốc: thêm --${key} <tệp .txt>`);
  console.log(`${question}\n  (dán nội dung, rồi gõ một dòng chỉ có HET và nhấn Enter; hoặc nhập đường dẫn tới một tệp .txt)`);
  const lines = [];
  for (;;) {
    const line = await prompt(lines.length === 0 ? '> ' : '');
    if (line === null || /^h[eế]t$/i.test(line.trim())) break;
    if (lines.length === 0 && /\.txt$/i.test(line.trim()) && existsSync(line.trim())) return readFileSync(line.trim(), 'utf8');
    lines.push(line);
  }
  return lines.join('\n');
}

function fail(message) {
  console.error(`Không tạo được tệp: ${message}`);
  process.exit(1);
}

const zodMessage = (result) => result.error.issues.map((i) => `${i.path.join('.') || 'giá trị'}: ${i.message}`).join('; ');
const slugProblem = (s) => {
  const r = check.slugSchema.safeParse(s, { error: check.vietnameseError });
  return r.success ? undefined : zodMessage(r);
};
const minLength = (n) => (s) => (s.length >= n ? undefined : `cần ít nhất ${n} ký tự`);

function filesIn(folder, ext) {
  const dir = join(contentDir, folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)) : [];
}
const articleSlugs = () => filesIn('articles', '.mdx').map((f) => f.slice(0, -4));
const topicIds = () => (parse(readFileSync(join(contentDir, 'topics.yaml'), 'utf8')) ?? []).map((t) => t.id);
const figureIds = () =>
  filesIn('data', '.yaml').flatMap((f) => (parse(readFileSync(join(contentDir, 'data', f), 'utf8'))?.figures ?? []).map((x) => x.id));

function slugInUse(slug, folder, ext) {
  if (existsSync(join(contentDir, folder, `${slug}${ext}`))) return `đã có tệp content/${folder}/${slug}${ext}: chọn slug khác`;
  if (folder === 'articles') {
    for (const f of filesIn('articles', '.mdx')) {
      if (new RegExp(`^slug:\\s*["']?${slug}["']?\\s*$`, 'm').test(readFileSync(join(contentDir, 'articles', f), 'utf8'))) {
        return `slug "${slug}" đã được dùng trong content/articles/${f}: chọn slug khác`;
      }
    }
  }
  return undefined;
}

/** Asks a partial date and its precision, checked by the site's partial-date schema. */
async function askDate(key, label) {
  const precision = await ask(`do-chinh-xac-${key}`, `${label}: biết tới đâu? day = biết ngày, month = chỉ biết tháng, year = chỉ biết năm`, {
    choices: [...check.PRECISIONS],
  });
  const shape = { day: 'NNNN-TT-NN, ví dụ 2024-05-17', month: 'NNNN-TT, ví dụ 2024-05', year: 'NNNN, ví dụ 2024' }[precision];
  const date = await ask(key, `${label} (${shape})`, {
    validate: (d) => {
      const r = check.partialDateSchema.safeParse({ date: d, precision }, { error: check.vietnameseError });
      return r.success ? undefined : zodMessage(r);
    },
  });
  const inferred = (await ask(`uoc-doan-${key}`, `${label} có phải suy ra (bài không in rõ)? co / khong`, { choices: ['co', 'khong'], fallback: 'khong' })) === 'co';
  const reason = inferred ? await ask(`ly-do-${key}`, `Vì sao suy ra được ${label.toLowerCase()}? (hiện cho bạn đọc)`, { validate: minLength(5) }) : undefined;
  return { date, precision, inferred, reason };
}

const q = (s) => JSON.stringify(s);
const dateYaml = (d) => `{ date: ${q(d.date)}, precision: ${d.precision}${d.inferred ? `, inferred: true, reason: ${q(d.reason)}` : ''} }`;
const listOf = (known, what) => (s) => {
  const ids = s.split(',').map((x) => x.trim()).filter(Boolean);
  if (ids.length === 0) return `cần ít nhất một ${what}`;
  const unknown = ids.filter((id) => !known.includes(id));
  return unknown.length ? `không có ${what} ${unknown.join(', ')}; các mã có: ${known.join(', ')}` : undefined;
};
const yamlList = (s) => `[${s.split(',').map((x) => x.trim()).filter(Boolean).join(', ')}]`;

const root = resolve(import.meta.dirname, '..');
const today = () => new Date().toISOString().slice(0, 10);
const shownPath = (p) => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('../..') ? rel : p;
};

/** A new source article: its text, stored with its record in the sources folder. */
async function newSource() {
  const folders = check.sourcesFolders(root);
  const folder = folders[0];
  const text = await askText('tep', 'Nội dung bài gốc (chép cả bài, kể cả tiêu đề)');
  if (text.trim().split(/\s+/).length < 30) fail('nội dung bài gốc quá ngắn (dưới 30 chữ): dán cả bài, hoặc dùng --tep <tệp .txt>');
  const firstLine = text.split('\n').map((l) => l.trim()).find((l) => l.length >= 5) ?? '';
  const outlet = await ask('bao', 'Tên báo đăng bài gốc (bỏ trống nếu bài không ghi)', { fallback: '' });
  const title = await ask('tieu-de-goc', 'Tiêu đề bài gốc, đúng như báo in (Enter để lấy dòng đầu của bài)', { fallback: firstLine, validate: (t) => (t === '' || t.length >= 5 ? undefined : 'cần ít nhất 5 ký tự, hoặc bỏ trống') });
  const author = await ask('tac-gia', 'Tác giả bài gốc (bỏ trống nếu bài không ghi)', { fallback: '' });
  const published = await askDate('ngay-dang', 'Ngày bài gốc được đăng');
  const url = await ask('duong-dan', 'Đường dẫn tới bài gốc (https://…; bỏ trống nếu không có)', { fallback: '', validate: (u) => (u === '' || /^https?:\/\/\S+$/.test(u) ? undefined : 'cần một đường dẫn đầy đủ bắt đầu bằng https://, hoặc bỏ trống') });
  const info = { outlet: outlet || undefined, title: title || undefined, author: author || undefined, url: url || undefined, published };
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    console.log(`Đã tạo thư mục bài gốc ${shownPath(folder)} (SOURCES_DIR).`);
  }
  const name = check.storeSource(folder, { ...info, text }, today());
  console.log(`
Đã lưu bài gốc: ${shownPath(join(folder, `${name}.txt`))}
  cùng hồ sơ của nó: ${shownPath(join(folder, `${name}.yaml`))} (báo, tiêu đề, tác giả, ngày, đường dẫn).
  Tên theo quy tắc: số thứ tự kế tiếp, "_", tên báo, ngày đăng, rồi các chữ đầu của tiêu đề, không dấu.
  Thư mục này nằm ngoài trang: bài gốc không bao giờ được xuất bản hay commit vào kho mã.

Trong phần khai báo của bài giải thích, viết (npm run tao-moi -- bai điền sẵn khi bạn chọn nguồn này):

${check.sourceFrontmatter(name, info)}
`);
  return { seed: name, ...info };
}

/** Picks the article's source from the sources folder, or adds a new one. */
async function askSource() {
  const entries = check.readSourceEntries(check.sourcesFolders(root));
  if (flags.seed !== undefined && flags.nguon === undefined) flags.nguon = flags.seed;
  if (!entries) {
    console.log(`  ℹ Không thấy thư mục bài gốc ${check.sourcesFolders(root).map(shownPath).join(':')} (đặt SOURCES_DIR); gõ tên bài gốc, hoặc moi để thêm bài mới.`);
  }
  const list = entries ? [...entries.values()] : [];
  if (list.length > 0 && flags.nguon === undefined) {
    console.log('Các bài gốc đã có:');
    list.forEach((e, i) => console.log(`  ${i + 1}. ${check.sourceLabel(e)}`));
    console.log('  moi. Thêm một bài gốc mới (dán nội dung hoặc chỉ tới một tệp .txt)');
  }
  const answer = await ask('nguon', list.length > 0 ? 'Bài gốc của bài này: gõ số thứ tự, tên bài gốc, hoặc moi' : 'Tên bài gốc (không có .txt), hoặc moi để thêm bài gốc mới', {
    validate: (a) => {
      if (a === 'moi') return undefined;
      if (/^\d+$/.test(a) && list[Number(a) - 1]) return undefined;
      if (entries) return entries.has(a) ? undefined : `không có bài gốc "${a}": gõ số thứ tự trong danh sách trên, hoặc moi để thêm bài gốc mới`;
      const r = check.sourceNameSchema.safeParse(a, { error: check.vietnameseError });
      return r.success ? undefined : zodMessage(r);
    },
  });
  if (answer === 'moi') return newSource();
  const entry = /^\d+$/.test(answer) ? list[Number(answer) - 1] : entries?.get(answer);
  const record = entry?.record?.doc.toJS();
  if (record && record.published) {
    console.log(`  Lấy báo, tiêu đề, tác giả, ngày đăng và đường dẫn từ hồ sơ ${entry.name}.yaml.`);
    return { seed: entry.name, outlet: record.outlet, title: record.title, author: record.author, url: record.url, published: { ...record.published, inferred: record.published.inferred ?? false } };
  }
  const seed = entry?.name ?? answer;
  const outlet = await ask('bao', 'Tên báo đăng bài gốc (bỏ trống nếu bài không ghi)', { fallback: '' });
  const published = await askDate('ngay-dang', 'Ngày bài gốc được đăng');
  return { seed, outlet: outlet || undefined, published };
}

async function newArticle() {
  const slug = await ask('slug', 'Slug của bài (chữ thường không dấu, nối bằng gạch: ket-qua-2025-nong-thon-moi)', {
    validate: (s) => slugProblem(s) ?? slugInUse(s, 'articles', '.mdx'),
  });
  const title = await ask('tieu-de', 'Tiêu đề bài (tiếng Việt có dấu)', { validate: minLength(5) });
  const summary = await ask('tom-tat', 'Tóm tắt một hai câu (20–400 ký tự)', { validate: (s) => (s.length < 20 ? 'cần ít nhất 20 ký tự' : s.length > 400 ? 'tối đa 400 ký tự' : undefined) });
  const source = await askSource();
  const { seed, outlet, published } = source;
  const event = await askDate('ngay-su-kien', 'Ngày của sự việc bài kể (cuộc họp, bài phát biểu, năm kết quả)');
  const topics = await ask('chu-de', `Chủ đề, cách nhau bằng dấu phẩy (${topicIds().join(', ')})`, { validate: listOf(topicIds(), 'chủ đề') });
  const text = `---
# Tiêu đề bài: hiện ở đầu trang, trên thẻ trình duyệt, trang chủ và RSS.
title: ${q(title)}
# Tóm tắt một hai câu (20–400 ký tự), bằng lời của trang: hiện dưới tiêu đề và trong kết quả tìm kiếm.
summary: ${q(summary)}
# Slug: phải đúng bằng tên tệp (không có .mdx). Địa chỉ của bài sẽ là /bai-viet/${slug}/
slug: ${slug}
# Bài báo gốc mà bài này giải thích.
source:
  # Tên báo; xóa dòng này nếu bài gốc không ghi.
${outlet ? `  outlet: ${q(outlet)}` : '  # outlet: "Tên báo"'}
  # Tiêu đề bài gốc, đúng như báo in (dùng khi trích dẫn).
${source.title ? `  title: ${q(source.title)}` : '  # title: "Tiêu đề bài gốc"'}
  # Đường dẫn tới bài gốc, bắt đầu bằng https:// (bỏ # ở đầu dòng khi có).
${source.url ? `  url: ${source.url}` : '  # url: https://...'}
  # Tác giả bài gốc, nếu bài ghi.
${source.author ? `  author: ${q(source.author)}` : '  # author: "Họ Tên"'}
  # Tên tệp bài gốc trong thư mục bài gốc (SOURCES_DIR), không có .txt: dùng để đối chiếu từng đoạn trích evidence.
  seed: ${seed}
  # Ngày đăng. precision: day (biết ngày), month (chỉ biết tháng) hoặc year (chỉ biết năm).
  # Nếu bài không in ngày mà phải suy ra: inferred: true và reason: "vì sao suy ra" (hiện cho bạn đọc).
  published: ${dateYaml(published)}
# Ngày của sự việc được kể, cùng cách ghi như trên.
event: ${dateYaml(event)}
# Chủ đề: mã trong content/topics.yaml, ít nhất một.
topics: ${yamlList(topics)}
# Những người được nêu tên trong bài (có thể để trống: []).
people: []
#  - { name: "Họ Tên", role: "Chức vụ như bài ghi" }
# Văn bản được nhắc tới (nghị quyết, chỉ thị, luật), có thể để trống: [].
documents: []
---

{/* Thân bài: viết bằng lời của mình, chỉ trích nguyên văn những cụm ngắn và nói rõ ai nói.
    Mỗi tiêu đề "##" thành một mục trong mục lục. Xem docs/huong-dan-bien-tap.md. */}

## Chuyện gì đã xảy ra

${check.PLACEHOLDERS.opening}

## Vì sao điều này quan trọng

${check.PLACEHOLDERS.more}

{/* Biểu đồ của một bộ số liệu (tên tệp trong content/data/, không có .yaml):
<Chart id="ten-bo-so-lieu" />

Ảnh (lưu ảnh trong content/images/; phần trong [ ] là mô tả ảnh cho người không xem được ảnh, bắt buộc):
<Figure caption="Chú thích ảnh." credit="Ảnh: Tên tác giả">

![Mô tả điều ảnh cho thấy](../images/ten-anh.jpg)

</Figure>

Các mốc thời gian: trang bài tự hiện các sự kiện ghi bài này trong articles (npm run tao-moi -- su-kien);
không cần viết mục "Dòng thời gian" hay "Các con số trong bài" trong thân bài.
*/}
`;
  return { path: join(contentDir, 'articles', `${slug}.mdx`), text };
}

async function newEvent() {
  const slug = await ask('slug', 'Tên tệp của sự kiện (chữ thường không dấu, nối bằng gạch: khoi-cong-vanh-dai-4)', {
    validate: (s) => slugProblem(s) ?? slugInUse(s, 'timeline', '.yaml'),
  });
  const title = await ask('tieu-de', 'Tên sự kiện', { validate: minLength(5) });
  const summary = await ask('tom-tat', 'Một câu tóm tắt bằng lời của trang (10–300 ký tự)', { validate: minLength(10) });
  const shape = await ask('dang', 'Một thời điểm hay một khoảng thời gian? diem / khoang', { choices: ['diem', 'khoang'], fallback: 'diem' });
  let when;
  if (shape === 'diem') when = `when: ${dateYaml(await askDate('ngay', 'Ngày diễn ra'))}`;
  else {
    const start = await askDate('bat-dau', 'Ngày bắt đầu');
    const end = await askDate('ket-thuc', 'Ngày kết thúc');
    when = `when:\n  type: period\n  start: ${dateYaml(start)}\n  end: ${dateYaml(end)}`;
  }
  const status = await ask('trang-thai', 'Trạng thái: happened = đã diễn ra, planned = dự kiến, target = mục tiêu', { choices: [...check.EVENT_STATUSES], fallback: 'happened' });
  const kind = await ask('loai-su-kien', 'Loại sự kiện', { choices: [...check.EVENT_KINDS] });
  const articles = await ask('bai', 'Slug của bài nêu sự kiện này, cách nhau bằng dấu phẩy', { validate: listOf(articleSlugs(), 'bài') });
  const topics = await ask('chu-de', `Chủ đề, cách nhau bằng dấu phẩy (${topicIds().join(', ')})`, { validate: listOf(topicIds(), 'chủ đề') });
  const text = `# Tên sự kiện: hiện trên dòng thời gian (5 ký tự trở lên).
title: ${q(title)}
# Tên ngắn (tối đa 40 ký tự) cho trục thời gian, khi tên đầy đủ không vừa; bỏ # để dùng.
# short: "Tên ngắn"
# Một câu tóm tắt bằng lời của trang (10–300 ký tự).
summary: ${q(summary)}
# Khi nào: một ngày { date, precision } hoặc một khoảng (type: period, start, end).
# precision: day (biết ngày), month (chỉ biết tháng), year (chỉ biết năm).
# Ngày suy ra (bài không in rõ): thêm inferred: true và reason: "vì sao".
${when}
# Trạng thái: happened (đã diễn ra), planned (dự kiến), target (mục tiêu). Dự kiến và mục tiêu
# không bao giờ hiện như việc đã làm.
status: ${status}
# Loại: term (nhiệm kỳ), resolution-law (nghị quyết, luật, quy hoạch), directive-programme
# (chỉ thị, chương trình), meeting-congress (hội nghị, đại hội), project (dự án),
# result (kết quả, số liệu), target (mục tiêu).
kind: ${kind}
# Các bài nêu sự kiện này (slug). Dòng thời gian cuối mỗi bài chỉ hiện sự kiện có slug của bài ở đây.
articles: ${yamlList(articles)}
# Chủ đề: mã trong content/topics.yaml (có thể để trống: []).
topics: ${yamlList(topics)}
`;
  return { path: join(contentDir, 'timeline', `${slug}.yaml`), text };
}

async function newDataset() {
  const slug = await ask('slug', 'Tên bộ số liệu (chữ thường không dấu: nong-thon-moi-2025); <Chart id="…"> dùng tên này', {
    validate: (s) => slugProblem(s) ?? slugInUse(s, 'data', '.yaml'),
  });
  const title = await ask('tieu-de', 'Tên bộ số liệu', { validate: minLength(5) });
  const takeaway = await ask('y-chinh', 'Một câu nói biểu đồ cho thấy điều gì', { validate: minLength(10) });
  const topics = await ask('chu-de', `Chủ đề, cách nhau bằng dấu phẩy (${topicIds().join(', ')})`, { validate: listOf(topicIds(), 'chủ đề') });
  const article = await ask('bai', 'Slug của bài có con số này', { validate: (s) => (articleSlugs().includes(s) ? undefined : `không có bài "${s}"; các bài: ${articleSlugs().join(', ')}`) });
  const figureId = await ask('ma-so-lieu', 'Mã của con số đầu tiên (không dấu, duy nhất trên cả trang)', {
    validate: (s) => slugProblem(s) ?? (figureIds().includes(s) ? `mã "${s}" đã có trong content/data/` : undefined),
  });
  const label = await ask('nhan', 'Tên con số, như người đọc thấy trong bảng', { validate: minLength(3) });
  const format = await ask('dang-so', 'Loại con số: number = số lượng (4.954,8), year = một năm (2045), plain = số hiệu không phân cách nghìn', {
    choices: ['number', 'year', 'plain'],
    fallback: 'number',
  });
  const value = await ask('gia-tri', 'Giá trị, viết dấu chấm cho phần thập phân, không phân cách nghìn (4954.8)', {
    validate: (s) => (/^-?\d+(\.\d+)?$/.test(s) ? undefined : 'cần một con số như 4954.8 hoặc 382'),
  });
  const unit = format === 'number' ? await ask('don-vi', 'Đơn vị (xã, tỷ đồng, %)', { validate: minLength(1) }) : '';
  const evidence = await ask('trich-dan', 'Đoạn trích chép nguyên văn từ bài gốc, có con số như bài in (tối đa 25 chữ)', { validate: minLength(3) });
  const text = `# Tên bộ số liệu: tiêu đề của biểu đồ và của trang /so-lieu/${slug}/.
title: ${q(title)}
# Một câu nói biểu đồ cho thấy điều gì, bằng lời của trang.
takeaway: ${q(takeaway)}
# Cách vẽ: table (chỉ bảng), bars (cột), budget (ngân sách: thực hiện/dự toán/tỷ lệ),
# waffle (ô vuông: mỗi ô một đơn vị), comparison (Hà Nội so với cả nước).
# Xem docs/huong-dan-bien-tap.md, mục "Bộ số liệu", cho các trường của từng cách vẽ.
chart:
  kind: table
# Chủ đề: mã trong content/topics.yaml, ít nhất một.
topics: ${yamlList(topics)}
# Thứ tự trên trang /so-lieu/: số nhỏ đứng trước.
order: 100
figures:
  # Mã duy nhất trên cả trang (không dấu).
  - id: ${figureId}
    # Tên con số như người đọc thấy.
    label: ${q(label)}
    # Giá trị: dấu chấm cho phần thập phân, không phân cách nghìn (4.954,8 viết 4954.8).
    value: ${value}
${unit ? `    # Đơn vị: xã, tỷ đồng, %.\n    unit: ${q(unit)}\n` : ''}    # Cách in: number (4.954,8), year (2045), plain (không phân cách nghìn).
    format: ${format}
    # Nếu bài viết con số bằng chữ ("hai con số"), ghi đúng chữ đó: written: "hai".
    # written: "hai"
    # Chữ đứng trước con số trong bài: hon (hơn), khoang (khoảng), uoc (ước), tren (trên), it-nhat (ít nhất).
    # qualifier: hon
    # Con số nói về giai đoạn nào, như người đọc thấy: "2024", "quý I/2023".
    # period: "2024"
    # reported = bài đưa ra; computed = trang tự tính (cần compute: { op, from: [mã, mã] }).
    kind: reported
    # Bài có con số (slug).
    article: ${article}
    # Vài chữ chép nguyên văn từ bài gốc, chứa con số như bài in. Việc kiểm tra sẽ đối chiếu với bài gốc.
    evidence: ${q(evidence)}
    # result (kết quả), target (mục tiêu), plan (dự kiến): mục tiêu và dự kiến không hiện như kết quả.
    status: result
`;
  return { path: join(contentDir, 'data', `${slug}.yaml`), text };
}

console.log('Tạo nội dung mới. Xem giải thích từng trường trong docs/huong-dan-bien-tap.md.');
const kind = await ask('loai', 'Tạo gì? bai = bài giải thích, su-kien = sự kiện trên dòng thời gian, so-lieu = bộ số liệu, nguon = thêm một bài gốc', {
  choices: KINDS,
});
if (kind === 'nguon') {
  const { seed } = await newSource();
  rl?.close();
  console.log(`Tiếp theo: npm run tao-moi -- bai, rồi chọn bài gốc ${seed}.`);
  process.exit(0);
}
const { path, text } = kind === 'bai' ? await newArticle() : kind === 'su-kien' ? await newEvent() : await newDataset();
rl?.close();
if (existsSync(path)) fail(`đã có tệp ${path}`);
writeFileSync(path, text);
console.log(`Đã tạo ${path.replace(`${resolve(contentDir, '..')}/`, '')}. Mở tệp, đọc các dòng # và điền tiếp; rồi chạy npm run kiem-tra.`);
if (kind === 'bai') console.log(`Kiểm tra dưới đây còn báo hai câu mẫu ("${check.PLACEHOLDERS.opening}", "${check.PLACEHOLDERS.more}"): thay chúng bằng bài viết của bạn.`);
console.log('');
// The file is made; the check's report says what is left to fill in (the scaffold's sentences).
await checkAll({ ownWords: false });
process.exit(0);
