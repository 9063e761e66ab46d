import { readFileSync } from 'node:fs';
import type { PublicView } from '../content/public-view.ts';
import type { Manifest, ManifestDocument, ManifestVersion } from '../documents/manifest.ts';

/**
 * Everything the Astro build reads, handed over by the build pipeline as one JSON file: the public view (never the
 * model, so no page can reach internal data), the signed PDFs' manifest for the documents page, and where to write.
 * Astro evaluates its config and the prerendered pages as separate module graphs in one process, so the input is
 * kept on globalThis: the config stores it once, every page reads the same object.
 */
export interface SiteInput {
  view: PublicView;
  /** The PDFs built for this site (the documents page links only what exists in exactly this version). */
  documents: ManifestDocument[];
  /** Every released version kept at its own URL, with the redline against the version before. */
  versions?: ManifestVersion[];
  /** Whether the released versions could be built, and why not. */
  archive?: Manifest['archive'];
  /** Astro's output folder (absolute). */
  outDir: string;
  /** Astro's cache folder (absolute), private to this build. */
  cacheDir: string;
}

/** The environment variable through which the pipeline tells `astro build` (astro.config.ts) where the input is. */
export const SITE_INPUT_VARIABLE = 'TRUST_CENTER_SITE_INPUT';

const key = Symbol.for('trust-center.site-input');
const store = globalThis as Record<symbol, SiteInput | undefined>;

/** Reads the input file the pipeline wrote and keeps it for the pages. */
export function loadSiteInput(file: string): SiteInput {
  const input = JSON.parse(readFileSync(file, 'utf8')) as SiteInput;
  store[key] = input;
  return input;
}

/** The input of the running site build. */
export function siteInput(): SiteInput {
  const input = store[key];
  if (!input) {
    throw new Error(
      `the site is built by \`npm run build\`, which validates the content and passes the public view to Astro (${SITE_INPUT_VARIABLE} is not set)`,
    );
  }
  return input;
}
