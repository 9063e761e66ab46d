import { afterEach, describe, expect, it } from 'vitest';
import { TestRepo } from '../diff/git-repo.ts';

// The acceptance scenario in a real git repository, as a security engineer meets it: an answer is written and
// reviewed against ENC-01, committed; weeks later ENC-01 is reworded in another commit. Validation must say the
// answer is stale, the diff must list it, and neither needs anything but the working tree and the commits.
const ANSWER = 'content/answers/encryption-at-rest.yaml';
const ENC = 'content/measures/pseudonymisation-encryption/encryption-at-rest.mdx';

function answerYaml(reviewedText = ''): string {
  return `id: encryption-at-rest
topic: encryption
question: Is customer data encrypted at rest?
answer: yes
explanation: Customer data is encrypted at rest with AES-256 in every database and storage bucket (ENC-01).
measures: [ENC-01]
${reviewedText}visibility: public
reviewed: 2026-10-20
owner: security-team
`;
}

let repo: TestRepo;
afterEach(() => repo?.dispose());

/** Commits with the committer and author dates set to `day` (noon UTC). */
function commitOn(day: string, message: string) {
  const epoch = String(Date.parse(`${day}T12:00:00Z`) / 1000);
  Object.assign(repo.env, { GIT_AUTHOR_DATE: `${epoch} +0000`, GIT_COMMITTER_DATE: `${epoch} +0000`, SOURCE_DATE_EPOCH: epoch });
  repo.commit(message);
}

function answerFindings(output: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(ANSWER));
}

describe('an answer whose measure was reworded after it was reviewed', () => {
  it('is reported by validate and listed by diff', () => {
    repo = new TestRepo();
    // 1. The answer is written; validate asks for the text it was reviewed against and prints the hash.
    repo.write(ANSWER, answerYaml());
    commitOn('2026-10-20', 'answer: encryption at rest');
    const first = repo.run('validate');
    expect(first.status).toBe(0);
    const hint = /set reviewedText\.ENC-01: ("?[0-9a-f]{12}"?) and reviewed:/.exec(first.stdout);
    expect(answerFindings(first.stdout).join('\n')).toContain('does not record which text of ENC-01 it was reviewed against');
    expect(hint).not.toBeNull();

    // 2. The reviewer records it: the answer is clean.
    repo.write(ANSWER, answerYaml(`reviewedText:\n  ENC-01: ${hint![1]}\n`));
    commitOn('2026-10-21', 'answer reviewed against ENC-01');
    expect(answerFindings(repo.run('validate').stdout)).toEqual([]);

    // 3. A month later ENC-01 is reworded; only re-wrapping the text would not count.
    repo.replace(ENC, 'in every database and storage bucket that holds it.', 'in every database and\nstorage bucket that holds it.');
    commitOn('2026-11-10', 're-wrap ENC-01');
    expect(answerFindings(repo.run('validate').stdout)).toEqual([]);
    repo.replace(ENC, 'in every database and\nstorage bucket', 'in every production database and storage bucket');
    commitOn('2026-11-20', 'reword ENC-01');

    const after = repo.run('validate');
    expect(after.status).toBe(0);
    const stale = answerFindings(after.stdout);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(
      /^content\/answers\/encryption-at-rest\.yaml:8:3 +warning +answer-stale +ENC-01 was reworded after answer encryption-at-rest was reviewed on 2026-10-20: the answer may no longer match it$/,
    );
    expect(after.stdout).toMatch(/hint: re-read the answer against ENC-01 .*set reviewedText\.ENC-01: "?[0-9a-f]{12}"? and reviewed:/);

    const diff = repo.run('diff', 'HEAD~1');
    expect(diff.stdout).toContain('**Questionnaire answers to review:** 1 (see below).');
    expect(diff.stdout).toContain('- `encryption-at-rest` (public) Is customer data encrypted at rest?: `ENC-01` reworded');
    // The re-wrap alone touched no answer.
    expect(repo.run('diff', 'HEAD~2', 'HEAD~1').stdout).not.toContain('Questionnaire answers');
  });

  it('fails validation when the answer names a measure that does not exist', () => {
    repo = new TestRepo();
    repo.write(ANSWER, answerYaml().replace('measures: [ENC-01]', 'measures: [ENC-01, ENC-99]'));
    commitOn('2026-10-20', 'answer with a typo');
    const result = repo.run('validate');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /content\/answers\/encryption-at-rest\.yaml:6:\d+ +error +unknown-measure +answer encryption-at-rest relies on measure "ENC-99", which does not exist/,
    );
  });
});
