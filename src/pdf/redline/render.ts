import { asDate, type BuildDate } from '../../content/build-date.ts';
import { canonicalJson, sha256Hex } from '../../documents/canonical-hash.ts';
import type { Redline } from '../../documents/redline.ts';
import { drawDocument } from '../draw/render.ts';
import { sharedMeasurer } from '../render.ts';
import { layoutRedline } from './layout.ts';

export interface RenderedRedline {
  bytes: Uint8Array;
  pages: number;
}

/**
 * A redline as an (unsigned) PDF: it is a reading aid for the signed annexes, never a document to sign. Dated by
 * the build date like every output, so the same comparison gives the same bytes.
 */
export async function renderRedline(redline: Redline, buildDate: BuildDate): Promise<RenderedRedline> {
  const laid = layoutRedline(redline, sharedMeasurer());
  const seed = sha256Hex(canonicalJson(redline));
  const names = redline.documents.map((doc) => doc.label).join(', ') || 'contract annexes';
  const bytes = await drawDocument({
    laid,
    fontSeed: seed,
    meta: {
      title: `Comparison of ${names}: ${redline.sides.base} → ${redline.sides.head}`,
      author: redline.organisation,
      subject: `Changes to ${names} between ${redline.sides.base} and ${redline.sides.head}, for review; not a contract document.`,
      keywords: ['Comparison', 'Redline', ...redline.documents.map((doc) => doc.label), redline.organisation].join('; '),
      language: 'en',
      creator: 'trust-center document builder (compliance as code)',
      producer: 'pdf-lib 1.17.1',
      date: asDate(buildDate),
      custom: {
        ComparisonBase: redline.sides.base,
        ComparisonHead: redline.sides.head,
        ...Object.fromEntries(
          redline.documents.flatMap((doc) => [
            [`${key(doc.id)}BaseHash`, doc.base?.hash ?? ''],
            [`${key(doc.id)}HeadHash`, doc.head?.hash ?? ''],
          ]),
        ),
      },
      idSeed: seed,
    },
  });
  return { bytes, pages: laid.pages.length };
}

/** "annex-ii" -> "AnnexIi": an Info key. */
function key(id: string): string {
  return id.replace(/(^|[-.])([a-z0-9])/g, (_, _sep, c: string) => c.toUpperCase());
}
