/**
 * clauses/phrases: the noun phrases of a sentence — the entities it names (one mention, a coordinated list, a
 * titled person with the title in front, "Russian forces" for Russia), the common noun phrases around them ("a
 * Russian drone attack", "Israel's strikes"), and pronouns — each with its head word and token range.
 */
import type { Lexicon } from '../lexicon/index.js';
import { KIND_NOUNS } from '../recognize/organizations.js';
import type { Group, Mention, Phrase, Sentence, Token } from '../model.js';
import { agentAfter } from '../recognize/words.js';
import { extendedStart } from '../resolve/groups.js';

/** A phrase with, for a common noun phrase, the entity mentions standing inside it before its head. */
export interface SentencePhrase extends Phrase {
  /** Mentions inside the phrase that are not its head ("Russian" of "a Russian drone attack"). */
  inside: Mention[];
}

const tokenAt = (s: Sentence, offset: number) => s.tokens.findIndex((t) => t.start >= offset);
const tokenEndingBy = (s: Sentence, offset: number) => {
  for (let i = s.tokens.length - 1; i >= 0; i--) if (s.tokens[i].end <= offset) return i;
  return -1;
};
const breaks = (t: Token) => /[,;:()"“”]|\.\s*$/.test(t.post) && !/^\p{Lu}\.?$/u.test(t.text);

/** Words for money after a country's name ("US dollar", "Hong Kong dollars"). */
const CURRENCIES = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yuan', 'yen', 'rupee', 'rupees', 'peso', 'pesos', 'ruble', 'rubles', 'rouble', 'roubles', 'franc', 'francs', 'dinar', 'dinars', 'rial', 'rials', 'lira', 'won', 'shekel', 'shekels', 'currency']);

/** Whether the token can stand inside a common noun phrase. */
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'of', 'to', 'for', 'by', 'with', 'from', 'into', 'onto', 'near', 'against', 'over', 'after', 'before', 'during', 'between', 'among', 'toward', 'towards', 'through', 'across', 'since', 'until', 'and', 'or', 'but', 'than', 'as', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'if', 'not']);

function nounish(t: Token, prev?: Token): boolean {
  if (FUNCTION_WORDS.has(t.norm)) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord') || t.tags.has('Copula') || t.tags.has('Auxiliary') || t.tags.has('Modal')) return false;
  if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
  // "Israeli airstrikes": after a demonym used as an adjective comes a noun, whatever the tagger says
  if (prev && prev.tags.has('Demonym') && !/[^s]s$/.test(prev.norm) && !breaks(prev) && (t.tags.has('Verb') || t.tags.has('Noun'))) return true;
  // "Drone strikes launched …": a capitalised word opening the sentence that the verb reader left is a noun
  if (!prev && t.tags.has('Verb') && /^\p{Lu}/u.test(t.text) && !t.tags.has('Auxiliary')) return true;
  // "a Russian drone strike": a word the verb reader left, after a noun, is the next noun of the phrase
  if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && prev && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !breaks(prev) && !prev.possessive) return true;
  if (t.tags.has('Gerund') || t.tags.has('Verb')) {
    // "the bombing", "a planned attack", "its largest ever drone attack": a verb form inside a noun phrase
    // ("ban voting": an "-ing" word the verb reader left as the object)
    const afterDeterminer = !!prev && ((prev.tags.has('Demonym') && !/[^s]s$/.test(prev.norm)) || prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Adjective') || prev.possessive || (prev.tags.has('Preposition') && prev.norm !== 'to') || (t.tags.has('Gerund') && prev.tags.has('Verb') && !prev.tags.has('Auxiliary') && !/[,;:()]/.test(prev.post)));
    return afterDeterminer && (t.tags.has('Gerund') || t.tags.has('Noun') || t.tags.has('Participle') || t.tags.has('PastTense') || (t.tags.has('PresentTense') && /[^s]s$/.test(t.norm)));
  }
  return t.tags.has('Noun') || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('Acronym');
}

/**
 * The entity phrases of a sentence: lists first (their members distribute), then single mentions not in a list.
 * A person's phrase starts at the title in front and runs over a title in apposition; a demonym followed by a
 * word for its government or forces ("Russian forces"), and an organisation followed by a word for its members
 * ("Boko Haram militants"), stand for the country or the organisation.
 */
