/*
 * Issue 15 item 7 (phones): the menu button of the top bar and the labels of table cells.
 * A static file because the Content-Security-Policy forbids inline script. Without it the pages still
 * work: the menu then simply wraps, and table cells stack without their column name.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function setUpMenu() {
    var bar = document.querySelector('.topbar');
    var button = document.getElementById('menu-toggle');
    if (!bar || !button) {
      return;
    }
    button.hidden = false;
    bar.classList.add('has-menu');
    button.addEventListener('click', function () {
      var open = bar.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && bar.classList.contains('open')) {
        bar.classList.remove('open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  /* Every body cell of a list table gets its column's name in data-label; CSS shows it on phones. */
  function labelTable(table) {
    var head = table.tHead && table.tHead.rows.length ? table.tHead.rows[table.tHead.rows.length - 1] : null;
    if (!head) {
      return;
    }
    var names = [];
    Array.prototype.forEach.call(head.cells, function (cell) {
      var name = (cell.textContent || '').replace(/\s+/g, ' ').trim();
      for (var i = 0; i < (cell.colSpan || 1); i++) {
        names.push(name);
      }
    });
    var rows = [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.push.apply(rows, body.rows);
    });
    if (table.tFoot) {
      Array.prototype.push.apply(rows, table.tFoot.rows);
    }
    rows.forEach(function (row) {
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        var name = names[column];
        if (name && !cell.hasAttribute('data-label') && (cell.colSpan || 1) === 1) {
          cell.setAttribute('data-label', name);
        }
        column += cell.colSpan || 1;
      });
    });
  }

  function labelTables(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('table.list'), labelTable);
  }

  function start() {
    setUpMenu();
    labelTables(document);
    /* Parts of pages that are replaced in place (live state) get their labels too. */
    if (window.MutationObserver) {
      new MutationObserver(function (changes) {
        changes.forEach(function (change) {
          Array.prototype.forEach.call(change.addedNodes, function (node) {
            if (node.nodeType !== 1) {
              return;
            }
            if (node.matches('table.list')) {
              labelTable(node);
            } else if (node.closest('table.list')) {
              labelTable(node.closest('table.list'));
            } else {
              labelTables(node);
            }
          });
        });
      }).observe(document.body, {childList: true, subtree: true});
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
