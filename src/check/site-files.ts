import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site as a path relative to its root, with forward slashes, sorted. */
export function siteFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** The HTML pages of a built site. */
export function htmlPages(dist: string): string[] {
  return siteFiles(dist).filter((file) => file.endsWith('.html'));
}

/** The site path a page is served at: "measures/enc-01/index.html" -> "/measures/enc-01/". */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
