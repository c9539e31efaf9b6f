// Draws every canvas.series-chart from the API: figures by category, context events as vertical markers,
// flags as point shapes, values on hover. On a finding's page the canvas's data-mark (JSON the server chose, as
// for the report's picture) adds the finding's mark: its period shaded, a grey span of what is missing, the
// deadlines as lines, or, instead of the series, the published total beside its parts.
// Loaded as a file: the Content-Security-Policy forbids inline script.
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

  // Where a date falls on an axis of periods of kind k: its period's ordinal, and the fraction of that period gone.
  function dateAt(date, k) {
    var d = new Date(date + 'T00:00:00Z');
    var month = d.getUTCMonth(), monthsPer = 12 / perYear(k), first = Math.floor(month / monthsPer) * monthsPer;
    var start = Date.UTC(d.getUTCFullYear(), first, 1), end = Date.UTC(d.getUTCFullYear(), first + monthsPer, 1);
    return { n: d.getUTCFullYear() * perYear(k) + first / monthsPer, f: (d.getTime() - start) / (end - start) };
  }

  function draw(canvas) {
    var mark = canvas.dataset.mark ? JSON.parse(canvas.dataset.mark) : null;
    if (mark && mark.comparison) { drawComparison(canvas, mark); return; }
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
      // The axis reaches the mark too: a missing span runs past the series' last figure, a deadline may precede its first.
      var span = mark && [parsePeriod(mark.span.first), parsePeriod(mark.span.last)];
      if (span && span[0] && span[1] && span[0].k === by && span[1].k === by) { ords.push(ordinal(span[0]), ordinal(span[1])); } else { span = null; }
      (mark ? mark.deadlines : []).forEach(function (d) { ords.push(dateAt(d.date, by).n); });
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
        var at = dateAt(e.date, by);
        if (at.n < lo || at.n > hi) { return; }
        var x = (at.n - lo) - 0.5 + at.f;
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
      if (span) {
        // The finding's period in yellow; what was not published, in grey, captioned.
        var x0 = ordinal(span[0]) - lo - 0.5, x1 = ordinal(span[1]) - lo + 0.5;
        annotations.span = {
          type: 'box', xMin: x0, xMax: x1, borderWidth: 0,
          backgroundColor: mark.span.missing ? 'rgba(134, 142, 150, 0.25)' : 'rgba(255, 212, 59, 0.25)'
        };
        if (mark.span.missing) {
          // A label of its own, ending at the span's right edge (or the axis' end, where the label would be lost): a box
          // clips its label, and a missing span is often narrow.
          annotations.spanLabel = {
            type: 'label', xValue: Math.min(x1, labels.length - 1), yValue: function (ctx) { return ctx.chart.scales.y.max / 2; }, position: { x: 'end', y: 'center' },
            content: mark.span.label, color: '#495057', backgroundColor: 'rgba(255, 255, 255, 0.85)', font: { size: 12 }, padding: 4
          };
        }
      }
      (mark ? mark.deadlines : []).forEach(function (d) {
        var at = dateAt(d.date, by), x = (at.n - lo) - 0.5 + at.f;
        annotations['deadline ' + d.rule] = {
          type: 'line', xMin: x, xMax: x, borderColor: '#c92a2a', borderWidth: 2,
          label: { display: true, content: 'deadline ' + d.rule + ' (' + d.date + ')', position: 'start', backgroundColor: '#c92a2a', color: '#fff', font: { size: 11 } }
        };
      });

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

  // A published total against what its published parts add up to: two bars, the second stacked from the parts.
  function drawComparison(canvas, mark) {
    var c = mark.comparison;
    var spare = 0;
    var datasets = [{
      label: c.published_label, data: [Number(c.published), null], stack: 'published',
      backgroundColor: COLOURS.total, rows: [{ value: c.published }, null]
    }].concat(c.parts.map(function (p) {
      var colour = p.breakdown !== 'total' && COLOURS[p.breakdown] || SPARE[spare++ % SPARE.length];
      var name = label(p.breakdown) + ' ' + p.period + (p.dataset !== mark.dataset ? ' (' + p.dataset + ')' : '');
      return { label: name, data: [null, Number(p.value)], stack: 'parts', backgroundColor: colour + 'cc', borderColor: colour, borderWidth: 1, rows: [null, p] };
    }));
    var chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: [c.published_label, c.sum_label], datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, grace: '12%', ticks: { callback: function (v) { return nf.format(v); } } }
        },
        plugins: {
          legend: { position: 'bottom' },
          annotation: {
            annotations: {
              // The published total as a line across both bars: the parts overshoot it.
              published: {
                type: 'line', yMin: Number(c.published), yMax: Number(c.published), borderColor: '#1f2933', borderWidth: 1.5, borderDash: [6, 4],
                label: { display: true, content: c.published_label + ': ' + nf.format(Number(c.published)), position: 'center', backgroundColor: '#1f2933', color: '#fff', font: { size: 11 } }
              },
              sum: {
                type: 'label', xValue: 1, yValue: Number(c.sum), yAdjust: -14, content: c.sum_label + ': ' + nf.format(Number(c.sum)),
                color: '#1f2933', font: { size: 13, weight: 'bold' }
              }
            }
          },
          tooltip: {
            filter: function (item) { return item.raw !== null; },
            callbacks: {
              label: function (ctx) {
                var r = ctx.dataset.rows[ctx.dataIndex];
                var flag = r && r.flag && r.flag !== 'as_published' ? '  (' + r.flag.replace('_', ' ') + ')' : '';
                return ctx.dataset.label + ': ' + nf.format(Number(ctx.raw)) + flag;
              }
            }
          }
        }
      }
    });
    canvas.flowwatchChart = chart;
    canvas.dataset.drawn = String(datasets.length);
  }

  document.querySelectorAll('canvas.series-chart').forEach(draw);
})();
