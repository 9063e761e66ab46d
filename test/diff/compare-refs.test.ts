import { afterEach, describe, expect, it } from 'vitest';
import { compareRefs } from '../../src/diff/compare-refs.ts';
import { documentsChange } from '../../src/diff/diff-models.ts';
import { renderMarkdown } from '../../src/diff/render-markdown.ts';
import { subprocessorYaml, TestRepo } from './git-repo.ts';
import { translationHash } from '../../src/content/translation-hash.ts';

const ENC = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';
const REC = 'content/measures/restore-availability/daily-backups.mdx';
const PHY = 'content/measures/physical-security/office-access.mdx';

let repo: TestRepo;
afterEach(() => repo?.dispose());

function diff(base = 'HEAD~1', head?: string) {
  return compareRefs({ root: repo.dir, base, head, contentDir: 'content', sourceDateEpoch: repo.env.SOURCE_DATE_EPOCH });
}

describe('translations', () => {
  it('shows a German text left behind by a change to the English one, naming both files, and the warning it brings', async () => {
    repo = new TestRepo();
    const source = repo.read(ENC);
    const hash = translationHash({ title: /title: (.*)/.exec(source)![1]!, body: source.split('---\n')[2]! });
    repo.write(
      ENC.replace('.mdx', '.de.mdx'),
      [
        '---',
        'title: Verschlüsselung ruhender Daten',
        `translates: ${hash}`,
        'status: reviewed',
        '---',
        '',
        'Kundendaten sind in jeder Datenbank mit AES-256 verschlüsselt.',
        '',
      ].join('\n'),
    );
    repo.commit('German text');
    repo.replace(ENC, 'with AES-256 in every database', 'with AES-128 in every database');
    repo.commit('weaker encryption, German not updated');
    const changes = await diff();

    const [enc] = changes.measures;
    expect(enc?.translations).toEqual([
      { language: 'de', file: { base: ENC.replace('.mdx', '.de.mdx'), head: ENC.replace('.mdx', '.de.mdx') }, stale: true },
    ]);
    const stale = changes.findings.introduced.filter((f) => f.rule === 'translation-stale');
    expect(stale.map((f) => f.file)).toEqual([ENC.replace('.mdx', '.de.mdx')]);
    expect(stale[0]!.message).toContain(`translates an earlier version of ${ENC}`);
    const markdown = renderMarkdown(changes);
    expect(markdown).toContain(
      `Text in de not updated: \`${ENC.replace('.mdx', '.de.mdx')}\`. **Stale:** it translates an earlier version of \`${ENC}\``,
    );
  });
});

