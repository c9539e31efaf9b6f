// Draws a figure's genealogy (the article pages of `flowwatch serve`): one mark per article's claim, the publication day
// across, the claimed value up, coloured by verdict, and the published figure as a line. The data come from the
// canvas's data-genealogy attribute (no inline script: the Content-Security-Policy forbids it).
(function () {
  'use strict';
  var COLOURS = { supported: '#2f855a', partly_supported: '#b7791f', contradicted: '#c53030' };
  var DAY = 86400000;
  var nf = new Intl.NumberFormat('en-US');

  function day(text) { return Date.parse(text + 'T00:00:00Z') / DAY; }
  function iso(days) { return new Date(days * DAY).toISOString().slice(0, 10); }

  function draw(canvas) {
    var g = JSON.parse(canvas.dataset.genealogy);
    var verdicts = ['supported', 'partly_supported', 'contradicted'];
    var datasets = verdicts.map(function (v) {
      var points = g.claims.filter(function (c) { return c.verdict === v; }).map(function (c) {
        return { x: day(c.published), y: Number(c.claimed), claim: c };
      });
      return { label: v.replace('_', ' '), data: points, backgroundColor: COLOURS[v], borderColor: COLOURS[v], pointRadius: 6, pointHoverRadius: 8 };
    }).filter(function (d) { return d.data.length > 0; });
    var annotations = {};
    if (g.value !== null && g.value !== undefined) {
      annotations.published = {
        type: 'line', yMin: Number(g.value), yMax: Number(g.value), borderColor: '#1f2933', borderWidth: 1.5, borderDash: [6, 4],
        label: { display: true, content: 'published: ' + nf.format(Number(g.value)), position: 'start', backgroundColor: '#1f2933', color: '#fff', font: { size: 11 } }
      };
    }
    var xs = g.claims.map(function (c) { return day(c.published); });
    var chart = new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { type: 'linear', min: Math.min.apply(null, xs) - 15, max: Math.max.apply(null, xs) + 15, title: { display: true, text: 'publication day' },
               ticks: { callback: function (v) { return iso(v); } } },
          y: { beginAtZero: true, grace: '15%', title: { display: true, text: 'value claimed' }, ticks: { callback: function (v) { return nf.format(v); } } }
        },
        plugins: {
          legend: { position: 'bottom' },
          annotation: { annotations: annotations },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var c = ctx.raw.claim;
                return c.published + ' ' + c.outlet + ': "' + c.text + '" (' + c.verdict.replace('_', ' ') + ', ' + c.reading + ')';
              }
            }
          }
        }
      }
    });
    canvas.flowwatchChart = chart;
    canvas.dataset.drawn = String(g.claims.length);
  }

  document.querySelectorAll('canvas.genealogy-chart').forEach(draw);
})();
