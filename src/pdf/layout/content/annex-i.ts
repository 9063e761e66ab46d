import type { AnnexIBody, AnnexParty, DocumentContent } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block } from '../blocks.ts';
import { styles } from '../theme.ts';
import type { Run } from '../types.ts';
import type { Words } from '../words.ts';
import { fields, numberedSection } from './front.ts';
import { contactRuns, maybeRuns, prose, text, unknownRun } from './inline.ts';

/** Annex I in the order of the SCC Appendix: A. list of parties, B. description, C. supervisory authority. */
export function annexIBlocks(body: AnnexIBody, numbering: DocumentContent['numbering'], w: Words): Block[] {
  const meta = styles.value.text;
  return [
    numberedSection('A', w.label('annexI.partiesSection'), [
      ...parties('exporter', body.exporters, w),
      ...parties('importer', body.importers, w),
    ]),
    numberedSection('B', w.label(`annexI.descriptionSection.${numbering}`), [
      fields(
        body.description.map((item) => [item.label, maybeRuns(item.value, meta, w.t)]),
        150,
        styles.value,
      ),
    ]),
    numberedSection('C', w.label('annexI.authoritySection'), authority(body.authority, w)),
  ];
}

function parties(side: 'exporter' | 'importer', list: AnnexParty[], w: Words): Block[] {
  const meta = styles.value.text;
  return list.flatMap((party, i): Block[] => {
    const role = w.label(`party.${side}`);
    const heading = list.length > 1 ? w.t.t('party.numbered', { party: role, number: i + 1 }) : role;
    return [
      {
        type: 'heading',
        level: 3,
        runs: [text(heading, styles.h3.text)],
        marks: [{ kind: 'outline', title: `${heading}: ${party.name}`, level: 2 }],
      },
      fields(
        [
          [w.label('annexI.name'), [prose(party.name, meta)]],
          [w.label('annexI.address'), maybeRuns(party.address, meta, w.t, 'lines')],
          [w.label('annexI.contact'), contactRuns(party.contact, meta, w.t)],
          [w.label('annexI.activities'), maybeRuns(party.activities, meta, w.t)],
          [w.label('annexI.signature'), signatureLine(w)],
          [w.label('annexI.role'), [text(w.label(party.role === 'controller' ? 'role.controller' : 'role.processor'), meta)]],
        ],
        150,
        styles.value,
      ),
    ];
  });
}

/** The parties sign once, in the signature block at the end of the annex (with the organisation's signature). */
function signatureLine(w: Words): Run[] {
  return [text(w.label('annexI.seeSignatures'), styles.value.text)];
}

function authority(value: AnnexIBody['authority'], w: Words): Block[] {
  const body = styles.body.text;
  if (isUnknown(value)) return [{ type: 'paragraph', runs: [unknownRun(value, body, w.t)] }];
  const blocks: Block[] = [{ type: 'paragraph', runs: [prose(value.name, { ...body, font: 'serifBold' })] }];
  if (value.basis) blocks.push({ type: 'paragraph', runs: [prose(value.basis, body)] });
  return blocks;
}
