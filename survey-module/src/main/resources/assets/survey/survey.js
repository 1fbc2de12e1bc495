/*
 * Progressive help for the survey pages; every page works without it.
 * - While the customer fills in the form, what is needed to send it again after a reload or a
 *   crashed in-app browser is kept on the device (localStorage): the ratings and choices, the
 *   idempotency key and the page view's ticket, with the time. Never the phone number, the
 *   comment or the repair order: on a shop's shared tablet the next customer must not see them.
 *   Kept for under two hours (the ticket's lifetime), forgotten after every successful send.
 * - Sending goes through the JSON API with the idempotency key; when the network or the server
 *   fails, or the network is over its limit (429), it says so and retries with the same key, so
 *   the answers count once. A key the server already knows for other answers (422: a stale
 *   entry, say the previous customer's) is replaced by a fresh one and the page's own ticket.
 * - The retry page sends its answers again by itself after Retry-After; the thank-you page
 *   forgets what was kept.
 */
(function () {
  var PREFIX = 'survey:';
  var MAX_AGE = 110 * 60 * 1000;
  var KEPT = /^(q_.+|recommend|visitType|advisorId)$/;

  function storage() {
    try { return window.localStorage || null; } catch (e) { return null; }
  }

  function forget(token) {
    var s = storage();
    if (s) { try { s.removeItem(PREFIX + token); } catch (e) { /* nothing kept */ } }
  }

  /* Entries of another format (which may hold a phone number) or past their age go. */
  function sweep() {
    var s = storage(), now = Date.now(), names = [], i, entry;
    if (!s) { return; }
    try {
      for (i = 0; i < s.length; i++) {
        if (s.key(i) && s.key(i).indexOf(PREFIX) === 0) { names.push(s.key(i)); }
      }
      names.forEach(function (name) {
        try { entry = JSON.parse(s.getItem(name) || 'null'); } catch (e) { entry = null; }
        if (!entry || entry.v !== 2 || typeof entry.at !== 'number' || now - entry.at > MAX_AGE || entry.at > now + 60000) {
          s.removeItem(name);
        }
      });
    } catch (e) { /* storage unavailable */ }
  }

  function freshKey() {
    var bytes = new Uint8Array(16), hex = '', i;
    if (window.crypto && window.crypto.getRandomValues) { window.crypto.getRandomValues(bytes); }
    else { for (i = 0; i < 16; i++) { bytes[i] = Math.floor(Math.random() * 256); } }
    for (i = 0; i < 16; i++) { hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16); }
    return hex;
  }

  var done = document.getElementById('done');
  if (done && done.getAttribute('data-token')) { forget(done.getAttribute('data-token')); }

  var retry = document.getElementById('retry-form');
  if (retry && retry.getAttribute('data-retry-after')) {
    var left = Math.max(1, Math.min(300, parseInt(retry.getAttribute('data-retry-after'), 10) || 10));
    var note = document.getElementById('retry-status');
    var retryEn = retry.getAttribute('data-lang') === 'en';
    var tick = function () {
      if (left <= 0) { retry.submit(); return; }
      if (note) { note.textContent = retryEn ? 'Sending again in ' + left + ' s…' : left + ' 秒后自动重新提交…'; }
      left--;
      setTimeout(tick, 1000);
    };
    tick();
  }

  var form = document.getElementById('survey');
  if (!form || !window.fetch || !window.JSON) { return; }
  var token = form.getAttribute('data-token');
  var en = form.getAttribute('data-lang') === 'en';
  var store = PREFIX + token;
  var status = document.getElementById('send-status');
  var button = document.getElementById('send');
  var page = { key: form.elements.submission.value, ticket: form.elements.ticket.value, view: form.elements.view.value };
  var startedAt = Date.now();
  var text = en ? {
    sending: 'Sending…',
    retry: 'Could not send: the network or server is unavailable. Your answers are kept on this phone; trying again in ',
    busy: 'Too many ratings from your network just now. Your answers are kept; sending again in ',
    seconds: ' s.'
  } : {
    sending: '正在提交…',
    retry: '暂时无法提交（网络或服务器不可用）。您的答案已保存在本机，将在 ',
    busy: '您所在的网络刚刚提交了太多评价。您的答案已保留，将在 ',
    seconds: ' 秒后自动重试。'
  };

  function identity(id) {
    form.elements.submission.value = id.key;
    form.elements.ticket.value = id.ticket;
    form.elements.view.value = id.view;
  }

  function save() {
    var s = storage(), answers = {};
    if (!s) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !KEPT.test(el.name)) { return; }
      if ((el.type === 'radio' && el.checked) || (el.type !== 'radio' && el.value)) { answers[el.name] = el.value; }
    });
    try {
      s.setItem(store, JSON.stringify({ v: 2, at: startedAt, key: form.elements.submission.value,
        ticket: form.elements.ticket.value, view: form.elements.view.value, answers: answers }));
    } catch (e) { /* private mode or full: no keeping */ }
  }

  function restore() {
    var s = storage(), data;
    if (!s) { return; }
    try { data = JSON.parse(s.getItem(store) || 'null'); } catch (e) { data = null; }
    if (!data || data.v !== 2 || !data.answers) { return; }
    if (data.key && data.ticket) {
      identity({ key: data.key, ticket: data.ticket, view: data.view || '' });
      startedAt = data.at;
    }
    Object.keys(data.answers).forEach(function (name) {
      var els = form.elements[name];
      if (!els || !KEPT.test(name)) { return; }
      if (els.length && els[0] && els[0].type === 'radio') {
        Array.prototype.forEach.call(els, function (r) { if (!r.checked && r.value === data.answers[name]) { r.checked = true; } });
      } else if (!els.value) {
        els.value = data.answers[name];
      }
    });
  }

  function body() {
    var answers = {}, b = { answers: answers };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.type === 'checkbox') { if (el.name && el.checked) { b[el.name] = true; } return; }
      if (!el.name || (el.type === 'radio' && !el.checked) || el.value === '') { return; }
      if (el.name.indexOf('q_') === 0) { answers[el.name.substring(2)] = Number(el.value); }
      else if (el.name === 'recommend' || el.name === 'questionnaireVersion') { b[el.name] = Number(el.value); }
      else if (el.name !== 'submission' && el.name !== 'view') { b[el.name] = el.value; }
    });
    return b;
  }

  function send(attempt, renewed) {
    button.disabled = true;
    status.textContent = text.sending;
    fetch('/api/v1/public/surveys/' + encodeURIComponent(token) + '/responses', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': form.elements.submission.value },
      body: JSON.stringify(body())
    }).then(function (response) {
      if (response.status === 201) {
        forget(token);
        // answers that call for a call-back: the thank-you page offers it (the server decides again)
        response.json().catch(function () { return {}; }).then(function (answer) {
          var query = answer && answer.id && answer.contactOffer ? '?r=' + encodeURIComponent(answer.id) : '';
          if (en) { query += (query ? '&' : '?') + 'lang=en'; }
          window.location.href = '/s/' + encodeURIComponent(token) + '/thanks' + query;
        });
      } else if (response.status === 422 && !renewed) {
        // the key was used for other answers: a new key and this page's own ticket make a new submission
        identity({ key: freshKey(), ticket: page.ticket, view: page.view });
        startedAt = Date.now();
        save();
        send(attempt, true);
      } else if (response.status === 429) {
        var after = parseInt(response.headers.get('Retry-After'), 10);
        wait(attempt, isNaN(after) ? 30 : Math.max(1, Math.min(300, after)), text.busy);
      } else if (response.status >= 400 && response.status < 500) {
        form.submit(); // the server explains what to fix, in the page, with the answers kept
      } else {
        wait(attempt);
      }
    }, function () { wait(attempt); });
  }

  function wait(attempt, seconds, message) {
    var delay = seconds || Math.min(30, 3 * Math.pow(2, attempt));
    button.disabled = false;
    status.textContent = (message || text.retry) + delay + text.seconds;
    setTimeout(function () { send(attempt + 1); }, delay * 1000);
  }

  sweep();
  restore();
  form.addEventListener('change', save);
  form.addEventListener('input', save);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    save();
    send(0);
  });
  var summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }
}());
