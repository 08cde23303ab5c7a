/**
 * The JSON Schemas in .vscode/schemas/ (completion and checks in VS Code) are generated from
 * the Zod schemas and content/topics.yaml; `npm run kiem-tra` rewrites them. This proves the
 * committed files are current, and that they refuse what the build refuses.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildJsonSchemas } from '../../src/lib/content-check/json-schemas';

const topics = (parse(readFileSync('content/topics.yaml', 'utf8')) as Array<{ id: string }>).map((t) => t.id);
const schemas = buildJsonSchemas(topics);

describe('editor JSON Schemas', () => {
  for (const [name, json] of Object.entries(schemas)) {
    it(`.vscode/schemas/${name} is up to date (run npm run kiem-tra to refresh it)`, () => {
      expect(readFileSync(`.vscode/schemas/${name}`, 'utf8')).toBe(`${JSON.stringify(json, null, 2)}\n`);
    });
  }
  it('offers the topics, event kinds and statuses as lists to pick from', () => {
    const event = schemas['timeline-event.schema.json'] as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };
    expect(event.properties.kind?.enum).toContain('meeting-congress');
    expect(event.properties.status?.enum).toEqual(['happened', 'ongoing', 'planned', 'target']);
    expect(event.properties.topics?.items?.enum).toEqual(topics);
    const dataset = JSON.stringify(schemas['dataset.schema.json']);
    expect(dataset).toContain('"enum":["number","year","plain"]');
    expect(dataset).toContain('"enum":["result","target","plan"]');
  });
  it('the VS Code settings point each content folder at its schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string> };
    expect(settings['yaml.schemas']).toEqual({
      './.vscode/schemas/dataset.schema.json': 'content/data/*.yaml',
      './.vscode/schemas/glossary-term.schema.json': 'content/glossary/*.yaml',
      './.vscode/schemas/timeline-event.schema.json': 'content/timeline/*.yaml',
      './.vscode/schemas/topics.schema.json': 'content/topics.yaml',
    });
    expect(JSON.parse(readFileSync('.vscode/extensions.json', 'utf8')).recommendations).toEqual(['redhat.vscode-yaml', 'unifiedjs.vscode-mdx']);
  });
});