describe('measures', () => {
  it('shows a reworded measure word by word and marks Annex II as changed', async () => {
    repo = new TestRepo();
    repo.replace(ENC, 'with AES-256 in every database', 'with AES-128 in every database');
    repo.commit('weaker encryption');
    const changes = await diff();

    expect(changes.measures).toHaveLength(1);
    const [enc] = changes.measures;
    expect(enc).toMatchObject({
      id: 'ENC-01',
      change: 'changed',
      moved: false,
      documents: [{ id: 'annex-ii', label: 'Annex II', change: 'changed' }],
    });
    expect(enc!.text!.parts).toEqual([
      { type: 'same', text: 'Customer data is encrypted at rest with ' },
      { type: 'removed', text: 'AES-256' },
      { type: 'added', text: 'AES-128' },
      { type: 'same', text: ' in every database and storage bucket that holds it.' },
    ]);
    expect(changes.documents.find((doc) => doc.id === 'annex-ii')).toMatchObject({
      change: 'changed',
      contentChanged: true,
      versionBumped: false,
      measures: { added: [], removed: [], changed: ['ENC-01'] },
    });
    expect(changes.documents.find((doc) => doc.id === 'annex-iii')).toMatchObject({ change: 'unchanged', contentChanged: false });

    const markdown = renderMarkdown(changes);
    expect(markdown).toContain('**Documents that change: Annex II (released).**');
    expect(markdown).toContain(
      '> Customer data is encrypted at rest with ~~AES-256~~ **AES-128** in every database and storage bucket that holds it.',
    );
    expect(markdown).toContain('**version not bumped**');
  });

  it('lists added and removed measures with the reason they left', async () => {
    repo = new TestRepo();
    repo.write(
      'content/measures/restore-availability/restore-tests.mdx',
      repo
        .read(REC)
        .replace('REC-01', 'REC-02')
        .replace('Daily encrypted backups', 'Quarterly restore tests')
        .replace(/Databases are[^\n]*/, 'A full restore of the production database is tested every quarter.'),
    );
    repo.remove(PHY);
    repo.replace(ENC, 'status: implemented', 'status: retired');
    repo.commit('add one, delete one, retire one');
    const changes = await diff();

    expect(changes.measures.map(({ id, change, reason }) => ({ id, change, reason }))).toEqual([
      { id: 'ENC-01', change: 'removed', reason: 'retired' },
      { id: 'PHY-01', change: 'removed', reason: 'deleted' },
      { id: 'REC-02', change: 'added', reason: 'new' },
    ]);
    expect(changes.documents.find((doc) => doc.id === 'annex-ii')!.measures).toEqual({
      added: ['REC-02'],
      removed: ['ENC-01', 'PHY-01'],
      changed: [],
    });
    const markdown = renderMarkdown(changes);
    expect(markdown).toMatch(/#### Added \(1\)\n\n- \*\*REC-02\*\* Quarterly restore tests/);
    expect(markdown).toContain('> A full restore of the production database is tested every quarter.');
    expect(markdown).toContain('- **ENC-01** Encryption of customer data at rest (retired)');
    expect(markdown).toContain('> ~~Customer data is encrypted at rest');
  });

  it('treats a renamed and moved measure file as the same measure, not a removal and an addition', async () => {
    repo = new TestRepo();
    repo.git('mv', PHY, 'content/measures/physical-security/badge-entry.mdx');
    repo.commit('rename');
    const changes = await diff();

    expect(changes.measures).toEqual([
      expect.objectContaining({
        id: 'PHY-01',
        change: 'changed',
        moved: true,
        file: { base: PHY, head: 'content/measures/physical-security/badge-entry.mdx' },
        documents: [],
      }),
    ]);
    expect(changes.documents.every((doc) => !doc.contentChanged)).toBe(true);
    expect(renderMarkdown(changes)).toContain('**No contract document changes.**');
  });

  it('reports category moves, control mapping and evidence changes', async () => {
    repo = new TestRepo();
    repo.replace(ENC, 'scc-annex-ii: [pseudonymisation-encryption]', 'scc-annex-ii: [restore-availability, pseudonymisation-encryption]');
    repo.replace(ENC, 'iso27001-2022: ["8.24"]', 'iso27001-2022: ["8.24", "8.13"]');
    repo.replace(ENC, 'evidence: [storage-encryption-config]', 'evidence: [backup-procedure]');
    repo.git('mv', ENC, 'content/measures/restore-availability/encryption-at-rest.mdx');
    repo.commit('move to another category');
    const [enc] = (await diff()).measures;

    expect(enc).toMatchObject({
      id: 'ENC-01',
      change: 'changed',
      moved: true,
      category: { base: 'pseudonymisation-encryption', head: 'restore-availability' },
      controls: [
        { framework: 'scc-annex-ii', added: ['restore-availability'], removed: [] },
        { framework: 'iso27001-2022', added: ['8.13'], removed: [] },
      ],
      evidence: { added: ['backup-procedure'], removed: ['storage-encryption-config'] },
    });
    expect(enc!.text).toBeUndefined();
  });
});

describe('sub-processors', () => {
  it('flags a new sub-processor as needing customer notice and Annex III as changed', async () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-10-20'));
    repo.commit('add a sub-processor');
    const changes = await diff();

    expect(changes.subprocessors).toEqual([
      expect.objectContaining({ id: 'analytics', change: 'added', name: 'Analytics Co', notice: 'required', effective: '2026-10-20' }),
    ]);
    expect(changes.documents.find((doc) => doc.id === 'annex-iii')).toMatchObject({
      contentChanged: true,
      subprocessors: { added: ['analytics'], removed: [], changed: [] },
    });
    const markdown = renderMarkdown(changes);
    expect(markdown).toContain(
      '**Customer notice required (SCC Clause 9(a)):** Analytics Co added from 2026-10-20; no notice date is recorded yet.',
    );
    expect(markdown).toContain('- **Customer notice required (Clause 9(a))** · **Analytics Co** added, effective 2026-10-20');
  });

  it('changes Annex III at once for a sub-processor that starts later: the annex lists it "from" its date', async () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-12-01'));
    repo.commit('announce a sub-processor');
    const changes = await diff();

    const annexIII = changes.documents.find((doc) => doc.id === 'annex-iii')!;
    expect(annexIII).toMatchObject({ contentChanged: true, subprocessors: { added: ['analytics'], removed: [], changed: [] } });
    expect(documentsChange(changes)).toBe(true);
    expect(renderMarkdown(changes)).toContain('**Documents that change: Annex III (released).**');
  });

  it('shows the recorded notice date, the objection window and whether the start date respects it', async () => {
    repo = new TestRepo();
    repo.replace('content/organisation.yaml', 'signatory:', 'subprocessorNoticePeriod: P30D\nsignatory:');
    repo.commit('notice period');
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-12-01'));
    repo.replace('content/documents/annex-iii.yaml', 'version: 1.0.0\neffective: 2026-10-01', 'version: 1.1.0\neffective: 2026-11-10');
    repo.replace(
      'content/documents/annex-iii.yaml',
      'changelog:\n',
      'changelog:\n  - version: 1.1.0\n    date: 2026-11-10\n    changes: [Adds Analytics Co from 2026-12-01.]\n    notice: 2026-11-10\n',
    );
    repo.commit('announce a sub-processor');
    let changes = await diff();
    expect(changes.subprocessors[0]!.noticeGiven).toEqual({
      document: 'annex-iii',
      label: 'Annex III',
      version: '1.1.0',
      date: '2026-11-10',
      period: 'P30D',
      days: 30,
      objectionEnds: '2026-12-10',
      timely: false,
    });
    let markdown = renderMarkdown(changes);
    expect(markdown).toContain(
      '**Customer notice (SCC Clause 9(a)):** Analytics Co added from 2026-12-01; given on 2026-11-10 (Annex III 1.1.0); objection window 30 days (P30D), until 2026-12-10; starts 2026-12-01: inside the objection window: too early, start on 2026-12-10 or later.',
    );
    expect(changes.versionFindings.map((finding) => finding.rule)).toEqual(['subprocessor-notice']);

    repo.replace('content/subprocessors/analytics.yaml', 'date: 2026-12-01', 'date: 2026-12-15');
    repo.commit('later start');
    changes = await diff('HEAD~2');
    markdown = renderMarkdown(changes);
    expect(markdown).toContain('until 2026-12-10; starts 2026-12-15: respects the notice period.');
    expect(changes.versionFindings).toEqual([]);
  });

  it('reports a removal by history event and a change of location with the notice each needs', async () => {
    repo = new TestRepo();
    repo.write('content/subprocessors/analytics.yaml', subprocessorYaml('analytics', 'Analytics Co', '2026-01-01'));
    repo.commit('second sub-processor');
    repo.replace('content/subprocessors/aws.yaml', 'locations: [IE, DE]', 'locations: [IE, DE, US]\n# moved');
    repo.replace('content/subprocessors/aws.yaml', 'transferMechanisms: [eea]', 'transferMechanisms: [eea, dpf]');
    repo.write(
      'content/subprocessors/analytics.yaml',
      `${subprocessorYaml('analytics', 'Analytics Co', '2026-01-01')}  - date: 2026-10-20\n    change: removed\n    description: Analytics Co no longer used.\n`,
    );
    repo.commit('changes');
    const changes = await diff();

    expect(changes.subprocessors).toEqual([
      expect.objectContaining({ id: 'analytics', change: 'removed', notice: 'recommended', effective: '2026-10-20' }),
      expect.objectContaining({
        id: 'aws',
        change: 'changed',
        notice: 'recommended',
        fields: [
          { field: 'locations', base: ['IE', 'DE'], head: ['IE', 'DE', 'US'] },
          { field: 'transferMechanisms', base: ['eea'], head: ['eea', 'dpf'] },
        ],
      }),
    ]);
    // Annex III 1.0.0 takes effect on 2026-10-01, before the removal: it now lists Analytics Co "until" 2026-10-20.
    expect(changes.documents.find((doc) => doc.id === 'annex-iii')!.subprocessors).toEqual({
      added: [],
      removed: [],
      changed: ['analytics', 'aws'],
    });
  });
});

