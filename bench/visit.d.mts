/** Types for bench/visit.mjs (used by tests/e2e/offline.test.ts). */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';

export interface LogEntry {
  path: string;
  at: number;
  status: number;
}
export interface Tally {
  requests: number;
  raw: number;
  gzip: number;
  paths: string[];
}
export function loggingServer(dir: string, options?: { live?: boolean }): Promise<{ server: Server; log: LogEntry[]; root: string; url: string }>;
export function fileSizes(root: string, path: string): { raw: number; gzip: number };
export function measureVisit(dir: string, path: string, options?: { browser?: Browser }): Promise<{ path: string; firstLoad: Tally; afterLoad: Tally; total: Tally }>;
