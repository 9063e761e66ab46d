// @ts-check
// The trust center's only script: a small search widget over the static Pagefind index. Without JavaScript the
// search form is a plain link to /search/. With it, Pagefind (about 30 KB plus index chunks, all from this site)
// is loaded only once someone focuses the search field, and results are listed as links.

/** @type {Promise<any> | undefined} */
let pagefind;

/** @param {string} base */
function loadPagefind(base) {
  pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (module) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    module.init();
    return module;
  });
  return pagefind;
}

/**
 * Pagefind excerpts are HTML with <mark> around matches. Parse them inertly and keep only text and <mark>, so no
 * markup from the index can ever become live in the page.
 * @param {string} html
 * @returns {DocumentFragment}
 */
function safeExcerpt(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const out = document.createDocumentFragment();
  for (const node of parsed.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

/**
 * @param {any} data a Pagefind result's data()
 * @returns {HTMLLIElement}
 */
function resultItem(data) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  const url = String(data.url ?? '');
  // Only same-site paths: a result can never link elsewhere.
  a.href = url.startsWith('/') && !url.startsWith('//') ? url : '#';
  const kind = document.createElement('span');
  kind.className = 'r-kind';
  kind.textContent = [data.filters?.type?.[0], data.meta?.id].filter(Boolean).join(' · ');
  const title = document.createElement('span');
  title.className = 'r-title';
  title.textContent = data.meta?.title ?? url;
  const excerpt = document.createElement('span');
  excerpt.className = 'r-excerpt';
  excerpt.append(safeExcerpt(String(data.excerpt ?? '')));
  a.append(kind, title, excerpt);
  li.append(a);
  return li;
}

/** @param {HTMLFormElement} form */
function setUp(form) {
  const base = form.dataset.base ?? '/';
  const input = /** @type {HTMLInputElement | null} */ (form.querySelector('input[type="search"]'));
  if (!input) return;
  const onPage = form.dataset.search === 'page';
  const panelId = input.getAttribute('aria-controls') ?? '';
  const panel = onPage ? null : document.getElementById(panelId);
  const list = onPage ? document.getElementById(panelId) : panel?.querySelector('.results');
  const status = onPage ? document.getElementById(panelId.replace(/-results$/, '-status')) : panel?.querySelector('[role="status"]');
  if (!list || !status) return;
  let seq = 0;

  const close = () => panel?.setAttribute('hidden', '');
  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (query === '') {
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    panel?.removeAttribute('hidden');
    status.textContent = 'Searching…';
    try {
      const pf = await loadPagefind(base);
      const search = await pf.debouncedSearch(query, {}, 120);
      if (search === null || mine !== seq) return; // superseded by a newer query
      const limit = onPage ? 30 : 8;
      const data = await Promise.all(search.results.slice(0, limit).map((/** @type {any} */ r) => r.data()));
      if (mine !== seq) return;
      list.replaceChildren(...data.map(resultItem));
      const n = search.results.length;
      status.textContent = n === 0 ? `No results for “${query}”.` : `${n} result${n === 1 ? '' : 's'} for “${query}”${n > limit ? `, showing the first ${limit}` : ''}.`;
    } catch {
      status.textContent = 'Search is not available right now. Browse the measures page instead.';
    }
  };

  input.addEventListener('focus', () => void loadPagefind(base).catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  if (!onPage) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
      if (event.key === 'ArrowDown') {
        const first = list.querySelector('a');
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        close();
        input.focus();
      }
    });
    document.addEventListener('click', (event) => {
      if (!form.contains(/** @type {Node} */ (event.target))) close();
    });
  } else {
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void run();
    }
  }
}

for (const form of document.querySelectorAll('form[data-search]')) setUp(/** @type {HTMLFormElement} */ (form));
