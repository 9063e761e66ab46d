import { loadProject } from '../content/project.ts';
import type { PublicView } from '../content/public-view.ts';

/**
 * Loads the public view for the site, once per process. Astro evaluates the config, the content layer and the
 * prerendered pages as separate module graphs in one process, so the cache lives on globalThis: all three get the
 * same object and the content is read and parsed once per build.
 */
export interface SiteSource {
  view: PublicView;
  /** Absolute project root, where `.cache/documents/` lives. */
  root: string;
}

const cacheKey = Symbol.for('trust-center.site-source');
type Cache = Map<string, SiteSource>;

export class SiteContentError extends Error {}

export function loadSiteSource(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): SiteSource {
  const cache = ((globalThis as Record<symbol, unknown>)[cacheKey] ??= new Map()) as Cache;
  const key = JSON.stringify([root, env.CONTENT_DIR ?? '', env.SOURCE_DATE_EPOCH ?? '']);
  const cached = cache.get(key);
  if (cached) return cached;
  const project = loadProject({ root, env });
  const errors = project.loadFindings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.slice(0, 20).map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`);
    throw new SiteContentError(`the content does not load; run \`npm run validate\`:\n${lines.join('\n')}`);
  }
  const source = { view: project.view(), root: project.root };
  cache.set(key, source);
  return source;
}
