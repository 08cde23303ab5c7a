import { describe, expect, it } from 'vitest';
import { mergePolicies } from '../../scripts/lib/host-headers.mjs';

describe('mergePolicies', () => {
  it('keeps every page’s sources once per directive and adds frame-ancestors', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'",
      "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'",
    ]);
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
  });
});