function entityPhrases(s: Sentence, mentions: Mention[], groups: Group[], lex: Lexicon, isVerb: (k: number) => boolean): SentencePhrase[] {
  const titles = mentions.filter((m) => m.form === 'title' && m.sentence === s.index);
  const qualifiers = new Set(mentions.filter((m) => m.represents && m.sentence === s.index).map((m) => m.represents!.start));
  const inSentence = mentions.filter((m) => m.sentence === s.index && m.form !== 'title' && !qualifiers.has(m.start));
  const out: SentencePhrase[] = [];
  const covered = new Set<Mention>();
  const phrase = (start: number, end: number, members: Mention[]): SentencePhrase => {
    const first = tokenAt(s, start);
    const last = tokenEndingBy(s, end);
    return { sentence: s.index, first, last, start, end, head: last, members, inside: [] };
  };
  for (const g of groups.filter((x) => x.sentence === s.index)) {
    // "the government of Georgia, and Serbia protested": two names across a clause boundary are not one list
    const last = g.members[g.members.length - 1];
    if (g.members.length === 2 && isVerb(last.tokens[1]) && /,/.test(s.tokens[g.members[0].tokens[1] - 1].post)) continue;
    g.members.forEach((m) => covered.add(m));
    out.push(phrase(g.start, g.end, g.members));
  }
  const bySpan = new Map<string, Mention[]>();
  for (const m of inSentence) {
    if (covered.has(m)) continue;
    const k = `${m.start}:${m.end}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), m]); // a group anaphor stands for several entities at one span
  }
  for (const ms of bySpan.values()) {
    const start = Math.min(...ms.map((m) => extendedStart(m, titles)));
    const trailing = ms[0].rule === 'title.appositive' ? titles.filter((t) => t.entity === ms[0].entity && t.start > ms[0].end) : [];
    // "King Hassan of Morocco": the country of the title after the name
    const of = ms[0].represents && ms[0].represents.start > ms[0].end ? ms[0].represents.end : 0;
    const p = phrase(start, Math.max(ms[0].end, of, ...trailing.map((t) => t.end)), ms);
    p.head = tokenEndingBy(s, ms[0].end);
    out.push(p);
  }
  for (const p of out) {
    const next = s.tokens[p.last + 1];
    if (!next || breaks(s.tokens[p.last]) || s.tokens[p.last].possessive) continue;
    // "Russian forces", "Indian and Pakistani military troops", "the Serbian parliament": the state acts
    const state = p.members.every((m) => m.category === 'Country' && m.form !== 'pronoun') ? actingAfter(s.tokens, p.last + 1, lex) : 0;
    // "Boko Haram militants", "European Community foreign ministers": an organisation's members or officers act for it
    const organization = p.members.every((m) => m.category === 'Organization' && m.form !== 'demonym');
    const members = organization ? (lex.memberHeads.has(next.norm) ? p.last + 2 : actingAfter(s.tokens, p.last + 1, lex, true)) : 0;
    const end = state || members;
    if (end) {
      p.last = end - 1;
      p.end = s.tokens[p.last].end;
      p.head = p.last;
    }
  }
  // "U.S. Middle East Envoy Steve Witkoff": a title that begins inside a place's name takes the place into the person's phrase
  const dropped = new Set<SentencePhrase>();
  for (const p of out) {
    if (!p.members.every((m) => m.category === 'Person')) continue;
    const q = out.find((x) => x !== p && x.first < p.first && p.first <= x.last && x.members.every((m) => m.category !== 'Person'));
    if (q) {
      p.first = q.first;
      p.start = q.start;
      dropped.add(q);
    }
  }
  return out.filter((p) => !dropped.has(p) && p.first >= 0 && p.last >= p.first).sort((a, b) => a.first - b.first);
}

/** Words that say what kind an organisation is before its kind noun ("al-Qaeda terror network"). */
const KIND_MODIFIERS = new Set(['terror', 'terrorist', 'militant', 'rebel', 'armed', 'political', 'radical', 'jihadist', 'islamist', 'separatist', 'paramilitary', 'extremist', 'opposition', 'guerrilla', 'guerilla', 'resistance', 'insurgent', 'criminal', 'drug', 'human', 'rights', 'advocacy', 'lobby', 'protest', 'student', 'youth']);

/** The token after the words for a country's state organs that follow token `k` ("forces", "security forces", "foreign ministry"), or 0. */
export function actingAfter(toks: Token[], k: number, lex: Lexicon, organization = false): number {
  // "Vietnamese-led forces": forces a country leads act for it
  if (toks[k]?.norm === 'led' && toks[k - 1]?.post === '-' && toks[k + 1]) k++;
  const agent = agentAfter(toks, k, lex);
  // "Israeli intelligence officials": the officials of a state organ are that organ
  if (agent && lex.agents.states.has(agent.sector)) return toks[agent.end] && lex.actingHeads.has(toks[agent.end].norm) && !/[,;:()]/.test(toks[agent.end - 1].post) ? agent.end + 1 : agent.end;
  // "the U.N. war crimes court": up to two words of its kind before the head
  for (let j = k; j < k + 3 && toks[j]; j++) {
    // ("al-Qaeda terror network", "the Palestinian Islamic Jihad movement": an organisation named with its kind)
    // (not a part of it: "an al-Qaeda splinter group" is not al-Qaeda)
    if (lex.actingHeads.has(toks[j].norm) || (organization && KIND_NOUNS.has(toks[j].norm) && toks.slice(k, j).every((t) => KIND_MODIFIERS.has(t.norm)))) return j + 1;
    if (/^\p{Lu}/u.test(toks[j].text) || /[,;:()]/.test(toks[j].post) || !(toks[j].tags.has('Noun') || toks[j].tags.has('Adjective')) || toks[j].tags.has('Pronoun') || toks[j].tags.has('Determiner')) return 0;
  }
  return 0;
}

/**
 * All noun phrases of a sentence, in order: entity phrases, pronouns, and common noun phrases (which may hold an
 * entity before their head: "a Russian drone attack", "Israel's strikes"). No two overlap.
 */
export function phrasesOf(s: Sentence, mentions: Mention[], groups: Group[], lex: Lexicon, isVerb: (k: number) => boolean = () => false): SentencePhrase[] {
  const toks = s.tokens;
  const entities = entityPhrases(s, mentions, groups, lex, isVerb);
  const entityAt = new Map<number, SentencePhrase>();
  for (const p of entities) if (!entityAt.has(p.first)) entityAt.set(p.first, p);
  // the entities a noun phrase after a demonym stops at: all but further demonyms ("Israeli-American hostage")
  const names = new Map([...entityAt].filter(([, p]) => !p.members.every((m) => m.form === 'demonym')));
  const out: SentencePhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const pronoun = lex.clauses.pronouns.has(t.norm) && (t.tags.has('Pronoun') || t.tags.has('Possessive') || ['its', 'their', 'his', 'her'].includes(t.norm));
    if (pronoun) {
      out.push({ sentence: s.index, first: i, last: i, start: t.start, end: t.end, head: i, members: [], pronoun: t.norm, inside: [] });
      // "its forces", "their government": a possessive pronoun before a noun is the possessor of that phrase
      if (t.tags.has('Possessive') || ['its', 'their', 'his', 'her'].includes(t.norm)) {
        // "his Rwandan Patriotic Front": an entity named after a possessive pronoun is still that entity
        const named = entityAt.get(i + 1);
        const rest = named && !named.members.every((m) => m.form === 'demonym') ? named : commonPhrase(s, i + 1, entityAt, isVerb);
        if (rest) {
          out.push({ ...rest, first: i, start: t.start, possessor: out[out.length - 1] });
          out.splice(out.length - 2, 1);
          i = rest.last;
        }
      }
      continue;
    }
    const entity = entityAt.get(i);
    if (entity) {
      // "Israel's strikes", "Harvard University's Steven Pinker": the entity is the possessor of what follows
      if (toks[entity.last].possessive && !breaks(toks[entity.last])) {
        const rest = entityAt.get(entity.last + 1) ?? commonPhrase(s, entity.last + 1, entityAt, isVerb);
        if (rest) {
          out.push({ ...rest, first: entity.first, start: entity.start, possessor: entity });
          i = rest.last;
          continue;
        }
      }
      // "a Russian drone attack": a demonym or name before common nouns modifies them
      const after = !breaks(toks[entity.last]) && entity.members.every((m) => m.form === 'demonym' || m.category !== 'Person') ? commonPhrase(s, entity.last + 1, names, isVerb, true) : undefined;
      if (after && after.last > entity.last) {
        const det = i > 0 && toks[i - 1].tags.has('Determiner') && !out.some((p) => p.last === i - 1) ? i - 1 : i;
        // "the North Darfur town of Abu Qamra": the place's kind and its name
        const named = lex.placeKinds.has(toks[after.head].norm) && toks[after.last + 1]?.norm === 'of' ? entityAt.get(after.last + 2) : undefined;
        if (named && named.members.every((m) => m.category === 'City' || m.category === 'Location')) {
          out.push({ ...named, first: det, start: toks[det].start });
          i = named.last;
          continue;
        }
        // ("a one million US dollar reward": a country before its currency names money, not an actor)
        const money = CURRENCIES.has(toks[entity.last + 1]?.norm ?? '');
        const inner = money ? [] : [...entity.members, ...out.filter((q) => q.first > det && q.last < after.first && q.members.every((m) => m.form === 'demonym')).flatMap((q) => q.members)];
        out.push({ ...after, first: det, start: toks[det].start, inside: inner });
        i = after.last;
        continue;
      }
      out.push(entity);
      i = entity.last;
      continue;
    }
    const common = isVerb(i) ? undefined : commonPhrase(s, i, entityAt, isVerb);
    // "former militia leader Abdallah Banda": words before a titled person's phrase belong to it
    const person = common && !breaks(toks[common.last]) ? entityAt.get(common.last + 1) : undefined;
    if (common && person && person.members.every((m) => m.category === 'Person') && person.first < person.head) {
      out.push({ ...person, first: common.first, start: common.start });
      i = person.last;
      continue;
    }
    // "168 Liberians", "northern Israel", "war-torn Mozambique", "the Pakistani militant group The Resistance
    // Front": words right before a place, an organisation or a group, or a number, belong to its phrase
    const counted = common && person && toks.slice(common.first, common.last + 1).every((t) => t.tags.has('Value') || t.tags.has('Determiner') || /^(up|to|at|least|about|some|over|nearly|almost|more|than)$/.test(t.norm));
    // (not before a possessor, which opens a phrase of its own: "as an ugly crime Serbia's suppression")
    const qualified = common && person && !toks[person.last].possessive && person.members.every((m) => m.category !== 'Person' && m.category !== 'Event' && m.category !== 'Proposal' && m.form !== 'demonym');
    if (counted || qualified) {
      // "the divided Mediterranean island of Cyprus": the nouns after the name make it a modifier of theirs
      const after = qualified && !breaks(toks[person.last]) && person.members.every((m) => m.category !== 'Person') ? commonPhrase(s, person.last + 1, names, isVerb, true) : undefined;
      if (after && after.last > person.last) {
        out.push({ ...after, first: common.first, start: common.start, inside: CURRENCIES.has(toks[person.last + 1]?.norm ?? '') ? [] : person.members });
        i = after.last;
        continue;
      }
      out.push({ ...person, first: common.first, start: common.start });
      i = person.last;
      continue;
    }
    // "the town of Cizre", "the North Darfur town of Abu Qamra": the place's kind and its name
    const named = common && lex.placeKinds.has(toks[common.head].norm) && toks[common.last + 1]?.norm === 'of' ? entityAt.get(common.last + 2) : undefined;
    if (common && named && named.members.every((m) => m.category === 'City' || m.category === 'Location')) {
      out.push({ ...named, first: common.first, start: common.start });
      i = named.last;
      continue;
    }
    if (common) {
      out.push(common);
      i = common.last;
    }
  }
  return out;
}

/**
 * A common noun phrase starting at `i` ("the proposal", "three people", "Kurdish villages"): determiners,
 * adjectives, numbers and nouns up to the last noun before something else. It stops before an entity phrase
 * (unless `noEntities`: the caller reads the nouns after an entity).
 */
function commonPhrase(s: Sentence, i: number, entityAt: Map<number, SentencePhrase>, isVerb: (k: number) => boolean, noEntities = false): SentencePhrase | undefined {
  const toks = s.tokens;
  let j = i;
  let head = -1;
  while (j < toks.length && !entityAt.has(j) && !isVerb(j)) {
    // "Russian missile and drone strikes": "and" between two modifiers of one head
    const joined = toks[j].norm === 'and' && j > i && !toks[j - 1].tags.has('Plural') && !breaks(toks[j - 1]) && toks[j + 1] && !toks[j + 1].tags.has('Determiner') && nounish(toks[j + 1], toks[j]) && !entityAt.has(j + 1) && !isVerb(j + 1);
    // "its largest ever drone attack": an adverb of degree between modifiers of one head
    const degree = j > i && /^(ever|most|least|very|more)$/.test(toks[j].norm) && !!toks[j + 1] && !breaks(toks[j]) && (toks[j + 1].tags.has('Noun') || toks[j + 1].tags.has('Adjective'));
    if (!joined && !degree && !nounish(toks[j], toks[j - 1])) break;
    if (toks[j].tags.has('Noun') || toks[j].tags.has('Gerund') || toks[j].tags.has('Value') || toks[j].tags.has('Acronym') || (toks[j].tags.has('Verb') && !toks[j].tags.has('Adjective') && toks[j].norm !== 'and')) head = j;
    if (breaks(toks[j]) || toks[j].possessive) {
      j++;
      break;
    }
    j++;
  }
  if (head >= 0 && toks[head].norm === 'and') head--;
  if (head < 0 || (noEntities && head < i)) return undefined;
  return { sentence: s.index, first: i, last: head, start: toks[i].start, end: toks[head].end, head, members: [], inside: [] };
}
