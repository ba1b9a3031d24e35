/**
 * relate/rules: the relation rules, in the order they run over a resolved document. Each reads the scope (mentions,
 * lists, event frames) and writes relations into it; the rule ids on their evidence start with the entry's id (verb
 * and noun patterns take theirs from lexicon/data/relations.json). Adding a rule is adding an entry here.
 */
import { nominalRelations } from './nominal.js';
import { collectiveCountries, frameRelations, gazetteerLocations, locatedIn, namedSites } from './places.js';
import { representsAroundTitles, representsByAffiliation, representsByAlignedLists, representsFromDictionary, representsFromTitles } from './represents.js';
import type { Rule } from '../model.js';
import type { RelationScope } from './scope.js';
import { clauseRelations } from './events.js';
import { familyRelations } from './family.js';
import { unreadEvents } from './unread.js';

/** A relation rule writes into the scope (the pattern rules also write their patterns' ids, from the lexicon). */
export type RelationRule = Rule<RelationScope, void>;

export const RELATION_RULES: readonly RelationRule[] = [
  { id: 'represents.title', about: 'a title\'s qualifier: "Russian Foreign Minister Sergei Lavrov", "President of Russia Vladimir Putin"', emits: ['represents.title-qualifier', 'represents.title-of-country', 'represents.appositive-title'], run: representsFromTitles },
  { id: 'represents.aligned-list', about: '"officials from China, Russia, …" followed by as many people: each represents the country at their place', run: (scope) => representsByAlignedLists(scope, scope.add, scope.evidence) },
  { id: 'represents.around-title', about: '"X, general secretary of <organisation>"; "Mexico City mayor Clara Brugada"', emits: ['represents.appositive-of', 'represents.title-qualifier-entity'], run: (scope) => representsAroundTitles(scope, scope.add, scope.evidence) },
  { id: 'represents.affiliation', about: '"John Smith, a spokesman for the Red Cross", "X of the Red Cross", "Harvard University\'s Steven Pinker", "Republican Larry Hogan"', emits: ['represents.apposition', 'represents.predicative', 'represents.person-of', 'represents.seat-of', 'represents.possessor', 'represents.party'], run: representsByAffiliation },
  { id: 'represents.actor-dictionary', about: 'a person the event coders\' actor dictionaries name, in a role whose dates hold the document\'s date, represents that country or organisation (when the document names it and the text says nothing else)', run: representsFromDictionary },
  { id: 'relative', about: 'family: "Biden\'s son Hunter", "his brother Alex Van Halen", "Veranika Tsapkala, wife of Valery Tsapkala"', emits: ['relative.possessive', 'relative.appositive-of'], run: familyRelations },
  { id: 'frames', about: 'HELD_IN and ABOUT: an event\'s place and topic, read around its noun', emits: ['held-in.place-phrase', 'about.topic-phrase'], run: frameRelations },
  { id: 'located-in', about: '"the Tajik capital of Dushanbe", "the Indian state of Karnataka", "Mosul, Iraq", "Beaver Falls, Pennsylvania", "Belmont University in Nashville"', emits: ['located-in.capital-of', 'located-in.kind-of', 'located-in.apposition', 'located-in.region-apposition', 'located-in.organization-site'], run: (scope) => scope.parsed.sentences.forEach((s) => locatedIn(s, scope.mentions, scope.text, scope.add, scope.evidence, scope.lex, scope.entities)) },
  {
    id: 'clauses',
    about: 'each clause\'s predicate in the event vocabulary (kg\'s patterns, then CAMEO\'s), its subject and object as source and target, with the clause\'s factuality; the embedding acts ("urged X to", "refused to"); reported speech; attendance at an event',
    emits: ['cameo', 'embedding', 'attended.at-event', 'urge.reported-speech', 'said.reported-speech', 'said.told', 'accuse.reported-act', 'coordinated-verb', 'proposal-item', 'capital-metonymy', 'agent-inside-act', 'shared-agent', 'control', 'relative', 'participle', 'passive', 'inside', 'possessor', 'of', 'by', 'between'],
    run: (scope) => clauseRelations(scope, scope.analyses),
  },
  { id: 'nominal', about: 'events named by a noun, read on the clause analysis: "a Russian drone attack on Kyiv", "talks between Iran and the United States"', run: (scope) => nominalRelations(scope, scope.analyses) },
  { id: 'gazetteer.city-country', about: 'a place whose country is known lies in it', emits: ['located-in.apposition', 'located-in.admin-region'], run: gazetteerLocations },
  { id: 'located-in.named-site', about: 'an institution named "<head> of <place>" lies there ("University of Bristol"), and the place in its country', run: namedSites },
  { id: 'part-of.collective', about: 'a group, or a state\'s body, is part of its country ("Syrian rebels" of Syria, "Pakistan\'s Supreme Court")', emits: ['part-of.national-body'], run: collectiveCountries },
  { id: 'unread', about: 'diagnostics, no relations: a sentence naming two actors or more with no event read between them, and why', emits: ['unread.vocabulary', 'unread.arguments', 'unread.nominal'], run: unreadEvents },
];
