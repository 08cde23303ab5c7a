import { z } from 'astro/zod';

/** URLs stay readable when pasted into chat apps: lowercase ASCII words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'cần mã viết liền không dấu: chữ thường a–z, số 0–9 và dấu gạch nối (ví dụ "so-ket-chuong-trinh-01")');
