// Draws the admin view's charts from their data-chart attributes: pages carry no inline script, so
// the Content-Security-Policy can forbid inline scripts altogether.
(function () {
  'use strict';
  var palette = ['#2f6fb0', '#e39b2d', '#3a9d6a', '#b5485d', '#6c5fb5'];

  function draw() {
    if (!window.Chart) return;
    var canvases = document.querySelectorAll('canvas[data-chart]');
    for (var i = 0; i < canvases.length; i++) {
      var canvas = canvases[i];
      var spec;
      try {
        spec = JSON.parse(canvas.getAttribute('data-chart'));
      } catch (e) {
        continue;
      }
      var datasets = spec.datasets.map(function (d, n) {
        return { label: d.label, data: d.data, backgroundColor: palette[n % palette.length], borderColor: palette[n % palette.length], borderWidth: 1 };
      });
      new window.Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: spec.horizontal ? 'y' : 'x',
          plugins: { legend: { display: datasets.length > 1, position: 'bottom' } },
          scales: spec.horizontal ? { x: { beginAtZero: true } } : { y: { beginAtZero: true, ticks: { precision: 0 } } },
        },
      });
      canvas.setAttribute('data-drawn', '1');
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw);
  else draw();
})();

// A broadcast's live progress: the page polls its JSON status route and updates the counts, the
// bar and which of pause / resume / cancel is offered, until the broadcast is done or cancelled.
(function () {
  'use strict';
  var box = document.querySelector('[data-progress-url]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-progress-url');
  var finished = { done: true, cancelled: true };

  function show(s) {
    if (!s || !s.status) return;
    box.setAttribute('data-status', s.status);
    var state = document.getElementById('broadcast-state');
    var line = document.getElementById('broadcast-progress');
    var bar = document.getElementById('broadcast-bar');
    if (state && s.state) state.textContent = s.state;
    if (line && typeof s.progress === 'string') line.textContent = s.progress;
    if (bar && s.counts) {
      bar.max = Math.max(1, s.counts.total);
      bar.value = s.counts.total - s.counts.left;
    }
    var forms = box.querySelectorAll('form[data-show-when]');
    for (var i = 0; i < forms.length; i++) forms[i].hidden = forms[i].getAttribute('data-show-when').split(' ').indexOf(s.status) < 0;
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (s) {
        show(s);
        if (!s || !finished[s.status]) setTimeout(poll, 1000);
      })
      .catch(function () {
        setTimeout(poll, 5000);
      });
  }

  if (!finished[box.getAttribute('data-status')]) setTimeout(poll, 1000);
})();
