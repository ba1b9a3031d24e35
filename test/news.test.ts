/** Claims about real news sentences (Wikinews, Wikipedia Current events): what a careful reader would extract. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeExtraction, extract, findEntity, hasRelation, ROOT } from './helpers.js';

interface Case {
  source: string;
  date?: string;
  text: string;
  entities: Array<[string, string]>;
  relations?: Array<[string, string, string]>;
  absent?: string[];
  absent_relations?: Array<[string, string, string]>;
}
const { cases } = JSON.parse(readFileSync(`${ROOT}/test/fixtures/news-sentences.json`, 'utf8')) as { cases: Case[] };

describe('news sentences', () => {
  it('holds at least 30 sentences', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.text.slice(0, 70), c] as const))('%s', (_, c) => {
    const x = extract(c.text, c.date);
    const info = describeExtraction(x);
    for (const [name, category] of c.entities) {
      const e = findEntity(x, name);
      expect(e, `entity ${name}\n${info}`).toBeDefined();
      expect(e!.category, `category of ${name}`).toBe(category);
    }
    for (const [s, p, t] of c.relations ?? []) expect(hasRelation(x, s, p, t), `${s} ${p} ${t}\n${info}`).toBe(true);
    for (const name of c.absent ?? []) expect(x.entities.find((e) => e.label === name), `no node labelled ${name}\n${info}`).toBeUndefined();
    for (const [s, p, t] of c.absent_relations ?? []) expect(hasRelation(x, s, p, t), `no ${s} ${p} ${t}`).toBe(false);
  });
});
