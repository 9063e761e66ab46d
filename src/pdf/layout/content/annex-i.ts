import type { AnnexIBody, AnnexParty, DocumentContent } from '../../../documents/types.ts';
import { isUnknown } from '../../../schema/common.ts';
import type { Block } from '../blocks.ts';
import { colors, styles } from '../theme.ts';
import type { Run } from '../types.ts';
import { fields, numberedSection } from './front.ts';
import { contactRuns, maybeRuns, prose, text, unknownRun } from './inline.ts';

/** Annex I in the order of the SCC Appendix: A. list of parties, B. description, C. supervisory authority. */
export function annexIBlocks(body: AnnexIBody, numbering: DocumentContent['numbering']): Block[] {
  const meta = styles.value.text;
  const description = numbering === 'scc-2021-915' ? 'Description of the processing' : 'Description of transfer';
  return [
    numberedSection('A', 'List of parties', [...parties('Data exporter', body.exporters), ...parties('Data importer', body.importers)]),
    numberedSection('B', description, [
      fields(
        body.description.map((item) => [item.label, maybeRuns(item.value, meta)]),
        150,
        styles.value,
      ),
    ]),
    numberedSection('C', 'Competent supervisory authority', authority(body.authority)),
  ];
}

function parties(role: string, list: AnnexParty[]): Block[] {
  const meta = styles.value.text;
  return list.flatMap((party, i): Block[] => {
    const heading = list.length > 1 ? `${role} ${i + 1}` : role;
    return [
      {
        type: 'heading',
        level: 3,
        runs: [text(heading, styles.h3.text)],
        marks: [{ kind: 'outline', title: `${heading}: ${party.name}`, level: 2 }],
      },
      fields(
        [
          ['Name', [prose(party.name, meta)]],
          ['Address', maybeRuns(party.address, meta, 'lines')],
          ["Contact person's name, position and contact details", contactRuns(party.contact, meta)],
          ['Activities relevant to the data transferred under these Clauses', maybeRuns(party.activities, meta)],
          ['Signature and date', signatureLine()],
          ['Role (controller/processor)', [text(party.role === 'controller' ? 'Controller' : 'Processor', meta)]],
        ],
        150,
        styles.value,
      ),
    ];
  });
}

/** The parties sign once, in the signature block at the end of the annex (with the organisation's signature). */
function signatureLine(): Run[] {
  return [text('See “Signatures” at the end of this Annex.', styles.value.text)];
}

function authority(value: AnnexIBody['authority']): Block[] {
  const body = styles.body.text;
  if (isUnknown(value)) return [{ type: 'paragraph', runs: [unknownRun(value, body)] }];
  const blocks: Block[] = [{ type: 'paragraph', runs: [prose(value.name, { ...body, font: 'serifBold' })] }];
  if (value.basis) blocks.push({ type: 'paragraph', runs: [prose(value.basis, body)] });
  return blocks;
}
