// Starts Web Chat (webchat.js, served by this app) on the chat page: a token from POST /api/chat/token (the Direct
// Line secret never reaches the browser), the page's language, and the response's CSP nonce for the style elements
// Web Chat creates at run time. The nonce is read from this script element (a page needs no inline script). No user
// id is passed: in Azure it is embedded in the token, which Web Chat reads.
(function () {
  'use strict';
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var container = document.getElementById('webchat');
  var status = document.getElementById('chat-status');
  if (!container || !status) {
    return;
  }

  function failed() {
    status.textContent = status.getAttribute('data-failed');
  }

  if (!window.WebChat) {
    failed();
    return;
  }

  // The chat is busy until Web Chat is connected: before that, Web Chat ignores Enter in its send box (its send
  // saga runs only while connected), so "starting" stays in the status line until then. data-connection is
  // connecting, online or failed (the browser tests wait for online before typing, like a person would).
  function connection(state) {
    container.setAttribute('data-connection', state);
    if (state === 'connecting') {
      container.setAttribute('aria-busy', 'true');
    } else {
      container.removeAttribute('aria-busy');
    }
  }

  // A Redux middleware for Web Chat's store: it only watches the connection actions go by.
  function watchConnection() {
    return function (next) {
      return function (action) {
        var result = next(action);
        if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
          // After Web Chat's own sagas have seen the action (they start taking the send box's submits on it).
          window.setTimeout(function () {
            connection('online');
            status.textContent = '';
          }, 0);
        } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
          connection('failed');
          failed();
        }
        return result;
      };
    };
  }

  connection('connecting');
  status.textContent = container.getAttribute('data-starting');
  fetch(container.getAttribute('data-token-url'), { method: 'POST', credentials: 'omit', headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('No chat token: ' + response.status);
      }
      return response.json();
    })
    .then(function (chat) {
      window.WebChat.renderWebChat({
        directLine: window.WebChat.createDirectLine({ token: chat.token, domain: chat.domain, webSocket: chat.webSocket }),
        store: window.WebChat.createStore({}, watchConnection),
        locale: container.getAttribute('data-locale'),
        nonce: nonce,
        styleOptions: {
          accent: '#0b4f8a',
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
          hideUploadButton: true,
          sendBoxTextWrap: true
        }
      }, container);
    })
    .catch(function () {
      connection('failed');
      failed();
    });
})();
