import type { APIRoute } from 'astro';
import { renderAtom } from '../../../site/atom.ts';
import { getSite, languageRoutes } from '../../../site/data.ts';
import { routes } from '../../../site/paths.ts';

export function getStaticPaths() {
  return languageRoutes().map(({ params, language }) => ({ params, props: { language } }));
}

export const GET: APIRoute = ({ props }) => {
  const { view, paths, updates, t } = getSite((props as { language: string }).language);
  const organisation = view.organisation.name;
  const body = renderAtom(
    {
      selfPath: routes.updatesFeed,
      pagePath: routes.updates,
      title: t.t('updates.feedTitle', { organisation }),
      subtitle: t.t('updates.feedSubtitle'),
      author: organisation,
      entries: updates,
      fallbackUpdated: view.buildDate.day,
      upcomingTitle: (title, date) => t.t('updates.from', { title, date }),
      language: t.tag,
    },
    paths,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
