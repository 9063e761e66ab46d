import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/** EEA member states (EU 27 plus Iceland, Liechtenstein, Norway): processing there needs no transfer tool. */
const EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

/** Processing outside the EEA needs a transfer mechanism; history must read in date order for the change feed. */
export const subprocessorTransfer: Rule = {
  id: 'subprocessor-transfer',
  severity: 'error',
  description: 'sub-processors processing outside the EEA name a transfer mechanism besides "eea"; history is in date order',
  check(model, report) {
    for (const entry of model.subprocessors) {
      const { locations, transferMechanisms, history, name } = entry.data;
      if (!isUnknown(locations) && !isUnknown(transferMechanisms)) {
        const outside = locations.filter((code) => !EEA.has(code));
        if (outside.length > 0 && transferMechanisms.every((mechanism) => mechanism === 'eea')) {
          report(
            { entry, path: ['transferMechanisms'] },
            `${name} processes data in ${outside.join(', ')}, outside the EEA, but names no transfer mechanism`,
            'name the mechanism relied on: adequacy, dpf, scc, bcr or derogation',
          );
        }
      }
      history.forEach((event, index) => {
        const previous = history[index - 1];
        if (previous && event.date < previous.date) {
          report(
            { entry, path: ['history', index, 'date'] },
            `history entry ${event.date} comes after ${previous.date}`,
            'list history oldest first',
            'warning',
          );
        }
      });
      if (history[0] && history[0].change !== 'added') {
        report(
          { entry, path: ['history', 0, 'change'] },
          `the first history entry of ${name} is "${history[0].change}", not "added"`,
          'start the history with the date the sub-processor was added',
          'warning',
        );
      }
    }
  },
};
