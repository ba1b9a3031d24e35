/** Types for xml-writer (used by graphology-gexf too), the parts kg uses. */
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    startElement(name: string): this;
    writeAttribute(name: string, value: string): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    endElement(): this;
    endDocument(): this;
    toString(): string;
  }
}
