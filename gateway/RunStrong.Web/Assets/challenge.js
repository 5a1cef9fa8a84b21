// One challenge page: keep the server-rendered leaderboard current from one EventSource (each event is the whole
// leaderboard document), and search the members directory as staff type. Rows are built with DOM methods and
// textContent only: names and ids are data, never markup.
(() => {
  const board = document.getElementById('leaderboard');
  if (board) live(board);
  const form = document.getElementById('add-member-form');
  if (form) memberSearch(form);

  function live(section) {
    const me = document.querySelector('meta[name="runstrong-athlete"]')?.content || null;
    const indicator = document.getElementById('leaderboard-live');
    const updated = document.getElementById('leaderboard-updated');
    const participants = document.getElementById('leaderboard-participants');
    const teamBody = document.querySelector('#team-board tbody');
    const athleteBody = document.querySelector('#athlete-board tbody');
    const score = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
    let version = Number(section.dataset.version || 0);
    let source = null;

    // Names the server knew (directory names, team names), so live rows read the same as rendered ones.
    const athleteNames = new Map();
    for (const row of document.querySelectorAll('tr[data-athlete-id]')) {
      if (row.dataset.athleteName) athleteNames.set(row.dataset.athleteId, row.dataset.athleteName);
    }
    const teamNames = new Map();
    for (const element of document.querySelectorAll('[data-team-id][data-team-name]')) {
      teamNames.set(element.dataset.teamId, element.dataset.teamName);
    }

    function cell(row, text, numeric) {
      const td = document.createElement('td');
      if (numeric) td.className = 'num';
      td.textContent = text;
      row.append(td);
      return td;
    }

    function empty(message) {
      const tr = document.createElement('tr');
      tr.className = 'empty';
      const td = cell(tr, message);
      td.colSpan = 4;
      td.className = 'muted';
      return tr;
    }

    function teamRows(teams) {
      if (!teams.length) return [empty('No team scores yet.')];
      return teams.map(team => {
        teamNames.set(team.id, team.name);
        const tr = document.createElement('tr');
        tr.dataset.teamId = team.id;
        tr.dataset.teamName = team.name;
        cell(tr, String(team.rank), true);
        cell(tr, team.name);
        cell(tr, score.format(team.score), true);
        cell(tr, String(team.members), true);
        return tr;
      });
    }

    function athleteRows(athletes) {
      if (!athletes.length) return [empty('No athlete scores yet.')];
      return athletes.map(athlete => {
        const tr = document.createElement('tr');
        tr.dataset.athleteId = athlete.athleteId;
        const name = athleteNames.get(athlete.athleteId);
        if (name) tr.dataset.athleteName = name;
        cell(tr, String(athlete.rank), true);
        const who = cell(tr, name || athlete.athleteId);
        if (athlete.athleteId === me) {
          tr.className = 'me';
          tr.setAttribute('aria-current', 'true');
          const you = document.createElement('span');
          you.className = 'muted';
          you.textContent = ' (you)';
          who.append(you);
        }
        cell(tr, teamNames.get(athlete.teamId) || athlete.teamId);
        cell(tr, score.format(athlete.score), true);
        return tr;
      });
    }

    function show(data) {
      if (typeof data.version === 'number' && data.version < version) return;
      version = data.version;
      teamBody.replaceChildren(...teamRows(data.teams || []));
      athleteBody.replaceChildren(...athleteRows(data.athletes || []));
      const count = data.participants || 0;
      participants.textContent = count === 1 ? '1 athlete taking part.' : `${count} athletes taking part.`;
      const at = new Date(data.generatedAt);
      const time = document.createElement('time');
      time.dateTime = data.generatedAt;
      time.textContent = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      updated.replaceChildren('Updated ', time);
    }

    function connected(open) {
      indicator.classList.toggle('connected', open);
      indicator.textContent = open ? 'Live' : 'Reconnecting…';
    }

    let refusals = 0;

    function open() {
      if (source || !section.dataset.events) return;
      indicator.textContent = 'Connecting…';
      source = new EventSource(section.dataset.events);
      source.addEventListener('open', () => { connected(true); refusals = 0; });
      source.addEventListener('leaderboard', event => {
        connected(true);
        try {
          show(JSON.parse(event.data));
        } catch {
          // A malformed event is skipped; the next snapshot replaces the tables anyway.
        }
      });
      source.addEventListener('error', () => {
        // The browser reconnects by itself (sending Last-Event-ID) unless the server refused the stream.
        // A refused stream (the silo at its stream bound answers 503) is tried again later, backing off, a few
        // times at most: one page never becomes a retry storm.
        if (source.readyState === EventSource.CLOSED) {
          close();
          if (refusals < 6) {
            const wait = 5000 * 2 ** refusals++;
            indicator.textContent = `Not live: trying again in ${Math.round(wait / 1000)} s`;
            setTimeout(open, wait);
          } else {
            indicator.textContent = 'Not live: reload the page for new scores';
          }
        } else {
          connected(false);
        }
      });
    }

    function close() {
      source?.close();
      source = null;
      indicator.classList.remove('connected');
    }

    // One stream per page: closed when the page goes into the back/forward cache, opened again when it returns.
    window.addEventListener('pagehide', close);
    window.addEventListener('pageshow', open);
    open();
  }

  function memberSearch(form) {
    const field = document.getElementById('member-search-field');
    const input = document.getElementById('member-search');
    const results = document.getElementById('member-search-results');
    const target = document.getElementById('member-athlete-id');
    const status = document.getElementById('member-search-status');
    const directory = form.dataset.directory;
    if (!field || !input || !directory) return;
    field.hidden = false;
    let timer = 0;
    let inFlight = null;

    function name(member) {
      const full = [member.firstName, member.lastName].filter(part => part && part.trim()).join(' ');
      return full || member.athleteId;
    }

    async function search() {
      const q = input.value.trim();
      inFlight?.abort();
      if (!q) {
        results.replaceChildren();
        return;
      }
      inFlight = new AbortController();
      try {
        const response = await fetch(`${directory}?q=${encodeURIComponent(q)}&limit=10`, {
          signal: inFlight.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin',
        });
        if (!response.ok) {
          status.textContent = 'The members directory could not be searched.';
          return;
        }
        const page = await response.json();
        results.replaceChildren(...page.items.map(member => {
          const li = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.dataset.athleteId = member.athleteId;
          button.append(name(member));
          const detail = document.createElement('span');
          detail.className = 'muted';
          detail.textContent = ` (${[member.externalId || member.athleteId, member.email].filter(Boolean).join(', ')})`;
          button.append(detail);
          button.addEventListener('click', () => {
            target.value = member.athleteId;
            results.replaceChildren();
            status.textContent = `${name(member)} selected.`;
            target.focus();
          });
          li.append(button);
          return li;
        }));
        status.textContent = page.items.length === 0 ? 'No member matches.' : `${page.items.length} matching members.`;
      } catch (error) {
        if (error.name !== 'AbortError') status.textContent = 'The members directory could not be searched.';
      }
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    // Enter in the search box searches; it must not submit the team form with a half-typed name.
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        event.preventDefault();
        clearTimeout(timer);
        search();
      }
    });
  }
})();
