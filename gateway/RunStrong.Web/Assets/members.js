// Search as you type: after a short pause, fetch this same page for the new query and swap in its results, so
// the server renders the rows exactly as on a full load. One request at a time: a newer query aborts the older.
(() => {
  const form = document.querySelector('form[data-live-search]');
  if (!form) return;
  const target = document.querySelector(form.dataset.liveSearch);
  const input = form.querySelector('input[type=search]');
  let timer = 0;
  let inFlight = null;

  async function refresh() {
    const params = new URLSearchParams(new FormData(form));
    if (!params.get('q')) params.delete('q');
    const url = `${form.action}?${params}`;
    inFlight?.abort();
    inFlight = new AbortController();
    target.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(url, { signal: inFlight.signal, headers: { Accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector(form.dataset.liveSearch);
      if (fresh) {
        target.innerHTML = fresh.innerHTML;
        history.replaceState(null, '', url);
      }
    } catch (error) {
      if (error.name !== 'AbortError') target.setAttribute('data-error', String(error));
    } finally {
      target.setAttribute('aria-busy', 'false');
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 200);
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(timer);
    refresh();
  });
})();
