import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findReleases } from '../../src/diff/release-history.ts';
import { TestRepo } from './git-repo.ts';

let repo: TestRepo;
afterEach(() => repo.dispose());

const released = (history: ReturnType<typeof findReleases>) =>
  history.available ? history.releases.map((release) => `${release.id} ${release.version}`) : history.reason;

describe('released versions in the history', () => {
  it('are found at the commit that released them', () => {
    repo = new TestRepo('minimal');
    expect(released(findReleases(join(repo.dir, 'content')))).toEqual(['annex-ii 1.0.0', 'annex-iii 1.0.0']);
  });

  it('stay the organisation’s own through a rebrand that keeps its legal name', () => {
    repo = new TestRepo('minimal');
    repo.replace('content/organisation.yaml', 'name: Example Ltd', 'name: Examplify');
    repo.replace('content/organisation.yaml', 'baseUrl: https://trust.example.com', 'baseUrl: https://trust.examplify.io');
    repo.commit('rebrand');
    expect(released(findReleases(join(repo.dir, 'content')))).toEqual(['annex-ii 1.0.0', 'annex-iii 1.0.0']);
  });

  it('leave out versions another organisation released, when its content was replaced wholesale', () => {
    repo = new TestRepo('minimal');
    repo.replace('content/organisation.yaml', 'name: Example Ltd', 'name: Acme GmbH');
    repo.replace('content/organisation.yaml', 'legalName: Example Software Ltd', 'legalName: { unknown: "to be supplied" }');
    repo.replace('content/organisation.yaml', 'baseUrl: https://trust.example.com', 'baseUrl: https://trust.acme.example');
    repo.commit('Acme starts from the example content');
    const history = findReleases(join(repo.dir, 'content'));
    expect(released(history)).toEqual([]);
    expect(history.available && history.foreign.map((release) => `${release.id} ${release.version} ${release.organisation}`)).toEqual([
      'annex-ii 1.0.0 Example Ltd',
      'annex-iii 1.0.0 Example Ltd',
    ]);
  });
});
