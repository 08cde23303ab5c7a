/**
 * Every message the content check, the scaffold's check and the build can print, by the words
 * it starts with or holds ("…" stands for what changes: a file, an id, a number). The editor's
 * guide lists the same messages in its section 11, with what each means and how to fix it:
 * tests/unit/message-catalogue.test.ts keeps that table equal to this list, and
 * tests/build/content-errors.test.ts checks that every message the fixtures make is here.
 */
export type Kind = 'lỗi' | 'cảnh báo' | 'ghi chú';

export interface CatalogueEntry {
  head: string;
  kind: Kind;
}

const e = (head: string, kind: Kind = 'lỗi'): CatalogueEntry => ({ head, kind });

export const MESSAGES: readonly CatalogueEntry[] = [
  // Files that cannot be read.
  e('tệp mở đầu bằng một ký tự vô hình (BOM'),
  e('chữ tiếng Việt được gõ ở dạng tách dấu (Unicode NFD)'),
  e('tệp phải mở đầu bằng phần khai báo'),
  e('YAML viết chưa đúng'),
  // Fields (schemas).
  e('thiếu trường này (bắt buộc)'),
  e('có trường lạ "…"'),
  e('cần …; đang là …'),
  e('giá trị phải là một trong: …'),
  e('quá ngắn: cần ít nhất … ký tự'),
  e('quá dài: tối đa … ký tự'),
  e('cần ít nhất … mục'),
  e('tối đa … mục'),
  e('phải từ … trở lên'),
  e('phải không quá …'),
  e('cần một đường dẫn đầy đủ, bắt đầu bằng https://'),
  e('viết chưa đúng dạng'),
  e('không khớp với dạng nào được phép'),
  e('Đầu vào không hợp lệ'),
  e('cần tiêu đề bài'),
  e('tiêu đề quá ngắn'),
  e('cần tóm tắt một hai câu'),
  e('cần ít nhất một chủ đề'),
  e('cần ngày bài giải thích được viết hoặc sửa lần cuối'),
  e('cần ngày đính chính'),
  e('cần một câu nói rõ điều gì đã được sửa'),
  e('tối đa 4 con số chính'),
  e('cần "note"'),
  e('ghi chú quá dài'),
  e('cần "basis"'),
  e('cần tên tệp bài gốc (không có .txt)'),
  e('tên bài gốc tối đa … ký tự'),
  e('cần mã viết liền không dấu'),
  e('cần ít nhất một bài (slug)'),
  e('cần trường "term"'),
  e('cần trường "definition"'),
  e('định nghĩa quá ngắn'),
  e('định nghĩa quá dài'),
  e('cần trường "updated"'),
  // Dates.
  e('precision "…" cần ngày viết …'),
  e('… không phải một ngày có thật trên lịch'),
  e('ngày ước đoán (inferred: true) cần reason'),
  e('cần một ngày viết NNNN-TT-NN, NNNN-TT hoặc NNNN'),
  e('precision phải là day'),
  e('khoảng thời gian kết thúc (…) trước khi bắt đầu'),
  e('sự kiện có status: happened (đã diễn ra) nhưng ngày bắt đầu (…) còn ở tương lai'),
  // Ids and references.
  e('chủ đề "…" đã có ở dòng …'),
  e('slug "…" đã là slug của …'),
  e('slug "…" khác tên tệp'),
  e('không có … nào mang mã "…"'),
  e('bài "…" đã bị xóa'),
  e('mã này đã dùng trong …'),
  // Figures.
  e('cần một con số, viết dấu chấm cho phần thập phân'),
  e('số liệu "…" cần unit'),
  e('là kind: reported nên cần evidence'),
  e('là kind: computed nên cần công thức'),
  e('là kind: reported nhưng có compute'),
  e('evidence của "…" dài hơn 25 chữ'),
  e('evidence "…" không chứa giá trị …'),
  e('evidence "…" không chứa "…" (trường written)'),
  e('không có nguyên văn trong bài gốc'),
  e('….from gọi số liệu không có'),
  e('ra …, nhưng value là …'),
  e('phép … chia cho "…" = …, mà chia cho 0'),
  e('trường "keyFigures[…]": không có số liệu "…"'),
  e('là con số của khẩu hiệu (measure: slogan), không được vẽ thành biểu đồ'),
  e('là con số của một khẩu hiệu (measure: slogan), không phải số đo'),
  // Charts.
  e('số liệu "…" không có trong tệp này (figures)'),
  e('nhóm "…" có … cột; mỗi nhóm tối đa … cột'),
  e('series ghi … tên nhưng mỗi nhóm có tới … cột'),
  e('âm (…) nên không vẽ được thành cột'),
  e('tổng của biểu đồ ô vuông'),
  e('mức "…" (…) lớn hơn'),
  e('biểu đồ có một loại cột không được chú giải'),
  e('hai chú giải dùng chung một màu'),
  e('bị vẽ bằng màu nhạt nhất'),
  e('số ô của biểu đồ ô vuông không khớp chú giải'),
  e('biểu đồ không giữ được một quy tắc vẽ'),
  e('biểu đồ không vẽ được với các con số hiện có'),
  // Sources.
  e('source.seed "…": không thấy bài gốc'),
  e('thiếu source.…: hồ sơ bài gốc'),
  e('source.… "…" khác hồ sơ bài gốc'),
  e('hồ sơ bài gốc, trường "…"'),
  e('có … chữ liền giống hệt bài gốc'),
  e('công cụ "lời của mình" báo có đoạn chép nguyên văn'),
  // The text of an article (MDX).
  e('thẻ <…> chưa được đóng'),
  e('thẻ <…> mở ở đây chưa được đóng'),
  e('thẻ đóng </…> không khớp thẻ mở <…>'),
  e('có thẻ đóng </…> mà không có thẻ mở'),
  e('dấu "<" ở đây bị hiểu là mở một thẻ'),
  e('dấu "{" ở đây mở mà không có "}" đóng'),
  e('đoạn trong dấu { } không phải mã lệnh hợp lệ'),
  e('dòng bắt đầu bằng "import" hay "export"'),
  e('dòng này nằm trong một thẻ hay trích dẫn ">" nhưng thiếu thụt lề'),
  e('MDX viết chưa đúng ở đây'),
  e('không có thành phần <…>'),
  e('<…> thiếu …="…"'),
  e('<…> không có thuộc tính "…"'),
  e('<Chart id="…" />: không có bộ số liệu'),
  e('<Timeline article="…" />: không có bài nào'),
  e('<Timeline article="…" />: chưa có sự kiện nào'),
  e('<Ref article="…" />: không có bài nào'),
  e('<Term id="…">: không có thuật ngữ'),
  e('<VanBan id="…" />: không có văn bản'),
  e('trường "documents[…]": không có văn bản "…" trong content/van-ban.toml'),
  e('TOML viết chưa đúng'),
  e('thuật ngữ "…" được liên kết nhiều lần'),
  e('trường "related": không có thuật ngữ'),
  e('trường "articles": không có bài'),
  e('thuật ngữ "…" chưa được bài nào dùng'),
  e('tiêu đề cấp 1'),
  e('tiêu đề "…" nhảy cấp'),
  e('liên kết "…" là đường dẫn tương đối'),
  e('liên kết "…" thiếu dấu "/" ở cuối'),
  e('liên kết "…": không có'),
  e('liên kết "…" trỏ tới bài "…", bài đã bị xóa'),
  e('liên kết "…": trang không có địa chỉ'),
  e('không có trang "…"'),
  e('liên kết tới mục "#…"', 'cảnh báo'),
  e('ảnh "…" thiếu mô tả (alt text)'),
  e('ảnh "…" nằm trên trang khác'),
  e('không thấy ảnh "…"'),
  e('ảnh "…" quá lớn'),
  e('thân bài quá dài'),
  e('thân bài dài:', 'cảnh báo'),
  e('còn câu mẫu của khung bài'),
  e('con số "…" không khớp số liệu nào của bài'),
  e('đánh dấu {/* số: … */} thiếu lý do'),
  // Notes (nothing to fix).
  e('Bỏ qua việc đối chiếu evidence và nguồn với bài gốc', 'ghi chú'),
  e('Bỏ qua kiểm tra "lời của mình"', 'ghi chú'),
  e('Đã cập nhật .vscode/schemas/', 'ghi chú'),
  // The build and the preview server.
  e('Chưa dựng trang: thiếu địa chỉ công khai của trang (SITE_URL)'),
  e('Chưa dựng trang: SITE_URL "…" không phải một địa chỉ đầy đủ'),
  e('Chưa dựng trang: SITE_URL "…" là địa chỉ trên máy này'),
  e('Chưa dựng trang vì nội dung còn lỗi'),
  e('Dựng trang không thành công'),
  e('Cổng … đang bận'),
  e('Chưa có bản dựng trong thư mục'),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = MESSAGES.map((entry) => ({ entry, re: new RegExp(entry.head.split('…').map(escape).join('[\\s\\S]*?'), 'u') }));

/** The catalogue entry a printed message belongs to (the most specific when several match). */
export function entryFor(message: string): CatalogueEntry | undefined {
  const hits = patterns.filter((p) => p.re.test(message)).map((p) => p.entry);
  return hits.sort((a, b) => b.head.replace(/…/g, '').length - a.head.replace(/…/g, '').length)[0];
}
