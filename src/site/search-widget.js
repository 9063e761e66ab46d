// @ts-check
// The site's only script: search over the static Pagefind index (src/site/search-records.ts). Pagefind loads when
// someone focuses a search field. The header field is a WAI-ARIA combobox with a listbox (Up/Down/Enter/Escape);
// the search page lists results as links and, before or without Pagefind, filters its list of measures by title.

/** @type {Promise<any> | undefined} */
let pagefind;
/** @param {string} base */
const load = (base) =>
  (pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (pf) => {
    await pf.options({ baseUrl: base });
    pf.init();
    return pf;
  }));

/** @param {string} tag @param {string} [cls] @param {string} [text] */
function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text) node.textContent = text;
  return node;
}

/** Up to 28 words of the description around the first match, matches marked; never the title or ids. */
function excerpt(/** @type {any} */ data) {
  const words = String(data.content ?? '').split(/\s+/).slice(0, Number(data.meta?.words ?? 0));
  const hits = new Set((data.locations ?? []).filter((/** @type {number} */ i) => i < words.length));
  const first = Math.min(...hits, words.length);
  const start = first < words.length ? Math.max(0, first - 8) : 0;
  const out = el('span', 'r-excerpt');
  if (start > 0) out.append('… ');
  words.slice(start, start + 28).forEach((word, i) => {
    if (i > 0) out.append(' ');
    out.append(hits.has(start + i) ? el('mark', '', word) : word);
  });
  if (start + 28 < words.length) out.append(' …');
  return out;
}

/** Only same-site paths: a result can never lead elsewhere. */
const safe = (/** @type {string} */ url) => (url.startsWith('/') && !url.startsWith('//') ? url : '#');

function item(/** @type {any} */ data, /** @type {boolean} */ option, /** @type {string} */ id) {
  const li = el('li');
  const box = option ? li : li.appendChild(el('a'));
  if (option) Object.assign(li, { id, role: 'option' }), li.setAttribute('aria-selected', 'false'), (li.dataset.href = safe(String(data.url)));
  else /** @type {HTMLAnchorElement} */ (box).href = safe(String(data.url));
  box.append(el('span', 'r-kind', [data.filters?.type?.[0], data.meta?.label].filter(Boolean).join(' · ')), el('span', 'r-title', data.meta?.title ?? data.url), excerpt(data));
  return li;
}

/**
 * Runs a query: a control id ("8.24", "CC6.1") lists the measures mapped to it; otherwise full text, and when nothing
 * matches every word, the words without the numbers ("TLS 1.2" -> "TLS"), said so in the status line.
 * @returns {Promise<{ results: any[], note: string }>}
 */
async function find(/** @type {any} */ pf, /** @type {string} */ query) {
  const key = query.toLowerCase().replace(/\s+/g, '');
  if (/\d/.test(key) && !/\s/.test(query)) {
    const byControl = await pf.search(null, { filters: { control: key } });
    if (byControl.results.length) return { results: byControl.results, note: ` mapped to control “${query}”` };
  }
  const full = await split(pf, query);
  if (full.measures.length || !/\s/.test(query)) return { results: [...full.measures, ...full.rest], note: '' };
  const words = query.split(/\s+/).filter((w) => !/^[\d.,-]+$/.test(w)).join(' ');
  if (!words || words === query) return { results: full.rest, note: '' };
  const fewer = await split(pf, words);
  if (!fewer.measures.length && full.rest.length) return { results: full.rest, note: '' };
  // No measure has every word: the measures for fewer words still come first, then what does have every word
  // (an answer that names the version, say), then the rest.
  const rest = [...full.rest, ...fewer.rest.filter((/** @type {any} */ r) => !full.rest.some((/** @type {any} */ f) => f.id === r.id))];
  const results = [...fewer.measures, ...rest];
  const note = full.rest.length
    ? `; no measure has every word, so the measures are for “${words}”`
    : `; no result has every word, so these are for “${words}”`;
  return { results, note: results.length ? note : '' };
}

/** Measures (what a reviewer looks for) apart from certifications, sub-processors, answers and pages, each in rank order. */
async function split(/** @type {any} */ pf, /** @type {string} */ query) {
  const [measures, rest] = await Promise.all([
    pf.search(query, { filters: { type: 'Measure' } }),
    pf.search(query, { filters: { type: { not: 'Measure' } } }),
  ]);
  return { measures: measures.results, rest: rest.results };
}

/** @param {HTMLFormElement} form */
function setUp(form) {
  const base = form.dataset.base ?? '/';
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const onPage = form.dataset.search === 'page';
  const listId = input.getAttribute('aria-controls') ?? '';
  const list = /** @type {HTMLElement} */ (document.getElementById(listId));
  const status = /** @type {HTMLElement} */ (document.getElementById(`${listId}-status`));
  const panel = onPage ? null : /** @type {HTMLElement} */ (list.parentElement);
  let seq = 0;
  let active = -1;
  const options = () => /** @type {HTMLElement[]} */ ([...list.children]);
  const open = (/** @type {boolean} */ yes) => {
    if (!panel) return;
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
    if (!yes) select(-1);
  };
  const select = (/** @type {number} */ index) => {
    options().forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    active = index;
    const chosen = options()[index];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (!query) return list.replaceChildren(), (status.textContent = ''), open(false);
    open(true);
    status.textContent = 'Searching…';
    try {
      const pf = await load(base);
      await new Promise((done) => setTimeout(done, 120));
      if (mine !== seq) return;
      const { results, note } = await find(pf, query);
      const limit = onPage ? 30 : 8;
      const data = await Promise.all(results.slice(0, limit).map((/** @type {any} */ r) => r.data()));
      if (mine !== seq) return;
      list.replaceChildren(...data.map((d, i) => item(d, !onPage, `${listId}-${i}`)));
      if (!onPage) select(-1);
      const n = results.length;
      status.textContent = n
        ? `${n} result${n === 1 ? '' : 's'} for “${query}”${note}${n > limit ? `, the first ${limit} shown` : ''}.`
        : `No results for “${query}”. Try fewer words, or browse the measures.`;
    } catch {
      status.textContent = 'Search is not available right now. Browse the measures page instead.';
    }
  };

  input.addEventListener('focus', () => void load(base).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  if (onPage) {
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      filterTitles(query);
      void run();
    }
    return;
  }
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel?.hidden && input.value.trim()) return open(true);
      if (count) select(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.href = options()[active]?.dataset.href ?? '#';
    } else if (event.key === 'Escape' && panel && !panel.hidden) {
      // Close the list and keep the query (the browser would clear a search field); a second Escape clears it.
      event.preventDefault();
      open(false);
    }
  });
  list.addEventListener('click', (event) => {
    const option = /** @type {HTMLElement} */ (event.target).closest('[role="option"]');
    if (option instanceof HTMLElement) location.href = option.dataset.href ?? '#';
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(/** @type {Node} */ (event.target))) open(false);
  });
}

/** The search page's list of every measure, narrowed to titles and ids containing each word of the query. */
function filterTitles(/** @type {string} */ query) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const items = document.querySelectorAll('#all-measures li');
  let shown = 0;
  for (const li of items) {
    const hit = words.every((w) => (li.textContent ?? '').toLowerCase().includes(w));
    /** @type {HTMLElement} */ (li).hidden = !hit;
    shown += hit ? 1 : 0;
  }
  const heading = document.getElementById('all');
  if (heading) heading.textContent = shown === items.length ? 'All measures' : `Measures whose title matches “${query}” (${shown})`;
}

for (const form of document.querySelectorAll('form[data-search]')) setUp(/** @type {HTMLFormElement} */ (form));
