/**
 * The only MDX components a measure body may use, with their props. Props must be string literals: a body is
 * data, and the project's own renderers (site HTML, PDF layout) interpret these components, so both outputs say
 * the same thing and no pull request can run code in the build.
 */
export interface ComponentSpec {
  /** What the component does, for messages and the authoring guide. */
  description: string;
  /** Prop names, each required. */
  props: readonly string[];
}

export const bodyComponents = {
  EvidenceRef: {
    description: 'cites a public evidence item inline: <EvidenceRef id="aws-iso-27001" />',
    props: ['id'],
  },
  Acknowledge: {
    description:
      'acknowledges a specificity finding in this measure with a reason, and renders nothing: <Acknowledge phrase="tls-version" reason="..." />',
    props: ['phrase', 'reason'],
  },
} as const satisfies Record<string, ComponentSpec>;

export type BodyComponentName = keyof typeof bodyComponents;

export function isBodyComponent(name: string | null | undefined): name is BodyComponentName {
  return name !== null && name !== undefined && Object.hasOwn(bodyComponents, name);
}

/** URL schemes a link in a body may use. Anything else (javascript:, data:, vbscript:, file:) is refused. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^(?:https?:|mailto:)/i.test(trimmed)) return true;
  // Relative links and fragments have no scheme; a colon before any slash, ? or # means a scheme.
  return !/^[^/?#]*:/.test(trimmed);
}

/** String-literal props of an MDX JSX element, or the names of props that are not literals. */
export function literalProps(attributes: readonly { type: string; name?: string; value?: unknown }[]): {
  props: Record<string, string>;
  invalid: string[];
} {
  const props: Record<string, string> = {};
  const invalid: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      invalid.push('{...spread}');
    } else if (typeof attribute.value === 'string') {
      props[attribute.name] = attribute.value;
    } else {
      invalid.push(attribute.name);
    }
  }
  return { props, invalid };
}
