/**
 * The report's inline script: the evidence filters (informant, group, coder, polarity) and the heatmap's
 * links that open a code's quotes filtered to one informant. Reads only data-* attributes, so no
 * user text passes through it. Without it the page shows every quote.
 */

export const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var items = Array.prototype.slice.call(document.querySelectorAll('#evidence li[data-polarity]'));
  var blocks = Array.prototype.slice.call(document.querySelectorAll('#evidence section.code-ev'));
  var status = document.getElementById('filter-status');
  var template = status.getAttribute('data-template');
  function apply() {
    var inf = form.elements.informant.value, grp = form.elements.group.value, pol = form.elements.polarity.value;
    var cod = form.elements.coder.value;
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!inf || li.getAttribute('data-informant') === inf) && (!grp || li.getAttribute('data-group') === grp) &&
        (!pol || li.getAttribute('data-polarity') === pol) &&
        (!cod || (' ' + li.getAttribute('data-coder') + ' ').indexOf(' ' + cod + ' ') >= 0);
      li.hidden = !ok;
      if (ok) shown++;
    });
    blocks.forEach(function (b) {
      var none = b.querySelector('.none');
      if (none) none.hidden = b.querySelector('li[data-polarity]:not([hidden])') !== null;
    });
    status.textContent = template.replace('{n}', String(shown)).replace('{m}', String(items.length));
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[data-filter-informant]') : null;
    if (!a) return;
    form.elements.informant.value = a.getAttribute('data-filter-informant');
    form.elements.group.value = '';
    form.elements.coder.value = '';
    form.elements.polarity.value = '';
    apply();
  });
  apply();
})();
`;
