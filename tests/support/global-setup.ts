/**
 * Builds the site once (unless TEST_REUSE_DIST=1 and dist/ exists) and serves dist/ on a free
 * port for the browser tests, which read its address with inject('baseURL').
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.TEST_REUSE_DIST === '1' && existsSync('dist/index.html'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--xem-truoc'], { stdio: 'inherit' });
  }
  const { server, url } = await startServer({ dir: 'dist', port: 0, quiet: true });
  project.provide('baseURL', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
