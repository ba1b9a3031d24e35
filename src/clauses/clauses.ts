/**
 * clauses/clauses: one sentence's clauses — for each verb group, the kind of clause it heads (main, coordinate,
 * relative, complement, adverbial, infinitive, participle), the clause it hangs on, and its arguments: subject,
 * object, prepositional arguments. Passive subjects are objects and "by" phrases agents; relative clauses take the
 * phrase they modify; infinitives take the subject or the object of the verb they complete ("refused to meet":
 * the subject; "urged Canada to aid": the object); a verb coordinated with the one before shares its subject.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Clause, ClauseKind, Predicate, Sentence, Token } from '../model.js';
import type { SentencePhrase } from './phrases.js';
import { closes, isTime, subjectBefore, TIME_WORDS, type Scope } from './subjects.js';

const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
/** Prepositions whatever the tagger made of them ("the right of Russia troops": "of" tagged a noun). */
export const PREPOSITION_WORDS = new Set(['to', 'against', 'with', 'between', 'among', 'from', 'into', 'onto', 'toward', 'towards', 'targeting', 'of', 'in', 'on', 'at', 'by', 'for', 'over', 'about', 'under', 'after', 'during', 'near', 'through', 'across', 'inside', 'outside', 'within', 'without', 'throughout', 'along', 'amid']);

/** Reads the clauses of a sentence from its phrases and verb groups. */
export function readClauses(s: Sentence, phrases: SentencePhrase[], predicates: Predicate[], lex: Lexicon): Clause[] {
  const toks = s.tokens;
  const byFirst = new Map(phrases.map((p) => [p.first, p]));
  const cover: Array<SentencePhrase | undefined> = new Array(toks.length);
  for (const p of phrases) for (let k = p.first; k <= p.last; k++) cover[k] = p;
  const sc: Scope = { s, lex, phrases, phraseAt: (k) => byFirst.get(k), covering: (k) => cover[k] };
  const clauses: Clause[] = [];

  predicates.forEach((pred, n) => {
    const next = predicates[n + 1];
    const end = next ? clauseEndBefore(toks, pred, next) : toks.length;
    const c: Clause = { sentence: s.index, index: n, kind: 'main', predicate: pred, preps: [], end, factuality: 'asserted', factualityRule: 'factuality.asserted' };
    attach(c, clauses, sc, next);
    readArguments(c, sc);
    clauses.push(c);
  });
  // "X is killed and Y is injured by a Russian drone strike": passive verbs joined by "and" share the agent the last names
  for (let n = clauses.length - 2; n >= 0; n--) {
    const c = clauses[n];
    const next = clauses[n + 1];
    // (each with a patient of its own: "X was detained in Russia and was freed by the US" shares nothing)
    const ownPatient = !!next.object && next.object.first > c.predicate.last && next.object !== c.object;
    if (c.predicate.passive && !c.subject && next.predicate.passive && next.subject && ownPatient && (next.subjectVia === 'passive.by' || next.subjectVia === 'passive.by-shared') && toks[c.end]?.norm === 'and') {
      c.subject = next.subject;
      c.subjectVia = 'passive.by-shared';
    }
  }
  return clauses;
}

/** Where a clause ends: before the words that open the next one (its subject, its subordinator, "to", "who"). */
function clauseEndBefore(toks: Token[], pred: Predicate, next: Predicate): number {
  let k = next.first;
  // back over the next clause's subject and opener: a phrase, a subordinator, a relative pronoun, "that"
  for (let j = next.first - 1; j > pred.last; j--) {
    if (closes(toks[j])) return Math.max(j + 1, pred.last + 1);
    if (/^(that|who|whom|which|whose|after|before|when|while|because|although|though|since|if|unless|until|once|whereas|and|but|or)$/.test(toks[j].norm)) return j;
  }
  return Math.max(k, pred.last + 1);
}

/** Whether a verb group is one participle joined by a hyphen to the word before it ("Israeli-occupied", "Algeria-backed"). */
const hyphened = (toks: Token[], p: Predicate) => p.first === p.head && p.head > 0 && toks[p.head - 1].post === '-';

