import { z } from 'astro/zod';

/** URLs stay readable when pasted into chat apps: lowercase ASCII words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an accent-free slug: lowercase a–z, 0–9 and hyphens (e.g. "so-ket-chuong-trinh-01")');
