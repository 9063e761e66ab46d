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
      selfPath: routes.subprocessorsFeed,
      pagePath: routes.subprocessors,
      title: t.t('subprocessors.feedTitle', { organisation }),
      subtitle: t.t('subprocessors.feedSubtitle'),
      author: organisation,
      entries: updates.filter((u) => u.kind === 'subprocessor'),
      fallbackUpdated: view.buildDate.day,
      upcomingTitle: (title, date) => t.t('updates.from', { title, date }),
      language: t.tag,
    },
    paths,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
