/**
 * recognize/rules: the mention rules, in the order they run — a cascade of phases, as in GATE: the sentence rules
 * each read one sentence (and what the rules before them found there); then the document phases each rewrite the
 * document's candidates, reading what the phases before them kept. Adding a rule is adding an entry here.
 * Every candidate a rule makes carries a rule id that starts with the entry's id.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument, Rule, Sentence } from '../model.js';
import { collectiveMentions } from './collectives.js';
import { acronymAliases, definiteTitleMentions, surnameMentions } from './coref.js';
import { eventMentions, groupMentions } from './events.js';
import { gazetteerMentions } from './gazetteer.js';
import { actorSlotNameMentions, aloneCounts, initialledNameMentions, taggedPersonMentions } from './names.js';
import { classifiedOrganizations, kindNounOrganizations, organizationMentions, repeatedOrganizations, taggedOrganizationMentions } from './organizations.js';
import { selectMentions } from './overlap.js';
import { appositionPlaces, facilityMentions, prepositionPlaceMentions, regionMentions, taggedPlaceMentions } from './places.js';
import { shapePersons } from './shape.js';
import { sportsTeams } from './sports.js';
import { honorificMentions, titledPersonMentions } from './titles.js';

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
  { id: 'proper.organization-classifier', about: 'a capitalised name after a lower-case noun for a kind of organisation, in apposition ("the energy company Burisma", "Greek daily Kathimerini", "airline Mahan Air"), that no gazetteer entry or other rule names', run: (s) => classifiedOrganizations(s.sentence, s.text, s.lex, s.docId, s.found) },
  { id: 'proper.organization-kind', about: 'after "the", a capitalised name nothing else names, then a noun for a kind of body ("the Tehreek-e-Labbaik party")', run: (s) => kindNounOrganizations(s.sentence, s.text, s.lex, s.docId, s.found) },
  { id: 'tagger.place', about: 'capitalised words compromise tags as a place', run: (s) => taggedPlaceMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'proper.facility', about: 'airports, bases, refineries by their head word ("Goma Airport")', run: (s) => facilityMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'proper.region', about: 'regions by their head word ("Borno State", "Artibonite department"), with their country when the lexicon knows the subdivision', run: (s) => regionMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'place.after-preposition', about: 'an unknown capitalised name after "in", "near", "the village of": a place, as a last guess', run: (s) => prepositionPlaceMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'tagger.organization', about: 'capitalised words compromise tags as an organisation, with its lexicon or a head word behind them; letters in capitals without either are a guess the graph keeps only when linked', emits: ['tagger.organization-acronym'], run: (s) => taggedOrganizationMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'event.noun', about: 'events and proposals named by a noun ("an informal meeting", "a five-point proposal")', emits: ['proposal.noun'], run: (s) => eventMentions(s.sentence, s.text, s.lex, s.docId) },
  { id: 'group.anaphor', about: '"the four countries", "both nations": resolved later to an earlier list of that size', run: (s) => groupMentions(s.sentence, s.text, s.docId) },
];

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
    about: 'a word that is part of a person\'s full name in this document is that person, not the tagger\'s or a preposition\'s place guess ("Bolton", "in Chirac\'s time")',
    run: ({ mentions }) => {
      const nameParts = new Set(mentions.filter((m) => m.category === 'Person' && m.form === 'name' && m.text.includes(' ')).flatMap((m) => m.text.split(/\s+/)));
      return mentions.filter((m) => !((m.rule.startsWith('tagger.') || m.rule === 'gazetteer.city' || m.rule === 'place.after-preposition') && m.category !== 'Person' && nameParts.has(m.text)));
    },
  },
  { id: 'coref.surname', about: 'a bare surname or given name of a person named in full ("Wang" → Wang Yi)', emits: ['coref.family-name'], run: ({ parsed, lex, mentions, titles }) => selectMentions([...mentions, ...surnameMentions(parsed, mentions, titles, lex)]) },
  { id: 'coref.organization-repeat', about: 'an organisation\'s name the document gives is that organisation wherever the document writes it again, over a guessed person or place ("Red Hat said", after "software company Red Hat")', run: ({ parsed, lex, mentions }) => repeatedOrganizations(parsed.sentences, parsed.doc.text, mentions, lex) },
  { id: 'sports', about: 'in sports copy, places that stand where a team stands are teams', run: ({ parsed, lex, mentions }) => sportsTeams(parsed, mentions, lex) },
  { id: 'alias.acronym', about: '"the Rapid Support Forces (RSF)" defines RSF for the document', run: ({ parsed, mentions }) => acronymAliases(parsed, mentions) },
  { id: 'place.apposition', about: 'names in a chain ending in a country are places in that country ("Mandaragirau, Borno State, Nigeria")', run: ({ parsed, lex, mentions }) => appositionPlaces(parsed, mentions, lex) },
  {
    id: 'person.shape',
    about: 'what cannot be one person\'s name is not: two names joined by a slash or hyphen that are each a person of the document ("Carroll/Patel", "Trump-Pence": a ticket), a name with an editor\'s bracket ("Narendra] Modi"), a word in capitals alone ("COVID"), a title word alone ("Lieutenant"), a name ending in a place, thing or organisation head word ("Santos City", "Quds Force"); a name guessed after a thing\'s noun in apposition is no one ("the dinosaur Caudipteryx"), nor one with a kind of body or building in apposition after it ("Drexel Burnham Lambert, an investment bank"), nor one after a person\'s name and "of" ("Mike McCready of Pearl Jam"), nor one starting with letters in capitals ("UC Davis"); a word for a faith\'s believers is no part of a name ("Roman Catholic"); one word that starts an organisation\'s name in the document is that organisation ("Mahan" after "Mahan Air")',
    emits: ['coref.organization-short', 'coref.shared-surname'],
    run: ({ parsed, lex, mentions }) => shapePersons(parsed, mentions, lex),
  },
  { id: 'coref.definite-title', about: '"the foreign minister" is the one person named earlier with that title', run: ({ parsed, lex, mentions, titles }) => selectMentions([...mentions, ...definiteTitleMentions(parsed, mentions, [...titles], lex)]) },
];
