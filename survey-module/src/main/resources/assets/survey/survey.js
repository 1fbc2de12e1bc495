/*
 * Progressive help for the survey form; the form works without it.
 * - Answers are kept on the phone (localStorage) while the customer fills in the form, so a
 *   reload, a lost connection or a crashed in-app browser does not lose them.
 * - Sending goes through the JSON API with the form's idempotency key; when the network or the
 *   server fails it says so and retries with the same key, so the answers count once.
 */
(function () {
  var form = document.getElementById('survey');
  if (!form || !window.fetch || !window.JSON) { return; }
  var token = form.getAttribute('data-token');
  var en = form.getAttribute('data-lang') === 'en';
  var store = 'survey:' + token;
  var status = document.getElementById('send-status');
  var button = document.getElementById('send');
  var text = en ? {
    sending: 'Sending…',
    retry: 'Could not send: the network or server is unavailable. Your answers are kept on this phone; trying again in ',
    seconds: ' s.'
  } : {
    sending: '正在提交…',
    retry: '暂时无法提交（网络或服务器不可用）。您的答案已保存在本机，将在 ',
    seconds: ' 秒后自动重试。'
  };

  function save() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'hidden') { return; }
      if ((el.type === 'radio' && el.checked) || (el.type !== 'radio' && el.value)) { data[el.name] = el.value; }
    });
    data.submission = form.elements.submission.value;
    data.ticket = form.elements.ticket.value;
    try { localStorage.setItem(store, JSON.stringify(data)); } catch (e) { /* private mode: no keeping */ }
  }

  function restore() {
    var data;
    try { data = JSON.parse(localStorage.getItem(store) || 'null'); } catch (e) { data = null; }
    if (!data) { return; }
    Object.keys(data).forEach(function (name) {
      var els = form.elements[name];
      if (!els) { return; }
      if (els.length && els[0] && els[0].type === 'radio') {
        Array.prototype.forEach.call(els, function (r) { if (!r.checked && r.value === data[name]) { r.checked = true; } });
      } else if (els.type === 'hidden' || !els.value) {
        els.value = data[name];
      }
    });
  }

  function body() {
    var answers = {}, b = { answers: answers };
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || (el.type === 'radio' && !el.checked) || el.value === '') { return; }
      if (el.name.indexOf('q_') === 0) { answers[el.name.substring(2)] = Number(el.value); }
      else if (el.name === 'recommend' || el.name === 'questionnaireVersion') { b[el.name] = Number(el.value); }
      else if (el.name !== 'submission') { b[el.name] = el.value; }
    });
    return b;
  }

  function send(attempt) {
    button.disabled = true;
    status.textContent = text.sending;
    fetch('/api/v1/public/surveys/' + encodeURIComponent(token) + '/responses', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': form.elements.submission.value },
      body: JSON.stringify(body())
    }).then(function (response) {
      if (response.status === 201) {
        try { localStorage.removeItem(store); } catch (e) { /* nothing kept */ }
        window.location.href = '/s/' + encodeURIComponent(token) + '/thanks' + (en ? '?lang=en' : '');
      } else if (response.status >= 400 && response.status < 500) {
        form.submit(); // the server explains what to fix, in the page, with the answers kept
      } else {
        wait(attempt);
      }
    }, function () { wait(attempt); });
  }

  function wait(attempt) {
    var delay = Math.min(30, 3 * Math.pow(2, attempt));
    button.disabled = false;
    status.textContent = text.retry + delay + text.seconds;
    setTimeout(function () { send(attempt + 1); }, delay * 1000);
  }

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
