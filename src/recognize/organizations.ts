/** recognize/organizations: `proper.organization` (a capitalised phrase ending in a head word) and `tagger.organization`. */
import type { Lexicon } from '../lexicon/index.js';
import type { Candidate, Sentence, Token } from '../model.js';
import { lexicalTag } from '../parse/nlp.js';
import { apart, breaksAfter, isAllCaps, isCap, nameRuns, span } from '../parse/tokens.js';
import { FUNCTION_WORDS, givenTag, headAt, THING_WORDS } from './words.js';

/** Lower-case nouns that make the capitalised name before them an organisation's ("the Tehreek-e-Labbaik party"). */
/** Nouns for a kind of organisation after its name ("the Wagner group", "al-Qaeda terror network"). */
export const KIND_NOUNS: ReadonlySet<string> = new Set(['party', 'movement', 'group', 'militia', 'organization', 'organisation', 'front', 'alliance', 'coalition', 'faction', 'union', 'network']);

/** Chambers a party's majority holds: "the Republican Senate" is no body of its own. */
const CHAMBERS = new Set(['Senate', 'House', 'Assembly', 'Congress', 'Parliament']);

/** Head words after which "on" goes on with the name: "Commission on International Religious Freedom". */
const ON_HEADS = new Set(['Committee', 'Subcommittee', 'Commission', 'Council', 'Panel', 'Board', 'Conference', 'Institute', 'Centre', 'Center']);

/** Words that name a part or the whole of the organisation named before them ("ABS-CBN News Channel", "Selective Service System"). */
const ORG_TAILS = new Set(['Channel', 'Network', 'Bureau', 'Division', 'System']);

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);

/**
 * Where an organisation's name that ends before token `e` really ends: "Ministry of Foreign Affairs", "Party for
 * Freedom", "Ministry of Foreign Affairs and Trade" ("and" only after "of"/"for", and not before a second
 * organisation: "University of Washington and Stanford University"); never into a bracket ("Parliament of New South
 * Wales (NSW)").
 */
