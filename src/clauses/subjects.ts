/**
 * clauses/subjects: where a clause's subject stands — the phrase right before the verb, past time words and
 * adverbs ("Russia on Monday attacked"), up an "of" or prepositional chain to its head ("the sides of the island
 * of Cyprus have agreed"), over an apposition ("Tim Cook, the chief executive of Apple, met"), with the actors
 * coordinated before it ("President Kagame and his Rwandan Patriotic Front must agree").
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Phrase, Sentence, Token } from '../model.js';
import type { SentencePhrase } from './phrases.js';

/** What the clause reader knows of a sentence: its phrases, by first token and by any token covered. */
export interface Scope {
  s: Sentence;
  lex: Lexicon;
  phrases: SentencePhrase[];
  /** Phrase starting at, and covering, a token. */
  phraseAt: (k: number) => SentencePhrase | undefined;
  covering: (k: number) => SentencePhrase | undefined;
}

/** Whether punctuation after the token ends a phrase or a clause. */
export const closes = (t: Token) => /[,;:()]/.test(t.post);
/** Words that stand between a subject and its verb without ending the subject's clause ("Russia on Monday attacked"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'during', 'last', 'this', 'early', 'late', 'earlier', 'later', 'overnight']);

/**
 * The phrase that ends right before token `k`, skipping adverbs and time phrases ("Russia on Monday attacked"),
 * and places in a locative phrase after it ("The ICC at The Hague, Netherlands, drops …"); undefined at a clause
 * boundary. A phrase closed by a comma is the subject only as an appositive name ("The Italian Foreign Minister,
 * Antonio Tajani, meets").
 */
export function subjectBefore(sc: Scope, k: number, stopAt: number): SentencePhrase | undefined {
  const p = nearestSubject(sc, k, stopAt);
  if (p && !p.members.length) return sharedModifier(sc, p, stopAt) ?? p;
  return p && p.members.length ? coordinatedWith(sc, p, stopAt) : p;
}

/**
 * "Israeli helicopters and tanks shelled": an agent noun coordinated after an actor's agent phrase shares its
 * modifier — the tanks are Israel's too. The subject is the whole coordination, with the first phrase's actors.
 */
function sharedModifier(sc: Scope, p: SentencePhrase, stopAt: number): SentencePhrase | undefined {
  const toks = sc.s.tokens;
  const and = p.first - 1;
  const agent = (t: Token) => sc.lex.agents.byFirst.get(t.norm)?.some((a) => a.words.length === 1) || sc.lex.agents.byFirst.get(t.norm.replace(/s$/, ''))?.some((a) => a.words.length === 1);
  if (p.first !== p.last || and <= stopAt || toks[and].norm !== 'and' || !agent(toks[p.head])) return undefined;
  const q = sc.covering(and - 1);
  if (!q || q.first < stopAt || q.members.length !== 1 || !agent(toks[q.head]) || !['Country', 'Group', 'Organization'].includes(q.members[0].category)) return undefined;
  return { ...p, first: q.first, start: q.start, members: q.members, inside: [] };
}

/**
 * "President Kagame and his Rwandan Patriotic Front must agree": actors of different kinds coordinated before a
 * verb are one subject; each of them acts.
 */
function coordinatedWith(sc: Scope, p: SentencePhrase, stopAt: number): SentencePhrase {
  const toks = sc.s.tokens;
  let out = p;
  for (;;) {
    let and = out.first - 1;
    if (toks[and]?.tags.has('Determiner') && toks[and].norm !== 'that') and--;
    if (and <= stopAt || toks[and].norm !== 'and' || closes(toks[and - 1]) && toks[and - 1].norm !== 'and') return out;
    const q = sc.covering(and - 1);
    if (!q || q.first < stopAt || !q.members.length || q.members.some((m) => m.category === 'City' || m.category === 'Location' || m.category === 'Event' || m.category === 'Proposal')) return out;
    if (q.members.some((m) => out.members.some((x) => x.entity === m.entity))) return out;
    out = { ...out, first: q.first, start: q.start, members: [...q.members, ...out.members], inside: [] };
  }
}

