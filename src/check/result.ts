/** The outcome of one structural check over a built site, as `npm run check` prints it. */
export interface CheckResult {
  /** What was checked, such as "every page is valid HTML". */
  name: string;
  /** `fail` stops the content check; `warn` is reported and tolerated; `skip` says why it could not run. */
  status: 'pass' | 'fail' | 'warn' | 'skip';
  /** One line per problem (file and what is wrong), or why the check was skipped. */
  details: string[];
}

export function result(name: string, problems: readonly string[], onProblem: 'fail' | 'warn' = 'fail'): CheckResult {
  return { name, status: problems.length ? onProblem : 'pass', details: [...problems] };
}

export const skipped = (name: string, why: string): CheckResult => ({ name, status: 'skip', details: [why] });
