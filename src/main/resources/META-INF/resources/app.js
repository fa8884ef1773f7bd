// Small progressive enhancements; every page works without them.
(function () {
  // After a submit with errors, the summary above the form takes the focus: a screen reader reads it first, and each
  // of its links moves the focus to its field.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
    summary.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var field = document.getElementById(link.getAttribute('href').substring(1));
        if (field) {
          event.preventDefault();
          field.focus();
          field.scrollIntoView({block: 'center'});
        }
      });
    });
  }
  // Fill "Your time zone" with the browser's zone when it is empty.
  document.querySelectorAll('[data-default-zone]').forEach(function (input) {
    if (!input.value && window.Intl) {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    }
  });
  // Let the recruiter add panel rows without a round trip.
  var add = document.getElementById('add-interviewer');
  var panel = document.getElementById('panel');
  if (add && panel) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var rows = panel.querySelectorAll('.panel-row');
      var copy = rows[rows.length - 1].cloneNode(true);
      var n = rows.length;
      copy.querySelectorAll('.error-text').forEach(function (e) { e.remove(); });
      copy.querySelectorAll('.invalid').forEach(function (e) { e.classList.remove('invalid'); });
      copy.querySelectorAll('[aria-invalid]').forEach(function (e) {
        e.removeAttribute('aria-invalid');
        e.removeAttribute('aria-describedby');
      });
      copy.querySelectorAll('input').forEach(function (input) {
        input.value = '';
        input.id = input.name + n;
      });
      copy.querySelectorAll('label').forEach(function (label) {
        var target = label.getAttribute('for').replace(/\d+$/, '') + n;
        label.setAttribute('for', target);
        label.textContent = label.textContent.replace(/Interviewer \d+/, 'Interviewer ' + (n + 1));
      });
      panel.appendChild(copy);
      copy.querySelector('input').focus();
    });
  }
  // Show the candidate's local time as the date, time and zones are typed, warning outside 08:00–20:00.
  var preview = document.getElementById('candidate-time');
  if (preview && window.Intl) {
    var field = function (id) { return document.getElementById(id); };
    // The offset (ms) of a zone at an instant, read from Intl: no time-zone library needed.
    var offset = function (zone, instant) {
      var parts = {};
      new Intl.DateTimeFormat('en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit'}).formatToParts(instant)
        .forEach(function (p) { parts[p.type] = p.value; });
      return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - instant.getTime();
    };
    var update = function () {
      var date = field('date').value, time = field('time').value;
      var from = field('recruiterTimeZone').value || 'UTC', to = field('candidateTimeZone').value;
      var minutes = parseInt(field('durationMinutes').value, 10) || 0;
      preview.textContent = '';
      preview.classList.remove('warning-text');
      if (!date || !time || !to) { return; }
      try {
        var wall = Date.parse(date + 'T' + time + ':00Z');
        var instant = new Date(wall - offset(from, new Date(wall)));
        instant = new Date(wall - offset(from, instant));
        var format = new Intl.DateTimeFormat('en-GB', {timeZone: to, weekday: 'short', day: 'numeric', month: 'short',
          hour: '2-digit', minute: '2-digit', hourCycle: 'h23'});
        var end = new Date(instant.getTime() + minutes * 60000);
        var hour = function (d) { return +new Intl.DateTimeFormat('en-GB', {timeZone: to, hour: '2-digit', minute: '2-digit',
          hourCycle: 'h23'}).format(d).replace(':', '.'); };
        var outside = hour(instant) < 8 || hour(end) > 20 || hour(end) < hour(instant);
        preview.textContent = 'For the candidate: ' + format.format(instant) + ' (' + to + ')'
          + (outside ? ' — outside 08:00–20:00 in their zone.' : '');
        if (outside) { preview.classList.add('warning-text'); }
      } catch (e) {
        preview.textContent = '';
      }
    };
    ['date', 'time', 'durationMinutes', 'recruiterTimeZone', 'candidateTimeZone'].forEach(function (id) {
      if (field(id)) { field(id).addEventListener('input', update); field(id).addEventListener('change', update); }
    });
    update();
  }
  // Copy buttons: the value of the field they name (data-copy), or their own text to copy (data-copy-text). The
  // result is said where a screen reader hears it: the button's own words change.
  document.querySelectorAll('[data-copy], [data-copy-text]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = button.hasAttribute('data-copy') ? document.getElementById(button.getAttribute('data-copy')) : null;
      var text = source ? source.value : button.getAttribute('data-copy-text');
      if (navigator.clipboard && text) {
        navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; });
      } else if (source) {
        source.select();
      }
    });
  });
  // Ask before destructive actions.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
