/*
 * workspace.js: the host page. It embeds the page at ?app=<url> in a frame and plays the part of Workspace Web
 * Edition for it: the page's Service Client API envelopes (postMessage to window.parent) go to
 * POST /api/v2/service, the replies go back to the page, and the events the page subscribed to are posted to it.
 *
 * Only the frame's own window is answered, and only from this server's origin or an allowed origin; every
 * message to the page names the page's origin as the target, never '*'.
 */
(function () {
  'use strict';

  const transport = window.genesys.wwe.service.transport;
  const params = new URLSearchParams(window.location.search);
  const appAddress = params.get('app');
  const allowedOrigins = [window.location.origin]
    .concat(JSON.parse(document.getElementById('allowed-origins').textContent));
  const LOG_SIZE = 100;

  const frame = document.getElementById('app');
  const subscriptions = new Map(); // subscriptionId -> { topics, origin }
  const listenedTopics = new Set();
  let relayed = 0;

  const $ = id => document.getElementById(id);

  // ------------------------------------------------------------------------------------------ the page's messages

  /** A message from the page: answered only when it comes from the frame, from an allowed origin. */
  function receive(event) {
    const envelope = event.data;
    if (!isEnvelope(envelope)) {
      return;
    }
    if (event.source !== frame.contentWindow) {
      log('ignored', describe(envelope) + ': not from the embedded page');
      return;
    }
    if (!allowedOrigins.includes(event.origin)) {
      log('ignored', describe(envelope) + ': origin ' + event.origin + ' is not allowed');
      return;
    }
    relay(envelope, event.origin);
  }

  /** A request ({request}) or a subscription change ({event: subscribe|unsubscribe}), as WWE clients send. */
  function isEnvelope(message) {
    return message !== null && typeof message === 'object' && !Array.isArray(message)
      && (typeof message.request === 'string' || message.event === 'subscribe' || message.event === 'unsubscribe');
  }

  async function relay(envelope, origin) {
    const started = performance.now();
    if (envelope.event === 'subscribe') {
      await listenTo([].concat(envelope.data).filter(topic => typeof topic === 'string'));
    }
    const reply = await transport.post(envelope);
    if (envelope.event === 'subscribe' && reply.subscriptionId) {
      subscriptions.set(reply.subscriptionId, { topics: [].concat(envelope.data), origin });
    }
    if (envelope.event === 'unsubscribe' && reply.errorMessage === undefined) {
      subscriptions.delete(envelope.data);
    }
    frame.contentWindow.postMessage(reply, origin);
    const outcome = reply.errorMessage === undefined ? 'ok' : reply.errorCode || 'failed';
    log(outcome === 'ok' ? 'ok' : 'failed', describe(envelope) + ' → ' + outcome + ' · '
      + Math.round(performance.now() - started) + ' ms');
  }

  function describe(envelope) {
    return envelope.request || envelope.event + ' ' + [].concat(envelope.data).join(', ');
  }

  // ------------------------------------------------------------------------------------------ events

  /** Opens the event stream (once) and hears these topics; resolves when the stream is open. */
  function listenTo(topics) {
    const fresh = topics.filter(topic => !listenedTopics.has(topic));
    fresh.forEach(topic => listenedTopics.add(topic));
    return transport.listen(fresh, relayEvent);
  }

  /** An event goes to the page if it subscribed to its topic, at the origin it subscribed from. */
  function relayEvent(envelope) {
    const origins = new Set();
    subscriptions.forEach(subscription => {
      if (subscription.topics.includes(envelope.event)) {
        origins.add(subscription.origin);
      }
    });
    origins.forEach(origin => frame.contentWindow.postMessage(envelope, origin));
    if (origins.size > 0) {
      const data = envelope.data || {};
      log('event', envelope.event + ' ' + (data.eventType || '')
        + (data.interaction ? ' #' + data.interaction.interactionId + ' ' + data.interaction.state : ''));
    }
  }

  function onStream(event) {
    $('stream').dataset.state = event.detail;
    const texts = { open: 'events live', reconnecting: 'reconnecting…', closed: 'no events' };
    $('stream-text').textContent = texts[event.detail];
  }

  // ------------------------------------------------------------------------------------------ the page itself

  function log(kind, text) {
    relayed += kind === 'ignored' ? 0 : 1;
    $('relay-count').textContent = String(relayed);
    const time = new Date().toLocaleTimeString([], { hourCycle: 'h23', hour: '2-digit', minute: '2-digit',
      second: '2-digit' });
    const item = document.createElement('li');
    item.className = kind;
    item.append(Object.assign(document.createElement('time'), { textContent: time }), ' ', text);
    $('relay-log').prepend(item);
    while ($('relay-log').children.length > LOG_SIZE) {
      $('relay-log').lastElementChild.remove();
    }
  }

  /** The page's subscriptions live on the server under this agent: end them when the host goes away. */
  function unsubscribeAll() {
    subscriptions.forEach((subscription, subscriptionId) => transport.post({ event: 'unsubscribe',
      data: subscriptionId, userAgent: 'WWE Client', protocolVersion: 2 }, { keepalive: true }));
    subscriptions.clear();
  }

  function warn(text) {
    $('warning').textContent = text;
    $('warning').hidden = false;
  }

  function showAgent() {
    transport.post({ request: 'agent.get', referenceId: 'host', userAgent: 'WWE Client', protocolVersion: 2 })
      .then(reply => {
        if (reply.errorMessage !== undefined) {
          $('agent').textContent = 'not signed in';
          warn(reply.errorCode + ': ' + reply.errorMessage);
        } else {
          $('agent').textContent = reply.data.name + ' (' + reply.data.agentId + ')';
        }
      });
  }

  function start() {
    if (!params.get('token')) {
      window.genesys.wwe.service.configure({ token: 'demo-token-agent1' });
    }
    showAgent();
    if (!appAddress) {
      $('chooser').hidden = false;
      $('stream').hidden = true;
      return;
    }
    let app;
    try {
      app = new URL(appAddress, window.location.href);
    } catch (badAddress) {
      warn('The app address "' + appAddress + '" is not a URL.');
      return;
    }
    $('app-url').textContent = app.href;
    $('app-url').title = app.href;
    if (!allowedOrigins.includes(app.origin)) {
      warn('The origin ' + app.origin + ' is not allowed: this host will not answer the page. Allowed: '
        + allowedOrigins.join(', ') + ' (server setting outbound.endpoint.service.allowed-origins).');
    }
    window.addEventListener('wwe-service-stream', onStream);
    window.addEventListener('message', receive);
    window.addEventListener('pagehide', unsubscribeAll);
    listenTo([]);
    $('host').hidden = false;
    frame.src = app.href;
  }

  start();
})();
