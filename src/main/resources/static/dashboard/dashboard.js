/*
 * The orders dashboard: only the public analytics API, the same JSON as any client. No framework,
 * no inline script or style (the page runs under a strict Content-Security-Policy), ECharts from the
 * service's own WebJar. State is in the form; the access token, when one is needed, in sessionStorage.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'orders-dashboard-token';
  var locale = navigator.language || 'en-US';
  var timer = null;
  var charts = {};
  var customers = [];
  var sort = { key: 'total_spent', descending: true };

  function $(id) { return document.getElementById(id); }

  function todayUtc() { return new Date().toISOString().slice(0, 10); }

  function shift(isoDay, days) {
    var d = new Date(isoDay + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  /** The days of the chosen period, in UTC as the API counts them. */
  function period() {
    var today = todayUtc();
    switch ($('period').value) {
      case 'today': return { start: today, end: today };
      case '7d': return { start: shift(today, -6), end: today };
      case '30d': return { start: shift(today, -29), end: today };
      case '90d': return { start: shift(today, -89), end: today };
      case 'custom': return { start: $('start').value || today, end: $('end').value || today };
      default: return { start: today.slice(0, 8) + '01', end: today };
    }
  }

  function money(value, currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: currency }).format(Number(value));
    } catch (e) {
      return Number(value).toFixed(2) + ' ' + currency;
    }
  }

  function count(value) { return new Intl.NumberFormat(locale).format(Number(value)); }

  function day(isoDay) {
    if (!isoDay) { return '–'; }
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
      .format(new Date(isoDay.slice(0, 10) + 'T00:00:00Z'));
  }

  /** GET from the API; resolves with the JSON or rejects with {status, message, retryAfter}. */
  function api(path) {
    var headers = { Accept: 'application/json' };
    var token = sessionStorage.getItem(TOKEN_KEY);
    if (token) { headers.Authorization = 'Bearer ' + token; }
    return fetch(path, { headers: headers, credentials: 'same-origin' }).then(function (response) {
      if (response.ok) { return response.json(); }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        throw { status: response.status, message: problem.detail || response.statusText,
                retryAfter: response.headers.get('Retry-After') };
      });
    });
  }

  function load() {
    var p = period();
    var currency = $('currency').value;
    var query = 'start_date=' + p.start + '&end_date=' + p.end + '&currency=' + encodeURIComponent(currency);
    $('status').textContent = 'Loading ' + day(p.start) + ' – ' + day(p.end) + ' …';
    return Promise.all([
      api('/api/v1/analytics/summary?' + query),
      api('/api/v1/analytics/customers/top?limit=10&' + query)
    ]).then(function (answers) {
      hideProblem();
      render(answers[0], answers[1].customers, currency, p);
      $('status').textContent = 'Updated ' + new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(new Date());
    }).catch(showProblem);
  }

  function render(summary, topCustomers, currency, p) {
    var revenue = summary.revenue_metrics;
    setTile('tile-revenue', revenue.total_revenue, money(revenue.total_revenue, currency));
    setTile('tile-orders', revenue.total_orders, count(revenue.total_orders));
    setTile('tile-average', revenue.average_order_value, money(revenue.average_order_value, currency));
    var growth = summary.growth_rate;
    var tile = $('tile-growth');
    tile.classList.remove('up', 'down');
    if (growth === null || growth === undefined) {
      setTile('tile-growth', '', 'No revenue before');
    } else {
      var up = Number(growth) >= 0;
      tile.classList.add(up ? 'up' : 'down');
      setTile('tile-growth', growth, (up ? '▲ +' : '▼ ') + Number(growth).toFixed(2) + ' %');
      tile.setAttribute('aria-label', (up ? 'up ' : 'down ') + Math.abs(Number(growth)).toFixed(2) + ' percent');
    }
    document.body.dataset.period = p.start + '/' + p.end + '/' + currency;
    $('days').textContent = revenue.total_orders === 0
      ? 'No orders in ' + currency + ' between ' + day(p.start) + ' and ' + day(p.end) + '.'
      : 'Busiest day: ' + day(summary.busiest_day) + ' · Highest revenue: ' + day(summary.highest_revenue_day);
    renderTrend(summary.daily_trend, currency);
    renderStatus(summary.status_breakdown, currency);
    customers = topCustomers;
    renderCustomers(currency);
  }

  function setTile(id, raw, text) {
    var element = $(id);
    element.dataset.value = raw === null || raw === undefined ? '' : String(raw);
    element.textContent = text;
  }

  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init($(id), null, { renderer: 'canvas' }); }
    return charts[id];
  }

  function renderTrend(days, currency) {
    chart('trend-chart').setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['Revenue', 'Orders'] },
      grid: { left: 60, right: 50, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: days.map(function (d) { return d.date; }) },
      yAxis: [{ type: 'value', name: currency }, { type: 'value', name: 'Orders', minInterval: 1 }],
      series: [
        { name: 'Revenue', type: 'bar', data: days.map(function (d) { return Number(d.total_revenue); }) },
        { name: 'Orders', type: 'line', yAxisIndex: 1, data: days.map(function (d) { return d.order_count; }) }
      ]
    }, true);
    fillTable('trend-table', days.map(function (d) {
      return [day(d.date), count(d.order_count), money(d.total_revenue, currency), money(d.average_order_value, currency)];
    }), [1, 2, 3]);
  }

  function renderStatus(statuses, currency) {
    var totalValue = statuses.reduce(function (sum, s) { return sum + Number(s.total_value); }, 0);
    var valueShare = statuses.map(function (s) {
      return totalValue > 0 ? Math.round(Number(s.total_value) / totalValue * 10000) / 100 : 0;
    });
    chart('status-chart').setOption({
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
      legend: { data: ['Share of orders', 'Share of value'] },
      grid: { left: 60, right: 20, bottom: 40, top: 40 },
      xAxis: { type: 'category', data: statuses.map(function (s) { return s.status; }) },
      yAxis: { type: 'value', name: '%', max: 100 },
      series: [
        { name: 'Share of orders', type: 'bar', data: statuses.map(function (s) { return Number(s.percentage); }) },
        { name: 'Share of value', type: 'bar', data: valueShare }
      ]
    }, true);
    fillTable('status-table', statuses.map(function (s, i) {
      return [s.status, count(s.count), Number(s.percentage).toFixed(2) + ' %', money(s.total_value, currency),
        valueShare[i].toFixed(2) + ' %'];
    }), [1, 2, 3, 4]);
  }

  function renderCustomers(currency) {
    var rows = customers.slice().sort(function (a, b) {
      var x = a[sort.key], y = b[sort.key];
      var order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
      return sort.descending ? -order : order;
    });
    fillTable('customers-table', rows.map(function (c) {
      return [c.customer_id, count(c.total_orders), money(c.total_spent, currency),
        money(c.average_order_value, currency), day(c.last_order_date)];
    }), [1, 2, 3]);
    document.querySelectorAll('#customers-table th').forEach(function (th) {
      var key = th.querySelector('button').dataset.key;
      th.setAttribute('aria-sort', key === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
    });
  }

  function fillTable(id, rows, numeric) {
    var body = $(id).querySelector('tbody');
    body.textContent = '';
    if (rows.length === 0) {
      var empty = document.createElement('tr');
      var cell = document.createElement('td');
      cell.colSpan = $(id).querySelectorAll('thead th').length;
      cell.className = 'empty';
      cell.textContent = 'Nothing in this period';
      empty.appendChild(cell);
      body.appendChild(empty);
      return;
    }
    rows.forEach(function (values) {
      var row = document.createElement('tr');
      values.forEach(function (value, i) {
        var td = document.createElement('td');
        td.textContent = value;
        if (numeric.indexOf(i) >= 0) { td.className = 'number'; }
        row.appendChild(td);
      });
      body.appendChild(row);
    });
  }

  function showProblem(error) {
    $('status').textContent = '';
    if (error && error.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      $('login').hidden = false;
      $('token').focus();
      return;
    }
    var text;
    if (error && error.status === 403) {
      text = 'This access token may not read analytics: it needs the analytics:read scope.';
      $('login').hidden = false;
    } else if (error && error.status === 429) {
      text = 'Too many requests; try again in ' + (error.retryAfter || 'a few') + ' seconds.';
    } else if (error && error.status) {
      text = 'The analytics API answered ' + error.status + ': ' + error.message;
    } else {
      text = 'The analytics API could not be reached.';
    }
    $('problem-text').textContent = text;
    $('problem').hidden = false;
  }

  function hideProblem() {
    $('problem').hidden = true;
    $('login').hidden = true;
  }

  function schedule() {
    if (timer) { clearInterval(timer); timer = null; }
    var seconds = Number($('refresh').value);
    if (seconds > 0) { timer = setInterval(load, seconds * 1000); }
  }

  function start() {
    var params = new URLSearchParams(location.search);
    if (params.get('refresh') !== null) { $('refresh').value = params.get('refresh'); }
    if (params.get('currency')) { $('currency').value = params.get('currency'); }
    $('period').addEventListener('change', function () {
      document.querySelectorAll('.custom').forEach(function (l) { l.hidden = $('period').value !== 'custom'; });
      if ($('period').value !== 'custom') { load(); }
    });
    ['start', 'end', 'currency'].forEach(function (id) { $(id).addEventListener('change', load); });
    $('refresh').addEventListener('change', schedule);
    $('reload').addEventListener('click', load);
    $('retry').addEventListener('click', load);
    $('controls').addEventListener('submit', function (e) { e.preventDefault(); load(); });
    $('token-form').addEventListener('submit', function (e) {
      e.preventDefault();
      sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
      $('token').value = '';
      load();
    });
    document.querySelectorAll('#customers-table th button').forEach(function (button) {
      button.addEventListener('click', function () {
        var key = button.dataset.key;
        sort = { key: key, descending: sort.key === key ? !sort.descending : key !== 'customer_id' };
        renderCustomers($('currency').value);
      });
    });
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });
    schedule();
    load();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
