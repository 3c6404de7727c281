// Sends the page's CSRF token with every htmx request (a static file, since the CSP allows no inline script).
document.addEventListener('htmx:configRequest', function (gebeurtenis) {
  var token = document.querySelector('meta[name="_csrf"]');
  var kop = document.querySelector('meta[name="_csrf_header"]');
  if (token && kop) {
    gebeurtenis.detail.headers[kop.getAttribute('content')] = token.getAttribute('content');
  }
});
