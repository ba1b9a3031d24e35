/**
 * relate/unread: where a sentence names two actors or more and no event between them was read, a per-document
 * diagnostic that says why, so that misses can be counted by cause (`kg extract --explain` prints them):
 * - `unread.vocabulary`: no verb and no event noun of the vocabulary ("Biden and Trump traded barbs");
 * - `unread.arguments`: an event verb was read ("attacked") but its subject or object is not an actor the text
 *   names (a pronoun with no antecedent, "the group", a common noun);
 * - `unread.nominal`: an event noun ("the talks") with no actor read around it.
 * Runs after every other relation rule: it reads what they wrote.
 */
import type { Diagnostic } from '../model.js';
import type { RelationScope } from './scope.js';
import { readPredicate } from './vocabulary.js';

const ACTORS = new Set(['Person', 'Country', 'Organization', 'Group']);
/** Relations that are not events between actors. */
const NOT_EVENTS = new Set(['REPRESENTS', 'LOCATED_IN', 'PART_OF', 'HELD_IN', 'ABOUT', 'SAID']);

export function unreadEvents(scope: RelationScope): void {
  const read = new Set<number>();
  for (const r of scope.relations) if (!NOT_EVENTS.has(r.predicate)) for (const e of r.evidence) read.add(e.sentence);
  for (const a of scope.analyses) {
    const s = a.sentence;
    if (read.has(s.index)) continue;
    const actors = new Map<string, string>();
    for (const m of scope.mentions) if (m.sentence === s.index && m.form !== 'title' && ACTORS.has(m.category)) actors.set(m.entity, scope.text.slice(m.start, m.end));
    if (actors.size < 2) continue;
    const names = [...actors.values()].map((n) => `"${n}"`).join(', ');
    const phraseAt = (k: number) => a.phrases.find((p) => p.first <= k && k <= p.last);
    const verbs = a.clauses.filter((c) => readPredicate(c, s, scope.lex, phraseAt)).map((c) => s.tokens[c.predicate.head].text);
    const nouns = scope.mentions.filter((m) => m.sentence === s.index && (m.category === 'Event' || m.category === 'Proposal')).map((m) => scope.text.slice(m.start, m.end));
    const eventNoun = s.tokens.find((t) => scope.lex.nominal.some((n) => n.nouns.has(t.norm)));
    const d = (rule: string, message: string): Diagnostic => ({ docId: scope.docId, start: s.start, end: s.end, stage: 'extract', rule, severity: 'info', message });
    if (verbs.length) scope.diagnostics.push(d('unread.arguments', `${names} and the event verb "${verbs.join('", "')}", but no actor as its subject and object`));
    else if (nouns.length || eventNoun) scope.diagnostics.push(d('unread.nominal', `${names} and the event noun "${nouns[0] ?? eventNoun!.text}", but no actor read around it`));
    else scope.diagnostics.push(d('unread.vocabulary', `${names}, but no verb or noun of the event vocabulary`));
  }
}
