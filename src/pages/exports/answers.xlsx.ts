import type { APIRoute } from 'astro';
import { answersExportInput } from '../../site/answers-export.ts';
import { answersXlsx } from '../../site/answers-xlsx.ts';
import { getSite } from '../../site/data.ts';

export const GET: APIRoute = async () => {
  const { view, paths } = getSite();
  const bytes = await answersXlsx(answersExportInput(view, paths));
  return new Response(Buffer.from(bytes), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
