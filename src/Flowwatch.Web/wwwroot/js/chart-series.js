// Draws every canvas.series-chart from the API: figures by category, context events as vertical markers,
// flags as point shapes, values on hover. Loaded as a file: the Content-Security-Policy forbids inline script.
(function () {
  'use strict';
  if (window['chartjs-plugin-annotation']) { Chart.register(window['chartjs-plugin-annotation']); }

  var COLOURS = {
    total: '#1f2933', study: '#d9480f', business: '#1c7ed6', crew: '#7048e8', private: '#2b8a3e',
    transit: '#868e96', tourism: '#e64980', official: '#0b7285', work: '#c92a2a', other: '#a9a9a9',
    family: '#f08c00', residence: '#5c940d'
  };
  var SPARE = ['#1098ad', '#ae3ec9', '#74b816', '#f59f00', '#4263eb', '#f03e3e', '#495057'];
  var SHAPES = { as_published: 'circle', approximate: 'triangle', lower_bound: 'triangle', derived: 'rectRot' };
  var nf = new Intl.NumberFormat('en-US');

  function label(code) { return code.charAt(0).toUpperCase() + code.slice(1).replace(/_/g, ' '); }

  // Periods as the API writes them: 2024, 2024-H1, 2024-Q3, 2024-07.
  function parsePeriod(p) {
    var m = /^(\d{4})(?:-(H|Q)?(\d{1,2}))?$/.exec(p);
    if (!m) { return null; }
    var y = +m[1];
    if (!m[3]) { return { y: y, k: 'year', i: 1 }; }
    return { y: y, k: m[2] === 'H' ? 'half' : m[2] === 'Q' ? 'quarter' : 'month', i: +m[3] };
  }
  function perYear(k) { return k === 'half' ? 2 : k === 'quarter' ? 4 : k === 'month' ? 12 : 1; }
  function ordinal(p) { return p.y * perYear(p.k) + (p.i - 1); }
  function name(k, n) {
    var per = perYear(k), y = Math.floor(n / per), i = n % per + 1;
    if (k === 'year') { return String(y); }
    if (k === 'half') { return y + '-H' + i; }
    if (k === 'quarter') { return y + '-Q' + i; }
    return y + '-' + (i < 10 ? '0' : '') + i;
  }

  function draw(canvas) {
    var status = document.getElementById(canvas.id + '-status');
    var by = canvas.dataset.by || 'quarter';
    var stacked = canvas.dataset.view === 'stacked';
    Promise.all([
      fetch(canvas.dataset.series, { headers: { Accept: 'application/json' } }).then(function (r) { if (!r.ok) { throw new Error('series: HTTP ' + r.status); } return r.json(); }),
      fetch(canvas.dataset.events).then(function (r) { return r.ok ? r.json() : []; })
    ]).then(function (answers) {
      var rows = answers[0].filter(function (r) { var p = parsePeriod(r.period); return p && p.k === by; });
      if (rows.length === 0) { status.textContent = 'No figures by ' + by + ' for this series; try another period.'; return; }
      var ords = rows.map(function (r) { return ordinal(parsePeriod(r.period)); });
      var lo = Math.min.apply(null, ords), hi = Math.max.apply(null, ords);
      var labels = [];
      for (var n = lo; n <= hi; n++) { labels.push(name(by, n)); }

      var byCat = {};
      rows.forEach(function (r) { (byCat[r.breakdown] = byCat[r.breakdown] || {})[r.period] = r; });
      var cats = Object.keys(byCat).sort(function (a, b) { return a === 'total' ? -1 : b === 'total' ? 1 : a.localeCompare(b); });
      var spare = 0;
      var datasets = cats.map(function (cat) {
        var colour = COLOURS[cat] || SPARE[spare++ % SPARE.length];
        var cells = labels.map(function (p) { return byCat[cat][p] || null; });
        var isTotal = cat === 'total';
        var line = !stacked || isTotal;
        return {
          type: line ? 'line' : 'bar',
          label: label(cat),
          rows: cells,
          data: cells.map(function (c) { return c ? Number(c.value) : null; }),
          borderColor: colour,
          backgroundColor: line ? colour : colour + 'cc',
          borderWidth: isTotal ? 3 : 2,
          stack: isTotal ? 'total' : 'parts',
          order: isTotal ? 0 : 1,
          spanGaps: true,
          pointRadius: function (ctx) { var c = cells[ctx.dataIndex]; return !c ? 0 : (c.flag !== 'as_published' || c.disputed) ? 7 : 4; },
          pointHoverRadius: 8,
          pointStyle: function (ctx) { var c = cells[ctx.dataIndex]; return !c ? 'circle' : c.disputed ? 'crossRot' : (SHAPES[c.flag] || 'circle'); },
          pointRotation: function (ctx) { var c = cells[ctx.dataIndex]; return c && c.flag === 'lower_bound' ? 180 : 0; },
          pointBorderColor: function (ctx) { var c = cells[ctx.dataIndex]; return c && c.disputed ? '#e03131' : colour; },
          pointBorderWidth: function (ctx) { var c = cells[ctx.dataIndex]; return c && c.disputed ? 3 : 1; },
          pointBackgroundColor: function (ctx) { var c = cells[ctx.dataIndex]; return c && c.flag !== 'as_published' ? '#fff' : colour; },
          segment: {
            // A dashed segment bridges periods that have no figure: the line is not a measurement there.
            borderDash: function (ctx) { return ctx.p0.skip || ctx.p1.skip ? [5, 5] : undefined; }
          }
        };
      });

      // Events as numbered dashed lines; the numbers are explained in a key under the chart, so that
      // long titles never cover the figures.
      var actors = (canvas.dataset.actors || '').split(' ');
      var annotations = {};
      var marked = [];
      answers[1].forEach(function (e) {
        if (!e.actors.some(function (a) { return actors.indexOf(a) >= 0; })) { return; }
        var d = new Date(e.date + 'T00:00:00Z');
        var month = d.getUTCMonth(), per = perYear(by), monthsPer = 12 / per;
        var n = d.getUTCFullYear() * per + Math.floor(month / monthsPer);
        if (n < lo || n > hi) { return; }
        var start = Date.UTC(d.getUTCFullYear(), Math.floor(month / monthsPer) * monthsPer, 1);
        var end = Date.UTC(d.getUTCFullYear(), Math.floor(month / monthsPer) * monthsPer + monthsPer, 1);
        var x = (n - lo) - 0.5 + (d.getTime() - start) / (end - start);
        marked.push(e);
        annotations['event' + marked.length] = {
          type: 'line', xMin: x, xMax: x, borderColor: 'rgba(70, 70, 90, 0.7)', borderWidth: 1.5, borderDash: [4, 3],
          label: {
            display: true, content: String(marked.length), position: 'end',
            backgroundColor: '#343a40', color: '#fff', borderRadius: 10, font: { size: 11, weight: 'bold' }, padding: { x: 6, y: 3 }
          }
        };
      });
      var key = document.getElementById(canvas.id + '-events');
      if (key) {
        key.textContent = '';
        marked.forEach(function (e, k) {
          var li = document.createElement('li');
          var num = document.createElement('span');
          num.className = 'event-num';
          num.textContent = String(k + 1);
          var date = document.createElement('strong');
          date.textContent = e.date + ' ';
          li.appendChild(num);
          li.appendChild(date);
          li.appendChild(document.createTextNode(e.title + ' '));
          if (/^https?:\/\//.test(e.source_url)) {
            var a = document.createElement('a');
            a.href = e.source_url; a.rel = 'noopener noreferrer'; a.textContent = 'source';
            li.appendChild(a);
          }
          key.appendChild(li);
        });
      }
      var hl = canvas.dataset.highlight;
      if (hl && labels.indexOf(hl) >= 0) {
        var i = labels.indexOf(hl);
        annotations.highlight = { type: 'box', xMin: i - 0.5, xMax: i + 0.5, backgroundColor: 'rgba(255, 212, 59, 0.25)', borderWidth: 0 };
      }

      var chart = new Chart(canvas, {
        data: { labels: labels, datasets: datasets },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          interaction: { mode: 'index', intersect: false },
          scales: {
            x: { stacked: stacked, grid: { display: false } },
            y: { stacked: stacked, beginAtZero: true, grace: '8%', ticks: { callback: function (v) { return nf.format(v); } } }
          },
          plugins: {
            legend: {
              position: 'bottom',
              labels: {
                usePointStyle: true,
                // One plain swatch per category: the first point's flag shape would read as a legend for flags.
                generateLabels: function (ch) {
                  return Chart.defaults.plugins.legend.labels.generateLabels(ch).map(function (l) {
                    l.pointStyle = 'circle'; l.fillStyle = l.strokeStyle; l.rotation = 0; return l;
                  });
                }
              }
            },
            annotation: { annotations: annotations },
            tooltip: {
              callbacks: {
                label: function (ctx) {
                  var c = ctx.dataset.rows[ctx.dataIndex];
                  if (!c) { return null; }
                  var marks = [];
                  if (c.flag !== 'as_published') { marks.push(c.flag.replace('_', ' ')); }
                  if (c.disputed) { marks.push('disputed'); }
                  return ctx.dataset.label + ': ' + nf.format(Number(c.value)) + (marks.length ? '  (' + marks.join(', ') + ')' : '');
                },
                footer: function (items) {
                  var notes = [];
                  items.forEach(function (it) {
                    var c = it.dataset.rows[it.dataIndex];
                    if (c && c.disagreements) { c.disagreements.forEach(function (d) { notes.push(d); }); }
                  });
                  return notes;
                }
              }
            }
          }
        }
      });
      canvas.flowwatchChart = chart;
      canvas.dataset.drawn = String(datasets.length);
      status.textContent = '';
    }).catch(function (err) {
      status.textContent = 'The chart could not be drawn: ' + err.message;
    });
  }

  document.querySelectorAll('canvas.series-chart').forEach(draw);
})();
