/**
 * Addresses for sharing a page and reporting an error in it, built at build time (no
 * third-party script): Facebook's sharer, Zalo's share page (its `d` parameter is the page
 * address as base64 JSON, as Zalo's own button sends it) and a prefilled e-mail.
 */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

export function zaloShareUrl(url: string): string {
  const d = Buffer.from(JSON.stringify({ url }), 'utf8').toString('base64');
  return `https://button-share.zalo.me/share_external?d=${encodeURIComponent(d)}`;
}

/** A mailto: link whose message names the page and asks for what a correction needs. */
export function reportErrorUrl(email: string, page: { title: string; url: string }): string {
  const subject = `Báo lỗi: ${page.title}`;
  const body = [
    `Trang: ${page.url}`,
    '',
    'Chỗ sai (chép lại câu hoặc con số):',
    '',
    '',
    'Đúng ra là (kèm nguồn nếu có):',
    '',
    '',
  ].join('\n');
  // mailto wants %20 for spaces, not "+": encodeURIComponent, not URLSearchParams.
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
