/** relate/represents: REPRESENTS — an official or member and the country or organisation they act for. */
import { PREPOSITION_WORDS } from '../clauses/clauses.js';
import { fold } from '../lexicon/index.js';
import type { Category, Entity, Mention, Sentence } from '../model.js';
import type { Add, MakeEvidence, RelationScope } from './scope.js';

/** Rule `represents.title-qualifier` (and its kin, named by the title rule): "Russian Foreign Minister Sergei Lavrov". */
export function representsFromTitles(scope: RelationScope) {
  const { parsed, mentions, add, evidence } = scope;
  for (const m of mentions) {
    if (m.category === 'Person' && m.represents && m.form === 'name') {
      add(m.entity, 'REPRESENTS', `country:${m.represents.iso3}`, evidence(parsed.sentences[m.sentence], m.represents.rule, m, m.represents));
    }
  }
}

/** Sectors of a dated role that make an official act for the country: government, military, legislature, judiciary, intelligence, police. */
const OFFICIAL_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'SPY', 'COP']);

/**
 * Rule `represents.actor-dictionary`: a person the actor dictionaries name, in a role for a country (or an
 * international organisation) whose dates hold the document's date, represents it — unless the text already says
 * whom they represent. The entry and the role's dates are the edge's basis; with no document date, nothing.
 */
export function representsFromDictionary(scope: RelationScope) {
  const { parsed, mentions, lex, entities } = scope;
  const date = parsed.doc.date;
  if (!date) return;
  const stated = new Set(scope.relations.filter((r) => r.predicate === 'REPRESENTS').map((r) => r.source));
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\./g, '');
  for (const e of entities) {
    if (e.category !== 'Person' || stated.has(e.key) || e.label.split(/\s+/).length < 2) continue;
    const person = [e.label, ...e.aliases].map((n) => lex.actors.people.get(fold(n))).find(Boolean);
    if (!person) continue;
    for (const [code, from, to] of person.roles) {
      if ((from && date < from) || (to && date > to)) continue;
      const iso3 = code.slice(0, 3);
      const country = lex.countries.has(iso3) && OFFICIAL_SECTORS.has(code.slice(3, 6)) ? `country:${iso3}` : undefined;
      const org = country ? undefined : [...lex.actors.orgByCode].filter(([c]) => code.startsWith(c)).sort((a, b) => b[0].length - a[0].length)[0]?.[1];
      const target = country ?? org;
      if (!target || !entities.some((x) => x.key === target)) continue; // only an entity the document names
      const m = mentions.find((x) => x.entity === e.key && x.form === 'name') ?? mentions.find((x) => x.entity === e.key)!;
      const s = parsed.sentences[m.sentence];
      scope.relations.push({ source: e.key, predicate: 'REPRESENTS', target, evidence: [{ document: parsed.doc.id, sentence: m.sentence, start: m.start, end: m.end, text: s ? parsed.doc.text.slice(s.start, s.end) : m.text, rule: 'represents.actor-dictionary', basis: `${person.name}: ${code} ${from ?? '…'} to ${to ?? '…'}` }] });
      break;
    }
  }
}

const PERSON_GROUP_NOUNS = new Set(['officials', 'ministers', 'leaders', 'delegates', 'delegations', 'representatives', 'diplomats', 'envoys', 'diplomats', 'negotiators']);

/**
 * REPRESENTS read around a person's title.
 * - Rule `represents.appositive-of`: "Mario Argollo, general secretary of the Bolivian Workers' Center", "X, a
 *   member of Hamas": a person's appositive title of an organisation.
 * - Rule `represents.title-qualifier-entity`: an organisation or a place named right before a title — "Sudan
 *   Shield Forces leader Abu Aqla Kaikal", "Mexico City mayor Clara Brugada" — is what the titled person
 *   represents (countries there are read with the title itself: `represents.title-qualifier`).
 */
