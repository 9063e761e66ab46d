import { bodyComponents, isBodyComponent } from '../content/components.ts';
import { componentElements } from './body-walk.ts';
import { someIds } from './references.ts';
import type { Rule } from './rule.ts';

/**
 * The allowed components used as intended: every required prop given as a literal, no unknown props, citations
 * only of evidence that may be published, acknowledgements only of phrases the specificity list knows.
 */
export const componentUsage: Rule = {
  id: 'component-usage',
  severity: 'error',
  description: 'EvidenceRef and Acknowledge have their required literal props; EvidenceRef cites only public evidence',
  check(model, report) {
    const phrases = new Set(model.lint?.data.specificity.map((phrase) => phrase.id) ?? []);
    const measures = new Map(model.measures.map((measure) => [measure.file, measure]));
    // Measures, and their translations (which publish what the measure publishes).
    const bodies = [
      ...model.measures.map((measure) => ({ file: measure.file, body: measure.body, measure })),
      ...model.translations.flatMap((t) =>
        measures.has(t.sourceFile) ? [{ file: t.file, body: t.body, measure: measures.get(t.sourceFile)! }] : [],
      ),
    ];
    for (const { file, body, measure } of bodies) {
      for (const use of componentElements(body)) {
        const name = use.name;
        if (!isBodyComponent(name)) continue;
        const where = { file, position: use.element };
        const spec = bodyComponents[name];
        for (const prop of spec.props) {
          if (use.props[prop] === undefined && !use.invalid.includes(prop)) {
            report(where, `<${name}> needs the prop ${prop}="..."`, `write it as ${spec.description.split(': ').at(-1)}`);
          } else if (use.props[prop]?.trim() === '') {
            report(where, `<${name}> has an empty ${prop}`, `give ${prop} a value`);
          }
        }
        for (const prop of Object.keys(use.props)) {
          if (!(spec.props as readonly string[]).includes(prop)) {
            report(where, `<${name}> has no prop "${prop}"`, `its props are: ${spec.props.join(', ')}`);
          }
        }
        if (name === 'EvidenceRef' && use.props.id) {
          const evidence = model.index.evidence.get(use.props.id)?.data;
          if (evidence && evidence.visibility !== 'public' && measure.data.visibility === 'public') {
            report(
              where,
              `<EvidenceRef> cites ${evidence.visibility} evidence "${evidence.id}" in a public measure, which would publish its title`,
              'cite only public evidence inline; list customer or internal evidence in the frontmatter `evidence:` list instead',
            );
          }
        }
        if (name === 'Acknowledge' && use.props.phrase && !phrases.has(use.props.phrase)) {
          report(
            where,
            `<Acknowledge> names phrase "${use.props.phrase}", which content/lint.yaml does not list`,
            `use a phrase id such as ${someIds(phrases, use.props.phrase)}`,
          );
        }
      }
    }
  },
};
