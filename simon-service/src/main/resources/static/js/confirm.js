/*
 * Issue 15: a form with data-confirm asks its question before it is sent (removing a time entry, used item or
 * planning cannot be undone); on "OK" it is sent with confirmed=true. Without this script the form is sent
 * without it, and the server answers with a page that asks the same question.
 */
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-confirm')) {
      return;
    }
    if (!window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
      return;
    }
    if (!form.querySelector('input[name="confirmed"]')) {
      var yes = document.createElement('input');
      yes.type = 'hidden';
      yes.name = 'confirmed';
      yes.value = 'true';
      form.appendChild(yes);
    }
  });
}());
