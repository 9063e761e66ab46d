import type { DocumentContent, SignatureParty } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block } from '../blocks.ts';
import { colors, styles } from '../theme.ts';
import type { Run } from '../types.ts';
import type { Words } from '../words.ts';
import { fields } from './front.ts';
import { prose, text } from './inline.ts';

const LABEL_WIDTH = 150;
/** A line to write on: printed wherever a fact is filled in by hand. */
const BLANK = '________________________________________';

/** Names of the empty signature fields, one per party that countersigns (PDF field names may not contain dots). */
export const signatureFieldName = (party: SignatureParty, w: Words) => w.t.t('signatures.fieldName', { party: party.heading });

/**
 * The signature block every annex ends with: for each Annex I party, its name, who signs for it (blank lines to
 * fill in by hand when the content cannot know), place and date, and room for the signature. The organisation
 * signs the PDF itself (its certification signature); the other parties, the customer above all, get an empty
 * signature field to countersign in with any PAdES tool. A draft offers no field: it is not for execution.
 */
export function signatureBlocks(doc: DocumentContent, w: Words): Block[] {
  if (doc.signatures.length === 0) return [];
  const draft = doc.status === 'draft';
  const body = styles.body.text;
  const intro = (t: Words['t']) => t.t(draft ? 'signatures.introDraft' : 'signatures.intro');
  const introBlock = (t: Words['t']): Block => ({
    type: 'paragraph',
    runs: [text(intro(t), draft ? { ...body, color: colors.draft } : body)],
  });
  const title = w.label('signatures.heading');
  return [
    {
      type: 'section',
      role: 'Sect',
      children: [
        {
          type: 'heading',
          level: 2,
          runs: [text(title, styles.h2.text)],
          marks: [{ kind: 'outline', title, level: 1 }],
        },
        introBlock(w.t),
        ...(w.second ? [{ type: 'section', role: 'Div', lang: w.second.tag, children: [introBlock(w.second)] } as Block] : []),
        ...doc.signatures.map((party) => partyBlock(party, doc, draft, w)),
      ],
    },
  ];
}

function partyBlock(party: SignatureParty, doc: DocumentContent, draft: boolean, w: Words): Block {
  const value = styles.value.text;
  const blank: Run[] = [text(BLANK, { ...value, color: colors.muted })];
  const who = isUnknown(party.signatory) ? undefined : party.signatory;
  const role = w.label(party.role === 'controller' ? 'role.controller.lower' : 'role.processor.lower');
  const table = fields(
    [
      [w.label('signatures.party'), [prose(party.name, value)]],
      [w.label('signatures.name'), who ? [text(who.name, value)] : blank],
      [w.label('signatures.position'), who ? [text(who.role, value)] : blank],
      [w.label('signatures.placeDate'), blank],
      ...(party.signsElectronically ? [[w.label('signatures.signature'), electronic(doc, draft, w)] as [string, Run[]]] : []),
    ],
    LABEL_WIDTH,
    styles.value,
  );
  const number = party.number === undefined ? '' : ` ${party.number}`;
  const captionText = w.label(`signatures.caption.${party.side}`, { number });
  const caption = text(draft ? w.label('pdf.statusDraft') : captionText, styles.kicker.text);
  return {
    type: 'section',
    role: 'Div',
    keepTogether: true,
    children: [
      { type: 'heading', level: 3, runs: [text(w.t.t('signatures.heading.party', { party: party.heading, role }), styles.h3.text)] },
      table,
      ...(party.signsElectronically
        ? []
        : [
            {
              type: 'signatureBox' as const,
              label: [text(w.label('signatures.signature'), styles.metaLabel.text)],
              labelWidth: LABEL_WIDTH,
              height: 46,
              caption: [caption],
              ...(draft
                ? {}
                : {
                    field: {
                      name: signatureFieldName(party, w),
                      tooltip: `${w.t.t(`signatures.caption.${party.side}`, { number })}: ${party.name}`,
                    },
                  }),
            },
          ]),
    ],
  };
}

function electronic(doc: DocumentContent, draft: boolean, w: Words): Run[] {
  const value = styles.value.text;
  if (draft) return [text(w.label('signatures.notForExecution'), value)];
  return [text(w.label('signatures.electronic', { organisation: doc.organisation.name }), value)];
}