function nearestSubject(sc: Scope, k: number, stopAt: number): SentencePhrase | undefined {
  const { s } = sc;
  const toks = s.tokens;
  let j = k - 1;
  // ", killing three": a comma right before the verb ends what stands before it, but for an appositive name
  if (j >= stopAt && closes(toks[j])) {
    const p = sc.covering(j);
    // ("The Italian Foreign Minister, Antonio Tajani, meets": a titled name that opens the clause)
    const opens = !!p && p.members.length > 0 && p.members.every((m) => m.category === 'Person') && toks.slice(stopAt, p.first).every((t) => t.tags.has('Determiner'));
    return (p && (appositive(sc, p) || opens ? p : locativeHead(sc, p, stopAt))) ?? appositionHead(sc, j, stopAt);
  }
  while (j >= stopAt) {
    const t = toks[j];
    const p = sc.covering(j);
    if (p) {
      if (!p.members.length && !p.pronoun && !p.possessor && !p.inside.length && isTime(toks, p)) {
        j = p.first - 1;
        if (j >= 0 && TIME_PREPOSITIONS.has(toks[j].norm)) j--;
        continue;
      }
      if (closes(toks[p.last]) && !appositive(sc, p)) {
        const behind = locativeHead(sc, p, stopAt);
        return behind;
      }
      return locativeHead(sc, p, stopAt) ?? prepositionHead(sc, p, stopAt) ?? p;
    }
    if ((t.tags.has('Adverb') || t.tags.has('Date') || TIME_WORDS.has(t.norm)) && !closes(t)) {
      j--;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Words for a time that stand between a subject and its verb: "Khomeini today rejected". */
export const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'now', 'recently', 'earlier', 'later', 'again', 'also', 'overnight']);

/**
 * "Tim Cook, the chief executive of Apple, met": before a comma that closes an apposition (a determiner or a role
 * after a comma), the name before it is the subject.
 */
function appositionHead(sc: Scope, j: number, stopAt: number): SentencePhrase | undefined {
  const toks = sc.s.tokens;
  for (let k = j - 1; k > stopAt && j - k <= 10; k--) {
    if (toks[k].norm === ',' || !closes(toks[k])) continue;
    const name = sc.covering(k);
    const opener = toks[k + 1];
    if (name && name.members.length && name.members.every((m) => m.category === 'Person') && opener && (opener.tags.has('Determiner') || sc.lex.titles.roles.has(opener.norm))) return name;
    return undefined;
  }
  return undefined;
}

/** "Sergei Lavrov, the Russian foreign minister," and ", Antonio Tajani,": a name set off by commas as the subject. */
function appositive(sc: Scope, p: SentencePhrase): boolean {
  const before = sc.s.tokens[p.first - 1];
  return p.members.length > 0 && p.members.every((m) => m.category === 'Person') && (p.members[0].rule === 'title.appositive' || (!!before && /,\s*$/.test(before.post)));
}

const LOCATIVES = new Set(['in', 'at', 'of', 'from', 'near', 'outside', 'across', 'throughout', 'inside']);
/**
 * A place, or a chain of places ("The Hague, Netherlands"), after a locative preposition is not the subject: the
 * phrase the preposition follows is ("The International Criminal Court at The Hague, Netherlands, drops …").
 */
function locativeHead(sc: Scope, p: SentencePhrase, stopAt: number): SentencePhrase | undefined {
  const toks = sc.s.tokens;
  const isPlace = (q: SentencePhrase | undefined) => !!q && q.members.length > 0 && q.members.every((m) => m.category === 'City' || m.category === 'Location' || m.category === 'Country');
  if (!isPlace(p)) return undefined;
  let first = p.first;
  for (;;) {
    const prev = sc.covering(first - 1);
    if (prev && isPlace(prev) && /,\s*$/.test(toks[prev.last].post)) first = prev.first;
    else break;
  }
  // "Palestinians of the Israeli-occupied West Bank": past the place's determiner and modifiers
  let at = first - 1;
  while (at > stopAt && (toks[at].tags.has('Determiner') || toks[at].tags.has('Hyphenated')) && !closes(toks[at])) at--;
  const prep = toks[at];
  if (!prep || !LOCATIVES.has(prep.norm) || at <= stopAt) return undefined;
  let head: SentencePhrase | undefined = sc.covering(at - 1);
  if (!head || head.first < stopAt || closes(toks[head.last])) return undefined;
  // "The Turkish and Greek sides of the divided Mediterranean island of Cyprus": up an "of" chain to its head
  for (;;) {
    let k: number = head.first - 1;
    while (k > stopAt && !sc.covering(k) && (toks[k].tags.has('Determiner') || toks[k].tags.has('Adjective') || toks[k].tags.has('Participle') || toks[k].tags.has('PastTense'))) k--;
    const up: SentencePhrase | undefined = toks[k]?.norm === 'of' && k - 1 > stopAt ? sc.covering(k - 1) : undefined;
    if (!up || up.first < stopAt || closes(toks[up.last])) return head;
    head = up;
  }
}

const HEAD_PREPOSITIONS = new Set(['between', 'with', 'against', 'on', 'for', 'among', 'over', 'by', 'of']);
/**
 * A phrase inside a prepositional phrase is not the subject: the phrase the preposition follows is ("Preliminary
 * talks between Lebanese and Israeli officials are planned").
 */
function prepositionHead(sc: Scope, p: SentencePhrase, stopAt: number): SentencePhrase | undefined {
  const toks = sc.s.tokens;
  const at = toks[p.first - 1]?.tags.has('Determiner') ? p.first - 2 : p.first - 1;
  const prep = toks[at];
  if (!prep || !HEAD_PREPOSITIONS.has(prep.norm) || at - 1 < stopAt || closes(toks[at - 1])) return undefined;
  const head = sc.covering(at - 1);
  if (!head || head.first < stopAt || isTime(toks, head)) return undefined;
  return prepositionHead(sc, head, stopAt) ?? head;
}

export const isTime = (toks: Token[], p: Phrase) => toks.slice(p.first, p.last + 1).every((t) => t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Determiner') || t.tags.has('Value') || t.tags.has('Adjective') || /^(year|week|month|day|night|morning|evening|afternoon|weekend|today|yesterday|tonight)s?$/.test(t.norm));

