/** The knowledge files parse, their ids are unique, and every relation pattern fires on its examples. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/lexicon/index.js';
import { extract, ROOT } from './helpers.js';

const DATA = `${ROOT}/src/lexicon/data`;

describe('lexicon', () => {
  it.each(readdirSync(DATA))('%s parses and says what it is', (file) => {
    const data = JSON.parse(readFileSync(`${DATA}/${file}`, 'utf8'));
    expect(typeof data.about).toBe('string');
  });

  it('has unique ids', () => {
    const lex = lexicon();
    const ids = lex.relations.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const orgs = JSON.parse(readFileSync(`${DATA}/organizations.json`, 'utf8')).organizations.map((o: { id: string }) => o.id);
    expect(new Set(orgs).size).toBe(orgs.length);
  });

  it('knows countries with ISO3 codes, demonyms and capitals from world-countries', () => {
    const lex = lexicon();
    expect(lex.countries.get('CHN')?.demonyms).toContain('Chinese');
    expect(lex.countries.get('TJK')?.capitals).toContain('Dushanbe');
    expect(lex.cityCountry.get('city:TJK:dushanbe')).toBe('TJK');
    expect(lex.countries.size).toBeGreaterThan(190);
  });

  describe('every relation pattern fires on each of its examples', () => {
    const lex = lexicon();
    const cases = [...lex.relations, ...lex.nominal].flatMap((p) => p.examples.map((ex) => [p.id, ex, p.predicate] as const));
    it.each(cases)('%s: %s', (_id, example, predicate) => {
      const x = extract(example, '2025-01-01');
      expect(x.relations.map((r) => r.predicate), JSON.stringify(x.relations.map((r) => [r.source, r.predicate, r.target]))).toContain(predicate);
    });
    it.each(lex.reportedSpeech.examples)('reported speech: %s', (example) => {
      const x = extract(example, '2025-01-01');
      expect(x.relations.map((r) => r.evidence[0].rule).filter((r) => r.includes('reported-speech')), JSON.stringify(x.relations)).not.toEqual([]);
    });
  });
});
