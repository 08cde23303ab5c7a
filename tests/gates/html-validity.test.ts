/**
 * Gate 3, HTML validity: html-validate (config in .htmlvalidate.json, the recommended preset
 * with the exceptions the README lists) on every HTML file in dist/, 404 page included.
 */
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/dist';

describe('html-validate: no error on any built page', () => {
  const files = htmlFiles();
  it(`${files.length} HTML files validate`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(`${DIST}/${file}`);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity >= 2) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${(m.selector ?? '').slice(0, 80)})`);
        }
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
