import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/data.ts';
import { subprocessorsCsv, subprocessorsCsvRoute } from '../../site/exports.ts';

/**
 * The sub-processor list as CSV in each language of the site (purposes, countries and transfer mechanisms as the
 * pages in that language name them): exports/subprocessors.csv, and subprocessors.<language>.csv for the others.
 */
export const getStaticPaths: GetStaticPaths = () => {
  const { languages } = getSite();
  return languages.map((language) => ({
    params: {
      subprocessors: subprocessorsCsvRoute(language, languages)
        .replace(/^exports\//, '')
        .replace(/\.csv$/, ''),
    },
    props: { language },
  }));
};

export const GET: APIRoute = ({ props }) => {
  const { view, t } = getSite(props.language as string);
  return new Response(subprocessorsCsv(view, t), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