describe('findings', () => {
  it('lists findings introduced and fixed, matched by rule, file and message rather than line', async () => {
    repo = new TestRepo();
    repo.replace(ENC, 'that holds it.', 'that holds it. Keys are rotated regularly.');
    repo.commit('vague');
    repo.replace(ENC, 'Keys are rotated regularly.', 'Keys are rotated regularly.\n\nMore text.');
    repo.replace(ENC, 'reviewed: 2026-10-01', '# a comment that moves every line below\nreviewed: 2026-10-01');
    repo.replace(PHY, 'evidence: [office-badge-log]', 'evidence: []');
    repo.commit('move lines, drop evidence');
    const changes = await diff();

    expect(changes.findings.compared).toBe(true);
    expect(changes.findings.introduced.map((finding) => finding.rule)).toEqual(['measure-evidence']);
    expect(changes.findings.fixed).toEqual([]);

    const fixed = await diff('HEAD~2');
    expect(fixed.findings.introduced.map((finding) => finding.rule).sort()).toEqual(['measure-evidence', 'specificity']);
    const back = await compareRefs({
      root: repo.dir,
      base: 'HEAD',
      head: 'HEAD~2',
      contentDir: 'content',
      sourceDateEpoch: repo.env.SOURCE_DATE_EPOCH,
    });
    expect(back.findings.fixed.map((finding) => finding.rule).sort()).toEqual(['measure-evidence', 'specificity']);
  });
});

