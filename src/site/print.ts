import type { SitePaths } from './paths.ts';

/**
 * A printed page has no hover and no address bar: site.css prints every link's target after it, and this sheet gives
 * it the site's origin (the CSS bundle is the same for every company, so the origin cannot live there). Root-relative
 * links (`/measures/enc-01/`) then print as `https://trust.example.com/measures/enc-01/`.
 */
export function printStylesheet(paths: SitePaths): string {
  const origin = new URL(paths.siteUrl).origin;
  return `:root{--origin:${cssString(origin)}}\n`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped, so no value can end the declaration. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