/** The kind of the clause, the clause it hangs on, and its subject when the words before the verb say. */
function attach(c: Clause, before: Clause[], sc: Scope, next?: Predicate) {
  const { s, lex } = sc;
  const toks = s.tokens;
  const p = c.predicate;
  const prev = before[before.length - 1];
  const opener = (j: number) => toks[j]?.norm ?? '';
  // "the Israeli-occupied West Bank": the word before the hyphen is the participle's subject, if it names an actor
  if (hyphened(toks, p)) {
    const by = sc.covering(p.head - 1);
    c.kind = 'relative';
    c.link = 'hyphen';
    if (prev) c.parent = prev.index;
    if (by?.members.length) c.subject = by;
    return;
  }
  // "Fiqi, who also attended the talks, thanked …": after a relative clause closed by a comma, the verb's subject
  // is the phrase the relative clause modifies
  if (prev?.kind === 'relative' && prev.modifies && p.first > 0 && /,/.test(toks[p.first - 1].post) && !p.infinitive && !(p.gerund && !toks.slice(p.first, p.head).some((t) => t.tags.has('Auxiliary')))) {
    return relativeHead(c, prev, before);
  }
  // "The Red Cross operating in Iraq said", "the proposal that Germany made was rejected": a relative clause with no
  // comma after it ends where the verb of the phrase it modifies stands
  if (prev?.kind === 'relative' && prev.modifies && !p.infinitive && !p.gerund && !closes(toks[p.first - 1] ?? toks[0]) && !COORDINATORS.has(opener(p.first - 1))) {
    const inside = subjectBefore(sc, p.first, prev.predicate.last + 1);
    const gap = toks.slice(prev.predicate.last + 1, p.first);
    if ((inside && inside !== prev.modifies) || gap.length === 0 || (!inside && gap.every((t) => !lex.clauses.subordinators.has(t.norm) && !lex.clauses.relativePronouns.has(t.norm)))) {
      return relativeHead(c, prev, before);
    }
  }
  // the word right before the group (past its subject, if one stands there)
  // "Palestinians of the Israeli-occupied West Bank shunned": a participle joined by a hyphen to the word before
  // modifies a noun inside the phrase, so the subject of a later verb may stand before it
  const open = [...before].reverse().find((x) => !hyphened(toks, x.predicate));
  const subject = subjectBefore(sc, p.first, open ? open.predicate.last + 1 : 0);
  let beforeSubject = subject ? subject.first - 1 : p.first - 1;
  if (subject && beforeSubject > 0 && toks[beforeSubject].tags.has('Determiner') && !lex.clauses.relativePronouns.has(toks[beforeSubject].norm)) beforeSubject--;
  const w = opener(beforeSubject);
  const set = (kind: ClauseKind, parent: Clause | undefined, link: string) => {
    c.kind = kind;
    if (parent) c.parent = parent.index;
    c.link = link;
  };

  // "The Red Cross operating in Iraq": an "-ing" verb right after a name, before a preposition, modifies it
  const named = sc.covering(p.first - 1);
  if (p.gerund && p.first === p.head && named && named.members.length && !closes(toks[p.first - 1]) && toks[p.last + 1]?.tags.has('Preposition') && (!prev || prev.predicate.last < named.first)) {
    set('relative', prev, 'ing');
    c.modifies = named;
    c.subject = named;
    c.subjectVia = 'relative.participle';
    return;
  }
  if (p.infinitive) {
    // "refused to meet", "urged Canada to aid Haiti", "plans to attack", "is willing to send"
    const host = prev && prev.predicate.last < p.first ? prev : undefined;
    set('infinitive', host, 'to');
    if (host) {
      const embedding = lex.clauses.embedding.get(host.predicate.lemma);
      const controller = embedding?.control === 'object' ? (host.object ?? host.preps.find((x) => x.prep === 'on')?.phrase) : undefined;
      c.subject = controller ?? host.subject;
      c.subjectVia = controller ? 'control.object' : 'control.subject';
    }
    return;
  }
  // "said on Tuesday that Sudan must …", "told reporters that": "that" after a verb of saying and its time, place
  // or addressee opens what was said
  const saidThat = w === 'that' && !!prev && !!lex.clauses.embedding.get(prev.predicate.lemma)?.that && toks.slice(prev.predicate.last + 1, beforeSubject).every((t, n) => {
    const q = sc.covering(prev.predicate.last + 1 + n);
    return q ? isTime(toks, q) || (q.members.length > 0 && q.members.every((m) => m.category === 'Person' || m.category === 'Organization' || m.category === 'City' || m.category === 'Country')) || (!q.members.length && toks[q.head].tags.has('Plural')) : t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Determiner') || t.tags.has('Date') || TIME_WORDS.has(t.norm);
  });
  // "an allegation that he assaulted X": "that" after a noun of saying opens what is said, not a relative clause
  // (which lacks its object: "the report that Germany made was rejected")
  const reportThat = w === 'that' && beforeSubject >= 1 && lex.clauses.reportNouns.has(toks[beforeSubject - 1].norm) && !!subject && !!toks[p.last + 1] && !toks[p.last + 1].tags.has('Verb') && !closes(toks[p.last]);
  if (lex.clauses.relativePronouns.has(w) && beforeSubject >= 0 && !saidThat && !reportThat && (w !== 'that' || !prev || beforeSubject > prev.predicate.last + 1 || !lex.clauses.embedding.has(prev.predicate.lemma))) {
    // "Fiqi, who also attended the talks,", "the proposal that Germany made"
    const modified = modifiedBy(sc, beforeSubject);
    if (modified) {
      set('relative', prev && prev.predicate.last < modified.first ? prev : undefined, w);
      c.modifies = modified;
      if (subject && subject.first > beforeSubject) {
        c.subject = subject;
        c.object = modified; // the object of its own verb: "the proposal that Germany made"
      } else {
        c.subject = modified;
        c.subjectVia = 'relative.pronoun';
      }
      return;
    }
  }
  if (lex.clauses.complementizers.has(w) && prev) {
    set('complement', prev, w);
    if (subject) c.subject = subject;
    return;
  }
  if (lex.clauses.subordinators.has(w)) {
    set('adverbial', undefined, w);
    if (subject) c.subject = subject;
    return;
  }
  // "drone strikes launched yesterday by the Rapid Support Forces", "the proposal made by Germany": a participle
  // right after a noun, before "by", modifies it
  const byNext = TIME_WORDS.has(toks[p.last + 1]?.norm ?? '') ? p.last + 2 : p.last + 1;
  // ("A terror group based in Trinidad claims", "the man arrested in Paris was charged": before the place it is
  // in and then the verb of the clause)
  const place = next && sc.covering(next.first - 1);
  const placeOnly = !!place && place.members.length > 0 && place.members.every((m) => m.category === 'City' || m.category === 'Country' || m.category === 'Location');
  const reduced = placeOnly && place.last === next.first - 1 && !closes(toks[place.last]) && !next.infinitive && !next.gerund && ['in', 'at', 'near', 'outside'].includes(toks[p.last + 1]?.norm ?? '') && toks.slice(p.last + 2, place.first).every((t) => (t.tags.has('Determiner') || t.tags.has('Adjective')) && !closes(t));
  if (subject && !p.gerund && !p.infinitive && p.first === p.head && subject.last === p.first - 1 && !closes(toks[subject.last]) && (toks[p.head].tags.has('PastTense') || toks[p.head].tags.has('Participle')) && (toks[byNext]?.norm === 'by' || reduced)) {
    set('relative', prev, '');
    c.modifies = subject;
    c.object = subject;
    c.predicate = { ...p, passive: true };
    return;
  }
  if (subject) {
    c.subject = subject;
    // "Poland has said it will back …": a clause right after a verb of saying is what was said (its subject was
    // taken for the verb's object)
    // ("Martisius told Wikinews the tools were old": the clause's subject was taken for a second object)
    if (prev && lex.clauses.embedding.get(prev.predicate.lemma)?.that && (beforeSubject === prev.predicate.last || prev.object === subject || prev.object2 === subject)) {
      if (prev.object === subject) prev.object = undefined;
      if (prev.object2 === subject) prev.object2 = undefined;
      set('complement', prev, '');
    }
    else if (prev && COORDINATORS.has(w) && prev.kind !== 'main') set('coordinate', before[prev.parent ?? -1], w);
    return;
  }
  // no subject written: a verb coordinated with the one before ("attacked X and killed Y"), a participle
  // (", killing three"), a gerund complement ("denied attacking"), or a reduced relative ("the proposal made by")
  const host = prev;
  if (!host) return;
  const gap = toks.slice(host.predicate.last + 1, p.first);
  const modified = sc.covering(p.first - 1);
  const embedding = lex.clauses.embedding.get(host.predicate.lemma);
  const afterHost = beforeSubject === host.predicate.last || (!!host.object && beforeSubject === host.object.last);
  const prepAfterHost = (w === 'of' || w === 'for') && (beforeSubject - 1 === host.predicate.last || (!!host.object && beforeSubject - 1 === host.object.last));
  if (p.gerund && ((w === 'of' && prepAfterHost && embedding?.ing) || (w === 'for' && prepAfterHost && host.object) || (afterHost && embedding?.ing))) {
    // "denied attacking the ship", "accused Israel of attacking", "condemned X for attacking"
    set('complement', host, w === 'of' || w === 'for' ? w : 'ing');
    const byObject = embedding?.control === 'object' || w === 'for';
    c.subject = byObject ? (host.object ?? host.subject) : host.subject;
    c.subjectVia = byObject ? 'control.object' : 'control.subject';
    return;
  }
  if (p.gerund && (w === 'of' || w === 'for' || w === 'on' || w === 'in' || w === 'by' || w === 'after' || w === 'before' || w === 'without')) return; // "on suspicion of attacking": the gerund belongs to a noun
  // ("drone strikes launched yesterday by the Rapid Support Forces": a time word may stand before "by")
  const byAt = TIME_WORDS.has(toks[p.last + 1]?.norm ?? '') || toks[p.last + 1]?.tags.has('Date') ? p.last + 2 : p.last + 1;
  if (!p.gerund && !p.infinitive && p.first === p.head && modified && modified.last === p.first - 1 && (toks[p.head].tags.has('PastTense') || toks[p.head].tags.has('Participle')) && toks[byAt]?.norm === 'by') {
    set('relative', host, '');
    c.modifies = modified;
    c.object = modified;
    c.predicate = { ...p, passive: true };
    return;
  }
  if (p.gerund && gap.length && /,/.test(toks[p.first - 1].post)) {
    set('participle', host.kind === 'relative' ? before[host.parent ?? -1] : host, ',');
    c.subject = host.subject;
    c.subjectVia = 'participle.subject';
    return;
  }
  // "Trump said Hamza bin Laden, son of Osama bin Laden, has been killed": after a verb of saying, a name set off
  // by an apposition is the subject of what was said
  const said = host.object && embedding?.that && !p.gerund && host.object.members.length && /^,\s*$/.test(toks[host.object.last].post) && /,/.test(toks[p.first - 1]?.post ?? '') && !COORDINATORS.has(w) && toks.slice(host.object.last + 1, p.first).every((t) => !lex.clauses.relativePronouns.has(t.norm));
  if (said && host.object) {
    set('complement', host, '');
    c.subject = host.object;
    host.object = undefined;
    return;
  }
  if (COORDINATORS.has(w) || /,/.test(toks[p.first - 1]?.post ?? '') || gap.every((t) => t.tags.has('Adverb'))) {
    // the nearest clause before with a subject, at a level a verb can be coordinated with
    const with_ = [...before].reverse().find((b) => b.subject && b.kind !== 'relative' && b.kind !== 'adverbial' && b.kind !== 'participle');
    if (!with_) return;
    c.kind = with_.kind === 'main' ? 'coordinate' : with_.kind;
    c.conjunct = with_.index;
    if (with_.parent !== undefined) c.parent = with_.parent;
    c.link = with_.link;
    // "has been indicted by the court … and will resign": the passive verb's written subject is its object
    c.subject = with_.predicate.passive && with_.object && with_.kind !== 'relative' ? with_.object : with_.subject;
    c.subjectVia = 'coordinated-verb';
  }
}

