#!/usr/bin/env node
/**
 * `npm run kiem-tra` ("check"): every schema, cross-reference, evidence and own-words check of
 * the content, in a few seconds and without building the site. `npm run build` runs it first.
 *   npm run kiem-tra -- --sua-nfc   rewrites files typed in decomposed Unicode (NFD) as NFC
 */
import { checkAll, loadContentCheck } from './lib/content-check.mjs';

if (process.argv.includes('--sua-nfc')) {
  const { normaliseContentToNfc } = await loadContentCheck();
  const changed = normaliseContentToNfc();
  console.log(changed.length ? `Đã đổi sang dạng dựng sẵn (NFC):\n${changed.map((p) => `  ${p}`).join('\n')}` : 'Mọi tệp đã ở dạng dựng sẵn (NFC).');
}
process.exit((await checkAll()) ? 0 : 1);
