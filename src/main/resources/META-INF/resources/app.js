// Small progressive enhancements; every page works without them.
(function () {
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
  // Ask before destructive actions.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
