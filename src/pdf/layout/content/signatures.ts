import type { DocumentContent, SignatureParty } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block } from '../blocks.ts';
import { colors, styles } from '../theme.ts';
import type { Run } from '../types.ts';
import { fields } from './front.ts';
import { prose, text } from './inline.ts';

const LABEL_WIDTH = 150;
/** A line to write on: printed wherever a fact is filled in by hand. */
const BLANK = '________________________________________';

/** Names of the empty signature fields, one per party that countersigns (PDF field names may not contain dots). */
export const signatureFieldName = (party: SignatureParty) => `${party.heading} signature`;

/**
 * The signature block every annex ends with: for each Annex I party, its name, who signs for it (blank lines to
 * fill in by hand when the content cannot know), place and date, and room for the signature. The organisation
 * signs the PDF itself (its certification signature); the other parties, the customer above all, get an empty
 * signature field to countersign in with any PAdES tool. A draft offers no field: it is not for execution.
 */
export function signatureBlocks(doc: DocumentContent): Block[] {
  if (doc.signatures.length === 0) return [];
  const draft = doc.status === 'draft';
  const body = styles.body.text;
  const intro = draft
    ? 'This draft is not for execution: only the released version is signed.'
    : 'Signed for the parties named in Annex I. The data importer signs this document electronically: its certification signature protects the document and still lets the data exporter countersign in the field below, with any PAdES signing tool, or on paper.';
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text('Signatures', styles.h2.text)],
          marks: [{ kind: 'outline', title: 'Signatures', level: 1 }],
        },
        { type: 'paragraph', runs: [text(intro, draft ? { ...body, color: colors.draft } : body)] },
        ...doc.signatures.map((party) => partyBlock(party, doc, draft)),
      ],
    },
  ];
}

function partyBlock(party: SignatureParty, doc: DocumentContent, draft: boolean): Block {
  const value = styles.value.text;
  const blank: Run[] = [text(BLANK, { ...value, color: colors.muted })];
  const who = isUnknown(party.signatory) ? undefined : party.signatory;
  const role = party.role === 'controller' ? 'controller' : 'processor';
  const table = fields(
    [
      ['Party', [prose(party.name, value)]],
      ['Name of the signatory', who ? [text(who.name, value)] : blank],
      ['Position', who ? [text(who.role, value)] : blank],
      ['Place and date', blank],
      ...(party.signsElectronically ? [['Signature', electronic(doc, draft)] as [string, Run[]]] : []),
    ],
    LABEL_WIDTH,
    styles.value,
  );
  const caption = text(draft ? 'Draft – not for execution' : `Signature of the ${party.heading.toLowerCase()}`, styles.kicker.text);
  return {
    type: 'section',
    role: 'Div',
    keepTogether: true,
    children: [
      { type: 'heading', level: 3, runs: [text(`${party.heading} (${role})`, styles.h3.text)] },
      table,
      ...(party.signsElectronically
        ? []
        : [
            {
              type: 'signatureBox' as const,
              label: [text('Signature', styles.metaLabel.text)],
              labelWidth: LABEL_WIDTH,
              height: 46,
              caption: [caption],
              ...(draft
                ? {}
                : {
                    field: { name: signatureFieldName(party), tooltip: `Signature of the ${party.heading.toLowerCase()}: ${party.name}` },
                  }),
            },
          ]),
    ],
  };
}

function electronic(doc: DocumentContent, draft: boolean): Run[] {
  const value = styles.value.text;
  if (draft) return [text('Not signed for execution: the electronic signature of this draft only protects it against alteration.', value)];
  return [text(`Signed electronically for ${doc.organisation.name}: the certification signature of this PDF.`, value)];
}
