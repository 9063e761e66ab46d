import type { APIRoute } from 'astro';
import { renderAtom } from '../../site/atom.ts';
import { getSite } from '../../site/data.ts';
import { routes } from '../../site/paths.ts';

export const GET: APIRoute = () => {
  const { view, paths, updates } = getSite();
  const body = renderAtom(
    {
      selfPath: routes.subprocessorsFeed,
      pagePath: routes.subprocessors,
      title: `${view.organisation.name}: sub-processor changes`,
      subtitle: 'Sub-processors added, changed or removed, announced before they take effect.',
      author: view.organisation.name,
      entries: updates.filter((u) => u.kind === 'subprocessor'),
      fallbackUpdated: view.buildDate.day,
    },
    paths,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
