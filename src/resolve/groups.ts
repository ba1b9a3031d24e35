/** resolve/groups: entities named together in a list ("China, Russia, Pakistan and Iran"), and a titled person's full span. */
import type { Group, Mention } from '../model.js';

/** Start of a mention including the title chain in front of it (for lists of titled people). */
export function extendedStart(m: Mention, titles: Mention[]): number {
  let start = m.represents ? Math.min(m.start, m.represents.start) : m.start;
  for (const t of titles) if (t.entity === m.entity && t.sentence === m.sentence && t.end <= m.start && t.start < start) start = t.start;
  return start;
}

/** Coordinated lists of same-category mentions in each sentence (separated only by commas and "and"). */
export function findGroups(text: string, mentions: Mention[]): Group[] {
  const titles = mentions.filter((m) => m.form === 'title');
  // a demonym that qualifies a person's title ("Russian Foreign Minister") is part of that person's span
  const qualifiers = new Set(mentions.filter((m) => m.represents).map((m) => m.represents!.start));
  const heads = mentions.filter((m) => m.form !== 'title' && m.form !== 'pronoun' && m.sentence >= 0 && !qualifiers.has(m.start));
  const groups: Group[] = [];
  let current: Group | undefined;
  for (const m of heads) {
    const start = extendedStart(m, titles);
    if (current) {
      const last = current.members[current.members.length - 1];
      const gap = text.slice(last.end, start);
      if (last.sentence === m.sentence && last.category === m.category && /^\s*(,|,?\s*and|,?\s*or)\s*$/.test(gap) && last.entity !== m.entity) {
        current.members.push(m);
        current.end = m.end;
        continue;
      }
      if (current.members.length > 1) groups.push(current);
    }
    current = { sentence: m.sentence, start, end: m.end, members: [m] };
  }
  if (current && current.members.length > 1) groups.push(current);
  return groups;
}
