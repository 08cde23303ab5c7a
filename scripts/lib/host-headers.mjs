/**
 * The site's Content Security Policy as HTTP headers, for hosts that can send them: a
 * `_headers` file (Netlify, Cloudflare Pages) and an nginx snippet, both written into the
 * published folder after each build. They are made from the policies Astro wrote into the
 * pages' <meta> (one policy holding every page's hashes), so they never drift from the build,
 * and add what a <meta> policy cannot carry: `frame-ancestors 'none'`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './built-site.mjs';

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** Merges policies directive by directive, keeping each source once, in first-seen order. */
export function mergePolicies(policies) {
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, set]) => [name, ...set].join(' ')).join('; ');
}


export const EXTRA_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Reads every page's policy in `dir` and writes `_headers` and `nginx-headers.conf` there. */
export function writeHostHeaders(dir) {
  const policies = builtFiles(dir, { extensions: ['.html'] })
    .map((f) => join(dir, f))
    .map((f) => META.exec(readFileSync(f, 'utf8'))?.[1])
    .filter(Boolean)
    .map((p) => p.replaceAll('&#39;', "'").replaceAll('&apos;', "'"));
  const policy = mergePolicies(policies);
  const headers = [['Content-Security-Policy', policy], ...EXTRA_HEADERS];
  writeFileSync(
    join(dir, '_headers'),
    `# Made by npm run build from the pages' policy (scripts/lib/host-headers.mjs); do not edit.\n/*\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`,
  );
  writeFileSync(
    join(dir, 'nginx-headers.conf'),
    `# Made by npm run build from the pages' policy (scripts/lib/host-headers.mjs); do not edit.\n# In the server block: include /path/to/dist/nginx-headers.conf;\n${headers.map(([k, v]) => `add_header ${k} "${v}" always;`).join('\n')}\n`,
  );
  return policy;
}
