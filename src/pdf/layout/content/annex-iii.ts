import type { AnnexIIIBody, AnnexSubprocessor } from '../../../documents/types.ts';
import type { Block } from '../blocks.ts';
import { styles } from '../theme.ts';
import type { Run } from '../types.ts';
import { fields, numberedSection } from './front.ts';
import { contactRuns, formatDate, maybeRuns, prose, text } from './inline.ts';

/**
 * Annex III: the SCC sentence authorising the sub-processors, then one numbered entry per sub-processor with
 * the particulars the SCCs ask for (name, address, contact) and the description of its processing.
 */
export function annexIIIBlocks(body: AnnexIIIBody): Block[] {
  const blocks: Block[] = [{ type: 'paragraph', runs: [prose(body.intro, styles.body.text)], spaceBefore: 18 }];
  if (body.subprocessors.length === 0) {
    blocks.push({ type: 'paragraph', runs: [text('No sub-processors are authorised.', styles.note.text)], style: styles.note });
  }
  blocks.push(...body.subprocessors.map(subprocessor));
  return blocks;
}

function subprocessor(sp: AnnexSubprocessor, index: number): Block {
  const meta = styles.value.text;
  const list = (values: string[]): Run[] => maybeRuns(values, meta);
  const period = authorisedPeriod(sp);
  return numberedSection(
    String(index + 1),
    period ? `${sp.name} (${period[0]!.toLowerCase()}${period.slice(1)})` : sp.name,
    [
      fields(
        [
          ...(period ? [['Authorised', [text(period, { ...meta, font: 'serifBold' })]] as [string, Run[]]] : []),
          ['Name', [text(sp.name, meta)]],
          ['Legal name', maybeRuns(sp.legalName, meta)],
          ['Address', maybeRuns(sp.address, meta, 'lines')],
          ["Contact person's name, position and contact details", contactRuns(sp.contact, meta)],
          ['Services used', sp.services.length > 0 ? list(sp.services) : [text('—', meta)]],
          ['Description of processing', [prose(sp.purpose, meta)]],
          ['Categories of personal data', maybeRuns(sp.dataCategories, meta)],
          ['Processing locations', maybeRuns(sp.locations, meta)],
          ['Transfer mechanism', maybeRuns(sp.transferMechanisms, meta)],
        ],
        150,
        styles.value,
      ),
    ],
    [{ kind: 'anchor', id: `subprocessor-${sp.id}` }],
  );
}

/** "From 15 January 2027", "Until 1 March 2027", or both: a change the notice announced, not yet in effect. */
export function authorisedPeriod(sp: Pick<AnnexSubprocessor, 'from' | 'until'>): string | undefined {
  if (sp.from && sp.until) return `From ${formatDate(sp.from)} until ${formatDate(sp.until)}`;
  if (sp.from) return `From ${formatDate(sp.from)}`;
  if (sp.until) return `Until ${formatDate(sp.until)}`;
  return undefined;
}
