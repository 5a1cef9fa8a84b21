// Member imports: upload the chosen file straight to the API, then poll the job about once a second (one request
// at a time, paused while the tab is hidden) and show its progress in place. Data goes into the page only as text.
(() => {
  const form = document.getElementById('import-form');
  if (!form) return;
  const $ = id => document.getElementById(id);
  const tenant = document.querySelector('meta[name="runstrong-tenant"]')?.content;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content;
  const base = `/api/t/${encodeURIComponent(tenant)}/imports`;
  const input = $('import-file');
  const dryRun = $('import-dry-run');
  const submit = $('import-submit');
  const drop = $('import-drop-zone');
  const fileError = $('import-file-error');
  const announcer = $('import-announcer');
  const number = new Intl.NumberFormat('en');

  let file = null;        // kept so a dry run can be followed by the real import of the same file
  let job = null;
  let timer = 0;
  let polling = false;
  let lastStatus = '';
  let lastTenth = -1;

  const words = { queued: 'Queued', running: 'Running', completed: 'Completed', failed: 'Failed', cancelled: 'Cancelled' };
  const badge = { completed: 'risk-low', failed: 'risk-high', cancelled: 'risk-moderate' };
  const finished = status => status === 'completed' || status === 'failed' || status === 'cancelled';
  const count = value => (typeof value !== 'number' || value < 0 ? '–' : number.format(value));

  function contentType(chosen) {
    const name = chosen.name.toLowerCase();
    if (name.endsWith('.csv')) return 'text/csv';
    if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'application/x-ndjson';
    return chosen.type || 'application/octet-stream';
  }

  function showFileError(message) {
    fileError.textContent = message;
    fileError.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  async function problemMessage(response) {
    const fallback = {
      400: 'The upload was refused.',
      403: 'Only gym staff can import members.',
      413: 'The file is too large to import (the limit is 256 MB).',
      415: 'Only CSV (.csv) or NDJSON (.ndjson) member files can be imported.',
      429: 'Too many requests just now; try again in a minute.',
    }[response.status] || `The upload failed (${response.status}).`;
    try {
      const problem = await response.json();
      const fields = Object.values(problem.errors || {}).flat();
      return [problem.detail || problem.title || fallback, ...fields].filter((m, i, all) => all.indexOf(m) === i).join(' ');
    } catch {
      return fallback;
    }
  }

  async function upload(chosen, asDryRun) {
    showFileError('');
    submit.disabled = true;
    $('import-for-real').disabled = true;
    try {
      const response = await fetch(`${base}?dryRun=${asDryRun}`, {
        method: 'POST',
        body: chosen,
        headers: { 'Content-Type': contentType(chosen), 'X-CSRF-Token': csrf, Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) {
        showFileError(await problemMessage(response));
        input.focus();
        return;
      }
      file = chosen;
      start(await response.json());
    } catch (error) {
      showFileError(`The upload did not reach the server: ${error.message}`);
    } finally {
      submit.disabled = false;
      $('import-for-real').disabled = false;
    }
  }

  function start(created) {
    stop();
    lastStatus = '';
    lastTenth = -1;
    $('import-live').hidden = false;
    $('import-finished').hidden = true;
    render(created);
    $('import-live-title').scrollIntoView({ block: 'nearest' });
    if (!finished(created.status)) schedule();
  }

  function schedule() {
    clearTimeout(timer);
    if (document.visibilityState === 'visible') timer = setTimeout(poll, 1000);
  }

  function stop() {
    clearTimeout(timer);
    timer = 0;
  }

  async function poll() {
    if (!job || polling || finished(job.status)) return;
    polling = true;
    try {
      const response = await fetch(`${base}/${encodeURIComponent(job.id)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        render(await response.json());
      } else if (response.status === 401 || response.status === 403 || response.status === 404) {
        // The session ended or the job is gone: asking again cannot help.
        polling = false;
        stop();
        const failure = $('import-failure');
        failure.textContent = response.status === 401
          ? 'Your session ended: sign in again to follow this import (it keeps running).'
          : `The import's progress could not be read (${response.status}).`;
        failure.hidden = false;
        return;
      }
    } catch {
      // A dropped poll is retried on the next tick.
    } finally {
      polling = false;
    }
    if (!finished(job.status)) schedule();
  }

  function announce(message) {
    announcer.textContent = message;
  }

  function eta(current) {
    if (current.status !== 'running' || !(current.rate > 0) || current.total < 0) return '–';
    const seconds = Math.max(0, Math.round((current.total - current.processed) / current.rate));
    if (seconds < 60) return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  }

  function render(current) {
    job = current;
    const status = $('import-status');
    status.textContent = words[current.status] || current.status;
    status.className = `badge ${badge[current.status] || 'risk-unknown'}`;
    $('import-kind').textContent = current.dryRun ? 'Dry run: nothing is changed' : 'Importing for real';
    const progress = $('import-progress');
    if (current.total > 0) {
      progress.max = current.total;
      progress.value = Math.min(current.processed, current.total);
    } else if (finished(current.status)) {
      progress.max = 1;
      progress.value = 1;
    } else {
      progress.removeAttribute('value');
    }
    $('import-processed').textContent = `${count(current.processed)} / ${current.total < 0 ? 'counting…' : count(current.total)}`;
    $('import-rate').textContent = current.rate > 0 ? number.format(Math.round(current.rate)) : '–';
    $('import-eta').textContent = eta(current);
    for (const key of ['created', 'updated', 'unchanged', 'failed']) $(`import-${key}`).textContent = count(current[key]);

    const failure = $('import-failure');
    failure.textContent = current.failureReason || '';
    failure.hidden = !current.failureReason;

    const rows = (current.errors || []).slice(0, 20).map(error => {
      const tr = document.createElement('tr');
      for (const [value, cls] of [[error.line, 'num'], [error.field, ''], [error.message, '']]) {
        const td = document.createElement('td');
        if (cls) td.className = cls;
        td.textContent = String(value);
        tr.append(td);
      }
      return tr;
    });
    $('import-error-rows').replaceChildren(...rows);
    $('import-errors').hidden = rows.length === 0;

    const tenth = current.total > 0 ? Math.floor((10 * current.processed) / current.total) : -1;
    if (current.status !== lastStatus) {
      announce(finished(current.status) ? summary(current) : `Import ${(words[current.status] || current.status).toLowerCase()}.`);
    } else if (tenth > lastTenth && tenth > 0 && !finished(current.status)) {
      announce(`${tenth * 10}% done: ${count(current.processed)} of ${count(current.total)} rows.`);
    }
    lastStatus = current.status;
    lastTenth = Math.max(lastTenth, tenth);

    if (finished(current.status)) showFinished(current);
  }

  function summary(current) {
    const what = current.dryRun ? 'Dry run' : 'Import';
    return `${what} ${(words[current.status] || current.status).toLowerCase()}: ${count(current.created)} created, ${count(current.updated)} updated, `
      + `${count(current.unchanged)} unchanged, ${count(current.failed)} failed.`;
  }

  function showFinished(current) {
    stop();
    $('import-finished').hidden = false;
    const link = $('import-error-file');
    link.href = `${base}/${encodeURIComponent(current.id)}/errors`;
    link.hidden = !(current.failed > 0);
    $('import-for-real').hidden = !(current.dryRun && current.status === 'completed' && file);
    addToHistory(current);
  }

  // The finished job joins the server-rendered history, built from text only.
  function addToHistory(current) {
    const body = $('history-rows');
    if (!body || body.querySelector(`tr[data-import-id="${CSS.escape(current.id)}"]`)) return;
    const tr = document.createElement('tr');
    tr.dataset.importId = current.id;
    const cell = (text, cls) => {
      const td = document.createElement('td');
      if (cls) td.className = cls;
      if (text !== null) td.textContent = text;
      tr.append(td);
      return td;
    };
    cell(new Date(current.createdAt).toISOString().slice(0, 16).replace('T', ' ') + ' UTC');
    const status = document.createElement('span');
    status.className = `badge ${badge[current.status] || 'risk-unknown'}`;
    status.textContent = words[current.status] || current.status;
    cell(null).append(status);
    cell(current.dryRun ? 'Yes' : 'No');
    cell(`${count(current.processed)} / ${count(current.total)}`, 'num');
    for (const key of ['created', 'updated', 'unchanged', 'failed']) cell(count(current[key]), 'num');
    const errors = cell(null);
    if (current.failed > 0) {
      const link = document.createElement('a');
      link.href = `${base}/${encodeURIComponent(current.id)}/errors`;
      link.setAttribute('download', '');
      link.textContent = 'Error file';
      errors.append(link);
    } else {
      errors.className = 'muted';
      errors.textContent = 'None';
    }
    body.prepend(tr);
    $('history-table').hidden = false;
    $('history-empty').hidden = true;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = input.files?.[0];
    if (!chosen) {
      showFileError('Choose a member file first.');
      input.focus();
      return;
    }
    upload(chosen, dryRun.checked);
  });
  input.addEventListener('change', () => showFileError(''));
  $('import-for-real').addEventListener('click', () => {
    if (file) upload(file, false);
  });

  drop.addEventListener('dragover', event => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', event => {
    event.preventDefault();
    drop.classList.remove('dragging');
    const files = event.dataTransfer?.files;
    if (files?.length) {
      input.files = files;
      showFileError('');
    }
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') stop();
    else if (job && !finished(job.status)) poll();
  });
})();
