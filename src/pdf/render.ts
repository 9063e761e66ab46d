import { asDate, type BuildDate } from '../content/build-date.ts';
import { clauseNames } from '../documents/numbering.ts';
import type { DocumentContent } from '../documents/types.ts';
import { drawDocument } from './draw/render.ts';
import type { DocumentMetadata } from './draw/metadata.ts';
import { loadFonts } from './fonts/fonts.ts';
import { layoutDocument } from './layout/document.ts';
import { createMeasurer, type Measurer } from './layout/measure.ts';
import type { LaidDocument } from './layout/types.ts';
import { signatureSize } from './sign/cms.ts';
import { addSignaturePlaceholder } from './sign/placeholder.ts';
import { type DocumentSigner, type SignOptions, signPdf } from './sign/signer.ts';

/** Info /Creator and XMP CreatorTool: what made the document (pdf-lib, the Producer, wrote the file). */
const CREATOR = 'trust-center document builder (compliance as code)';
const PRODUCER = 'pdf-lib 1.17.1';

let measurer: Measurer | undefined;
/** One measurer per process: its word-width cache serves every document rendered. */
export function sharedMeasurer(): Measurer {
  measurer ??= createMeasurer(loadFonts().metrics);
  return measurer;
}

/** Pages and structure of a document, before drawing. Pure apart from reading the committed fonts once. */
export function layout(content: DocumentContent): LaidDocument {
  return layoutDocument(content, sharedMeasurer());
}

/** Info and XMP values, and the custom keys `npm run verify` reads back. */
export function documentMetadata(content: DocumentContent, buildDate: BuildDate): DocumentMetadata {
  const draft = content.status === 'draft';
  const title = `${content.label} – ${content.title.replace(/\s+/g, ' ').trim()}`;
  return {
    title: draft ? `${title} (DRAFT)` : title,
    author: content.organisation.name,
    subject: `${content.label} to the ${clauseNames[content.numbering]}. Version ${content.version}, effective ${content.effective}${draft ? ', DRAFT – not for execution' : ''}.`,
    keywords: [
      content.label,
      'Data Processing Agreement',
      'Standard Contractual Clauses',
      content.organisation.name,
      content.id,
      `version ${content.version}`,
    ].join('; '),
    language: content.language,
    creator: CREATOR,
    producer: PRODUCER,
    date: asDate(buildDate),
    custom: {
      DocumentId: content.id,
      DocumentLabel: content.label,
      DocumentVersion: content.version,
      DocumentStatus: content.status,
      EffectiveDate: content.effective,
      ContentHash: content.hash,
    },
    idSeed: `${content.id}\n${content.version}\n${content.status}\n${content.hash}`,
  };
}

export interface RenderOptions {
  /** The build date: CreationDate, ModDate and (when signed) the signing time. Never the clock. */
  buildDate: BuildDate;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  pages: number;
}

/** An unsigned PDF. The same content and date give the same bytes. */
export async function renderDocument(content: DocumentContent, options: RenderOptions): Promise<RenderedPdf> {
  const laid = layout(content);
  const bytes = await drawDocument({ laid, meta: documentMetadata(content, options.buildDate), fontSeed: content.hash });
  return { bytes, pages: laid.pages.length };
}

/** What a signature states as its reason. A draft's says it is not for execution. */
export function signatureReason(content: DocumentContent): string {
  if (content.status === 'draft') return 'DRAFT – not for execution';
  return `${content.label}, version ${content.version}, issued by ${content.organisation.name}`;
}

/**
 * A signed PDF: rendered with a signature placeholder, then signed (PAdES B-B, SHA-256, covering the whole
 * file, /M = the build date; B-T with `tsaUrl`). The signature certifies the document (DocMDP /P 2), so the
 * empty signature fields of its signature block can still be signed. Drafts are signed too, with the reason
 * "DRAFT – not for execution", so a draft sent for review can still be checked for alteration but never passes
 * for a released document.
 */
export async function renderSignedDocument(
  content: DocumentContent,
  options: RenderOptions & SignOptions & { signer: DocumentSigner },
): Promise<RenderedPdf> {
  const { signer } = options;
  const laid = layout(content);
  const unsigned = await drawDocument({
    laid,
    meta: documentMetadata(content, options.buildDate),
    fontSeed: content.hash,
    beforeSave: (doc) =>
      addSignaturePlaceholder(doc, {
        reason: signatureReason(content),
        name: signer.commonName,
        signingTime: asDate(options.buildDate),
        signatureLength: signatureSize(signer.key, options.tsaUrl !== undefined),
        fieldName: `Electronic signature of ${content.organisation.name}`,
      }),
  });
  return { bytes: await signPdf(unsigned, signer, { ...(options.tsaUrl ? { tsaUrl: options.tsaUrl } : {}) }), pages: laid.pages.length };
}
