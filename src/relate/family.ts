/**
 * relate/family: RELATIVE_OF — two people the text says are family, by a word for a family member (lexicon
 * `titles.kin`) between them:
 * - Rule `relative.possessive`: "Biden's son Hunter", "Mendez's wife Jonna Mendez", "his brother Alex Van Halen"
 *   (the possessive pronoun resolved by the clause reader), with an adjective allowed before the word ("her late
 *   husband").
 * - Rule `relative.appositive-of`: "Veranika Tsapkala, wife of Valery Tsapkala", "X, the son of Y".
 * The edge runs from the person the word names to the one it is said of; its evidence holds the word.
 */
import type { Mention } from '../model.js';
import type { RelationScope } from './scope.js';

export function familyRelations(scope: RelationScope) {
  const { mentions, lex, analyses, add, evidence, parsed } = scope;
  const kin = lex.titles.kin;
  for (const a of analyses) {
    const s = a.sentence;
    const toks = s.tokens;
    const people = mentions.filter((m) => m.sentence === s.index && m.category === 'Person' && m.form === 'name');
    const link = (b: Mention, of: Mention[], rule: string, word: number) => {
      for (const x of of) if (x.entity !== b.entity) add(b.entity, 'RELATIVE_OF', x.entity, evidence(parsed.sentences[s.index], rule, b, x, toks[word]));
    };
    for (const b of people) {
      // "Biden's son Hunter", "his brother Alex Van Halen": the word right before the name (a comma allowed), after a possessive
      let k = b.tokens[0] - 1;
      if (k >= 0 && kin.has(toks[k].norm) && !/[;:()]/.test(toks[k].post)) {
        // (a possessive pronoun only for a person of the same sentence: the clause reader's antecedent knows no gender)
        const owner = a.phrases.find((q) => q.head === k && q.possessor && (!q.possessor.pronoun || q.possessor.members.every((m) => m.sentence === s.index)))?.possessor;
        let j = k - 1;
        while (j >= 0 && toks[j].tags.has('Adjective') && !toks[j].possessive && !/[,;:()]/.test(toks[j].post)) j--;
        const named = owner?.members.length ? owner.members : owner?.pronoun ? [] : people.filter((m) => m.tokens[1] === j + 1 && toks[j]?.possessive);
        const of = named.filter((m) => m.category === 'Person');
        if (of.length && !(owner?.members.some((m) => m.entity === b.entity))) link(b, of, 'relative.possessive', k);
      }
      // "Veranika Tsapkala, wife of Valery Tsapkala", "X, the son of Y"
      k = b.tokens[1];
      if (!/^,\s*$/.test(toks[k - 1].post)) continue;
      if (['the', 'a', 'his', 'her'].includes(toks[k]?.norm ?? '')) k++;
      while (toks[k] && toks[k].tags.has('Adjective') && !kin.has(toks[k].norm) && !/[,;:()]/.test(toks[k].post)) k++;
      if (!toks[k] || !kin.has(toks[k].norm) || toks[k + 1]?.norm !== 'of' || /[,;:()]/.test(toks[k].post)) continue;
      const from = toks[k + 2]?.norm === 'the' ? k + 3 : k + 2;
      const of = people.filter((m) => m.tokens[0] === from);
      if (of.length) link(b, of, 'relative.appositive-of', k);
    }
  }
}
