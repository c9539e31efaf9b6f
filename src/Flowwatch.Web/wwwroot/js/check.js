// "Try the sample article": fills the form with the seed article the project's tests use.
(function () {
  'use strict';
  var button = document.getElementById('load-sample');
  if (!button) { return; }
  button.addEventListener('click', function () {
    fetch('/assets/samples/seed-article.json').then(function (r) { return r.json(); }).then(function (s) {
      var form = button.form;
      form.elements.text.value = s.text;
      form.elements.published.value = s.published || '';
      form.elements.lang.value = s.lang || 'auto';
      form.elements.text.focus();
    });
  });
  var target = location.hash && document.querySelector(location.hash);
  if (target) { target.classList.add('flash'); }
})();
