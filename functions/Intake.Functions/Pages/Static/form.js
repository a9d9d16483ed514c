// Progressive enhancement of the intake form. Without this file the form is a plain post and works the same.
// With it: questions that do not apply are hidden, a draft is kept in this tab (sessionStorage, never sent until
// Send), and the form posts JSON to the API and shows the answer without reloading, using the templates the server
// rendered into the page (so the summary, messages and receipt are the same as without JavaScript).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var form = document.getElementById('intake-form');
  if (!form) {
    return;
  }

  var main = document.getElementById('main');
  var lang = form.getAttribute('data-lang') || 'sv';
  var draftKey = 'intake-draft:' + window.location.pathname;
  var draftNote = document.getElementById('draft-note');
  var fields = Array.prototype.slice.call(form.querySelectorAll('.field[data-field]'));

  function controls(name) {
    return Array.prototype.slice.call(form.querySelectorAll('[name="' + name + '"]'));
  }

  function chosen(name) {
    var checked = controls(name).filter(function (c) { return c.checked; });
    return checked.length ? checked[0].value : null;
  }

  // Questions asked only given another answer: shown when it holds, or when they carry an error to fix.
  function updateConditions() {
    fields.forEach(function (field) {
      var when = field.getAttribute('data-when-field');
      if (!when) {
        return;
      }
      var applies = chosen(when) === field.getAttribute('data-when-value');
      field.hidden = !applies && !field.classList.contains('field-error');
    });
  }

  fields.forEach(function (field) {
    var when = field.getAttribute('data-when-field');
    if (when) {
      controls(when).forEach(function (c) {
        var ids = (c.getAttribute('aria-controls') || '').split(' ').filter(Boolean);
        ids.push(field.id);
        c.setAttribute('aria-controls', ids.join(' '));
      });
    }
  });

  // The draft: in this tab only, cleared when sent or on request.
  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function saveDraft() {
    var store = storage();
    if (!store) {
      return;
    }
    var values = {};
    Array.prototype.forEach.call(form.elements, function (c) {
      if (!c.name || c.type === 'hidden' || c.value === '' || ((c.type === 'radio' || c.type === 'checkbox') && !c.checked)) {
        return;
      }
      (values[c.name] = values[c.name] || []).push(c.value);
    });
    try {
      store.setItem(draftKey, JSON.stringify(values));
      draftNote.hidden = false;
    } catch (e) {
      // Storage full or refused: the form still works, only without a draft.
    }
  }

  function restoreDraft() {
    var store = storage();
    var text = store && store.getItem(draftKey);
    if (!text) {
      return;
    }
    var values;
    try { values = JSON.parse(text); } catch (e) { return; }
    Array.prototype.forEach.call(form.elements, function (c) {
      var saved = values[c.name];
      if (!saved) {
        return;
      }
      if (c.type === 'radio' || c.type === 'checkbox') {
        c.checked = saved.indexOf(c.value) >= 0;
      } else {
        c.value = saved.join(', ');
      }
    });
    draftNote.hidden = false;
  }

  function clearDraft() {
    var store = storage();
    if (store) { store.removeItem(draftKey); }
    draftNote.hidden = true;
  }

  document.getElementById('draft-clear').addEventListener('click', function () {
    form.reset();
    clearDraft();
    updateConditions();
    form.querySelector('input:not([type=hidden]), textarea').focus();
  });

  // What is sent: each question that applies, as the API takes it.
  function body() {
    var data = {};
    fields.forEach(function (field) {
      if (field.hidden) {
        return;
      }
      var id = field.getAttribute('data-field');
      var type = field.getAttribute('data-type');
      var these = controls(id);
      if (type === 'MultiChoice') {
        var all = these.filter(function (c) { return c.checked; }).map(function (c) { return c.value; });
        if (all.length) {
          data[id] = all;
        }
      } else if (these.length && (these[0].type === 'radio' || these[0].type === 'checkbox')) {
        var one = these.filter(function (c) { return c.checked; })[0];
        if (one) {
          data[id] = one.value;
        }
      } else if (these.length && these[0].value.trim() !== '') {
        data[id] = these[0].value;
      }
    });
    return JSON.stringify(data);
  }

  function fromTemplate(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  function clearErrors() {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.parentNode.removeChild(summary); }
    fields.forEach(function (field) {
      field.classList.remove('field-error');
      var message = field.querySelector('.error-message');
      if (message) { message.parentNode.removeChild(message); }
      Array.prototype.forEach.call(field.querySelectorAll('[aria-invalid]'), function (c) { c.removeAttribute('aria-invalid'); });
      Array.prototype.forEach.call(field.querySelectorAll('[aria-describedby]'), function (c) {
        var ids = c.getAttribute('aria-describedby').split(' ').filter(function (x) { return x && x !== field.getAttribute('data-field') + '-error'; });
        if (ids.length) {
          c.setAttribute('aria-describedby', ids.join(' '));
        } else {
          c.removeAttribute('aria-describedby');
        }
      });
    });
  }

  function showBox(box) {
    main.insertBefore(box, main.firstChild);
    setTitle(true);
    box.focus();
  }

  var plainTitle = document.title.replace(/^(Fel|Error): /, '');
  function setTitle(error) {
    document.title = (error ? (lang === 'en' ? 'Error: ' : 'Fel: ') : '') + plainTitle;
  }

  function showErrors(errors) {
    var summary = fromTemplate('error-summary-template');
    var list = summary.querySelector('.error-list');
    var prefix = lang === 'en' ? 'Error: ' : 'Fel: ';
    var shown = {};
    fields.forEach(function (field) {
      var id = field.getAttribute('data-field');
      if (!errors[id]) {
        return;
      }
      shown[id] = true;
      var message = errors[id].join(' ');
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + id;
      link.textContent = message;
      item.appendChild(link);
      list.appendChild(item);

      var p = document.createElement('p');
      p.className = 'error-message';
      p.id = id + '-error';
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = prefix;
      p.appendChild(hidden);
      p.appendChild(document.createTextNode(message));
      var control = field.querySelector('.options, .option, .input, .textarea');
      control.parentNode.insertBefore(p, control);
      field.classList.add('field-error');
      field.hidden = false;
      controls(id).forEach(function (c) { c.setAttribute('aria-invalid', 'true'); });
      var described = field.querySelector('fieldset') || document.getElementById(id);
      var ids = (described.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      ids.push(p.id);
      described.setAttribute('aria-describedby', ids.join(' '));
    });
    Object.keys(errors).forEach(function (id) {
      if (!shown[id]) {
        var item = document.createElement('li');
        item.textContent = errors[id].join(' ');
        list.appendChild(item);
      }
    });
    showBox(summary);
  }

  function showUnavailable(problem) {
    var box = fromTemplate('unavailable-template');
    if (problem && problem.title) {
      box.querySelector('h2').textContent = problem.title;
      box.querySelector('p').textContent = problem.detail || '';
    }
    showBox(box);
  }

  function showReceipt(receipt) {
    var content = fromTemplate('receipt-template');
    content.querySelector('[data-slot="reference"]').textContent = receipt.reference;
    content.querySelector('[data-slot="next-steps"]').textContent = receipt.whatHappensNext;
    while (main.firstChild) {
      main.removeChild(main.firstChild);
    }
    main.appendChild(content);
    var heading = content.querySelector('h1');
    plainTitle = heading.textContent + plainTitle.substring(plainTitle.indexOf(' – '));
    setTitle(false);
    window.scrollTo(0, 0);
    heading.focus();
  }

  var sending = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (sending) {
      return;
    }
    sending = true;
    var button = document.getElementById('submit');
    var label = button.textContent;
    button.disabled = true;
    button.textContent = form.getAttribute('data-sending');
    // The page's key: sending again (after a lost answer, a double click) is the same submission, not a second.
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json', 'Accept-Language': lang };
    var key = form.elements['idempotency-key'];
    if (key && key.value) {
      headers['Idempotency-Key'] = key.value;
    }
    fetch(form.getAttribute('data-api'), {
      method: 'POST',
      headers: headers,
      body: body(),
      credentials: 'omit'
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        clearErrors();
        if (response.status === 202 && json && json.reference) {
          clearDraft();
          showReceipt(json);
        } else if (response.status === 400 && json && json.errors) {
          showErrors(json.errors);
        } else {
          showUnavailable(json);
        }
      });
    }).catch(function () {
      clearErrors();
      showUnavailable(null);
    }).then(function () {
      sending = false;
      button.disabled = false;
      button.textContent = label;
    });
  });

  form.addEventListener('change', updateConditions);
  form.addEventListener('change', saveDraft);
  form.addEventListener('input', saveDraft);

  // A page the server answered with errors shows what was posted; a fresh page takes the draft.
  var summaryAtLoad = document.getElementById('error-summary');
  if (summaryAtLoad) {
    summaryAtLoad.focus();
  } else {
    restoreDraft();
  }
  updateConditions();
})();
