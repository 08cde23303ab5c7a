import { describe, expect, it } from 'vitest';
import { facebookShareUrl, reportErrorUrl, zaloShareUrl } from '../../src/lib/share-links';

const page = { title: 'Kết quả năm 2024: Hà Nội', url: 'https://example.vn/bai-viet/ket-qua/' };

describe('share and report links', () => {
  it('Facebook and Zalo receive the page address, encoded', () => {
    expect(facebookShareUrl(page.url)).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.vn%2Fbai-viet%2Fket-qua%2F');
    const d = new URL(zaloShareUrl(page.url)).searchParams.get('d')!;
    expect(JSON.parse(Buffer.from(d, 'base64').toString('utf8'))).toEqual({ url: page.url });
  });

  it('"Báo lỗi" prefills a message naming the page, in Vietnamese, spaces as %20', () => {
    const href = reportErrorUrl('baoloi@example.vn', page);
    expect(href.startsWith('mailto:baoloi@example.vn?subject=')).toBe(true);
    expect(href).not.toMatch(/\+/);
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('subject')).toBe('Báo lỗi: Kết quả năm 2024: Hà Nội');
    expect(params.get('body')).toMatch(/^Trang: https:\/\/example\.vn\/bai-viet\/ket-qua\/\n/);
    expect(params.get('body')).toMatch(/Chỗ sai/);
  });
});
