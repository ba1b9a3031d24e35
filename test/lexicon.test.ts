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

  it('gives every predicate one home category, which the patterns and the relations read agree with', () => {
    const lex = lexicon();
    const ids = JSON.parse(readFileSync(`${DATA}/predicates.json`, 'utf8')).predicates.map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of [...lex.relations, ...lex.nominal]) {
      expect(lex.predicates.has(p.predicate), `${p.id}: ${p.predicate} is not in predicates.json`).toBe(true);
      expect(p.eventType ?? null, `${p.id}: ${p.predicate}`).toBe(lex.predicates.get(p.predicate)!.eventType);
    }
    // what the rules read, on the seed and on every example, is in the vocabulary with its category
    const seed = readFileSync(`${ROOT}/seeds/000_cf50b3a85d0d2923.txt`, 'utf8');
    const texts = [seed, ...[...lex.relations, ...lex.nominal].flatMap((p) => p.examples), ...lex.reportedSpeech.examples];
    for (const text of texts) {
      for (const r of extract(text, '2021-09-17').relations) {
        expect(lex.predicates.has(r.predicate), r.predicate).toBe(true);
        const home = lex.predicates.get(r.predicate)!.eventType;
        const where = `${r.predicate}${r.factuality ? ` (${r.factuality})` : ''} in "${text.slice(0, 60)}"`;
        // an intention is coded as PLOVER codes it (AGREE, or THREATEN for a hostile act); what was denied or demanded is no event
        if (r.factuality === 'intended') expect([home, 'AGREE', 'THREATEN'], where).toContain(r.eventType);
        else if (r.factuality === 'negated' || r.factuality === 'demanded') expect(r.eventType, where).toBeUndefined();
        else expect(r.eventType ?? null, where).toBe(home);
      }
    }
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
