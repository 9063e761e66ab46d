import type { Project } from '../content/project.ts';
import type { ParsedBody } from '../content/markdown.ts';

const shared = new WeakSet<object>();

/**
 * Lets the two sides of a diff parse each distinct measure body once. Between two refs almost every body is the
 * same text on the same line, and parsing MDX is the largest cost of loading (about 0.5 ms a body): sharing halves
 * the time to diff a thousand measures. A body's tree depends only on its text and first line, and nothing
 * modifies a parsed tree, so the shared result is the one each side would have computed.
 */
export function shareParses(...projects: Project[]): void {
  const cache = new Map<string, ParsedBody>();
  for (const project of projects) {
    for (const entry of project.model.measures) {
      const body = entry.body;
      const key = `${body.line}\u0000${body.source}`;
      const own = body.parse;
      if (shared.has(body)) continue;
      shared.add(body);
      body.parse = () => {
        let parsed = cache.get(key);
        if (!parsed) {
          parsed = own();
          cache.set(key, parsed);
        }
        return parsed;
      };
    }
  }
}
