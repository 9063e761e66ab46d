import type { PublicView } from '../content/public-view.ts';
import type { Project } from '../content/project.ts';
import { buildDocuments } from './contents.ts';
import type { DocumentContent } from './types.ts';

/** One side of a comparison with its outputs built, or the reason they could not be. */
export interface BuiltSide {
  project: Project;
  view?: PublicView;
  documents?: DocumentContent[];
  /** Why the public view or the documents could not be built (invalid content at that ref). */
  error?: string;
}

const built = new WeakMap<Project, BuiltSide>();

/**
 * Builds the public view and the documents of a project once. Content that does not validate may not build; the
 * diff then says so instead of failing, because a pull request that breaks the content is exactly the one whose
 * diff must still be shown.
 */
export function buildSide(project: Project): BuiltSide {
  let side = built.get(project);
  if (side) return side;
  if (isEmpty(project)) {
    // A ref from before the content existed: nothing to build, and everything at the other side is new.
    side = { project, documents: [] };
    built.set(project, side);
    return side;
  }
  try {
    const view = project.view();
    side = { project, view, documents: buildDocuments(view) };
  } catch (error) {
    side = { project, error: error instanceof Error ? error.message : String(error) };
  }
  built.set(project, side);
  return side;
}

function isEmpty(project: Project): boolean {
  const { model } = project;
  return (
    !model.organisation &&
    !model.processing &&
    model.rejected.length === 0 &&
    [model.frameworks, model.measures, model.evidence, model.certifications, model.subprocessors, model.documents].every(
      (list) => list.length === 0,
    )
  );
}
