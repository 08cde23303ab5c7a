import { chromium } from 'playwright-core';
const [,, url, out, width = '390', scheme = 'light', clipY = '0', clipH = '1200'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.emulateMedia({ colorScheme: scheme });
await p.goto(url, { waitUntil: 'networkidle' });
await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(clipY), width: Number(width), height: Number(clipH) } });
await b.close();