/** The phrase a relative pronoun at `k` modifies: the phrase right before it (a comma between them is allowed). */
function modifiedBy(sc: Scope, k: number): SentencePhrase | undefined {
  const p = sc.covering(k - 1);
  return p && (p.members.length || p.inside.length || p.pronoun === undefined) ? p : undefined;
}

/** Object, second object and prepositional arguments after the verb group, within the clause. */
function readArguments(c: Clause, sc: Scope) {
  const { s } = sc;
  const toks = s.tokens;
  const p = c.predicate;
  let j = p.last + 1;
  // "reject proposed Israeli changes": adverbs, determiners and participles before the object's phrase
  // "concluded that the agreement … is void": "that" before a determiner opens a complement clause, whatever the verb
  const saysThat = !!sc.lex.clauses.embedding.get(p.lemma)?.that || (toks[j]?.norm === 'that' && !!toks[j + 1]?.tags.has('Determiner'));
  const skip = () => {
    while (j < c.end && !(saysThat && toks[j].norm === 'that') && (toks[j].tags.has('Adverb') || toks[j].tags.has('Determiner') || ((toks[j].tags.has('Participle') || toks[j].tags.has('PastTense') || toks[j].tags.has('Adjective')) && !closes(toks[j]))) && !sc.covering(j)) j++;
  };
  skip();
  if (!p.copula || sc.lex.clauses.statives.has(toks[p.head].norm)) {
    // "is opposed to French mediation": the stative's object follows "to"
    if (p.copula && toks[j]?.norm === 'to') j++;
    // "denounced as an ugly crime Serbia's suppression of": the object after a predicative "as" phrase
    const as = toks[j]?.norm === 'as' && !closes(toks[j - 1]) ? sc.phraseAt(j + 1) ?? (toks[j + 1]?.tags.has('Determiner') ? sc.phraseAt(j + 2) : undefined) : undefined;
    if (as && !closes(toks[as.last]) && sc.phraseAt(as.last + 1)?.possessor) j = as.last + 1;
    const object = j < c.end && !closes(toks[j - 1]) ? sc.phraseAt(j) : undefined;
    if (object && !c.object && !isTime(toks, object)) {
      c.object = object;
      j = object.last + 1;
      const second = j < c.end && !closes(toks[j - 1]) ? sc.phraseAt(j) : undefined;
      if (second && !second.pronoun && !isTime(toks, second)) {
        c.object2 = second;
        j = second.last + 1;
      }
    }
  }
  for (; j < c.end; j++) {
    const t = toks[j];
    if (!t.tags.has('Preposition') && !PREPOSITION_WORDS.has(t.norm)) continue;
    let k = j + 1;
    // "to war-torn Mozambique": adjectives before a name are not a phrase of their own
    while (k < c.end && (toks[k].tags.has('Adverb') || toks[k].tags.has('Determiner') || (toks[k].tags.has('Adjective') && !closes(toks[k]))) && !sc.covering(k)) k++;
    const phrase = sc.phraseAt(k) ?? sc.covering(k);
    if (phrase && phrase.first <= k) {
      c.preps.push({ prep: t.norm, at: j, phrase });
      j = phrase.last;
    }
  }
  // passive: the subject is the object; "by" names the agent — unless a noun stands between ("killed in a drone
  // strike by the Sudanese Armed Forces": the strike's agent)
  if (p.passive) {
    const by = c.preps.find((x) => x.prep === 'by' && !c.preps.some((y) => y.at < x.at && !y.phrase.members.length && !isTime(toks, y.phrase)) && !(c.object && c.object !== c.modifies && !c.object.members.length && c.object.last < x.at));
    const patient = c.subject;
    if (c.object && c.kind === 'relative' && c.modifies === c.object) {
      c.subject = by?.phrase;
    } else {
      c.object = patient;
      c.subject = by?.phrase;
    }
    c.subjectVia = by ? 'passive.by' : 'passive';
    if (by) c.preps = c.preps.filter((x) => x !== by);
  }
}

/** The verb after a relative clause takes the phrase that clause modifies as its subject, and stands where that phrase's clause stands. */
function relativeHead(c: Clause, relative: Clause, before: Clause[]): void {
  c.subject = relative.modifies;
  c.subjectVia = 'relative.head';
  const host = before[relative.parent ?? -1];
  if (host) {
    c.kind = host.kind;
    if (host.parent !== undefined) c.parent = host.parent;
    c.link = host.link;
  }
}
