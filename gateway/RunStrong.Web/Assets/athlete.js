// Activity upload: drop a watch file on the zone (or choose one) and the browser sends it to the activity route
// with the session's anti-forgery header, then shows what the platform derived from it, or the problem it found.
(() => {
  const zone = document.querySelector('.drop-zone[data-upload-url]');
  if (!zone) return;
  const input = document.getElementById('activity-file');
  const result = document.querySelector('.upload-result');
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const types = { fit: 'application/vnd.ant.fit', tcx: 'application/vnd.garmin.tcx+xml', gpx: 'application/gpx+xml' };

  function mediaType(name) {
    const parts = name.toLowerCase().split('.');
    const last = parts.pop();
    if (last === 'gz') return { type: types[parts.pop()] ?? 'application/octet-stream', encoding: 'gzip' };
    return { type: types[last] ?? 'application/octet-stream' };
  }

  function show(kind, lines) {
    result.replaceChildren();
    const box = document.createElement('div');
    box.className = `notice notice-${kind}`;
    for (const line of lines) {
      const p = document.createElement('p');
      if (line instanceof Node) p.append(line); else p.textContent = line;
      box.append(p);
    }
    result.append(box);
  }

  const number = (value, digits) => Number(value).toFixed(digits);

  async function upload(file) {
    if (!file) return;
    show('info', [`Uploading ${file.name}…`]);
    const { type, encoding } = mediaType(file.name);
    const headers = { 'Content-Type': type, 'X-CSRF-Token': csrf, Accept: 'application/json' };
    if (encoding) headers['Content-Encoding'] = encoding;
    try {
      const response = await fetch(zone.dataset.uploadUrl, { method: 'POST', body: file, headers, credentials: 'same-origin' });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        const details = Object.values(body.errors ?? {}).flat();
        show('error', [`${file.name}: ${body.detail ?? body.title ?? response.statusText}`, ...details]);
        return;
      }
      const what = body.kind ? `${body.sport}, ${body.kind}` : body.sport;
      const lines = [
        `${response.status === 200 ? 'Already uploaded' : 'Added'}: ${what} on ${new Date(body.startedAt).toLocaleString()}`,
        `${number(body.distanceKm, 2)} km in ${number(body.durationMin, 0)} min moving` + (body.avgHeartRate ? `, average heart rate ${body.avgHeartRate}` : '') +
          (body.laps?.length ? `, ${body.laps.length} laps` : ''),
      ];
      if (body.replacedRunId) lines.push(`It replaces the run you typed in (${body.replacedRunId}).`);
      for (const warning of body.warnings ?? []) lines.push(warning);
      const refresh = document.createElement('a');
      refresh.href = `${window.location.pathname}#coaching`;
      refresh.textContent = 'See your updated coaching';
      refresh.addEventListener('click', event => { event.preventDefault(); window.location.reload(); });
      lines.push(refresh);
      show('success', lines);
    } catch (error) {
      show('error', [`${file.name} could not be sent: ${error.message}`]);
    }
  }

  input.addEventListener('change', () => upload(input.files[0]));
  for (const name of ['dragenter', 'dragover']) {
    zone.addEventListener(name, event => { event.preventDefault(); zone.classList.add('dragging'); });
  }
  for (const name of ['dragleave', 'drop']) {
    zone.addEventListener(name, () => zone.classList.remove('dragging'));
  }
  zone.addEventListener('drop', event => {
    event.preventDefault();
    upload(event.dataTransfer.files[0]);
  });
})();