describe('refs', () => {
  it('compares the working tree with the merge base of main by default', async () => {
    repo = new TestRepo();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.replace(ENC, 'AES-256', 'AES-256-GCM');
    repo.commit('feature work');
    repo.replace(REC, 'daily', 'hourly');
    const changes = await compareRefs({ root: repo.dir, contentDir: 'content', sourceDateEpoch: repo.env.SOURCE_DATE_EPOCH });

    expect(changes.base).toMatchObject({ ref: 'main', note: 'merge base of HEAD and main' });
    expect(changes.head.ref).toBe('working tree');
    expect(changes.measures.map((measure) => measure.id)).toEqual(['ENC-01', 'REC-01']);
  });

  it('loads a ref that predates the content as empty: everything is new', async () => {
    repo = new TestRepo();
    repo.git('checkout', '-q', '--orphan', 'empty');
    repo.git('rm', '-rq', '--cached', '.');
    repo.git('commit', '-q', '--allow-empty', '-m', 'nothing yet');
    const changes = await compareRefs({
      root: repo.dir,
      base: 'empty',
      head: 'main',
      contentDir: 'content',
      sourceDateEpoch: repo.env.SOURCE_DATE_EPOCH,
    });

    expect(changes.documentsCompared).toBe(true);
    expect(changes.documents.map((doc) => [doc.id, doc.change])).toEqual([
      ['annex-ii', 'added'],
      ['annex-iii', 'added'],
    ]);
    expect(changes.measures.map((measure) => measure.change)).toEqual(['added', 'added', 'added']);
    expect(changes.versionFindings).toEqual([]);
  });
});