export function representsAroundTitles(ctx: RelationScope, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions } = ctx;
  for (const title of mentions) {
    if (title.form !== 'title' || title.category !== 'Person') continue;
    const s = parsed.sentences[title.sentence];
    const toks = s.tokens;
    const named = (where: (m: Mention) => boolean) => mentions.find((m) => m.entity === title.entity && m.form === 'name' && m.sentence === title.sentence && where(m));
    const at = (where: (m: Mention) => boolean) => mentions.find((m) => m.sentence === title.sentence && where(m));

    const before = named((m) => m.tokens[1] <= title.tokens[0] && title.tokens[0] - m.tokens[1] <= 1);
    let k = title.tokens[1];
    if (before && /^,\s*$/.test(toks[before.tokens[1] - 1].post) && toks[k]?.norm === 'of' && !/[,;:()]/.test(toks[k - 1].post)) {
      k++;
      if (['the', 'a', 'an'].includes(toks[k]?.norm ?? '')) k++;
      const org = at((m) => m.tokens[0] === k && m.category === 'Organization');
      if (org) add(before.entity, 'REPRESENTS', org.entity, evidence(s, 'represents.appositive-of', before, org));
    }

    const after = named((m) => m.tokens[0] === title.tokens[1]);
    const first = title.tokens[0];
    // (the qualifier may open the title's own words, "Amazon Environmental Research Institute Director Ane
    // Alencar", or stand before the words for a field, "Syracuse University pop culture professor Robert Thompson")
    // (a place only before adjectives: "Chelyabinsk regional Deputy Governor", not "Wisconsin circuit court judge")
    let open = first;
    let nouns = false;
    // (no verb or plural: "The European Union sanctions army general X" names no EU official)
    const field = (t: (typeof toks)[number]) => /^\p{Ll}/u.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb') && !t.tags.has('Plural') && !/[^s]s$/.test(t.norm) && !t.tags.has('Determiner') && !t.tags.has('Preposition') && !PREPOSITION_WORDS.has(t.norm) && !PAST.test(t.norm) && !/[,;:()"]/.test(t.post);
    while (open > 0 && first - open < 3 && field(toks[open - 1])) {
      open--;
      if (!toks[open].tags.has('Adjective')) nouns = true;
    }
    const qualifies = (m: Mention) => (m.form === 'name' || m.form === 'alias') && QUALIFYING.has(m.category) && m.entity !== title.entity && (!nouns || m.category === 'Organization');
    if (after && (open === 0 || (!/[,;:()"]/.test(toks[open - 1].post) && !toks[open - 1].possessive))) {
      const q = at((m) => qualifies(m) && ((m.tokens[1] === open && open > 0) || (m.category === 'Organization' && m.tokens[0] === first && m.tokens[1] < title.tokens[1])));
      if (q) add(after.entity, 'REPRESENTS', q.entity, evidence(s, 'represents.title-qualifier-entity', q, after));
    }
  }
}

/** What may qualify a title besides a country: "Sudan Shield Forces leader", "Mexico City mayor", "Darfur Governor". */
const QUALIFYING = new Set<Category>(['Organization', 'City', 'Location']);

/**
 * Rule `represents.aligned-list`: "officials from China, Russia, Pakistan and Iran" followed by a list of as many
 * people; where the people whose country is known sit at the same positions, the others take theirs.
 */
export function representsByAlignedLists(ctx: RelationScope, add: Add, evidence: MakeEvidence) {
  const { parsed, mentions, groups } = ctx;
  const text = parsed.doc.text;
  const known = new Map<string, string>();
  for (const m of mentions) if (m.represents) known.set(m.entity, `country:${m.represents.iso3}`);
  for (const countries of groups) {
    if (countries.members[0].category !== 'Country') continue;
    const before = text.slice(Math.max(0, countries.start - 40), countries.start).trim().toLowerCase().split(/\s+/);
    if (before[before.length - 1] !== 'from' || !PERSON_GROUP_NOUNS.has(before[before.length - 2])) continue;
    const people = groups.find((g) => g.members[0].category === 'Person' && g.members.length === countries.members.length && g.sentence >= countries.sentence && g.sentence <= countries.sentence + 2);
    if (!people) continue;
    const agreeing = people.members.filter((p, i) => known.get(p.entity) === countries.members[i].entity).length;
    const disagreeing = people.members.filter((p, i) => known.has(p.entity) && known.get(p.entity) !== countries.members[i].entity).length;
    if (disagreeing || agreeing * 2 < people.members.length) continue;
    people.members.forEach((p, i) => {
      if (known.has(p.entity)) return;
      const s = parsed.sentences[p.sentence];
      add(p.entity, 'REPRESENTS', countries.members[i].entity, evidence(s, 'represents.aligned-list', p, countries.members[i]));
    });
  }
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'been', 'has', 'had', 'becomes', 'became', 'remains', 'remained']);
const AFFILIATION_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from']);
/** People at a body who do not work for it. */
const NOT_WORKERS = new Set(['student', 'customer', 'client', 'patient', 'victim', 'survivor', 'critic', 'fan', 'visitor', 'guest', 'resident', 'prisoner', 'inmate', 'hostage', 'passenger', 'tourist', 'friend', 'neighbour', 'neighbor']);
const PAST = /^(former|formerly|ex|once|previously|onetime)$/;

/**
 * REPRESENTS read from how a person is placed beside an organisation or a country:
 * - Rule `represents.apposition`: "John Smith, a spokesman for the Red Cross,", "Tim Cook, the chief executive of
 *   Apple", "Maria Lopez, a researcher at the University of Kansas": a role after the name, then the body.
 * - Rule `represents.predicative`: "Barr is the head of the Department of Justice", "she was a member of Hamas".
 * - Rule `represents.person-of`: "John Smith of the Red Cross said", "Dr Anna Berg from Uppsala University"; and
 *   `represents.seat-of`, a seat's title before the name and a place after it: "Senator Amy Klobuchar of Minnesota".
 * - Rule `represents.possessor`: "Harvard University's Steven Pinker", "the institute's director, Dr. Anthony
 *   Fauci": the body's possessive before the person, or before a role in apposition to them.
 * - Rule `represents.party`: "Republican Larry Hogan": a party's member word before the name, and the one party
 *   of that word the document names.
 * A role held in the past ("formerly the president of") represents no one.
 */
export function representsByAffiliation(scope: RelationScope) {
  const { parsed, mentions, lex, add, evidence } = scope;
  const bodies = (m: Mention) => m.category === 'Organization' || (m.category === 'Country' && m.form !== 'demonym');
  const has = new Set(scope.relations.filter((r) => r.predicate === 'REPRESENTS').map((r) => `${r.source}|${r.target}`));
  const link = (p: Mention, o: Mention, rule: string) => {
    if (p.entity === o.entity || has.has(`${p.entity}|${o.entity}`)) return;
    has.add(`${p.entity}|${o.entity}`);
    add(p.entity, 'REPRESENTS', o.entity, evidence(parsed.sentences[p.sentence], rule, p, o));
  };
  // Rule `represents.party`: "Republican Representative Francis Rooney", "Democrat Spearman": a party's member word
  // before the name (or in its title) makes the person a member of the one party of that word the document names
  const party = (p: Mention, toks: Sentence['tokens'], found: Entity[]) => {
    const title = mentions.find((m) => m.entity === p.entity && m.form === 'title' && m.sentence === p.sentence && m.tokens[1] === p.tokens[0]);
    const from = title ? title.tokens[0] : Math.max(0, p.tokens[0] - 1);
    const word = toks.slice(from, p.tokens[0]).find((t) => /^\p{Lu}/u.test(t.text) && lex.titles.affiliations.has(t.norm));
    if (!word) return;
    const stem = fold(word.norm).replace(/(ic|s)$/, '');
    // (the party of that word alone, the country aside: "US Libertarian Party", not "Maryland Democratic Party")
    const bare = (label: string) => fold(label).split(/\s+/).filter((w) => !lex.gazetteer.get(w)?.some((g) => g.category === 'Country' && g.folded.length === 1));
    const named = found.filter((e) => {
      const words = bare(e.label);
      return words.length === 2 && words[0].replace(/(ic|s)$/, '') === stem;
    });
    if (named.length !== 1) return;
    if (p.entity === named[0].key || has.has(`${p.entity}|${named[0].key}`)) return;
    has.add(`${p.entity}|${named[0].key}`);
    add(p.entity, 'REPRESENTS', named[0].key, evidence(parsed.sentences[p.sentence], 'represents.party', word, p));
  };
  const parties = scope.entities.filter((e) => e.category === 'Organization' && /\bpart(y|ies)$/i.test(e.label));
  for (const p of mentions) {
    if (p.category !== 'Person' || p.form !== 'name' || p.sentence < 0) continue;
    const s = parsed.sentences[p.sentence];
    const toks = s.tokens;
    party(p, toks, parties);
    const at = (k: number) => mentions.find((m) => m.sentence === p.sentence && m.tokens[0] === k && m.form !== 'title' && bodies(m));
    const skipDeterminer = (k: number) => (toks[k] && ['the', 'a', 'an'].includes(toks[k].norm) ? k + 1 : k);
    const end = p.tokens[1];
    const last = toks[end - 1];
    // "John Smith, a spokesman for the Red Cross"; "Barr is the head of the Department of Justice"
    const copula = !/[,;:()]/.test(last.post) && toks[end] && COPULAS.has(toks[end].norm) ? (toks[end + 1] && COPULAS.has(toks[end + 1].norm) ? end + 2 : end + 1) : 0;
    if (/^,\s*$/.test(last.post) || copula) {
      let k = skipDeterminer(copula || end);
      const start = k;
      while (k < toks.length && k - start < 5 && !/[,;:()]/.test(toks[k].post) && !AFFILIATION_PREPOSITIONS.has(toks[k].norm) && (toks[k].tags.has('Noun') || toks[k].tags.has('Adjective') || toks[k].tags.has('Value'))) k++;
      // (a noun for a person the tagger knows as one, at or with a body: "an evolutionary biomechanicist at …";
      // works at: not "a critic of the Kremlin", "a customer of Tesco", "a student at Oxford")
      const worker = toks[k - 1]?.tags.has('Actor') && !toks[k - 1].tags.has('Plural') && !NOT_WORKERS.has(toks[k - 1].norm) && ['at', 'with'].includes(toks[k]?.norm ?? '');
      const role = k > start && (lex.titles.roles.has(toks[k - 1].norm) || lex.titles.lastWords.has(toks[k - 1].norm) || worker);
      const past = toks.slice(end, k).some((t) => PAST.test(t.norm));
      if (role && !past && toks[k] && AFFILIATION_PREPOSITIONS.has(toks[k].norm)) {
        // (past a place's possessive: "a biomechanicist at London's Royal Veterinary College")
        const from = skipDeterminer(k + 1);
        const place = mentions.find((m) => m.sentence === p.sentence && m.tokens[0] === from && (m.category === 'City' || m.category === 'Location' || m.category === 'Country') && toks[m.tokens[1] - 1].possessive);
        const o = (place && at(place.tokens[1])) || at(from);
        if (o) link(p, o, copula ? 'represents.predicative' : 'represents.apposition');
      }
      // "Sergei Lavrov, Russia's foreign minister,"
      const poss = at(skipDeterminer(end));
      if (poss && toks[poss.tokens[1] - 1].possessive) {
        let j = poss.tokens[1];
        while (j < toks.length && j - poss.tokens[1] < 4 && !/[,;:()]/.test(toks[j - 1].post) && (toks[j].tags.has('Noun') || toks[j].tags.has('Adjective')) && !lex.titles.roles.has(toks[j].norm)) j++;
        if (toks[j] && (lex.titles.roles.has(toks[j].norm) || lex.titles.lastWords.has(toks[j].norm))) link(p, poss, 'represents.apposition');
      }
    }
    // "John Smith of the Red Cross said"
    if (!/[,;:()]/.test(last.post) && !last.possessive && toks[end] && (toks[end].norm === 'of' || toks[end].norm === 'from')) {
      const near = at(skipDeterminer(end + 1));
      // (past a country's possessive: "Nikki Holland of the UK's National Crime Agency")
      const o = near && near.category === 'Country' && toks[near.tokens[1] - 1].possessive ? at(near.tokens[1]) : near;
      if (o && o.category === 'Organization') link(p, o, 'represents.person-of');
      // "Senator Amy Klobuchar of Minnesota": a seat's title, then the place it is held for
      const k = skipDeterminer(end + 1);
      const place = o ? undefined : mentions.find((m) => m.sentence === p.sentence && m.tokens[0] === k && m.form === 'name' && (m.category === 'Location' || m.category === 'City'));
      if (place && p.titles?.some((t) => lex.titles.constituency.has(t.toLowerCase()))) link(p, place, 'represents.seat-of');
    }
    // "Harvard University's Steven Pinker", "the institute's director, Dr. Anthony Fauci"
    const first = p.tokens[0];
    let j = first - 1;
    while (j >= 0 && (lex.titles.honorifics.has(toks[j].norm) || /^(dr|prof)\.?$/.test(toks[j].norm))) j--;
    if (j >= 0 && /^,\s*$/.test(toks[j].post)) {
      // a role in apposition before the name: "the NIAID's director, Dr. Anthony Fauci"
      let r = j;
      while (r > 0 && j - r < 4 && !toks[r - 1].possessive && (toks[r].tags.has('Noun') || toks[r].tags.has('Adjective'))) r--;
      const ownerEnd = r;
      const owner = mentions.find((m) => m.sentence === p.sentence && m.tokens[1] === ownerEnd && bodies(m) && toks[ownerEnd - 1].possessive);
      if (owner && (lex.titles.roles.has(toks[j].norm) || lex.titles.lastWords.has(toks[j].norm))) link(p, owner, 'represents.possessor');
    } else if (j >= 0 && toks[j].possessive) {
      const owner = mentions.find((m) => m.sentence === p.sentence && m.tokens[1] === j + 1 && bodies(m) && m.category === 'Organization');
      if (owner) link(p, owner, 'represents.possessor');
    }
  }
}
