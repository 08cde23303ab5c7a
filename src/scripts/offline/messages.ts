/** What search says when it needs a part of the index that is neither saved nor reachable. */
export const OFFLINE_SEARCH_MESSAGE =
  'Không có mạng: tìm kiếm chỉ dùng được phần đã lưu trên máy, và câu tìm này cần phần chưa lưu. Hãy thử lại khi có mạng, hoặc lưu cả trang ở mục “Đọc khi không có mạng” (trang Giới thiệu).';
