/**
 * recognize/collectives: rule `agent.collective` — actors named as a country's people of one kind, as the event
 * coders' agents dictionary names them: a demonym or country with an agent noun ("Syrian rebels", "Georgian
 * demonstrators", "Indian police", "Fijian rebels"), or an agent noun with the place they are in ("demonstrators in
 * Baghdad", "students throughout Indonesia"). Each is a Group of its country and sector (key `group:SYR:REB`), one
 * node for all the ways the text names it. Government, military, legislature, judiciary and intelligence act for
 * the country itself ("Russian forces" is Russia): the clause reader reads those, not this rule.
 *
 * Rule `demonym.people`: a demonym in the plural names the country's people ("the Palestinians", "168 Liberians"),
 * a Group of sector CVL. Rule `agent.named-collective`: a people or faith the gazetteer does not know, named by an
 * agent noun after it ("Karen guerrillas", "Yoruba leaders", "Moslem fundamentalist demonstrators"), is a Group
 * of no country (key `group:karen:REB`).
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence } from '../model.js';
import { slug } from '../lexicon/index.js';
import { span } from '../parse/tokens.js';
import { agentAfter } from './words.js';

const LOCATIVE = new Set(['in', 'throughout', 'across', 'from', 'of']);
/** Agent nouns that name a collective in the singular ("the Turkish police", "the Georgian opposition"). */
const MASS = new Set(['police', 'opposition', 'clergy', 'media', 'press', 'leadership', 'youth', 'personnel', 'staff', 'public', 'diaspora', 'judiciary', 'military']);
/**
 * A collective is plural ("Indian workers" are a group, "an Indian worker" is a person of some nationality), or an
 * agent noun used as a modifier ("a Karen guerrilla stronghold", "Syrian rebel positions").
 */
