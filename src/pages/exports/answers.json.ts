import type { APIRoute } from 'astro';
import { answersExportInput, answersJson } from '../../site/answers-export.ts';
import { getSite } from '../../site/data.ts';

export const GET: APIRoute = () => {
  const { publicView: view, paths, t } = getSite();
  return new Response(answersJson(answersExportInput(view, { paths, t })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
