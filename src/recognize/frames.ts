/**
 * recognize/frames: reads what the text says around an event or proposal noun — its topic ("on Afghanistan"),
 * its place ("in the Tajik capital of Dushanbe") and its date — and the dates written in a document.
 */
import { lexicon, type Lexicon } from '../lexicon/index.js';
import type { Candidate, EventFrame, ParsedDocument, Sentence, Token } from '../model.js';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
const SKIPPABLE = (t: Token) => t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Adverb') || t.tags.has('Possessive') || t.tags.has('Value');

/** Dates written in a sentence, resolved against the document date (news reports the past: "Monday" is the last one). */
export function sentenceDates(sentence: Sentence, docDate?: string): string[] {
  const out: string[] = [];
  const ref = docDate ? new Date(`${docDate}T00:00:00Z`) : undefined;
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const month = MONTHS[t.norm.replace(/\.$/, '').slice(0, t.norm.startsWith('sept') ? 4 : 3)];
    if (month && (t.tags.has('Month') || t.tags.has('Date')) && /^\d{1,2}$/.test(toks[i + 1]?.text ?? '')) {
      const day = Number(toks[i + 1].text);
      const yearTok = toks[i + 2]?.text ?? '';
      let year = /^\d{4}$/.test(yearTok) ? Number(yearTok) : ref?.getUTCFullYear();
      if (year === undefined) continue;
      if (ref && !/^\d{4}$/.test(yearTok) && Date.UTC(year, month - 1, day) > ref.getTime() + 7 * 86400e3) year--;
      out.push(`${year}-${pad(month)}-${pad(day)}`);
      continue;
    }
    const wd = WEEKDAYS.indexOf(t.norm);
    if (wd >= 0 && ref && (toks[i - 1]?.norm === 'on' || toks[i - 1]?.norm === 'last')) {
      const back = (ref.getUTCDay() - wd + 7) % 7;
      const d = new Date(ref.getTime() - back * 86400e3);
      out.push(d.toISOString().slice(0, 10));
    }
  }
  return out;
}

function firstMentionAt(mentions: Candidate[], sentence: number, token: number): Candidate | undefined {
  return mentions.find((m) => m.sentence === sentence && m.tokens[0] === token && m.form !== 'title');
}

/** Frames for the Event and Proposal mentions of a document, keyed by mention start offset. Pure. */
export function eventFrames(parsed: ParsedDocument, mentions: Candidate[], lex: Lexicon = lexicon()): Map<number, EventFrame> {
  const frames = new Map<number, EventFrame>();
  const docDate = parsed.doc.date ?? parsed.dateline?.date;
  const lead = parsed.sentences[0] ? sentenceDates(parsed.sentences[0], docDate)[0] : undefined;
  for (const m of mentions) {
    if (m.category !== 'Event' && m.category !== 'Proposal') continue;
    const s = parsed.sentences[m.sentence];
    const toks = s.tokens;
    const frame: EventFrame = {};
    for (let i = m.tokens[1]; i < toks.length; i++) {
      const t = toks[i];
      if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Participle')) break;
      if (/[;:.!?]/.test(toks[i - 1].post)) break;
      const topicPrep = lex.events.topicPrepositions.has(t.norm);
      const placePrep = lex.events.placePrepositions.has(t.norm);
      if (!topicPrep && !placePrep) continue;
      let j = i + 1;
      while (j < toks.length && SKIPPABLE(toks[j]) && !firstMentionAt(mentions, m.sentence, j)) j++;
      const target = firstMentionAt(mentions, m.sentence, j);
      if (!target) continue;
      if (topicPrep && !frame.topic && ['Country', 'Organization', 'Location', 'Person', 'City'].includes(target.category)) frame.topic = target;
      if (placePrep && !frame.place) {
        // "in the Tajik capital of Dushanbe": the place is the last place named in the phrase
        let place = target;
        let k = target.tokens[1];
        while (toks[k] && (toks[k].norm === 'capital' || toks[k].norm === 'city' || toks[k].norm === 'of') && !/[,;]/.test(toks[k - 1].post)) k++;
        const after = k > target.tokens[1] ? firstMentionAt(mentions, m.sentence, k) : undefined;
        if (after && after.category === 'City') place = after;
        if (['City', 'Location', 'Country'].includes(place.category)) frame.place = place;
      }
      i = target.tokens[1] - 1;
    }
    const own = sentenceDates(s, docDate)[0];
    if (own) Object.assign(frame, { date: own, dateRule: 'date.same-sentence' });
    else if (m.category === 'Event' && lead) Object.assign(frame, { date: lead, dateRule: 'date.lead-sentence' });
    else if (docDate) Object.assign(frame, { date: docDate, dateRule: 'date.document' });
    frames.set(m.start, frame);
  }
  return frames;
}
