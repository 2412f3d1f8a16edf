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
