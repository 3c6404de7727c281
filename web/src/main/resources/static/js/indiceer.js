// Sends the page's CSRF token with every htmx request (a static file, since the CSP allows no inline script).
document.addEventListener('htmx:configRequest', function (gebeurtenis) {
  var token = document.querySelector('meta[name="_csrf"]');
  var kop = document.querySelector('meta[name="_csrf_header"]');
  if (token && kop) {
    gebeurtenis.detail.headers[kop.getAttribute('content')] = token.getAttribute('content');
  }
});

// After an htmx answer swapped messages into their places ({id}-fout, data-veld="{id}"): mark each field invalid, or
// valid again, to match (aria-invalid and aria-describedby), since a recalculation swaps only the messages, never the
// field the consultant is typing in.
function indiceerVeldfouten() {
  document.querySelectorAll('[data-veld]').forEach(function (melding) {
    var veld = document.getElementById(melding.getAttribute('data-veld'));
    if (!veld || !/^(INPUT|SELECT|TEXTAREA)$/.test(veld.tagName)) {
      return;
    }
    var fout = !melding.hidden && melding.textContent.trim() !== '';
    var klasse = veld.tagName === 'SELECT' ? 'utrecht-select--invalid'
      : veld.tagName === 'TEXTAREA' ? 'utrecht-textarea--invalid' : 'utrecht-textbox--invalid';
    if (fout) {
      veld.setAttribute('aria-invalid', 'true');
      veld.setAttribute('aria-describedby', melding.id);
      veld.classList.add(klasse);
    } else if (veld.getAttribute('aria-invalid') === 'true') {
      veld.removeAttribute('aria-invalid');
      if (veld.getAttribute('aria-describedby') === melding.id) {
        veld.removeAttribute('aria-describedby');
      }
      veld.classList.remove(klasse);
    }
    var rand = veld.closest('.utrecht-form-field');
    if (rand) {
      rand.classList.toggle('utrecht-form-field--invalid', fout);
    }
  });
}
document.addEventListener('htmx:afterSettle', indiceerVeldfouten);
document.addEventListener('htmx:oobAfterSwap', indiceerVeldfouten);
