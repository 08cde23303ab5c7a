/**
 * The bench's one Lighthouse runner (mobile profile, its default; simulated throttling): one
 * run on a URL in a fresh headless Chromium (lighthouseOnce), or several with the median and
 * the worst of each metric (summarise): one run is not a measurement (total blocking time
 * varies a lot between runs). Lighthouse (146 MB, 193 packages) is the bench's own
 * dependency (bench/package.json), installed here the first time the bench needs it, so
 * `npm install` and CI never download it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const CHROME_FLAGS = ['--headless=new', '--disable-dev-shm-usage', ...CHROMIUM_ARGS];

/** `npm install` inside bench/ (Lighthouse), from the npm registry, once. */
export function installBenchTools() {
  if (existsSync(`${BENCH}node_modules/lighthouse/package.json`)) return;
  console.log('[bench] installing the bench tools (bench/package.json: lighthouse)…');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: BENCH, stdio: ['ignore', 'ignore', 'inherit'] });
}

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One Lighthouse run: the four category scores and the performance metrics. */
export async function lighthouseOnce(url) {
  installBenchTools();
  const lighthouse = (await import('lighthouse')).default;
  // chrome-launcher is Lighthouse's own dependency: resolve it from there.
  const chromeLauncher = await import(createRequire(createRequire(import.meta.url).resolve('lighthouse')).resolve('chrome-launcher'));
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const metric = (id) => lhr.audits[id]?.numericValue ?? 0;
    const failing = Object.values(lhr.categories).flatMap((c) =>
      c.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${c.id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
    );
    return {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)])),
      metrics: {
        fcpMs: Math.round(metric('first-contentful-paint')),
        lcpMs: Math.round(metric('largest-contentful-paint')),
        tbtMs: Math.round(metric('total-blocking-time')),
        cls: Number(metric('cumulative-layout-shift').toFixed(3)),
        speedIndexMs: Math.round(metric('speed-index')),
      },
      // Long main-thread tasks, to find what blocks (script URL and duration).
      longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, ms: Math.round(t.duration) })),
      failing,
      runtimeError: lhr.runtimeError?.message,
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

/** Median and worst of each metric and score over runs (worst: highest time, lowest score). */
export function summarise(runs) {
  const keys = Object.keys(runs[0].metrics);
  const out = { runs: runs.length, median: {}, worst: {}, scores: { median: {}, worst: {} }, each: runs.map((r) => ({ ...r.metrics, performance: r.scores.performance })) };
  for (const k of keys) {
    const v = runs.map((r) => r.metrics[k]);
    out.median[k] = median(v);
    out.worst[k] = Math.max(...v);
  }
  for (const k of Object.keys(runs[0].scores)) {
    const v = runs.map((r) => r.scores[k]);
    out.scores.median[k] = median(v);
    out.scores.worst[k] = Math.min(...v);
  }
  out.failing = [...new Set(runs.flatMap((r) => r.failing))];
  out.longTasks = runs.flatMap((r) => r.longTasks);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loggingServer } = await import('./visit.mjs');
  const [dir = 'dist', path = '/', n = '5'] = process.argv.slice(2);
  const { server, url } = await loggingServer(dir);
  const runs = [];
  try {
    for (let i = 0; i < Number(n); i++) {
      const r = await lighthouseOnce(`${url}${path}`);
      console.log(JSON.stringify({ perf: r.scores.performance, ...r.metrics, longTasks: r.longTasks }));
      runs.push(r);
    }
  } finally {
    server.close();
  }
  console.log(JSON.stringify(summarise(runs), null, 1));
}
