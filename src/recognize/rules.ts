/**
 * recognize/rules: the mention rules, in the order they run — a cascade of phases, as in GATE: the sentence rules
 * each read one sentence (and what the rules before them found there); then the document phases each rewrite the
 * document's candidates, reading what the phases before them kept. Adding a rule is adding an entry here.
 * Every candidate a rule makes carries a rule id that starts with the entry's id.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument, Rule, Sentence, Token } from '../model.js';
import { collectiveMentions } from './collectives.js';
import { acronymAliases, definiteTitleMentions, surnameMentions } from './coref.js';
import { eventMentions, groupMentions } from './events.js';
import { gazetteerMentions } from './gazetteer.js';
import { actorSlotNameMentions, aloneCounts, initialledNameMentions, taggedPersonMentions } from './names.js';
import { organizationMentions, taggedOrganizationMentions } from './organizations.js';
import { selectMentions } from './overlap.js';
import { appositionPlaces, facilityMentions, prepositionPlaceMentions, regionMentions, taggedPlaceMentions } from './places.js';
import { sportsTeams } from './sports.js';
import { honorificMentions, titledPersonMentions } from './titles.js';
import { FUNCTION_WORDS, THING_WORDS } from './words.js';
import { apart, isCap, isInitial, span } from '../parse/tokens.js';
import { fold } from '../lexicon/index.js';

/** What a sentence rule sees: the sentence, and the candidates the rules before it found in it. */
export interface SentenceScope {
  sentence: Sentence;
  text: string;
  docId: string;
  lex: Lexicon;
  found: readonly Candidate[];
}

export type SentenceRule = Rule<SentenceScope, Candidate[]>;

/** The gazetteer's candidates among those found so far: the names later rules must not read as people. */
const gazetteer = (s: SentenceScope) => s.found.filter((c) => c.rule.startsWith('gazetteer.'));

export const SENTENCE_RULES: readonly SentenceRule[] = [
  { id: 'gazetteer', about: 'countries, demonyms, capitals, regions, organisations and towns the lexicon knows', run: (s) => gazetteerMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'agent.collective', about: 'a country\'s people of one kind, as the agents dictionary names them: "Syrian rebels", "demonstrators in Baghdad" (a Group of its country and sector); a plural demonym ("the Palestinians"); a people the gazetteer does not know before an agent noun ("Karen guerrillas")', emits: ['demonym.people', 'agent.named-collective'], run: (s) => collectiveMentions(s.sentence, s.text, s.lex, s.docId, gazetteer(s)) },
  { id: 'title', about: 'a title chain and the name after it ("Russian Foreign Minister Sergei Lavrov"), or before it, in apposition; the title words as mentions of the person; the country its qualifier names', emits: ['represents.title-qualifier', 'represents.title-of-country', 'represents.appositive-title'], run: (s) => titledPersonMentions(s.sentence, s.text, s.lex, s.docId, gazetteer(s)) },
  { id: 'honorific', about: '"Mr. Lavrov", "Dr. Ana Ruiz"', run: (s) => honorificMentions(s.sentence, s.text, s.lex, s.docId, gazetteer(s)) },
  { id: 'tagger.person', about: 'runs of words compromise tags as a person, trimmed of titles', run: (s) => taggedPersonMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'name.initials', about: 'initials before a name-like word ("J. Benjamin", "T.O\'Gorman")', run: (s) => initialledNameMentions(s.sentence, s.text, s.docId) },
  { id: 'proper.organization', about: 'a capitalised phrase ending in an organisation head word ("Federal Security Service")', run: (s) => organizationMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'tagger.place', about: 'capitalised words compromise tags as a place', run: (s) => taggedPlaceMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'proper.facility', about: 'airports, bases, refineries by their head word ("Goma Airport")', run: (s) => facilityMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'proper.region', about: 'regions by their head word ("Borno State", "Artibonite department"), with their country when the lexicon knows the subdivision', run: (s) => regionMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'place.after-preposition', about: 'an unknown capitalised name after "in", "near", "the village of": a place, as a last guess', run: (s) => prepositionPlaceMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'tagger.organization', about: 'capitalised words compromise tags as an organisation', run: (s) => taggedOrganizationMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'event.noun', about: 'events and proposals named by a noun ("an informal meeting", "a five-point proposal")', emits: ['proposal.noun'], run: (s) => eventMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'group.anaphor', about: '"the four countries", "both nations": resolved later to an earlier list of that size', run: (s) => groupMentions(s.sentence, s.text, s.docId) },
];

