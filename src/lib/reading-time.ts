import readingTime from 'reading-time';

/**
 * Minutes to read a text. Vietnamese words are short syllables separated by spaces, so the
 * word count runs higher than in English; 230 syllables a minute matches an adult reader.
 */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingTime(text, { wordsPerMinute: 230 }).minutes));
}

export function readingLabel(text: string): string {
  return `Khoảng ${readingMinutes(text)} phút đọc`;
}
