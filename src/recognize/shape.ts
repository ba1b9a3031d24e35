/**
 * recognize/shape: rule `person.shape` — what cannot be one person's name is not a person, and a name's span loses
 * what is not the name (a title's leftover word, a caption's marker) or gains its generational suffix.
 */
import { fold, slug, type Lexicon } from '../lexicon/index.js';
import type { Candidate, ParsedDocument, Token } from '../model.js';
import { lexicalTag } from '../parse/nlp.js';
import { apart, isAllCaps, isCap, isInitial, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, givenTag, GUESSES, NAME_PARTICLES, nameTag, THING_WORDS } from './words.js';
import { VESSEL_PREFIXES } from './titles.js';

/** Things named after a person, as the lower-case noun after the name: "the Johan Sverdrup oil field", "the Harry Potter series". */
const NAMED_AFTER = new Set(['field', 'mine', 'pipeline', 'dam', 'reactor', 'telescope', 'ship', 'vessel', 'rover', 'spacecraft', 'probe', 'satellite', 'carrier', 'tunnel', 'canal', 'series', 'franchise', 'saga']);

/** First words of a place's name before a person's: "Place Hélène Metges", "Fort Peck", "Mount Rushmore". */
const PLACE_FIRSTS = new Set(['place', 'rue', 'avenue', 'fort', 'lake', 'mount', 'port', 'camp', 'cape', 'plaza', 'piazza', 'via', 'boulevard', 'lac', 'masjid', 'hagia', 'haghia']);

/** Built places a name may be in apposition with ("Hagia Sophia, … a museum"). */
const BUILT = new Set(['museum', 'church', 'mosque', 'temple', 'cathedral', 'monastery', 'shrine', 'building', 'tower', 'castle', 'palace', 'monument']);

/** Sectors of the agents dictionary that are a faith: a word for its believers names no one ("Roman Catholic"). */
const FAITH_SECTORS = new Set(['CHR', 'MUS', 'JEW', 'HIN', 'BUD']);

/** Nouns for a place before "called" or "named" and its name: "a site called Abri Peyrony". */
const PLACE_NOUNS = new Set(['site', 'town', 'village', 'city', 'area', 'place', 'region', 'island', 'river', 'cave', 'camp', 'building', 'street', 'mountain', 'lake']);

