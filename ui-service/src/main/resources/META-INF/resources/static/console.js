// Berth web console: the little the pages need beyond HTML and htmx. The Content-Security-Policy
// allows no inline script, so every behaviour is attached here from data attributes.
(function () {
  'use strict';

  // <time datetime="ISO"> shown in the browser's time zone, in the page's language
  function localTimes(root) {
    var fmt;
    try {
      fmt = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
        { dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) {
      return;
    }
    root.querySelectorAll('time[datetime]').forEach(function (t) {
      var d = new Date(t.getAttribute('datetime'));
      if (!isNaN(d.getTime())) {
        t.title = t.getAttribute('datetime');
        t.textContent = fmt.format(d);
      }
    });
  }

  // <button data-copy="text" data-copied="Copied">: copies the text, says so for a moment
  function copy(button) {
    var text = button.getAttribute('data-copy');
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute('data-copied') || '✓';
      button.setAttribute('data-state', 'copied');
      setTimeout(function () { button.textContent = label; button.removeAttribute('data-state'); }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
    } else {
      fallbackCopy(text);
      done();
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    document.body.removeChild(area);
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-copy]');
    if (button) {
      e.preventDefault();
      copy(button);
    }
  });

  // <form data-confirm="question">: destructive actions ask first
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      e.preventDefault();
      return;
    }
    // a slow answer (a throttled sign-in) says why it takes long, and the button cannot be pressed twice
    var notice = form.getAttribute('data-slow-notice');
    if (form.hasAttribute('hx-post') || form.hasAttribute('hx-get') || e.defaultPrevented) {
      return;
    }
    form.querySelectorAll('button[type="submit"]').forEach(function (b) {
      setTimeout(function () { b.disabled = true; }, 0);
    });
    if (notice) {
      setTimeout(function () {
        var n = document.getElementById(notice);
        if (n) { n.hidden = false; }
      }, 2000);
    }
  }, false);

  // <select data-autosubmit>: a change submits its form (with a button for keyboards without script)
  document.addEventListener('change', function (e) {
    if (e.target.matches('select[data-autosubmit]')) {
      e.target.form.requestSubmit();
    }
  });

  // coming back with the browser's back button shows the form usable again
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('button[type="submit"][disabled]').forEach(function (b) { b.disabled = false; });
  });

  document.addEventListener('DOMContentLoaded', function () { localTimes(document); });
  document.addEventListener('htmx:afterSwap', function (e) { localTimes(e.target); });
})();
