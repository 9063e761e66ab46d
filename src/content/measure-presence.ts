import type { Model } from './model.ts';

/**
 * Why a measure entered or left the public set between two versions of the content, in words for the diff report
 * and the version rules ("retired", "made internal", "deleted"). Public means implemented or planned, not internal.
 */
export function arrivalReason(baseModel: Model, id: string): string {
  const before = baseModel.index.measures.get(id)?.data;
  if (!before) return 'new';
  if (before.status === 'retired') return 'reinstated (was retired)';
  if (before.status === 'draft') return 'published (was a draft)';
  if (before.visibility === 'internal') return 'made public (was internal)';
  return 'now public';
}

export function departureReason(headModel: Model, id: string): string {
  const after = headModel.index.measures.get(id)?.data;
  if (!after) {
    const rejected = headModel.rejected.some((item) => item.kind === 'measures' && item.id === id);
    return rejected ? 'its file no longer validates (see the findings)' : 'deleted';
  }
  if (after.status === 'retired') return 'retired';
  if (after.status === 'draft') return 'made a draft again';
  if (after.visibility === 'internal') return 'made internal';
  return 'no longer public';
}
