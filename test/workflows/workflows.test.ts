import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The workflows do not run here, so these tests hold them to what GitHub needs and what the project promises:
 * pinned actions, minimal permissions, the right triggers and the steps in order. (`npx @action-validator/cli`
 * checks them against GitHub's schema; it is not a dependency, see the README.)
 */
const root = join(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  container?: { image: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (file: string) => ({
  text: readFileSync(join(dir, file), 'utf8'),
  workflow: parse(readFileSync(join(dir, file), 'utf8')) as Workflow,
});
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const named = (workflow: Workflow, pattern: RegExp) => {
  const step = steps(workflow).find((candidate) => pattern.test(candidate.name ?? ''));
  if (!step) throw new Error(`no step named ${pattern}`);
  return step;
};

describe.each(files)('%s', (file) => {
  const { text, workflow } = load(file);

  it('pins every action, commented examples included, to a full commit SHA with its release in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(#\s*)?(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it('asks for read-only contents and nothing else at the top level', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('never writes an expression into a shell script (values reach scripts through env)', () => {
    for (const step of steps(workflow)) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('installs the Debian packages the tests need and runs only npm scripts that exist', () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    expect(named(workflow, /Debian packages/).run).toMatch(
      /apt-get install -y --no-install-recommends ca-certificates git chromium poppler-utils qpdf/,
    );
    for (const step of steps(workflow)) {
      for (const [, script] of (step.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)) expect(scripts).toContain(script);
    }
    expect(named(workflow, /Set up Node/).with).toMatchObject({ 'node-version': 20 });
    expect(steps(workflow).some((step) => step.run?.startsWith('npm ci'))).toBe(true);
  });
});

describe('pull-request.yml', () => {
  const { workflow } = load('pull-request.yml');
  const names = steps(workflow).map((step) => step.name);

  it('runs on pull requests to main with the full history checked out', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(named(workflow, /Check out/)).toMatchObject({
      uses: expect.stringMatching(/^actions\/checkout@/),
      with: { 'fetch-depth': 0, 'persist-credentials': false },
    });
  });

  it('validates against the base branch with GitHub annotations', () => {
    const validate = named(workflow, /Validate/);
    expect(validate.run).toBe('npm run validate -- --format github --base "origin/$BASE_REF"');
    expect(validate.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
  });

  it('posts the diff report to the job summary even when validation fails, failing only on exit status 2', () => {
    const diff = named(workflow, /diff|document changes/i);
    expect(diff.if).toBe("${{ !cancelled() && steps.install.outcome == 'success' }}");
    expect(diff.run).toContain('npm run --silent diff -- "origin/$BASE_REF" > content-diff.md || status=$?');
    expect(diff.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(diff.run).toContain('if [ "$status" -gt 1 ]; then exit "$status"; fi');
  });

  it('tests the product, checks the content (which builds), then uploads the PDFs and the site', () => {
    const check = named(workflow, /Check the content/);
    expect(check.run).toBe('npm run check');
    expect(names.indexOf('Test')).toBeLessThan(names.indexOf(check.name));
    const uploads = steps(workflow).filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.path)).toEqual(['dist/documents/', 'dist/']);
  });

  it('gives a pull request no secrets', () => {
    expect(JSON.stringify(workflow)).not.toContain('secrets.');
  });
});

describe('release.yml', () => {
  const { text, workflow } = load('release.yml');

  it('runs on pushes to main only, with the full history that released versions are rebuilt from', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    expect(named(workflow, /Check out/).with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('fetches the published versions into the build cache, and keeps a changed release lock as an artifact', () => {
    const fetch = named(workflow, /published released versions/);
    expect(fetch.if).toBe("${{ vars.PUBLISHED_SITE_URL != '' }}");
    expect(fetch.run).toContain('.cache/archive/published/${hash}.pdf');
    const names = steps(workflow).map((step) => step.name);
    expect(names.indexOf('Fetch the published released versions')).toBeLessThan(
      names.indexOf('Check the content and build with release signing'),
    );
    expect(named(workflow, /release lock as an artifact/)).toMatchObject({
      if: "${{ steps.lock.outputs.changed == 'true' }}",
      with: { path: 'content/releases.lock.yaml' },
    });
  });

  it('signs with the repository secrets in the build step alone', () => {
    const build = named(workflow, /release signing/);
    expect(build).toMatchObject({
      run: 'npm run check -- --release',
      env: { RELEASE: '1', SIGNING_P12: '${{ secrets.SIGNING_P12 }}', SIGNING_P12_PASSWORD: '${{ secrets.SIGNING_P12_PASSWORD }}' },
    });
    const others = steps(workflow).filter((step) => step !== build);
    expect(JSON.stringify(others)).not.toContain('secrets.');
  });

  it('publishes dist/ through a generic step and shows a GitHub Pages example', () => {
    expect(named(workflow, /Publish dist/)).toMatchObject({ if: "${{ vars.PUBLISH_COMMAND != '' }}", run: 'sh -c "$PUBLISH_COMMAND"' });
    expect(text).toMatch(/#\s+uses: actions\/deploy-pages@[0-9a-f]{40}/);
    expect(text).toMatch(/#\s+pages: write\n\s+#\s+id-token: write/);
  });
});

describe('CODEOWNERS and the pull-request template', () => {
  const owners = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8');
  const rules = new Map(
    owners
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => {
        const [path, ...teams] = line.trim().split(/\s+/);
        return [path!, teams] as const;
      }),
  );

  it('gives measures to the security team and documents and sub-processors to legal', () => {
    expect(rules.get('/content/measures/')).toEqual(['@your-org/security-team']);
    expect(rules.get('/content/documents/')).toEqual(['@your-org/legal']);
    expect(rules.get('/content/subprocessors/')).toEqual(['@your-org/legal']);
  });

  it('has a checklist that covers versions, notice and the diff', () => {
    const template = readFileSync(join(root, '.github/pull_request_template.md'), 'utf8');
    const items = template.split('\n').filter((line) => line.startsWith('- [ ]'));
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(template).toMatch(/npm run validate -- --base main/);
    expect(template).toMatch(/npm run diff/);
    expect(template).toMatch(/notice/);
  });
});
