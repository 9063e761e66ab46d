import { hasAdequacyDecision, isEea, uncoveredLocations } from '../content/transfers.ts';
import { isUnknown } from '../schema/index.ts';
import type { Rule } from './rule.ts';

/**
 * Processing outside the EEA needs a legal basis for the transfer (Chapter V GDPR): an adequacy decision for the
 * country, or a transfer tool such as the SCCs. A sub-processor whose non-EEA location no named mechanism covers
 * is an error while Annex III is released (customers have authorised the list), a warning while it is a draft.
 * History must read in date order for the change feed.
 */
export const subprocessorTransfer: Rule = {
  id: 'subprocessor-transfer',
  severity: 'error',
  description:
    'every location outside the EEA is covered by a named transfer mechanism that fits it (error with a released Annex III, warning in a draft); history is in date order',
  check(model, report) {
    const released = model.documents.some((doc) => doc.data.kind === 'annex-iii' && doc.data.status === 'released');
    const severity = released ? 'error' : 'warning';
    const draftNote = released ? '' : ' (a warning while Annex III is a draft, an error once it is released)';
    const today = model.buildDate.day;
    for (const entry of model.subprocessors) {
      const { locations, transferMechanisms, history, name } = entry.data;
      // A sub-processor whose removal has taken effect processes nothing any more.
      const ended = history.filter((event) => event.date <= today).at(-1)?.change === 'removed';
      if (!ended && !isUnknown(locations)) {
        if (isUnknown(transferMechanisms)) {
          const outside = locations.filter((code) => !isEea(code));
          // With a released Annex III, document-facts already fails on the unknown mechanism, at the document.
          if (outside.length > 0 && !released) {
            report(
              { entry, path: ['transferMechanisms'] },
              `${name} processes data in ${outside.join(', ')}, outside the EEA, and its transfer mechanism is not yet provided`,
              `name the mechanism relied on for ${outside.join(', ')}: ${suggestion(outside)}${draftNote}`,
              severity,
            );
          }
        } else {
          const uncovered = uncoveredLocations(locations, transferMechanisms);
          if (uncovered.length > 0) {
            const misread = transferMechanisms.includes('adequacy') ? uncovered.filter((code) => !hasAdequacyDecision(code)) : [];
            report(
              { entry, path: ['transferMechanisms'] },
              `${name} processes data in ${uncovered.join(', ')}, outside the EEA, and no transfer mechanism it names (${transferMechanisms.join(', ')}) covers ${uncovered.length === 1 ? 'it' : 'them'}`,
              (misread.length
                ? `"adequacy" does not cover ${misread.join(', ')}: ${misread.includes('US') ? 'the United States has an adequacy decision only for organisations certified under the Data Privacy Framework (dpf)' : `${misread.length === 1 ? 'it has' : 'they have'} no adequacy decision`}; `
                : '') + `name the mechanism relied on: ${suggestion(uncovered)}${draftNote}`,
              severity,
            );
          }
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

function suggestion(codes: readonly string[]): string {
  const options = ['scc', 'bcr', 'derogation'];
  if (codes.every(hasAdequacyDecision)) options.unshift('adequacy');
  if (codes.every((code) => code === 'US')) options.unshift('dpf (if certified under the EU-U.S. Data Privacy Framework)');
  return options.join(', ');
}
