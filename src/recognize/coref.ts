/**
 * recognize/coref: mentions that name an entity named before in the document — a surname or given name
 * (`coref.surname`), a definite title (`coref.definite-title`), an acronym the document defines (`alias.acronym`).
 */
import { slug, type Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument, Token } from '../model.js';
import { apart, isCap, span } from '../parse/tokens.js';
import { selectMentions } from './overlap.js';
import { FUNCTION_WORDS, givenTag, headAt, NAME_PARTICLES, nameLike } from './words.js';

/**
 * Rule `coref.surname`: a bare surname or given name of a person named in full in the document ("Wang" → Wang Yi),
 * or several of its parts in a row ("Suu Kyi" → Aung San Suu Kyi). Only full names (two words or more) lend their
 * parts: a single word the tagger took for a person does not spread.
 */
export function surnameMentions(parsed: ParsedDocument, kept: Candidate[], titles: readonly Candidate[], lex: Lexicon): Candidate[] {
  const text = parsed.doc.text;
  const parts = new Set<string>();
  for (const m of kept) {
    if (m.category !== 'Person' || m.form !== 'name') continue;
    const words = m.text.split(/[\s-]+/).filter((w) => w.length > 1 && !NAME_PARTICLES.has(w.toLowerCase()) && !/^\p{Lu}\.$/u.test(w));
    if (words.length >= 2) for (const w of words) parts.add(w);
  }
  const out: Candidate[] = [];
  // a title word in front of a name ("King Hassan" after "Tom King") is that person's title, not the surname
  const free = (t: Token) => isCap(t) && parts.has(t.text) && ![...kept, ...titles].some((m) => m.start < t.end && t.start < m.end);
  for (const s of parsed.sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (!free(s.tokens[i])) continue;
      let j = i + 1;
      while (j < s.tokens.length && free(s.tokens[j]) && !apart(s.tokens, j) && !s.tokens[j - 1].possessive) j++;
      // the particles before a surname are part of it ("De La Fuente", "van der Berg"), never a given name
      while (i > 0 && NAME_PARTICLES.has(s.tokens[i - 1].norm) && isCap(s.tokens[i - 1]) && !apart(s.tokens, i) && ![...kept, ...titles].some((m) => m.start < s.tokens[i - 1].end && s.tokens[i - 1].start < m.end)) i--;
      // "the boy's aunt, Tima Kurdi", "his sister Yingluck Shinawatra": a given name before a lone surname is a
      // relative of that family, a person of their own — not the surname's first bearer
      const given = j === i + 1 && i > 0 && !apart(s.tokens, i) && givenNameBefore(s.tokens[i - 1], lex) && ![...titles].some((m) => m.start < s.tokens[i - 1].end && s.tokens[i - 1].start < m.end);
      const first = given ? i - 1 : i;
      if (given) out.push({ docId: parsed.doc.id, ...span(s, first, j, text), category: 'Person', form: 'name', rule: 'coref.family-name', priority: 2 });
      else out.push({ docId: parsed.doc.id, ...span(s, i, j, text), category: 'Person', form: 'alias', rule: 'coref.surname', priority: 1 });
      i = j - 1;
    }
  }
  return out;
}

/** A capitalised word that can stand as a given name before a surname: a name compromise knows or an unknown word, not a title, place or function word. */
const givenNameBefore = (t: Token, lex: Lexicon) =>
  /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
  (givenTag(t) || (lex.isGivenName(t.text) && nameLike(t)) || !t.lexical) && !t.possessive && !/[,;:()"]/.test(t.post) && nameLike(t) && !FUNCTION_WORDS.has(t.norm) && !/\d/.test(t.text) && !lex.titles.heads.has(t.norm) && !lex.titles.honorifics.has(t.norm) && !lex.titles.modifiers.has(t.norm) && !t.tags.has('Place') && !t.tags.has('Demonym') && !t.tags.has('Organization') && !t.tags.has('Month') && !t.tags.has('WeekDay');

/**
 * Rule `coref.definite-title`: "the foreign minister" is the person named earlier with that title ("Foreign
 * Minister Sergei Lavrov"), when one person in the document holds it; otherwise nothing is guessed.
 */
export function definiteTitleMentions(parsed: ParsedDocument, kept: Candidate[], titles: Candidate[], lex: Lexicon): Candidate[] {
  const holders = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  for (const m of kept) {
    if (m.category !== 'Person' || m.form !== 'name' || !m.titles || m.text.split(/\s+/).length < 2) continue;
    for (const t of m.titles) {
      const title = t.toLowerCase().split(/\s+(?:and|to)\s+/).pop()!; // "Assistant to Foreign Minister" is held by the assistant
      holders.set(title, (holders.get(title) ?? new Set()).add(m.text));
      firstSeen.set(m.text, Math.min(firstSeen.get(m.text) ?? Infinity, m.start));
    }
  }
  if (!holders.size) return [];
  const out: Candidate[] = [];
  const taken = [...kept, ...titles];
  for (const s of parsed.sentences) {
    const toks = s.tokens;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (toks[i].norm !== 'the') continue;
      const n = headAt(toks, i + 1, lex);
      const next = toks[i + 1 + n];
      if (!n || (next && isCap(next) && !apart(toks, i + 1 + n))) continue; // a name follows: the title rules read it
      const title = toks.slice(i + 1, i + 1 + n).map((t) => t.norm).join(' ');
      const who = [...(holders.get(title) ?? [])];
      const sp = span(s, i + 1, i + 1 + n, parsed.doc.text);
      if (who.length !== 1 || firstSeen.get(who[0])! > sp.start || taken.some((m) => m.start < sp.end && sp.start < m.end)) continue;
      out.push({ docId: parsed.doc.id, ...sp, category: 'Person', form: 'pronoun', rule: 'coref.definite-title', key: `person:${slug(who[0])}`, label: who[0], priority: 1 });
    }
  }
  return out;
}

/**
 * Rule `alias.acronym`: a name followed by its acronym in brackets — "the Rapid Support Forces (RSF)", "the
 * International Criminal Court (ICC)" — defines the acronym for the document: each of its occurrences, there and
 * later, is that entity, before any other reading. The acronym's letters must follow the name's initials.
 */
export function acronymAliases(parsed: ParsedDocument, kept: Candidate[]): Candidate[] {
  const defined = new Map<string, Candidate>();
  for (const c of kept) {
    if (c.form === 'title' || c.category === 'Person' || c.category === 'Event' || c.category === 'Proposal') continue;
    const toks = parsed.sentences[c.sentence].tokens;
    const acr = toks[c.tokens[1]];
    if (!acr || !/\(\s*$/.test(toks[c.tokens[1] - 1].post + acr.pre) || !/^\s*\)/.test(acr.post)) continue;
    const letters = acr.text.replace(/\./g, '');
    if (!/^\p{Lu}{2,8}$/u.test(letters) || defined.has(acr.text)) continue;
    const initials = c.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    let k = 0;
    for (const ch of initials) if (ch === letters[k]) k++;
    if (k === letters.length && initials[0] === letters[0]) defined.set(acr.text, c);
  }
  if (!defined.size) return kept;
  const aliases: Candidate[] = [];
  for (const s of parsed.sentences) {
    s.tokens.forEach((t, i) => {
      const c = defined.get(t.text);
      if (c) aliases.push({ docId: c.docId, ...span(s, i, i + 1, parsed.doc.text), category: c.category, form: 'alias', rule: 'alias.acronym', ...(c.key ? { key: c.key } : {}), label: c.label ?? c.text, priority: 5 });
    });
  }
  return selectMentions([...kept, ...aliases]);
}
