/**
 * The anchor for the side-by-side bench: a Starlight site (bench/starlight/, its own
 * package.json, installed here only when the bench runs) holding the same articles as plain
 * Markdown, with Starlight's defaults: system fonts, Pagefind search through its UI.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const STARLIGHT = resolve('bench/starlight');
export const STARLIGHT_DIST = join(STARLIGHT, 'dist');

/** `npm install` inside bench/starlight, from the npm registry, once. */
export function installStarlight() {
  if (existsSync(join(STARLIGHT, 'node_modules', '@astrojs', 'starlight'))) return;
  console.log('[bench] installing the Starlight anchor (bench/starlight)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: STARLIGHT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Our MDX explainer as plain Markdown: frontmatter title and summary, components dropped. */
export function toStarlightMarkdown(mdx) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('article without frontmatter');
  const front = parse(match[1]);
  const body = match[2]
    .replace(/^import\s.+$/gm, '')
    // Self-closing components (<Chart id="…" />, <Timeline article="…" />) and paired ones.
    .replace(/<([A-Z]\w*)\b[^>]*\/>/g, '')
    .replace(/<([A-Z]\w*)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  return `---\ntitle: ${JSON.stringify(front.title)}\ndescription: ${JSON.stringify(front.summary ?? '')}\n---\n${body}`;
}

/** Writes the Starlight content from a folder of our articles (.mdx), plus a home page. */
export function writeStarlightContent(articlesDir) {
  const docs = join(STARLIGHT, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'bai-viet'), { recursive: true });
  const slugs = [];
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const slug = file.replace(/\.mdx$/, '');
    writeFileSync(join(docs, 'bai-viet', `${slug}.md`), toStarlightMarkdown(readFileSync(join(articlesDir, file), 'utf8')));
    slugs.push(slug);
  }
  writeFileSync(join(docs, 'index.md'), `---\ntitle: Hà Nội đổi mới cách lãnh đạo\ndescription: Các bài giải thích\n---\n\n${slugs.slice(0, 50).map((s) => `- [${s}](/bai-viet/${s}/)`).join('\n')}\n`);
  return slugs;
}

/** Builds the Starlight site with its own Astro; returns seconds and peak memory (MB). */
export function buildStarlight() {
  rmSync(STARLIGHT_DIST, { recursive: true, force: true });
  return timedBuild(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: STARLIGHT });
}

/** Runs a build under /usr/bin/time to read its peak resident memory; seconds from the clock. */
export function timedBuild(command, args, { cwd, env } = {}) {
  const start = process.hrtime.bigint();
  const useTime = existsSync('/usr/bin/time');
  const result = spawnSync(useTime ? '/usr/bin/time' : command, useTime ? ['-f', 'PEAK_KB %M', command, ...args] : args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`build failed (${cwd ?? '.'}):\n${result.stdout?.slice(-2000)}\n${result.stderr?.slice(-2000)}`);
  const peak = /PEAK_KB (\d+)/.exec(result.stderr ?? '');
  return { seconds: Number(seconds.toFixed(2)), peakMB: peak ? Math.round(Number(peak[1]) / 1024) : undefined };
}

/** Types a query into Starlight's search dialog; ms from typing to results painted. */
export async function timeStarlightQuery(page, query) {
  return page.evaluate(async (q) => {
    const input = document.querySelector('.pagefind-ui__search-input');
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolveDone) => {
      const seen = () => document.querySelector('.pagefind-ui__result') && document.querySelector('.pagefind-ui__message')?.textContent?.includes(q);
      const done = () => requestAnimationFrame(() => requestAnimationFrame(resolveDone));
      if (seen()) return done();
      const observer = new MutationObserver(() => {
        if (seen()) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return performance.now() - start;
  }, query);
}

/** Opens Starlight's search dialog and waits for Pagefind UI's input. */
export async function openStarlightSearch(page) {
  await page.click('site-search button[data-open-modal]');
  await page.waitForSelector('.pagefind-ui__search-input');
}