/** Letters after a name: honours, ranks at the bar, degrees ("Durham Hall QC", "Jane Roe PhD"). */
const POSTNOMINALS = new Set(['QC', 'KC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'Esq', 'FRS', 'MP', 'MSP', 'MEP', 'MLA']);
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
  // a verb the tagger's lexicon knows, that no list of names holds, read as a name after one ("Announced in the evening")
  // (or that the tagger reads as a verb where it stands)
  if ((['PastTense', 'Gerund', 'PresentTense', 'Infinitive', 'Participle'].includes(t.lexical ?? '') || (t.tags.has('Verb') && !t.tags.has('Noun') && !nameTag(t))) && !lex.peopleNames.has(fold(t.text))) return false;
  if (nameTag(t)) return true;
  const lower = t.text.toLowerCase();
  // a name of the dictionaries that is also a common word ("Sun", "Life") needs the tagger's word for it
  if (lex.commonWords.has(lower) || (lower.endsWith('s') && lex.commonWords.has(lower.slice(0, -1)))) return false;
  // "Democrats", "Republicans": a party's members
  if (lower.endsWith('s') && lex.titles.affiliations.has(lower.slice(0, -1))) return false;
  // "Fellow Democrats", "Londoners": who acts, as the agents dictionary names them, or a plural
  if (lex.agents.byFirst.has(lower) || lex.agents.byFirst.has(lower.replace(/s$/, '')) || lex.agents.byFirst.has(`${lower.replace(/s$/, '')}s`)) return false;
  // a word no list of names holds ("Macron", but also "Kathimerini") may be a surname: the graph keeps it only in a
  // relation (`graph.unresolved-name`)
  return lex.personNames.family.has(fold(t.text)) || lex.peopleNames.has(fold(t.text)) || !t.tags.has('Plural');
}

/** A word for a faith's believers: the first word of an agent of a faith's sector ("catholic bishops"), not a title ("Bishop", a surname too). */
const faithWord = (w: string, lex: Lexicon) =>
  (lex.agents.byFirst.get(w.toLowerCase()) ?? []).some((a) => FAITH_SECTORS.has(a.sector)) && !lex.titles.heads.has(w.toLowerCase());

/** Whether a person mention's text can be one person's name. */
function personShaped(text: string, lex: Lexicon, surnames: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  // markup, or two names in one ("Robert Downey Jr., Scarlett Johansson")
  if (/[/[\]—–]/.test(text) || /,(?!\s*(Jr|Sr)\b\.?$)/.test(text)) return false;
  if (words.some((w) => w.split('-').length > 1 && w.split('-').every((p) => surnames.has(p)))) return false;
  if (words.length === 1 && /^\p{Lu}{3,}$/u.test(text)) return false;
  if (words.some((w) => /['’](m|ve|ll|re)$/i.test(w))) return false; // a contraction: "V. I'm"
  if (words.length === 1 && (lex.titles.heads.has(text.toLowerCase()) || lex.titles.honorifics.has(text.toLowerCase()) || lex.orgHeadWords.has(text))) return false;
  const last = words[words.length - 1];
  // (or a built place's: "Bernardo O'Higgins Riquelme Base")
  const thingLast = lex.classifiers.thing.has(last.toLowerCase()) && !lex.personNames.family.has(fold(last)) && !lex.peopleNames.has(fold(last));
  if (words.length > 1 && (THING_WORDS.has(last.toLowerCase()) || thingLast || lex.orgHeadWords.has(last) || lex.regionHeads.has(last.toLowerCase()) || lex.facilityHeads.some((f) => f.length === 1 && f[0] === last))) return false;
  // "Abraham Accords", "Wyatt Family", "Libertarian National Convention": a common word that no list of names
  // holds ends no person's name ("Robert Hunter", "Robert Burns" are names)
  const end = last.toLowerCase();
  if (words.length > 1 && lex.commonWords.has(end) && !lex.peopleNames.has(fold(last)) && !lex.personNames.family.has(fold(last)) && (!lex.isGivenName(last) || ['Plural', 'PresentTense'].includes(lexicalTag(end) ?? ''))) return false;
  // "Roman Catholic", "Catholic Christianity": a word for a faith's believers is no part of a name (a given name first
  // may be one: "Christian Keysers")
  if (words.some((w, k) => faithWord(w, lex) && !(k === 0 && words.length > 1 && lex.isGivenName(w)))) return false;
  // "Storm Chantal", "Hurricane Humberto": a thing word first names a thing, unless it is also a name ("Park Geun-hye")
  const first = words[0].toLowerCase();
  const nameWord = !lex.commonWords.has(first) && (lex.isGivenName(words[0]) || lex.personNames.family.has(fold(words[0])));
  return !(words.length > 1 && THING_WORDS.has(first) && !nameWord);
}

/** The `person.shape` phase over a document's candidates. */
export function shapePersons(parsed: ParsedDocument, mentions: Candidate[], lex: Lexicon): Candidate[] {
  const text = parsed.doc.text;
  // a name does not end in a verb form ("Public Licensed", "[Narendra] Modi Announced")
  const verbEnd = (m: Candidate) => {
    const last = parsed.sentences[m.sentence]?.tokens[m.tokens[1] - 1];
    const verb = ['PastTense', 'Gerund', 'Participle'].some((x) => last?.tags.has(x) || last?.lexical === x);
    return !!last && m.tokens[1] - m.tokens[0] > 1 && verb && !last.tags.has('Person') && !lex.peopleNames.has(fold(last.text));
  };
  const full = mentions.filter((m) => m.category === 'Person' && m.form === 'name' && m.text.includes(' ') && !verbEnd(m) && !m.text.split(/\s+/).some((w) => faithWord(w, lex)));
  const surnames = new Set(full.map((m) => m.text.split(/\s+/).pop()!));
  // the words of full names, and the pieces of their hyphened words ("al-Eryani" gives "Eryani")
  const parts = new Set(full.flatMap((m) => m.text.split(/\s+/).flatMap((w) => [w, ...w.split('-')])));
  const orgs = mentions.filter((m) => m.category === 'Organization' && m.form === 'name' && m.text.includes(' '));
  const named = (m: Candidate, t: Token) => mentions.some((o) => o !== m && o.start < t.end && t.start < o.end);
  // one word the document also writes in lower case ("Coronavirus … the coronavirus") or names as a thing ("the
  // dinosaur Caudipteryx") is that word or thing wherever it stands
  const lowerWords = new Set(parsed.sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text)));
  const things = new Set(mentions.filter((m) => m.category === 'Person' && GUESSES.has(m.rule) && afterThing(m)).map((m) => m.text));
  function afterThing(m: Candidate, here = false): boolean {
    const s = parsed.sentences[m.sentence];
    let k = m.tokens[0] - 1;
    // "the character of Anya Jenkins", "a site called Abri Peyrony", "a ship named Aldea"
    if (k > 0 && ['of', 'called', 'named'].includes(s.tokens[k].norm) && !apart(s.tokens, m.tokens[0])) k--;
    const before = s.tokens[k];
    // "MV Professor Albrecht Penck", "USS Cole": a ship's prefix (a title word may stand between) makes this mention
    // a ship's name, not every mention of the name ("renamed their ship after Alan Kurdi … the MV Alan Kurdi")
    const prefix = [s.tokens[m.tokens[0] - 1], s.tokens[m.tokens[0] - 2]].find((t) => t && VESSEL_PREFIXES.has(t.text));
    if (here && prefix && (prefix === s.tokens[m.tokens[0] - 1] || lex.titles.heads.has(s.tokens[m.tokens[0] - 1].norm))) return true;
    return !!before && /^\p{Ll}/u.test(before.text) && !before.possessive && !apart(s.tokens, k + 1) && (lex.classifiers.thing.has(before.norm) || (k < m.tokens[0] - 1 && s.tokens[k + 1].norm !== 'of' && PLACE_NOUNS.has(before.norm)));
  }
  const kinds = (w: string) => lex.classifiers.organization.has(w) || lex.classifiers.thing.has(w) || THING_WORDS.has(w) || PLACE_NOUNS.has(w) || BUILT.has(w);
  /** "Drexel Burnham Lambert, an investment bank", "Hagia Sophia, formerly a Greek Orthodox church": in apposition, a kind of organisation, thing or place. */
  function apposedKind(m: Candidate): boolean {
    const t = parsed.sentences[m.sentence].tokens;
    let k = m.tokens[1];
    if (!t[k] || !/^,\s*$/.test(t[k - 1].post)) return false;
    if (['formerly', 'now', 'once'].includes(t[k].norm)) k++;
    if (!['a', 'an', 'the'].includes(t[k]?.norm ?? '')) return false;
    let head: Token | undefined;
    for (k++; k < t.length && k < m.tokens[1] + 7 && !FUNCTION_WORDS.has(t[k].norm) && !t[k].possessive; k++) {
      head = t[k];
      if (apart(t, k + 1) || !t[k + 1]) break;
    }
    return !!head && /^\p{Ll}/u.test(head.text) && kinds(head.norm) && !lex.titles.heads.has(head.norm);
  }
  // "Mike McCready of Pearl Jam": after a person's name and "of", a name is where they belong, not someone
  const ofPerson = (m: Candidate) => {
    const t = parsed.sentences[m.sentence].tokens;
    return t[m.tokens[0] - 1]?.norm === 'of' && mentions.some((o) => o !== m && o.category === 'Person' && o.form === 'name' && o.sentence === m.sentence && o.tokens[1] === m.tokens[0] - 1);
  };
  const out: Candidate[] = [];
  for (const m of mentions) {
    if (m.category !== 'Person' || m.form === 'title') {
      out.push(m);
      continue;
    }
    const s = parsed.sentences[m.sentence];
    const toks = s.tokens.slice(m.tokens[0], m.tokens[1]);
    const last = toks[toks.length - 1];
    const prev = s.tokens[m.tokens[0] - 1];
    const next = s.tokens[m.tokens[1]];
    if (!personShaped(m.text, lex, surnames)) continue;
    // a name starts with a capital ("de Recherche" is the end of a French name) and does not end in a verb form
    if (!isCap(toks[0]) || verbEnd(m)) continue;
    // "the dinosaur Caudipteryx", "the ship Aldea": a name guessed after a thing's noun in apposition is no one's
    if ((GUESSES.has(m.rule) || m.rule === 'coref.surname') && things.has(m.text)) continue;
    // "Patrick Crusius of Allen, Texas": a surname before a comma and a region or country is a town's name
    if (toks.length === 1 && (GUESSES.has(m.rule) || m.rule === 'coref.surname') && next && /^,\s*$/.test(last.post) && mentions.some((o) => o.start === next.start && o.rule.startsWith('gazetteer.') && (o.category === 'Location' || o.category === 'Country'))) continue;
    if (GUESSES.has(m.rule) && (apposedKind(m) || ofPerson(m))) continue;
    // "UC Davis": letters in capitals start no person's name (unless all of it is in capitals: "ROBERTO DURAN")
    if (GUESSES.has(m.rule) && toks.length > 1 && /^\p{Lu}{2,}$/u.test(toks[0].text) && !toks.every((t) => isAllCaps(t.text))) continue;
    if (GUESSES.has(m.rule) && (afterThing(m, true) || (toks.length === 1 && !parts.has(m.text) && lowerWords.has(m.text.toLowerCase())))) continue;
    // "Mahan" after "Mahan Air", "Salling" after "Salling Group": one word guessed to be a person that starts the
    // name of an organisation the document gives, and no person's, is that organisation
    const org = toks.length === 1 && GUESSES.has(m.rule) && !parts.has(m.text) ? orgs.find((o) => o.text.split(/\s+/)[0] === m.text) : undefined;
    if (org) {
      out.push({ ...m, category: 'Organization', form: 'alias', label: org.label ?? org.text, rule: 'coref.organization-short' });
      continue;
    }
    // a common word first that is no name and no initial: "National de Recherche" is no person; before a given name
    // ("Director of National Intelligence John Ratcliffe") it is a title's leftover, cut off
    // (or, after a title's "of", a place: "Mayor of Koszalin Piotr Jedlinski")
    const nameWord = (t: Token) => lex.isGivenName(t.text) || lex.peopleNames.has(fold(t.text)) || lex.personNames.family.has(fold(t.text));
    const ofPlace = toks.length > 1 && prev?.norm === 'of' && !nameWord(toks[0]) && !isInitial(toks[0]);
    const leading = toks.length > 1 && ((ofPlace && isCap(toks[1]) && givenTag(toks[1]) && lex.isGivenName(toks[1].text)) || (lex.commonWords.has(toks[0].norm) && !isInitial(toks[0]) && !/^\p{Lu}\.?$/u.test(toks[0].text) && !lex.isGivenName(toks[0].text) && !nameTag(toks[0])));
    const givenSecond = toks.length > 2 && isCap(toks[1]) && (lex.isGivenName(toks[1].text) || givenTag(toks[1]));
    // "Place Hélène Metges", "Fort Peck", "Mount Rushmore": a guessed name after a place's first word is the place's
    if (GUESSES.has(m.rule) && ((prev && isCap(prev) && !apart(s.tokens, m.tokens[0]) && PLACE_FIRSTS.has(prev.norm)) || (toks.length > 1 && PLACE_FIRSTS.has(toks[0].norm)))) continue;
    if (leading && !givenSecond) continue;
    // "Republican Larry Hogan", "Democrat Spearman": a party's member word stands before the name as a title does
    if (toks.length > 1 && lex.titles.affiliations.has(toks[0].norm) && isCap(toks[1]) && (nameWord(toks[1]) || givenTag(toks[1]) || !lex.commonWords.has(toks[1].norm))) {
      out.push({ ...m, ...span(s, m.tokens[0] + 1, m.tokens[1], text) });
      continue;
    }
    // one word a guessing rule took for a person, that no full name of the document has as a part
    // (a surname no full name of the document bears is a guess too: "Announced in the evening, …")
    if (toks.length === 1 && (GUESSES.has(m.rule) || m.rule === 'coref.surname') && !parts.has(m.text) && !oneWordName(toks[0], lex)) continue;
    // "Met Éireann", "Walter Reed Hospital": one word guessed a person, glued to a capitalised word no rule named, or
    // to the start of another name, is part of a longer name
    const glued = (t: Token | undefined, k: number) => !!t && isCap(t) && !apart(s.tokens, k) && !FUNCTION_WORDS.has(t.norm) && !['Adjective', 'Demonym', 'Adverb', 'Date', 'Conjunction'].some((x) => t.tags.has(x)) && !lex.titles.heads.has(t.norm) && !lex.titles.honorifics.has(t.norm) && !lex.titles.modifiers.has(t.norm) && !t.possessive;
    if (toks.length === 1 && GUESSES.has(m.rule) && ((glued(prev, m.tokens[0]) && !named(m, prev)) || (next && glued(next, m.tokens[1]) && named(m, next) && !mentions.some((o) => o.category === 'Person' && o.start === next.start)))) continue;
    // 'Matiu "Matt" Ratana', 'Edward Lodewijk "Eddie" Van Halen': a nickname in quotes, then the surname
    if (next && (/["“]\s*$/.test(last.post) || /["“]$/.test(next.pre)) && isCap(next) && /^["”]\s+$/.test(next.post)) {
      let k = m.tokens[1] + 1;
      while (k < s.tokens.length && k - m.tokens[1] <= 3 && (isCap(s.tokens[k]) || NAME_PARTICLES.has(s.tokens[k].norm)) && (k === m.tokens[1] + 1 || !apart(s.tokens, k))) k++;
      if (k > m.tokens[1] + 1 && isCap(s.tokens[k - 1])) {
        const name = `${m.text} ${text.slice(s.tokens[m.tokens[1] + 1].start, s.tokens[k - 1].end)}`;
        out.push({ ...m, ...span(s, m.tokens[0], k, text), label: name });
        continue;
      }
    }
    // "Mark and Patricia McCloskey", "Tomasz and Marek Sekielski": a given name alone before "and" and a full name
    // shares its surname
    const pair = toks.length === 1 && next?.norm === 'and' && lex.isGivenName(toks[0].text) ? mentions.find((o) => o.category === 'Person' && o.form === 'name' && o.sentence === m.sentence && o.tokens[0] === m.tokens[1] + 1 && o.tokens[1] - o.tokens[0] === 2 && lex.isGivenName(s.tokens[o.tokens[0]].text)) : undefined;
    const shared = pair && s.tokens[pair.tokens[1] - 1];
    // (not a surname of the document's: "Carroll and La Riva"; not a thing's word: "The Bernie and Sid Show")
    if (pair && shared && !/[,;:]/.test(last.post) && !surnames.has(m.text) && !THING_WORDS.has(shared.norm) && !lex.classifiers.thing.has(shared.norm) && (!lex.commonWords.has(shared.norm) || lex.personNames.family.has(fold(shared.text)))) {
      const name = `${m.text} ${shared.text}`;
      out.push({ ...m, key: `person:${slug(name)}`, label: name, rule: 'coref.shared-surname' });
      continue;
    }
    // "Wayne A. I. Frederick": a given name glued before a name of initials is its start (and no person alone)
    const initialsNext = (k: number) => mentions.find((o) => o.category === 'Person' && o.rule === 'name.initials' && o.start === s.tokens[k]?.start);
    if (toks.length === 1 && GUESSES.has(m.rule) && lex.isGivenName(toks[0].text) && next && !apart(s.tokens, m.tokens[1]) && initialsNext(m.tokens[1])) continue;
    if (m.rule === 'name.initials' && prev && isCap(prev) && !apart(s.tokens, m.tokens[0]) && lex.isGivenName(prev.text) && givenTag(prev)) {
      out.push({ ...m, ...span(s, m.tokens[0] - 1, m.tokens[1], text) });
      continue;
    }
    // a guessed full name after a given name no rule named starts with it ("Borat actor Sacha Baron Cohen")
    if (toks.length > 1 && GUESSES.has(m.rule) && glued(prev, m.tokens[0]) && !named(m, prev) && !lex.titles.affiliations.has(prev!.norm) && !prev!.tags.has('Place') && m.tokens[0] > 1 && /^\p{L}+$/u.test(prev!.text) && lex.isGivenName(prev!.text) && givenTag(prev!) && !lex.commonWords.has(prev!.norm)) {
      out.push({ ...m, ...span(s, m.tokens[0] - 1, m.tokens[1], text) });
      continue;
    }
    // "Senators Kamala Harris and Elizabeth Warren": a plural title before the name is not part of it
    if (toks.length > 2 && /s$/.test(toks[0].norm) && lex.titles.heads.has(toks[0].norm.slice(0, -1))) {
      out.push({ ...m, ...span(s, m.tokens[0] + 1, m.tokens[1], text) });
      continue;
    }
    // "the early period of Roman Egypt": a name ends in no country's name ("Michael Jordan" is a name)
    if (toks.length > 1 && !lex.personNames.family.has(fold(last.text)) && !lex.peopleNames.has(fold(last.text)) && (lex.gazetteer.get(last.norm) ?? []).some((g) => g.category === 'Country' && g.folded.length === 1)) continue;
    // "Prayuth Chan-o-cha": a name goes on over words glued to it by hyphens
    let to = m.tokens[1];
    while (s.tokens[to - 1].post === '-' && s.tokens[to] && !/\s/.test(s.tokens[to].pre) && /^\p{L}+$/u.test(s.tokens[to].text) && (isCap(s.tokens[to]) || (!s.tokens[to].lexical && !lex.commonWords.has(s.tokens[to].norm)))) to++;
    if (to > m.tokens[1]) {
      out.push({ ...m, ...span(s, m.tokens[0], to, text) });
      continue;
    }
    // "De La Fuente made …": the capitalised particles before a surname are part of it
    let from = m.tokens[0];
    while (from > 0 && NAME_PARTICLES.has(s.tokens[from - 1].norm) && isCap(s.tokens[from - 1]) && !apart(s.tokens, from) && !named(m, s.tokens[from - 1])) from--;
    if (from < m.tokens[0] && !leading) {
      out.push({ ...m, ...span(s, from, m.tokens[1], text) });
      continue;
    }
    if (leading && givenSecond) {
      out.push({ ...m, ...span(s, m.tokens[0] + 1, m.tokens[1], text) });
      continue;
    }
    // "Michael J. T" of "Michael J. T. Guy", "George W" of "George W. Bush": a name cut after an initial (a sentence
    // taken to end at the stop)
    if (toks.length > 1 && /^\p{Lu}$/u.test(last.text) && /^\.\s+\p{Lu}/u.test(text.slice(last.end, last.end + 3))) continue;
    // "Durham Hall QC": letters after a name are an honour or a degree, not the name
    if (toks.length > 2 && POSTNOMINALS.has(last.text.replace(/\.$/, ''))) {
      out.push({ ...m, ...span(s, m.tokens[0], m.tokens[1] - 1, text) });
      continue;
    }
    // "Tom Tancredo Image: Gage Skidmore", "Howie HawkinsImage:": a caption's marker is markup, not a name
    if (toks.length > 2 && CAPTION.has(last.norm) && text[last.end] === ':') {
      out.push({ ...m, ...span(s, m.tokens[0], m.tokens[1] - 1, text) });
      continue;
    }
    const gluedCaption = /\p{Ll}(\.?(?:Image|Photo))$/u.exec(last.text);
    // "Cyrus R. Vance, Jr.": the generational suffix after a comma is part of the name (and tells the son apart)
    const suffix = /^,?\s(Jr|Sr)\b\.?/.exec(text.slice(m.end, m.end + 6));
    const end = toks.length > 1 && gluedCaption && text[last.end] === ':' ? m.end - gluedCaption[1].length : toks.length > 1 && suffix ? m.end + suffix[0].length : undefined;
    if (end !== undefined) {
      if (!personShaped(text.slice(m.start, end), lex, surnames)) continue;
      out.push({ ...m, end, text: text.slice(m.start, end) });
      continue;
    }
    // "John R. Lewis Voting Rights Act", "Clinton Foundation", "James Webb Space Telescope": a name inside the name
    // of a thing (the thing's word within three capitalised words after it)
    let k = m.tokens[1];
    while (k < s.tokens.length && k < m.tokens[1] + 3 && isCap(s.tokens[k]) && !apart(s.tokens, k) && !THING_WORDS.has(s.tokens[k].norm) && !lex.orgHeadWords.has(s.tokens[k].text)) k++;
    const thing = last.possessive ? undefined : s.tokens[k]; // "Trump's White House staff" is his
    if (thing && isCap(thing) && !apart(s.tokens, k) && (THING_WORDS.has(thing.norm) || lex.orgHeadWords.has(thing.text))) continue;
    // "the Baylor Scott and White Medical Center": a guessed name joined by "and" to the rest of an organisation's name
    if (GUESSES.has(m.rule) && k === m.tokens[1] && ['and', '&'].includes(next?.text ?? '') && !apart(s.tokens, k + 1)) {
      let e = k + 1;
      while (e < s.tokens.length && e < k + 5 && isCap(s.tokens[e]) && !apart(s.tokens, e)) e++;
      if (e > k + 2 && lex.orgHeadWords.has(s.tokens[e - 1].text)) continue;
    }
    // "NASA's James Webb space telescope": in lower case, a noun or two ending in the thing's word
    const lower = (j: number) => !!s.tokens[j] && !isCap(s.tokens[j]) && !apart(s.tokens, j) && s.tokens[j].tags.has('Noun') && !s.tokens[j].tags.has('Pronoun');
    const after = m.tokens[1];
    // ("the Johan Sverdrup oil field": or a built thing named after someone; "the James Cagney film", "Bob
    // Woodward's book" are theirs)
    const thingWord = (j: number) => THING_WORDS.has(s.tokens[j].norm) || NAMED_AFTER.has(s.tokens[j].norm);
    if (!last.possessive && lower(after) && (thingWord(after) || (lower(after + 1) && thingWord(after + 1)))) continue;
    // "the plane, a Beechcraft Sierra": a guessed name after "a" names a kind or a model, not someone
    if (GUESSES.has(m.rule) && toks.length > 1 && ['a', 'an'].includes(prev?.text ?? '') && !apart(s.tokens, m.tokens[0])) continue;
    out.push(m);
  }
  return out;
}
