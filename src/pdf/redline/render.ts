import { asDate, type BuildDate } from '../../content/build-date.ts';
import { canonicalJson, sha256Hex } from '../../documents/canonical-hash.ts';
import type { Redline } from '../../documents/redline.ts';
import { drawDocument } from '../draw/render.ts';
import { sharedMeasurer } from '../render.ts';
import { translator } from '../../i18n/translator.ts';
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
  // The seed is what the comparison says, as before the comparison knew its language: the same bytes as ever.
  const seed = sha256Hex(canonicalJson(withoutLanguages(redline)));
  const t = translator(redline.language);
  const names = redline.documents.map((doc) => doc.label).join(', ') || t.t('redline.annexesName');
  const bytes = await drawDocument({
    laid,
    fontSeed: seed,
    meta: {
      title: t.t('redline.metaTitle', { names, base: redline.sides.base, head: redline.sides.head }),
      author: redline.organisation,
      subject: t.t('redline.metaSubject', { names, base: redline.sides.base, head: redline.sides.head }),
      keywords: [t.t('redline.keywordComparison'), 'Redline', ...redline.documents.map((doc) => doc.label), redline.organisation].join(
        '; ',
      ),
      language: redline.language,
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

/** The redline without the languages it records (they decide the words, which the seed need not cover twice). */
function withoutLanguages(redline: Redline): unknown {
  const { language: _language, documents, ...rest } = redline;
  return { ...rest, documents: documents.map(({ language: _doc, ...doc }) => doc) };
}

/** "annex-ii" -> "AnnexIi": an Info key. */
function key(id: string): string {
  return id.replace(/(^|[-.])([a-z0-9])/g, (_, _sep, c: string) => c.toUpperCase());
}
