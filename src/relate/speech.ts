/** relate/speech: reported speech at a verb of saying — "X said (that) Y should …" (URGED), "X says Y is …", "X told Y …" (SAID). */
import type { Sentence, Token } from '../model.js';
import type { RelationScope } from './scope.js';
import { ACTORS, actorMembers, metonymy, METONYMIC_HEADS, skipModifiers, unitStartingAt, type Unit } from './units.js';

/** Reported speech at the verb `i`: "X said (that) Y should …" (URGED), "X says Y is …", "X told Y …" (SAID). */
export function reportedSpeech(s: Sentence, i: number, units: Unit[], subject: Unit, subjectRule: string, v: RelationScope) {
  const { lex, add, evidence } = v;
  const toks = s.tokens;
  const t = toks[i];
  if (!lex.reportedSpeech.verbs.has(t.root) || t.tags.has('Passive') || insideNounPhrase(toks, subject)) return;
  const speakers = actorMembers(subject, ACTORS);
  let j = i + 1;
  if (toks[j]?.norm === 'that') j++;
  const said = speakers.length ? unitStartingAt(units, skipModifiers(toks, j, units, lex.placeKinds)) : undefined;
  const heard = said ? actorMembers(said, ACTORS) : [];
  if (!said || !heard.length) return;
  let k = said.last + 1;
  while (toks[k]?.tags.has('Adverb')) k++;
  const obliged = lex.reportedSpeech.obligation.some((o) => o.every((w, n) => toks[k + n]?.norm === w));
  // "told Y" names the hearer; after "said", Y must be the subject of the clause said
  const told = t.root === 'tell' && j === i + 1;
  const clause = toks[k] && (toks[k].tags.has('Verb') || toks[k].tags.has('Modal') || toks[k].tags.has('Auxiliary') || toks[k].tags.has('Copula'));
  if (!obliged && !told && !clause) return;
  const [predicate, rule, eventType] = obliged ? ['URGED', 'urge.reported-speech', 'DEMAND'] : ['SAID', 'said.reported-speech', undefined];
  for (const a of speakers) for (const b of heard) add(a.entity, predicate, b.entity, evidence(s, `${rule}${subjectRule}${metonymy(a, b)}`, subject, said), eventType);
}

/** A name inside another noun's phrase, so not the speaker: "the family of British national Craig Foreman says". */
function insideNounPhrase(toks: Token[], u: Unit): boolean {
  let of = u.first - 1;
  while (of > 0 && u.first - of <= 3 && toks[of].norm !== 'of' && !/[,;:()"]/.test(toks[of].post) && (toks[of].tags.has('Noun') || toks[of].tags.has('Adjective'))) of--;
  return of > 0 && toks[of].norm === 'of' && !METONYMIC_HEADS.has(toks[of - 1].norm);
}