function continuation(toks: Token[], e: number, lex: Lexicon): number {
  const open = (k: number) => /[([]/.test(toks[k].pre) || /[[\]]/.test(toks[k].text);
  // a given name before a capitalised word starts a person's name ("Presidency of Donald Trump", "House of Representatives Darin LaHood")
  const person = (k: number) => givenTag(toks[k]) && toks[k].tags.has('Person') && !toks[k].tags.has('Place') && !!toks[k + 1] && isCap(toks[k + 1]) && !lex.orgHeadWords.has(toks[k + 1].text) && !breaksAfter(toks[k]);
  let linked = false;
  // "of the" / "for the" before a capitalised word: "Ministry of the Interior", "Court of Appeals for the Third Circuit"
  const the = (k: number) => (['of', 'for'].includes(toks[k].norm) && toks[k + 1]?.norm === 'the' && !!toks[k + 2] && isCap(toks[k + 2]) && !breaksAfter(toks[k + 1]) ? 1 : 0);
  // "on" after a committee's word: "International Committee on Taxonomy of Viruses" (not "the Council on Monday")
  const on = (k: number) => toks[k].norm === 'on' && k > 0 && ON_HEADS.has(toks[k - 1].text) && !!toks[k + 1] && !dateWord(toks[k + 1]);
  while (e + 1 < toks.length && (['of', 'for'].includes(toks[e].norm) || on(e) || (toks[e].norm === 'and' && linked)) && isCap(toks[e + 1 + the(e)]) && !breaksAfter(toks[e - 1]) && !breaksAfter(toks[e]) && !open(e + 1) && !person(e + 1 + the(e))) {
    e += the(e);
    let k = e + 2;
    // not past a possessive: "Recording Industry Association of America's DMCA"
    // nor into a title after the name ("House of Commons Speaker")
    // (a word glued by a hyphen goes with it: "Organisation for Economic Co-operation")
    while (k < toks.length && (isCap(toks[k]) || (toks[k - 1].post === '-' && !/\s/.test(toks[k].pre))) && !breaksAfter(toks[k - 1]) && !open(k) && !toks[k - 1].possessive && !person(k) && !headAt(toks, k, lex)) k++;
    // "and" before a second name: an organisation ("… and Stanford University"; "Health and Human Services" is one),
    // a person ("… and Chris Fallows"), an acronym ("… and UC Davis")
    const second = toks.slice(e + 1, k).some((t) => lex.orgHeadWords.has(t.text)) && (!lex.commonWords.has(toks[e + 1].norm) || k - e - 1 >= 3);
    if (toks[e].norm === 'and' && (second || givenTag(toks[e + 1]) || lex.isGivenName(toks[e + 1].text) || isAllCaps(toks[e + 1].text))) break;
    linked = true;
    e = k;
    // "National Union of Rail, Maritime and Transport Workers", "Ministry of Health, Labour and Welfare": a list of
    // words that are no place or person inside the name, closed by "and"
    const listed = (t: Token | undefined) => !!t && isCap(t) && !t.tags.has('Place') && !t.tags.has('Person') && !givenTag(t) && !lex.orgHeadWords.has(t.text);
    if (/^,\s*$/.test(toks[k - 1].post) && !lex.orgHeadWords.has(toks[k - 1].text)) {
      let j = k;
      while (listed(toks[j]) && !breaksAfter(toks[j])) j++;
      if (j > k && toks[j]?.norm === 'and' && listed(toks[j + 1])) {
        let m = j + 2;
        while (m < toks.length && isCap(toks[m]) && !breaksAfter(toks[m - 1]) && !open(m) && !toks[m - 1].possessive) m++;
        return m;
      }
    }
  }
  return campus(toks, e, lex);
}

/** A university's campus after its name: "University of Texas at Tyler", "University of California, San Diego". */
function campus(toks: Token[], e: number, lex: Lexicon): number {
  if (e >= toks.length || !toks.slice(Math.max(0, e - 6), e).some((t) => t.text === 'University')) return e;
  const city = (k: number) => (lex.gazetteer.get(toks[k].norm) ?? []).find((g) => g.category === 'City' && g.folded.every((w, j) => toks[k + j]?.norm === w));
  if (toks[e].norm === 'at' && toks[e + 1] && isCap(toks[e + 1]) && !breaksAfter(toks[e - 1]) && !breaksAfter(toks[e])) {
    let k = e + 1;
    while (k < toks.length && isCap(toks[k]) && !/[([]/.test(toks[k].pre) && (k === e + 1 || (!breaksAfter(toks[k - 1]) && !toks[k - 1].possessive))) k++;
    return k;
  }
  const at = /^,\s*$/.test(toks[e - 1].post) ? city(e) : undefined;
  return at ? e + at.folded.length : e;
}

/** Words that date a name rather than name it: "Former United States Central Intelligence Agency". */
const TIME_MODIFIERS = new Set(['former', 'then', 'late', 'outgoing', 'incoming', 'acting', 'interim', 'erstwhile']);

const dateWord = (t: Token) => t.tags.has('WeekDay') || t.tags.has('Month') || t.tags.has('Date');

/** Rule `proper.organization`: a capitalised phrase ending in an organisation head word ("Federal Security Service"). */
export function organizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const out: Candidate[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!lex.orgHeadWords.has(toks[i].text) || !isCap(toks[i])) continue;
    let s = i;
    // not over a possessive ("United States' National Basketball Association"), unless of one common noun ("People's Party")
    const owner = (t: Token) => t.possessive || /['’]$/.test(t.text) || /^['’]/.test(t.post);
    const common = (t: Token) => [t.norm.replace(/['’]s?$/, ''), t.norm.replace(/s$/, ''), t.norm.replace(/ies$/, 'y')].some((w) => lex.commonWords.has(w));
    // never over a bracket ("TIFR [Tata Institute …"), except an editor's word in brackets ("the [Iranian] Chess Federation")
    const edited = (t: Token) => /\[$/.test(t.pre) && /^\]/.test(t.post);
    const before = (k: number) => k > 0 && (edited(toks[k - 1]) || (!breaksAfter(toks[k - 1]) && !/[[\]]/.test(toks[k - 1].text + toks[k - 1].post) && !/[[(]/.test(toks[k].pre))) && (!owner(toks[k - 1]) || (common(toks[k - 1]) && !(k > 1 && isCap(toks[k - 2]) && !FUNCTION_WORDS.has(toks[k - 2].norm) && !breaksAfter(toks[k - 2]))));
    for (;;) {
      // not over a verb ("Remarked Center for Biological Diversity")
      // not over a title's modifier ("Former United States Central Intelligence Agency")
      if (before(s) && isCap(toks[s - 1]) && !FUNCTION_WORDS.has(toks[s - 1].norm) && !dateWord(toks[s - 1]) && !toks[s - 1].tags.has('Value') && !TIME_MODIFIERS.has(toks[s - 1].norm) && !(toks[s - 1].tags.has('Verb') && !toks[s - 1].tags.has('Noun')) && !toks[s - 1].tags.has('Gerund')) s--;
      // "Cinema for Peace Foundation": a capitalised noun and "for" before the name, inside a sentence
      else if (before(s) && toks[s - 1].norm === 'for' && s - 2 >= 0 && (s - 2 === 0 || before(s - 1)) && isCap(toks[s - 2]) && toks[s - 2].tags.has('Noun') && !FUNCTION_WORDS.has(toks[s - 2].norm) && !dateWord(toks[s - 2]) && !lex.orgHeadWords.has(toks[s - 2].text) && !toks[s - 2].tags.has('Person') && !toks[s - 2].tags.has('Place')) s -= 2;
      // "Peace and Freedom Party", "National Search and Rescue Agency": two capitalised words joined by "and"
      // (common words both: "Ebrahim Asgharzadeh and Union of …" is two names)
      // (not after a head word: "London Ambulance Service and London Fire Brigade", "Faleolo District Hospital and …" are two)
      else if (before(s) && toks[s - 1].norm === 'and' && s - 1 > 0 && isCap(toks[s - 2]) && !breaksAfter(toks[s - 2]) && (common(toks[s - 2]) || toks[s - 2].lexical === 'Adjective' || /(ic|al)$/.test(toks[s - 2].norm)) && !toks[s - 2].tags.has('Demonym') && toks[s - 2].lexical !== 'Demonym' && !lex.orgHeadWords.has(toks[s].text) && !lex.orgHeadWords.has(toks[s - 2].text) && !THING_WORDS.has(toks[s - 2].norm) && !lex.titles.affiliations.has(toks[s - 2].norm) && !toks[s - 2].tags.has('Person')) s -= 2;
      // "Co-operative Commonwealth Federation": a lower-case word glued by a hyphen to a capitalised one (not
      // "Kurdish-led", "Virginia-based": who leads or where it sits)
      else if (s >= 2 && !isCap(toks[s - 1]) && !/(ed|run|born)$/.test(toks[s - 1].norm) && toks[s - 2].post === '-' && isCap(toks[s - 2]) && !toks[s - 2].tags.has('Place') && !toks[s - 2].tags.has('Demonym') && !/\s/.test(toks[s - 1].pre) && !breaksAfter(toks[s - 1])) s -= 2;
      // "al-Masirah TV": a name's particle glued to it
      else if (s > 0 && ['al', 'el', 'ad', 'as', 'an', 'ar'].includes(toks[s - 1].norm) && toks[s - 1].post === '-') s--;
      // "1st Fleet Command", "the Second Circuit Court of Appeals"
      else if (before(s) && (/^\d+(st|nd|rd|th)$/.test(toks[s - 1].norm) || (isCap(toks[s - 1]) && s - 1 > 0 && ORDINALS.has(toks[s - 1].norm)))) s--;
      else break;
    }
    let e = i + 1;
    // "Chapman University School of Law": capitalised words up to a later head word belong to the name
    // ("ABS-CBN News Channel": a channel, network or bureau of a named organisation)
    for (let k = e; k < toks.length && isCap(toks[k]) && !breaksAfter(toks[k - 1]) && !owner(toks[k - 1]) && !FUNCTION_WORDS.has(toks[k].norm); k++) if (lex.orgHeadWords.has(toks[k].text) || (k === e && ORG_TAILS.has(toks[k].text))) e = k + 1;
    e = continuation(toks, e, lex);
    // "Sky News Arabia", "World Wildlife Fund Mexico": a place right after the head word names a branch
    if (e < toks.length && lex.orgHeadWords.has(toks[e - 1].text) && isCap(toks[e]) && (toks[e].tags.has('Place') || toks[e].tags.has('Country')) && !apart(toks, e) && !toks[e - 1].possessive && !(toks[e + 1] && isCap(toks[e + 1]) && !apart(toks, e + 1))) e++;
    if (e - s < 2 && (!isAllCaps(toks[i].text) || toks[i].text.length <= 3)) continue; // a lone "Council" (or "TV", "LLC") names nothing
    if (indefiniteKind(toks, s, e, lex)) continue;
    // "Republican Senate Majority Leader", "the Democratic House": a party's word and a chamber name no body
    if (e - s === 2 && lex.titles.affiliations.has(toks[s].norm) && CHAMBERS.has(toks[s + 1].text)) continue;
    out.push({ docId, ...span(sentence, s, e, text), category: 'Organization', form: 'name', rule: 'proper.organization', priority: 2 });
    i = e - 1;
  }
  return out;
}

/**
 * "which is a Community Organisation", "a Level 1 Trauma Center": words any lexicon knows after "a" name a kind of
 * body, not one (unless the name only modifies a noun after it: "a Democratic Party official").
 */
function indefiniteKind(toks: Token[], s: number, e: number, lex: Lexicon): boolean {
  const known = (t: Token) => lex.commonWords.has(t.norm) || lex.orgHeadWords.has(t.text) || !!t.lexical;
  if (!toks.slice(s, e).every(known) || (toks[e] && !isCap(toks[e]) && toks[e].tags.has('Noun') && !toks[e].tags.has('Pronoun') && !breaksAfter(toks[e - 1]))) return false;
  let k = s - 1;
  while (k >= 0 && s - k <= 2 && (toks[k].tags.has('Value') || isCap(toks[k])) && !['a', 'an'].includes(toks[k].norm) && !apart(toks, k + 1)) k--;
  return k >= 0 && ['a', 'an'].includes(toks[k].norm) && !apart(toks, k + 1);
}

/** Rule `tagger.organization`: capitalised words compromise tags as an organisation ("Reuters", "Ajax Amsterdam"). */
export function taggedOrganizationMentions(sentence: Sentence, text: string, lex: Lexicon, docId: string): Candidate[] {
  const toks = sentence.tokens;
  // not a weekday or month ("Friday Ford Motor Company"), not a plural of capitals ("IDEs", "PCs")
  const ok = (t: Token, k: number) => t.tags.has('Organization') && isCap(t) && !(t.tags.has('Verb') && !t.tags.has('Noun')) && !headAt(toks, k, lex) && !FUNCTION_WORDS.has(t.norm) && !t.tags.has('Person') && !t.tags.has('Demonym') && !dateWord(t) && !/^\p{Lu}{2,}s$/u.test(t.text);
  // "the Trump administration": one word the tagger calls an organisation only from the noun after it is that noun's modifier
  const modifier = (i: number, j: number) => j - i === 1 && toks[i].lexical !== 'Organization' && !!toks[j] && !isCap(toks[j]) && toks[j].tags.has('Noun') && !toks[j].tags.has('Pronoun');
  // one common word ("Society", "Emergency") or two letters the tagger guessed; a given name and a surname ("Barack Obama")
  const word = (i: number, j: number) => j - i === 1 && toks[i].lexical !== 'Organization' && (lex.commonWords.has(toks[i].norm) || toks[i].text.length <= 2 || lex.orgHeadWords.has(toks[i].text.replace(/\.$/, '')) || lex.orgHeadWords.has(`${toks[i].text}.`));
  const person = (i: number, j: number) => j - i === 2 && givenTag(toks[i]) && !lex.commonWords.has(toks[i].norm) && !lex.orgHeadWords.has(toks[i + 1].text) && toks[i].lexical !== 'Organization';
  // the tagger's guess from capitals alone ("Civil Aviation", "Eastern Mediterranean", "Encrypted Media"; "URL",
  // "FAQ", "TMS": letters in capitals are as often a term as a body): its lexicon lists neither a word nor the phrase
  // as an organisation, and no head word names one.
  const known = (tag: string | undefined) => tag === 'Organization' || tag === 'SportsTeam';
  // (or a noun for a kind of body after it: "the Tehreek-e-Labbaik party"; not "Barack Obama's administration", "the
  // South American group Mercosur")
  const headAfter = (j: number) => !!toks[j] && KIND_NOUNS.has(toks[j].text) && !toks[j - 1].possessive && !['Demonym', 'Adjective'].includes(toks[j - 1].lexical ?? '');
  const evidence = (i: number, j: number) =>
    headAfter(j) || toks.slice(i, j).some((t) => known(t.lexical) || lex.orgHeadWords.has(t.text)) || known(lexicalTag(toks.slice(i, j).map((t) => t.norm).join(' ')));
  // letters in capitals without other evidence ("the DLF said"): kept as `tagger.organization-acronym`, which the
  // graph keeps only where another document defines the acronym or a relation reads it ("URL", "FAQ" go)
  const acronym = (i: number, j: number) => j - i === 1 && isAllCaps(toks[i].text) && !['a', 'an'].includes(toks[i - 1]?.norm ?? '');
  // "Does YouTube implement …": a verb that opens a question is not part of the name
  const question = (t: Token) => ['PresentTense', 'PastTense', 'Infinitive', 'Auxiliary', 'Modal', 'Copula'].includes(t.lexical ?? '') || t.tags.has('QuestionWord');
  return nameRuns(toks, ok)
    .map(([i, j]): [number, number] => (i === 0 && j - i > 1 && question(toks[0]) ? [1, j] : [i, j]))
    .filter(([i, j]) => !modifier(i, j) && !word(i, j) && !person(i, j) && (evidence(i, j) || acronym(i, j)))
    // with a head word the name may go on ("Chapman University School of Law"); "the EEZ of Cyprus" does not
    .map(([i, j]) => ({ docId, ...span(sentence, i, toks.slice(i, j).some((t) => lex.orgHeadWords.has(t.text)) ? continuation(toks, j, lex) : j, text), category: 'Organization', form: 'name', rule: evidence(i, j) ? 'tagger.organization' : 'tagger.organization-acronym', priority: 1 }));
}


/**
 * Rule `proper.organization-kind`: "the Tehreek-e-Labbaik party", "the Ennahda movement": after "the" (and up to
 * three lower-case words: "the far left Antifa organization"), a
 * capitalised name that no gazetteer entry, demonym or full person's name covers, then a noun for a kind of body
 * (with the noun when the name is an adjective: "the Democratic party").
 */
export function kindNounOrganizations(sentence: Sentence, text: string, lex: Lexicon, docId: string, found: readonly Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (let k = 2; k < toks.length; k++) {
    if (!KIND_NOUNS.has(toks[k].text)) continue;
    let s = k;
    // (a lower-case particle inside a hyphened name goes with it: "Tehreek-e-Labbaik")
    const inName = (t: Token) => (isCap(t) && !FUNCTION_WORDS.has(t.norm)) || (t.post === '-' && s - 2 >= 0 && toks[s - 2].post === '-');
    while (s > 0 && inName(toks[s - 1]) && !breaksAfter(toks[s - 1]) && !toks[s - 1].possessive) s--;
    while (s < k && !isCap(toks[s])) s++;
    // (lower-case words may stand between: "the far left Antifa organization")
    let d = s - 1;
    while (d > 0 && s - d <= 3 && !isCap(toks[d]) && !FUNCTION_WORDS.has(toks[d].norm) && !breaksAfter(toks[d]) && !toks[d].possessive && !/\d/.test(toks[d].text)) d--;
    if (s === k || s === 0 || toks[d].norm !== 'the') continue;
    const run = toks.slice(s, k);
    if (run.some((t) => t.tags.has('Demonym') || t.lexical === 'Demonym' || t.tags.has('Place') || givenTag(t))) continue;
    const start = run[0].start;
    const end = run[run.length - 1].end;
    if (found.some((c) => c.start < end && start < c.end && (c.rule.startsWith('gazetteer.') || c.category !== 'Person'))) continue;
    // an adjective names no body alone: "the Democratic party" is the Democratic Party
    const adjective = run.length === 1 && (run[0].tags.has('Adjective') || lex.titles.affiliations.has(run[0].norm));
    out.push({ docId, ...span(sentence, s, adjective ? k + 1 : k, text), category: 'Organization', form: 'name', rule: 'proper.organization-kind', priority: 2 });
  }
  return out;
}

/**
 * Rule `proper.organization-classifier`: "the energy company Burisma", "Greek daily Kathimerini", "airline Mahan
 * Air": capitalised words right after a lower-case noun for a kind of organisation (organizations.json
 * `classifiers`) name that organisation, unless a gazetteer entry or a rule for another category covers them. The
 * name stops at a possessive, a title word, a date or a break.
 */
export function classifiedOrganizations(sentence: Sentence, text: string, lex: Lexicon, docId: string, found: readonly Candidate[]): Candidate[] {
  const toks = sentence.tokens;
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < toks.length; k++) {
    const noun = toks[k];
    // right before the name ("website \"Bill's List\"" is quoted); a word that is also an adjective is the noun
    // after "the" or a country's word ("Greek daily Kathimerini", not "a daily Aspirin")
    if (!lex.classifiers.organization.has(noun.text) || noun.possessive || !/^\s+$/.test(noun.post) || toks[k + 1].pre) continue;
    const before = toks[k - 1];
    // (or after a lower-case noun it compounds with: "law firm Sidley Austin")
    if (!noun.tags.has('Noun') && !(before && (before.norm === 'the' || before.tags.has('Demonym') || before.tags.has('Place') || (before.tags.has('Noun') && !isCap(before) && !before.tags.has('Pronoun') && !apart(toks, k))))) continue;
    let e = k + 1;
    const inName = (t: Token) => isCap(t) && !FUNCTION_WORDS.has(t.norm) && !lex.titles.heads.has(t.norm) && !lex.titles.honorifics.has(t.norm) && !['Date', 'Month', 'WeekDay', 'Pronoun'].some((x) => t.tags.has(x));
    while (e < toks.length && inName(toks[e]) && (e === k + 1 || !apart(toks, e))) {
      e++;
      if (toks[e - 1].possessive || breaksAfter(toks[e - 1])) break;
    }
    if (e === k + 1) continue;
    const [start, end] = [toks[k + 1].start, toks[e - 1].end];
    if (found.some((c) => c.start < end && start < c.end && (c.rule.startsWith('gazetteer.') || c.category !== 'Person'))) continue;
    e = continuation(toks, e, lex); // "newspaper Star of Mysore"
    out.push({ docId, ...span(sentence, k + 1, e, text), category: 'Organization', form: 'name', rule: 'proper.organization-classifier', priority: 2 });
  }
  return out;
}

/** Rules whose person or place is a guess a repeated organisation's name overrides. */
const OVERRIDABLE = new Set(['tagger.person', 'proper.name-in-actor-slot', 'coref.surname', 'coref.first-name', 'tagger.place', 'place.after-preposition']);

/**
 * Rule `coref.organization-repeat`: one sense per document — the name of an organisation the document names
 * ("software company Red Hat") is that organisation wherever the document writes it again ("Red Hat said"), over
 * a guessed person or place there ("Red" read as a surname); a single word only when a classifier or the
 * gazetteer named it and it is no common word.
 */
export function repeatedOrganizations(sentences: readonly Sentence[], text: string, mentions: Candidate[], lex: Lexicon): Candidate[] {
  const seeds = new Map<string, Candidate>();
  for (const m of mentions) {
    if (m.category !== 'Organization' || m.form !== 'name' || m.rule === 'tagger.organization-acronym') continue;
    const words = m.tokens[1] - m.tokens[0];
    if (words === 1 && (!['proper.organization-classifier', 'gazetteer.organization'].includes(m.rule) || lex.commonWords.has(m.text.toLowerCase()))) continue;
    if (!seeds.has(m.text)) seeds.set(m.text, m);
  }
  if (!seeds.size) return mentions;
  // looked up by their first word, not compared at every token
  const byFirst = new Map<string, Candidate[]>();
  for (const seed of seeds.values()) {
    const first = sentences[seed.sentence]?.tokens[seed.tokens[0]]?.text;
    if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), seed]);
  }
  const added: Candidate[] = [];
  const drop = new Set<Candidate>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      for (const seed of byFirst.get(toks[i].text) ?? []) {
        const n = seed.tokens[1] - seed.tokens[0];
        if (i + n > toks.length || text.slice(toks[i].start, toks[i + n - 1].end) !== seed.text || (toks[i + n] && isCap(toks[i + n]) && !apart(toks, i + n))) continue;
        // (nor a title's qualifier: "future Grateful Dead guitarist Jerry Garcia" is read with the title)
        const next = toks[i + n];
        if (next && !isCap(next) && (lex.titles.heads.has(next.norm) || lex.titles.roles.has(next.norm) || next.tags.has('Actor'))) continue;
        const [start, end] = [toks[i].start, toks[i + n - 1].end];
        const over = mentions.filter((m) => m.start < end && start < m.end && m.form !== 'title');
        // (not inside a longer name: "Eddie Van Halen" is no band)
        if (over.some((m) => m.category === 'Organization' || !OVERRIDABLE.has(m.rule.split('+')[0]) || (m.start <= start && m.end >= end && m.end - m.start > end - start) || m.end > end)) continue;
        for (const m of over) drop.add(m);
        added.push({ docId: seed.docId, ...span(s, i, i + n, text), category: 'Organization', form: 'name', ...(seed.key ? { key: seed.key } : {}), ...(seed.label ? { label: seed.label } : {}), rule: 'coref.organization-repeat', priority: seed.priority });
        i += n - 1;
        break;
      }
    }
  }
  return added.length ? [...mentions.filter((m) => !drop.has(m)), ...added].sort((a, b) => a.start - b.start || a.end - b.end) : mentions;
}
