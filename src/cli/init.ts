import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { contentSkeleton } from '../authoring/init.ts';
import { ScaffoldError } from '../authoring/scaffold.ts';
import { buildDateFromEpoch } from '../content/build-date.ts';
import { loadProject } from '../content/project.ts';
import { uiLanguages } from '../i18n/languages.ts';
import { summary } from '../rules/format/text.ts';
import { validateProject } from '../rules/validate.ts';
import { contentDir } from './config.ts';
import { EXIT, runCommand, UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { commandLine, oneOf } from './options.ts';

export const usage = `Usage: npm run init -- --name "Acme GmbH" --domain acme.example [--language en|de] [--content <dir>]

Starts the content of a new company in an empty content folder: the control catalogues (SCC Annex II, GDPR
Art. 32, ISO/IEC 27001:2022, SOC 2, NIST CSF 2.0, German Art. 32 objectives), organisation.yaml and processing.yaml
with every fact still to supply written as { unknown: "..." }, Annex I, II and III as drafts, and one draft measure
per Annex II category. The result validates with no errors; its warnings are the to-do list.

  --name       the company's name as used in running text
  --domain     its internet domain: website https://<domain>, trust center https://trust.<domain>,
               security contact security@<domain> (confirm them in organisation.yaml)
  --language   language of the content and the documents (default en)
  --content    the folder to write (default: $CONTENT_DIR or content); it must be empty or missing

Exit status: 0 written, 2 usage error or the folder is not empty.`;

/** `npm run init`: write a new company's content skeleton, then validate it and say what is next. */
export function run(argv: readonly string[], io: Io): Promise<number> {
  return runCommand('init', io, () => {
    const parsed = commandLine(argv, io, usage, {
      name: { type: 'string' },
      domain: { type: 'string' },
      language: { type: 'string', default: 'en' },
      content: { type: 'string' },
    });
    if (!parsed) return EXIT.ok;
    const { values } = parsed;
    const name = values.name?.trim();
    if (!name) throw new UsageError('say whose content this is: --name "Acme GmbH"');
    const domain = values.domain?.trim().toLowerCase();
    if (!domain || !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(domain)) {
      throw new UsageError(`--domain must be an internet domain such as acme.example${domain ? `, got "${domain}"` : ''}`);
    }
    const language = oneOf('language', values.language, uiLanguages);

    const root = resolve(io.cwd);
    const folder = contentDir(io, values.content);
    const target = resolve(root, folder);
    const existing = existsSync(target) ? readdirSync(target, { recursive: true }).length : 0;
    if (existing > 0) {
      throw new ScaffoldError(
        `${folder} is not empty (${existing} entries): init writes a new company's content into an empty folder. Move the current content away first (for instance \`git mv content demo-content\`), or choose another folder with --content`,
      );
    }
    // Authoring is a user action: the first draft is dated today by the clock, unlike every build output.
    const today = new Date().toISOString().slice(0, 10);
    const files = contentSkeleton({ name, domain, language, today });
    for (const [file, text] of files) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      writeFileSync(join(target, file), text, { flag: 'wx' });
    }

    const project = loadProject({ root, contentDir: folder, buildDate: buildDateFromEpoch(Date.parse(`${today}T00:00:00Z`) / 1000) });
    const findings = validateProject(project);
    const shown = relative(root, target) || '.';
    io.stdout.write(
      `Created ${shown}/ for ${name}: ${files.size} files (${project.model.measures.length} draft measures, Annex I, II and III as drafts).\n`,
    );
    io.stdout.write(`${summary(findings, { color: false })}\n`);
    io.stdout.write(
      [
        'Next:',
        `  - fill in the { unknown: ... } facts in ${shown}/organisation.yaml and ${shown}/processing.yaml`,
        `  - write each draft measure under ${shown}/measures/ (owner, review date, a specific description), add evidence with \`npm run new -- evidence\`, then set status: implemented`,
        `  - add sub-processors with \`npm run new -- subprocessor\``,
        '  - `npm run validate` lists what is left; `npm run build` builds the site and the draft annexes',
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  });
}
