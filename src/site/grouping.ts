import type { Framework, Requirement, RequirementGroup } from '../schema/framework.ts';

/**
 * A framework's requirements as nested sections, in the framework's own order: top-level groups (an ISO theme, a
 * NIST function), their child groups (a NIST category) and the requirements under each. Generic over any
 * catalogue: a framework without groups is one untitled section, and requirements whose group is missing land in
 * a final "Other" section rather than disappearing.
 */
export interface RequirementSection {
  /** Group id, or undefined for the untitled/"Other" section. */
  id?: string;
  title?: string;
  /** Language of the title when it is not the page's (no translation). */
  lang?: string;
  /** 0 for top-level sections. */
  depth: number;
  requirements: Requirement[];
  children: RequirementSection[];
}

/** `otherTitle` heads requirements whose group is missing ("Other"), in the page's language. */
export function groupRequirements(framework: Pick<Framework, 'groups' | 'requirements'>, otherTitle = 'Other'): RequirementSection[] {
  const groups = new Map<string, RequirementGroup>(framework.groups.map((group) => [group.id, group]));
  const direct = new Map<string, Requirement[]>();
  const loose: Requirement[] = [];
  for (const requirement of framework.requirements) {
    if (requirement.group !== undefined && groups.has(requirement.group)) {
      const list = direct.get(requirement.group) ?? [];
      list.push(requirement);
      direct.set(requirement.group, list);
    } else {
      loose.push(requirement);
    }
  }
  const childrenOf = new Map<string | undefined, RequirementGroup[]>();
  for (const group of framework.groups) {
    // A parent that does not exist (or a group naming itself) makes the group top-level instead of losing it.
    const parent = group.parent !== undefined && group.parent !== group.id && groups.has(group.parent) ? group.parent : undefined;
    const list = childrenOf.get(parent) ?? [];
    list.push(group);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (group: RequirementGroup, depth: number): RequirementSection | undefined => {
    if (seen.has(group.id)) return undefined; // cycles in `parent` chains
    seen.add(group.id);
    const children = (childrenOf.get(group.id) ?? []).flatMap((child) => build(child, depth + 1) ?? []);
    const requirements = direct.get(group.id) ?? [];
    if (requirements.length === 0 && children.length === 0) return undefined;
    const lang = (group as { lang?: string }).lang;
    return { id: group.id, title: group.title, ...(lang ? { lang } : {}), depth, requirements, children };
  };
  const sections = (childrenOf.get(undefined) ?? []).flatMap((group) => build(group, 0) ?? []);
  // Groups only reachable through a parent cycle still show, as top-level sections.
  for (const group of framework.groups) {
    const section = seen.has(group.id) ? undefined : build(group, 0);
    if (section) sections.push(section);
  }
  if (loose.length > 0) {
    sections.push(
      framework.groups.length === 0
        ? { depth: 0, requirements: loose, children: [] }
        : { title: otherTitle, depth: 0, requirements: loose, children: [] },
    );
  }
  return sections;
}

/** Every requirement of a section and its descendants, in order. */
export function sectionRequirements(section: RequirementSection): Requirement[] {
  return [...section.requirements, ...section.children.flatMap(sectionRequirements)];
}
