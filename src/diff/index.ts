/** The diff between two versions of the content: change set, renderers, loading refs, version rules. */
export { diffModels, documentsChange, projectFindings, type DiffOptions } from './diff-models.ts';
export { compareRefs, type CompareOptions } from './compare-refs.ts';
export { loadRef } from './load-ref.ts';
export { renderJson } from './render-json.ts';
export { renderMarkdown } from './render-markdown.ts';
export { checkAgainstBase, checkVersions, versionRules } from './version-rules.ts';
export type * from './types.ts';
