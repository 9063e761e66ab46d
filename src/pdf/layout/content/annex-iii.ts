import type { AnnexIIIBody, AnnexSubprocessor } from '../../../documents/types.ts';
import type { Block } from '../blocks.ts';
import { styles } from '../theme.ts';
import type { Run } from '../types.ts';
import type { Words } from '../words.ts';
import { fields, numberedSection } from './front.ts';
import type { Translator } from '../../../i18n/translator.ts';
import { contactRuns, maybeRuns, prose, text } from './inline.ts';

/**
 * Annex III: the SCC sentence authorising the sub-processors, then one numbered entry per sub-processor with
 * the particulars the SCCs ask for (name, address, contact) and the description of its processing.
 */
export function annexIIIBlocks(body: AnnexIIIBody, w: Words): Block[] {
  const blocks: Block[] = [{ type: 'paragraph', runs: [prose(body.intro, styles.body.text)], spaceBefore: 18 }];
  if (body.subprocessors.length === 0) {
    blocks.push({ type: 'paragraph', runs: [text(w.label('annexIII.none'), styles.note.text)], style: styles.note });
  }
  blocks.push(...body.subprocessors.map((sp, index) => subprocessor(sp, index, w)));
  return blocks;
}

function subprocessor(sp: AnnexSubprocessor, index: number, w: Words): Block {
  const meta = styles.value.text;
  const list = (values: string[]): Run[] => maybeRuns(values, meta, w.t);
  // In each language of the document, each with its own dates ("Ab 15. Januar 2027 / From 15 January 2027").
  const periods = [w.t, ...(w.second ? [w.second] : [])].map((t) => authorisedPeriod(sp, t));
  const period = periods[0] === undefined ? undefined : periods.join(' / ');
  return numberedSection(
    String(index + 1),
    period ? `${sp.name} (${period[0]!.toLowerCase()}${period.slice(1)})` : sp.name,
    [
      fields(
        [
          ...(period ? [[w.label('annexIII.authorised'), [text(period, { ...meta, font: 'serifBold' })]] as [string, Run[]]] : []),
          [w.label('annexI.name'), [text(sp.name, meta)]],
          [w.label('annexIII.legalName'), maybeRuns(sp.legalName, meta, w.t)],
          [w.label('annexI.address'), maybeRuns(sp.address, meta, w.t, 'lines')],
          [w.label('annexI.contact'), contactRuns(sp.contact, meta, w.t)],
          [w.label('annexIII.services'), sp.services.length > 0 ? list(sp.services) : [text('—', meta)]],
          [w.label('annexIII.purpose'), [prose(sp.purpose, meta)]],
          [w.label('annexIII.dataCategories'), maybeRuns(sp.dataCategories, meta, w.t)],
          [w.label('annexIII.locations'), maybeRuns(sp.locations, meta, w.t)],
          [w.label('annexIII.transferMechanism'), maybeRuns(sp.transferMechanisms, meta, w.t)],
        ],
        150,
        styles.value,
      ),
    ],
    [{ kind: 'anchor', id: `subprocessor-${sp.id}` }],
  );
}

/** "From 15 January 2027", "Bis 1. März 2027", or both: a change the notice announced, not yet in effect. */
export function authorisedPeriod(sp: Pick<AnnexSubprocessor, 'from' | 'until'>, t: Translator): string | undefined {
  if (sp.from && sp.until) return t.t('annexIII.fromUntil', { from: t.date(sp.from), until: t.date(sp.until) });
  if (sp.from) return t.t('annexIII.from', { from: t.date(sp.from) });
  if (sp.until) return t.t('annexIII.until', { until: t.date(sp.until) });
  return undefined;
}