function collective(toks: Sentence['tokens'], end: number, lex: Lexicon): boolean {
  const last = toks[end - 1];
  if (last.tags.has('Plural') || MASS.has(last.norm)) return true;
  const next = toks[end];
  return !!next && !/[,;:()"]/.test(last.post) && (next.tags.has('Noun') || (next.tags.has('PresentTense') && /[^s]s$/.test(next.norm))) && !next.tags.has('PastTense') && !/^\p{Lu}/u.test(next.text) && !lex.titles.heads.has(next.norm) && !agentAfter(toks, end, lex);
}

/** The ISO3 of the country a gazetteer candidate names or lies in. */
function countryOf(c: Candidate, lex: Lexicon): string | undefined {
  const key = c.key ?? '';
  if (c.category === 'Country') return /^country:([A-Z]{3})$/.exec(key)?.[1];
  if (c.category === 'City' || c.category === 'Location') return lex.cityCountry.get(key) ?? /^(?:city|location):([A-Z]{3}):/.exec(key)?.[1];
  return undefined;
}

export function collectiveMentions(s: Sentence, text: string, lex: Lexicon, docId: string, gazetteer: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const toks = s.tokens;
  const label = (iso3: string, from: number, to: number) => {
    const demonym = lex.countries.get(iso3)?.demonyms[0] ?? lex.countries.get(iso3)?.name ?? iso3;
    return `${demonym} ${toks.slice(from, to).filter((t) => !t.tags.has('Determiner') && !t.tags.has('Value') && !/^(all|some|many|most|several|hundreds|thousands|dozens|tens)$/.test(t.norm)).map((t) => t.norm).join(' ')}`;
  };
  for (const c of gazetteer) {
    if (c.category !== 'Country' || c.form === 'pronoun') continue;
    const iso3 = countryOf(c, lex);
    const end = c.tokens[1];
    if (!iso3 || /[,;:()"]/.test(toks[end - 1].post) || toks[end - 1].possessive) continue;
    const agent = agentAfter(toks, end, lex);
    if (!agent || lex.agents.states.has(agent.sector) || !collective(toks, agent.end, lex)) continue;
    out.push({ docId, ...span(s, c.tokens[0], agent.end, text), category: 'Group', form: 'name', rule: 'agent.collective', key: `group:${iso3}:${agent.sector}`, label: label(iso3, end, agent.end), priority: 3 });
  }
  // "demonstrators in Baghdad", "students throughout Indonesia": the agents of the place they are in
  for (let i = 0; i < toks.length; i++) {
    const agent = agentAfter(toks, i, lex);
    if (!agent || agent.end === i || lex.agents.states.has(agent.sector) || !collective(toks, agent.end, lex) || out.some((o) => o.tokens[0] <= i && i < o.tokens[1])) continue;
    const prep = toks[agent.end];
    const place = prep && LOCATIVE.has(prep.norm) && !/[,;:()"]/.test(toks[agent.end - 1].post) ? gazetteer.find((g) => g.tokens[0] === agent.end + 1 || (g.tokens[0] === agent.end + 2 && toks[agent.end + 1].tags.has('Determiner'))) : undefined;
    const iso3 = place && countryOf(place, lex);
    if (iso3) out.push({ docId, ...span(s, i, agent.end, text), category: 'Group', form: 'name', rule: 'agent.collective', key: `group:${iso3}:${agent.sector}`, label: label(iso3, i, agent.end), priority: 3 });
    i = agent.end - 1;
  }
  const taken = (k: number) => out.some((o) => o.tokens[0] <= k && k < o.tokens[1]);
  // "the Palestinians", "168 Liberians": a plural demonym is the country's people
  for (const c of gazetteer) {
    const iso3 = c.category === 'Country' && c.form === 'demonym' ? countryOf(c, lex) : undefined;
    const last = toks[c.tokens[1] - 1];
    if (!iso3 || taken(c.tokens[0]) || !peopleWord(last.text) || (toks[c.tokens[1]] && agentAfter(toks, c.tokens[1], lex))) continue;
    out.push({ docId, ...span(s, c.tokens[0], c.tokens[1], text), category: 'Group', form: 'name', rule: 'demonym.people', key: `group:${iso3}:CVL`, label: c.text, priority: 3.5 });
  }
  // "Karen guerrillas", "Yoruba leaders": capitalised words the gazetteer does not know, before an agent noun
  const known = (k: number) => gazetteer.some((g) => g.tokens[0] <= k && k < g.tokens[1]) || taken(k);
  for (let i = 0; i < toks.length; i++) {
    if (i === 0 ? !toks[0].tags.has('ProperNoun') || toks[0].tags.has('Adjective') : toks[i - 1].tags.has('ProperNoun') || (/^\p{Lu}/u.test(toks[i - 1].text) && !toks[i - 1].tags.has('Determiner'))) continue;
    let j = i;
    while (j < toks.length && j < i + 2 && /^\p{Lu}\p{Ll}+$/u.test(toks[j].text) && !known(j) && !toks[j].tags.has('Verb') && !/[,;:()"]/.test(toks[j].post) && !toks[j].possessive && !lex.titles.heads.has(toks[j].norm)) j++;
    if (j === i) continue;
    const agent = agentAfter(toks, j, lex);
    if (!agent || lex.agents.states.has(agent.sector) || !collective(toks, agent.end, lex)) continue;
    const name = toks.slice(i, j).map((t) => t.text).join(' ');
    out.push({ docId, ...span(s, i, agent.end, text), category: 'Group', form: 'name', rule: 'agent.named-collective', key: `group:${slug(name)}:${agent.sector}`, label: `${name} ${toks.slice(j, agent.end).map((t) => t.norm).join(' ')}`, priority: 3 });
    i = agent.end - 1;
  }
  return out;
}

/** A demonym's plural, the word for the people ("Palestinians", "Iraqis"), not its adjective ("Palestinian", "Swiss"). */
const peopleWord = (w: string) => /[^s]s$/.test(w);
