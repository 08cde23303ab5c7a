/**
 * Gates 4, 5 and 6, loading every built page (404 included) in Chromium under the site's real
 * Content Security Policy:
 *  - CSP: the policy is in every page, allows no inline script or eval ('unsafe-inline',
 *    'unsafe-eval'), lists the hash of every inline script and style, and loading the page
 *    records no securitypolicyviolation event and no CSP console message.
 *  - no request leaves the site: any request to another origin is recorded and aborted.
 *  - no console error, no uncaught exception, no failed or 4xx/5xx request (a missing
 *    favicon counts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { DIST, htmlFiles, urlPathOf } from '../support/dist';

const baseURL = inject('baseURL');
const origin = new URL(baseURL).origin;
const files = htmlFiles();

interface PageRecord {
  path: string;
  csp: string[];
  thirdParty: string[];
  console: string[];
}

let browser: Browser;
const records: PageRecord[] = [];

/** Loads every page once, in light and dark, recording what each gate checks. */
beforeAll(async () => {
  browser = await launchChromium();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} "${e.sample}"`);
      });
    });
    let current: PageRecord | undefined;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) {
        current?.thirdParty.push(url);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    // Requests the route cannot see (service workers) still reach this listener.
    context.on('request', (request) => {
      const url = request.url();
      if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin && !current?.thirdParty.includes(url)) current?.thirdParty.push(url);
    });
    context.on('response', (response) => {
      if (response.status() >= 400) current?.console.push(`HTTP ${response.status()} ${response.url()}`);
    });
    context.on('requestfailed', (request) => {
      if (new URL(request.url()).origin === origin) current?.console.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) current?.console.push(`console.${m.type()}: ${m.text()}`);
      if (/Content.Security.Policy/i.test(m.text())) current?.csp.push(m.text());
    });
    page.on('pageerror', (e) => current?.console.push(`uncaught: ${e.message}`));
    for (const file of files) {
      const path = urlPathOf(file);
      current = { path: `${path} (${colorScheme})`, csp: [], thirdParty: [], console: [] };
      records.push(current);
      await page.goto(`${baseURL}${path}`, { waitUntil: 'networkidle' });
      // Click the theme toggle when there is one: its script must run under the policy too.
      const toggle = page.locator('.theme-toggle');
      if (await toggle.isVisible()) await toggle.click();
      current.csp.push(...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)));
    }
    current = undefined;
    await context.close();
  }
}, 120_000 + files.length * 8_000);

afterAll(async () => {
  await browser?.close();
});

const problems = (pick: (r: PageRecord) => string[]) => records.flatMap((r) => pick(r).map((p) => `${r.path}: ${p}`));

function cspOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
}
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content Security Policy', () => {
  it('every page carries the policy before any script, with no unsafe-inline or unsafe-eval for scripts', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const policy = cspOf(html);
      if (!policy) {
        wrong.push(`${file}: no CSP meta`);
        continue;
      }
      const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      if (!scriptSrc) wrong.push(`${file}: no script-src`);
      if (/'unsafe-inline'|'unsafe-eval'/.test(scriptSrc)) wrong.push(`${file}: script-src allows ${scriptSrc.match(/'unsafe-[a-z]+'/g)}`);
      if (!/(?:^|;)\s*default-src 'self'/.test(policy)) wrong.push(`${file}: no default-src 'self'`);
      if (!/(?:^|;)\s*object-src 'none'/.test(policy)) wrong.push(`${file}: no object-src 'none'`);
      const metaAt = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script\b/i);
      if (firstScript !== -1 && firstScript < metaAt) wrong.push(`${file}: a script comes before the policy`);
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (!scriptSrc.includes(hash(body!))) wrong.push(`${file}: inline script not hashed in the policy: ${body!.slice(0, 60)}`);
      }
      const styleSrc = /(?:^|;)\s*style-src ([^;]*)/.exec(policy)?.[1] ?? '';
      for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (!styleSrc.includes(hash(body!))) wrong.push(`${file}: inline style not hashed in the policy: ${body!.slice(0, 60)}`);
      }
      for (const [attr] of html.matchAll(/\s(?:on[a-z]+|style)="[^"]*"/gi)) wrong.push(`${file}: inline attribute the policy blocks:${attr}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('loading every page (and using the theme toggle) records 0 violations', () => {
    expect(records.length).toBe(files.length * 2);
    const violations = problems((r) => r.csp);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});

describe('no third-party requests', () => {
  it('every page loads only from the site itself', () => {
    const requests = problems((r) => r.thirdParty);
    expect(requests, requests.join('\n')).toEqual([]);
  });
});

describe('console', () => {
  it('no page logs an error, throws, or requests a missing file', () => {
    const errors = problems((r) => r.console);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
