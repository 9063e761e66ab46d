import type { z } from 'zod';

/**
 * Turns zod issues into one readable sentence and a hint per field, in the author's terms: which field, what was
 * expected, what was written. Tests pin these texts, because they are the product's voice in a pull request.
 */
export interface FieldProblem {
  path: PropertyKey[];
  message: string;
  hint: string;
}

type Issue = z.core.$ZodIssue;

export function describeIssues(issues: readonly Issue[], input: unknown, schema: z.ZodType): FieldProblem[] {
  return issues.flatMap((issue) => describe(issue, input, schema, []));
}

function describe(issue: Issue, input: unknown, schema: z.ZodType, prefix: PropertyKey[]): FieldProblem[] {
  const path = [...prefix, ...issue.path];
  const field = fieldName(path);
  const got = valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type': {
      if (got === undefined) {
        return [{ path, message: `${field} is missing`, hint: `add ${field}: ${expectedWord(issue.expected)}` }];
      }
      return [
        {
          path,
          message: `${field} must be ${expectedWord(issue.expected)}, got ${describeValue(got)}`,
          hint: `write ${field} as ${expectedWord(issue.expected)}`,
        },
      ];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        return {
          path: [...path, key],
          message: `unknown field "${key}"${path.length ? ` in ${field}` : ''}`,
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : allowed.length
              ? `remove it; allowed fields: ${allowed.join(', ')}`
              : 'remove it',
        };
      });
    }
    case 'invalid_value': {
      const options = issue.values.map((value) => String(value));
      const suggestion = typeof got === 'string' ? closest(got, options) : undefined;
      return [
        {
          path,
          message: `${field} must be one of ${options.map((o) => `"${o}"`).join(', ')}, got ${describeValue(got)}`,
          hint: suggestion ? `did you mean "${suggestion}"?` : `use one of: ${options.join(', ')}`,
        },
      ];
    }
    case 'invalid_union': {
      // knownOr(x) unions a value with { unknown: "why" }: report the problem with the value, and offer the marker.
      const branches = issue.errors.filter((branch) => !branch.some((sub) => sub.path.length === 0 && sub.code === 'unrecognized_keys'));
      const best = [...(branches.length ? branches : issue.errors)].sort((a, b) => a.length - b.length)[0] ?? [];
      const inner = best.flatMap((sub) => describe(sub, input, schema, path));
      const isUnknownBranch = issue.errors.some((branch) =>
        branch.some((sub) => sub.path.at(-1) === 'unknown' || sub.code === 'unrecognized_keys'),
      );
      if (inner.length === 0) {
        return [
          { path, message: `${field} has an unexpected form, got ${describeValue(got)}`, hint: 'compare with the schema in src/schema/' },
        ];
      }
      return inner.map((problem) => ({
        ...problem,
        hint: isUnknownBranch ? `${problem.hint}; if the fact is not known, write ${field}: { unknown: "why" }` : problem.hint,
      }));
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return [
          {
            path,
            message: `${field} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`,
            hint: issue.message && !issue.message.startsWith('Too small') ? issue.message : `add an item to ${field}`,
          },
        ];
      }
      if (issue.origin === 'string') {
        return [
          {
            path,
            message: `${field} must not be empty`,
            hint: issue.message && !issue.message.startsWith('Too small') ? issue.message : `write a value for ${field}`,
          },
        ];
      }
      return [{ path, message: `${field} is too small`, hint: issue.message }];
    }
    case 'too_big': {
      if (issue.origin === 'string' && typeof got === 'string') {
        return [
          {
            path,
            message: `${field} is ${got.length.toLocaleString('en')} characters long, more than the ${Number(issue.maximum).toLocaleString('en')} allowed`,
            hint: issue.message && !issue.message.startsWith('Too big') ? issue.message : `shorten ${field}`,
          },
        ];
      }
      return [{ path, message: `${field} is too large`, hint: issue.message }];
    }
    case 'custom': {
      // A cross-field rule that says what is wrong and how to fix it in its own words (params.hint).
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      if (typeof hint === 'string') return [{ path, message: `${field}: ${issue.message}`, hint }];
      return [{ path, message: `${field}: ${issue.message}, got ${describeValue(got)}`, hint: hintFor(issue.message) }];
    }
    case 'invalid_format':
    default: {
      return [{ path, message: `${field}: ${issue.message}, got ${describeValue(got)}`, hint: hintFor(issue.message) }];
    }
  }
}

function hintFor(message: string): string {
  const example = /such as (.+?)(?:\)|$)/.exec(message)?.[1];
  return example ? `write it like ${example}` : 'correct the value';
}

/** A dotted field path such as `satisfies.iso27001-2022[2]`, or "the file" for the root. */
export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

function expectedWord(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping of fields',
    record: 'a mapping of fields',
  };
  return words[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** Field names the schema allows at `path`, for "did you mean" hints. */
function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const part of [...path, undefined]) {
    current = unwrap(current);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return [];
    if (part === undefined) {
      return def.type === 'object' ? Object.keys(def.shape as object) : [];
    }
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(part)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'union') {
      const objects = (def.options as unknown[])
        .map(unwrap)
        .filter((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object');
      current = objects.find((o) => String(part) in ((o as { _zod: { def: { shape: object } } })._zod.def.shape ?? {})) ?? objects[0];
    } else return [];
  }
  return [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 10; i++) {
    const def = (current as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return current;
    if (['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type as string))
      current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'union') {
      const objects = (def.options as unknown[]).filter(
        (o) =>
          (unwrap(o) as { _zod?: { def?: { type?: string } } })?._zod?.def?.type !== 'object' ||
          !('unknown' in ((unwrap(o) as { _zod: { def: { shape: object } } })._zod.def.shape ?? {})),
      );
      if (objects.length === 1) current = objects[0];
      else return current;
    } else return current;
  }
  return current;
}

/** The closest candidate within a small edit distance, for typo hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const a = word.toLowerCase();
    const b = candidate.toLowerCase();
    // A truncated or extended word ("satisfy" for "satisfies") is a typo too, however many letters differ.
    if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return candidate;
    const distance = editDistance(a, b);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = temp;
    }
  }
  return row[b.length]!;
}
