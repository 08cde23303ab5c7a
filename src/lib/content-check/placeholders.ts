/**
 * The sentences the article scaffold (`npm run tao-moi`) writes for the editor to replace. The
 * scaffold takes them from here and the content check refuses an article that still holds one,
 * so the two never drift apart.
 */
export const PLACEHOLDERS = {
  opening: 'Viết đoạn mở đầu ở đây.',
  more: 'Viết tiếp ở đây.',
} as const;
