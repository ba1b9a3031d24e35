/** kg public API: the stages, the document model and the build. */
export { build, analyze, extractionLine, DEFAULT_BUILD_OPTIONS, FORMATS, type BuildOptions, type BuildResult, type Format } from './pipeline.js';
export { readDocuments, listInputs } from './ingest/read.js';
export { parseDateline } from './ingest/dateline.js';
export { extractDocument } from './extract/index.js';
export { parseDocument } from './parse/document.js';
export { buildGraph, edgeKey, type KnowledgeGraph, type NodeAttributes, type EdgeAttributes } from './graph/build.js';
export { layout, CATEGORY_COLORS, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions } from './layout/layout.js';
export { toGexf } from './export/gexf.js';
export { toJson, writeAtomic } from './export/write.js';
export { lexicon, slug } from './lexicon/index.js';
export { KgError } from './errors.js';
export * from './model.js';
