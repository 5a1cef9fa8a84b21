// A personal sign-in link carries the key in the URL fragment (#key=...), which browsers never send to a server.
// Move it into the form, wipe it from the address bar and history at once, and sign in.
(() => {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  const form = document.getElementById('sign-in-form');
  form.elements.key.value = decodeURIComponent(match[1]);
  form.submit();
})();
