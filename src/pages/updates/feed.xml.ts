import type { APIRoute } from 'astro';
import { renderAtom } from '../../site/atom.ts';
import { getSite } from '../../site/data.ts';
import { routes } from '../../site/paths.ts';

export const GET: APIRoute = () => {
  const { view, paths, updates } = getSite();
  const body = renderAtom(
    {
      selfPath: routes.updatesFeed,
      pagePath: routes.updates,
      title: `${view.organisation.name}: trust center updates`,
      subtitle: 'New versions of the contract documents and changes to sub-processors.',
      author: view.organisation.name,
      entries: updates,
      fallbackUpdated: view.buildDate.day,
    },
    paths,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
