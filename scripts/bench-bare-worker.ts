/** The benchmark's baseline in a worker thread: compromise's own pass (people, places, organizations) over one text. */
import nlp from 'compromise';

export default function bare({ text }: { text: string }): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