/** The rules that guess a person from a capitalised word; a title or an honorific is evidence of its own. */
const GUESSES = new Set(['proper.name-in-actor-slot', 'tagger.person']);
/** Words that mark a picture caption in news pages ("Image:", "Photo:"). */
const CAPTION = new Set(['image', 'photo', 'file', 'picture']);

/**
 * One word that can be a person's name alone: not a contraction ("I'm"), an adverb, pronoun, month or weekday, a
 * plural, a word with a capital inside ("JavaScript") or one of the commonest English words ("Constitution", "Life")
 * — unless the tagger or the actor dictionaries know it as a name.
 */
function oneWordName(t: Token, lex: Lexicon): boolean {
  if (/['’](m|ve|ll|d|re|t|s)$/i.test(t.text)) return false;
  if (['Adverb', 'Pronoun', 'Conjunction', 'Preposition', 'Expression', 'Month', 'WeekDay', 'Date'].some((tag) => t.tags.has(tag))) return false;
  if (/\p{Ll}\p{Lu}/u.test(t.text.replace(/^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=\p{Lu})/u, ''))) return false;
  if (t.tags.has('LastName') || t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName')) return true;
  const lower = t.text.toLowerCase();
  // a name of the dictionaries that is also a common word ("Sun", "Life") needs the tagger's word for it
  if (lex.commonWords.has(lower) || (lower.endsWith('s') && lex.commonWords.has(lower.slice(0, -1)))) return false;
  // "Fellow Democrats", "Londoners": who acts, as the agents dictionary names them, or a plural
  if (lex.agents.byFirst.has(lower) || lex.agents.byFirst.has(lower.replace(/s$/, '')) || lex.agents.byFirst.has(`${lower.replace(/s$/, '')}s`)) return false;
  return lex.personNames.family.has(fold(t.text)) || !t.tags.has('Plural');
}

/** Whether a person mention's text can be one person's name (see the `person.shape` phase). */
function personShaped(text: string, lex: Lexicon, surnames: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  if (/[/[\]]/.test(text)) return false;
  if (words.some((w) => w.split('-').length > 1 && w.split('-').every((p) => surnames.has(p)))) return false;
  if (words.length === 1 && /^\p{Lu}{3,}$/u.test(text)) return false;
  if (words.length === 1 && (lex.titles.heads.has(text.toLowerCase()) || lex.titles.honorifics.has(text.toLowerCase()))) return false;
  const last = words[words.length - 1];
  if (words.length > 1 && (THING_WORDS.has(last.toLowerCase()) || lex.orgHeadWords.has(last) || lex.regionHeads.has(last.toLowerCase()))) return false;
  // "Storm Chantal", "Hurricane Humberto": a thing word first names a thing, unless it is also a name ("Park Geun-hye")
  const first = words[0].toLowerCase();
  const nameWord = !lex.commonWords.has(first) && (lex.isGivenName(words[0]) || lex.personNames.family.has(fold(words[0])));
  return !(words.length > 1 && THING_WORDS.has(first) && !nameWord);
}

/** What a document phase sees: the document, the candidates kept so far and the title words found. */
export interface DocumentScope {
  parsed: ParsedDocument;
  lex: Lexicon;
  mentions: Candidate[];
  titles: readonly Candidate[];
}

export type DocumentPhase = Rule<DocumentScope, Candidate[]>;

export const DOCUMENT_PHASES: readonly DocumentPhase[] = [
  {
    id: 'overlap.title-words',
    about: 'a title word is never a name of its own ("Councilor", "Minister"): tagger guesses over a title go; then the overlap policy',
    run: ({ mentions, titles }) => {
      const titleSpans = titles.map((t) => [t.start, t.end] as const);
      return selectMentions(mentions.filter((c) => !(c.form !== 'title' && c.rule.startsWith('tagger.') && titleSpans.some(([a, b]) => c.start < b && a < c.end))));
    },
  },
  {
    id: 'proper.name-in-actor-slot',
    about: 'a capitalised name compromise does not know, standing where an actor stands, is a person when the words are a name: a known given name first, a person of the actor dictionaries, or a surname the document goes on to use alone (read twice per sentence, so that a name coordinated with a later one is seen)',
    run: ({ parsed, lex, mentions, titles }) => {
      const slots: Candidate[] = [];
      const alone = aloneCounts(parsed.sentences);
      for (const s of parsed.sentences) {
        const once = actorSlotNameMentions(s, parsed.doc.text, lex, parsed.doc.id, [...mentions, ...titles], alone);
        slots.push(...once, ...actorSlotNameMentions(s, parsed.doc.text, lex, parsed.doc.id, [...mentions, ...titles, ...once], alone));
      }
      return selectMentions([...mentions, ...slots]);
    },
  },
  {
    id: 'name-part',
    about: 'a word that is part of a person\'s full name in this document is that person, not the tagger\'s place guess ("Bolton")',
    run: ({ mentions }) => {
      const nameParts = new Set(mentions.filter((m) => m.category === 'Person' && m.form === 'name' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
      return mentions.filter((m) => !((m.rule.startsWith('tagger.') || m.rule === 'gazetteer.city') && m.category !== 'Person' && nameParts.has(m.text)));
    },
  },
  { id: 'coref.surname', about: 'a bare surname or given name of a person named in full ("Wang" → Wang Yi)', emits: ['coref.family-name'], run: ({ parsed, lex, mentions, titles }) => selectMentions([...mentions, ...surnameMentions(parsed, mentions, titles, lex)]) },
  { id: 'sports', about: 'in sports copy, places that stand where a team stands are teams', run: ({ parsed, lex, mentions }) => sportsTeams(parsed, mentions, lex) },
  { id: 'alias.acronym', about: '"the Rapid Support Forces (RSF)" defines RSF for the document', run: ({ parsed, mentions }) => acronymAliases(parsed, mentions) },
  { id: 'place.apposition', about: 'names in a chain ending in a country are places in that country ("Mandaragirau, Borno State, Nigeria")', run: ({ parsed, lex, mentions }) => appositionPlaces(parsed, mentions, lex) },
  {
    id: 'person.shape',
    about: 'what cannot be one person\'s name is not: two names joined by a slash or hyphen that are each a person of the document ("Carroll/Patel", "Trump-Pence": a ticket), a name with an editor\'s bracket ("Narendra] Modi"), a word in capitals alone ("COVID"), a title word alone ("Lieutenant"), a name ending in a place, thing or organisation head word ("Santos City", "Quds Force")',
    run: ({ parsed, lex, mentions }) => {
      const full = mentions.filter((m) => m.category === 'Person' && m.form === 'name' && m.text.includes(' '));
      const surnames = new Set(full.map((m) => m.text.split(/\s+/).pop()!));
      const parts = new Set(full.flatMap((m) => m.text.split(/\s+/)));
      const out: Candidate[] = [];
      for (const m of mentions) {
        if (m.category !== 'Person' || m.form === 'title') {
          out.push(m);
          continue;
        }
        const s = parsed.sentences[m.sentence];
        const toks = s.tokens.slice(m.tokens[0], m.tokens[1]);
        if (!personShaped(m.text, lex, surnames)) continue;
        // a name starts with a capital ("de Recherche" is the end of a French name) and does not end in a verb form ("Public Licensed")
        const end = toks[toks.length - 1];
        if (!isCap(toks[0]) || (toks.length > 1 && ['PastTense', 'Gerund', 'Participle'].some((x) => end.tags.has(x)) && !end.tags.has('Person'))) continue;
        // "National de Recherche", "Public Licensed": a name does not start with a common word that is no given name
        if (toks.length > 1 && lex.commonWords.has(toks[0].norm) && !isInitial(toks[0]) && !/^\p{Lu}\.?$/u.test(toks[0].text) && !lex.isGivenName(toks[0].text) && !['FirstName', 'MaleName', 'FemaleName', 'LastName'].some((x) => toks[0].tags.has(x)) && !(toks.length > 2 && isCap(toks[1]) && lex.isGivenName(toks[1].text))) continue;
        // one word a guessing rule took for a person, that no full name of the document has as a part
        if (toks.length === 1 && GUESSES.has(m.rule) && !parts.has(m.text) && !oneWordName(toks[0], lex)) continue;
        // "Met Éireann", "Walter Reed Hospital": one word guessed a person, glued to a capitalised word no rule named, or
        // to the start of another name, is part of a longer name
        const prev = s.tokens[m.tokens[0] - 1];
        const glued = (t: Token | undefined, k: number) => !!t && isCap(t) && !apart(s.tokens, k) && !FUNCTION_WORDS.has(t.norm) && !['Adjective', 'Demonym', 'Adverb', 'Date', 'Conjunction'].some((x) => t.tags.has(x)) && !lex.titles.heads.has(t.norm) && !lex.titles.honorifics.has(t.norm) && !lex.titles.modifiers.has(t.norm) && !t.possessive;
        const next = s.tokens[m.tokens[1]];
        const named = (t: Token) => mentions.some((o) => o !== m && o.start < t.end && t.start < o.end);
        if (toks.length === 1 && GUESSES.has(m.rule) && ((glued(prev, m.tokens[0]) && !named(prev)) || (next && glued(next, m.tokens[1]) && named(next) && !mentions.some((o) => o.category === 'Person' && o.start === next.start)))) continue;
        // "Director of National Intelligence John Ratcliffe": a common word before a given name is not part of the name
        if (toks.length > 2 && lex.commonWords.has(toks[0].norm) && !lex.isGivenName(toks[0].text) && !toks[0].tags.has('FirstName') && isCap(toks[1]) && (lex.isGivenName(toks[1].text) || toks[1].tags.has('FirstName'))) {
          out.push({ ...m, ...span(s, m.tokens[0] + 1, m.tokens[1], parsed.doc.text) });
          continue;
        }
        // "Tom Tancredo Image: Gage Skidmore", "Howie HawkinsImage:": a caption's marker is markup, not a name
        const last = toks[toks.length - 1];
        if (toks.length > 2 && CAPTION.has(last.norm) && parsed.doc.text[last.end] === ':') {
          out.push({ ...m, ...span(s, m.tokens[0], m.tokens[1] - 1, parsed.doc.text) });
          continue;
        }
        const gluedCaption = /\p{Ll}(\.?(?:Image|Photo))$/u.exec(last.text);
        if (toks.length > 1 && gluedCaption && parsed.doc.text[last.end] === ':') {
          const end = m.end - gluedCaption[1].length;
          out.push({ ...m, end, text: parsed.doc.text.slice(m.start, end) });
          continue;
        }
        // "Cyrus R. Vance, Jr.": the generational suffix after a comma is part of the name (and tells the son apart)
        const suffix = /^,?\s(Jr|Sr)\b\.?/.exec(parsed.doc.text.slice(m.end, m.end + 6));
        if (toks.length > 1 && suffix) {
          const end = m.end + suffix[0].length;
          out.push({ ...m, end, text: parsed.doc.text.slice(m.start, end) });
          continue;
        }
        // "John R. Lewis Voting Rights Act", "Clinton Foundation": a name inside the name of a thing
        if (next && isCap(next) && !apart(s.tokens, m.tokens[1]) && (THING_WORDS.has(next.norm) || lex.orgHeadWords.has(next.text))) continue;
        out.push(m);
      }
      return out;
    },
  },
  { id: 'coref.definite-title', about: '"the foreign minister" is the one person named earlier with that title', run: ({ parsed, lex, mentions, titles }) => selectMentions([...mentions, ...definiteTitleMentions(parsed, mentions, [...titles], lex)]) },
];
