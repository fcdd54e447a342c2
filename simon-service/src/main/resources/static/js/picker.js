/*
 * Issue 15: customer, work-address and item pickers that search on the server as you type.
 * Each <div data-picker="URL" data-picker-select="ID"> holds a plain <select> (which the form submits) and a
 * search form for browsers without JavaScript. This script hides both and shows a combobox (WAI-ARIA 1.2
 * pattern: an input with a listbox; Down/Up move, Enter chooses, Escape closes). A choice becomes the select's
 * one chosen option, so the form posts exactly as before. data-picker-depends="ID" (work addresses) asks
 * URL with {id} replaced by that select's value and starts over when it changes.
 */
(function () {
  'use strict';

  function debounce(fn, ms) {
    var timer;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function setup(box, index) {
    var select = document.getElementById(box.getAttribute('data-picker-select'));
    if (!select) {
      return;
    }
    var url = box.getAttribute('data-picker');
    var dependsOn = box.getAttribute('data-picker-depends');
    var parent = dependsOn ? document.getElementById(dependsOn) : null;
    var label = box.querySelector('label[for="' + select.id + '"]');
    var empty = select.options.length > 0 && select.options[0].value === '' ? select.options[0] : null;

    var input = document.createElement('input');
    input.type = 'text';
    input.id = select.id + '-combo';
    input.className = 'picker-input' + (select.classList.contains('invalid') ? ' invalid' : '');
    input.setAttribute('role', 'combobox');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    var list = document.createElement('ul');
    list.id = select.id + '-listbox';
    list.className = 'picker-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.setAttribute('aria-controls', list.id);
    var status = document.createElement('p');
    status.id = select.id + '-status';
    status.className = 'hint picker-status';
    status.setAttribute('aria-live', 'polite');
    input.setAttribute('aria-describedby', status.id);
    if (label) {
      label.id = label.id || select.id + '-label';
      label.setAttribute('for', input.id);
      list.setAttribute('aria-labelledby', label.id);
    }
    if (empty) {
      input.placeholder = empty.textContent;
    }
    var chosen = select.options[select.selectedIndex];
    input.value = chosen && chosen.value !== '' ? chosen.textContent : '';

    box.querySelectorAll('.picker-fallback').forEach(function (el) { el.hidden = true; });
    select.hidden = true;
    select.setAttribute('tabindex', '-1');
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(list, select);
    select.parentNode.insertBefore(status, select);

    var options = [];
    var active = -1;
    var asked = 0;

    function source() {
      if (!parent) {
        return url;
      }
      return parent.value ? url.replace('{id}', encodeURIComponent(parent.value)) : null;
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(i) {
      var items = list.children;
      if (active >= 0 && items[active]) {
        items[active].setAttribute('aria-selected', 'false');
        items[active].classList.remove('active');
      }
      active = i;
      if (i >= 0 && items[i]) {
        items[i].setAttribute('aria-selected', 'true');
        items[i].classList.add('active');
        input.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(option) {
      while (select.options.length > 0) {
        select.remove(0);
      }
      if (empty) {
        select.add(empty);
      }
      if (option) {
        var element = new Option(option.label, String(option.id), true, true);
        select.add(element);
        input.value = option.label;
      } else {
        select.value = '';
        input.value = '';
      }
      close();
      select.dispatchEvent(new Event('change', {bubbles: true}));
    }

    function render(answer) {
      options = answer.options;
      list.textContent = '';
      options.forEach(function (option, i) {
        var item = document.createElement('li');
        item.id = select.id + '-option-' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.setAttribute('data-id', String(option.id));
        item.textContent = option.label;
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(option);
        });
        list.appendChild(item);
      });
      status.textContent = answer.summary;
      list.hidden = options.length === 0;
      input.setAttribute('aria-expanded', options.length > 0 ? 'true' : 'false');
      active = -1;
    }

    function search() {
      var from = source();
      if (!from) {
        return;
      }
      var ask = ++asked;
      var q = input.value.trim();
      var address = from + (from.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(q);
      fetch(address, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          if (answer && ask === asked) {
            render(answer);
          }
        });
    }

    var typed = debounce(search, 200);
    input.addEventListener('input', function () {
      if (input.value.trim() === '' && select.value !== '') {
        choose(null);
      }
      typed();
    });
    input.addEventListener('focus', function () {
      if (list.hidden && source()) {
        search();
      }
    });
    input.addEventListener('blur', function () { close(); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (list.hidden) {
          search();
        } else {
          highlight(Math.min(active + 1, options.length - 1));
        }
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter') {
        if (!list.hidden) {
          event.preventDefault();
          if (active >= 0) {
            choose(options[active]);
          } else if (options.length === 1) {
            choose(options[0]);
          }
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    if (parent) {
      var ready = function () {
        input.disabled = !parent.value;
        status.textContent = parent.value ? '' : (box.getAttribute('data-picker-wait') || '');
      };
      parent.addEventListener('change', function () {
        choose(null);
        ready();
      });
      ready();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-picker]').forEach(setup);
  });
}());
