import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { result, type CheckResult } from './result.ts';
import { htmlPages } from './site-files.ts';

/** The HTML rules every page meets: html-validate's recommended set, with no inline styles and no SRI (same-origin only). */
export const HTML_RULES: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'error',
    'require-sri': 'off',
    'long-title': ['error', { maxlength: 60 }],
    // The search field is a WAI-ARIA combobox whose listbox holds rich results (kind, title, excerpt): a native
    // <select> cannot show them.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
  },
};

/** Every page is valid HTML. */
export async function checkHtml(dist: string): Promise<CheckResult> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_RULES));
  const pages = htmlPages(dist);
  const report = await validator.validateMultipleFiles(pages.map((page) => join(dist, page)));
  const problems = report.results.flatMap((file) =>
    file.messages.map((m) => `${file.filePath.slice(dist.length + 1)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  return result(`every page is valid HTML (${pages.length} pages)`, problems);
}
