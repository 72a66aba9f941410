/*
 * service-client.js: the WWE Service Client API (genesys.wwe.service) over the Outbound service's HTTP binding.
 *
 * Pages call it exactly as they call the official client inside Workspace Web Edition:
 *
 *   genesys.wwe.service.outbound.getCampaigns(succeeded, failed);
 *   genesys.wwe.service.subscribe(['outbound', 'interaction'], onEvent);
 *
 * succeeded(envelope) and failed(envelope) get the whole reply envelope (read envelope.data, envelope.errorCode);
 * a request without an answer after 10 s ends in failed('Request timeout').
 *
 * Requests go to POST /api/v2/service with "Authorization: Bearer <token>"; events come from GET /api/v2/events
 * (Server-Sent Events, reconnecting with Last-Event-ID). The token is the page's ?token= parameter, or
 * genesys.wwe.service.configure({token, baseUrl}).
 *
 * Plain JavaScript, no dependencies, no build step.
 */
(function () {
  'use strict';

  const TIMEOUT_MS = 10000;
  const PROTOCOL_VERSION = 2;

  const settings = {
    token: new URLSearchParams(window.location.search).get('token'),
    baseUrl: ''
  };

  // ---------------------------------------------------------------------------------------------- transport

  /** Posts one envelope; resolves to the reply envelope (a failure envelope when no envelope came back). */
  async function post(envelope, options = {}) {
    const headers = { 'Content-Type': 'application/json' };
    if (settings.token) {
      headers.Authorization = 'Bearer ' + settings.token;
    }
    let response;
    try {
      response = await fetch(settings.baseUrl + '/api/v2/service', {
        method: 'POST', headers, body: JSON.stringify(envelope), signal: options.signal, keepalive: options.keepalive
      });
    } catch (error) {
      if (options.signal && options.signal.aborted) {
        throw error;
      }
      return localFailure(envelope, 'SERVICE_UNREACHABLE', 'the service cannot be reached (' + error.message + ')');
    }
    try {
      return await response.json();
    } catch (error) {
      if (options.signal && options.signal.aborted) {
        throw error;
      }
      return localFailure(envelope, 'SERVICE_UNREACHABLE', 'the service answered HTTP ' + response.status
        + ' without an envelope');
    }
  }

  /** A failure envelope made here, for when the service gave none. */
  function localFailure(envelope, errorCode, errorMessage) {
    const reply = { errorMessage, errorCode, referenceId: envelope.referenceId, userAgent: 'WWE Client',
      protocolVersion: PROTOCOL_VERSION };
    if (envelope.request) {
      reply.request = envelope.request;
    }
    return reply;
  }

  // The event stream: one EventSource per page, opened on the first subscription. EventSource reconnects by
  // itself and sends Last-Event-ID, so the server replays what was missed. It cannot send headers, so the token
  // travels as ?access_token=.
  let stream = null;
  let streamReady = null;
  const topicHandlers = new Map(); // topic -> [handler(envelope)]

  /** Calls handler with every event envelope of these topics; resolves when the stream is open. */
  function listen(topics, handler) {
    openStream();
    [].concat(topics).forEach(topic => {
      if (!topicHandlers.has(topic)) {
        topicHandlers.set(topic, []);
        stream.addEventListener(topic, message => dispatch(topic, message.data));
      }
      topicHandlers.get(topic).push(handler);
    });
    return streamReady;
  }

  /** Stops calling handler. */
  function unlisten(handler) {
    topicHandlers.forEach((handlers, topic) => topicHandlers.set(topic, handlers.filter(h => h !== handler)));
  }

  function openStream() {
    if (stream) {
      return;
    }
    const query = settings.token ? '?access_token=' + encodeURIComponent(settings.token) : '';
    stream = new EventSource(settings.baseUrl + '/api/v2/events' + query);
    // Ready once open, or once it failed for good (a bad token): the subscribe request then reports why.
    streamReady = new Promise(resolve => {
      stream.addEventListener('open', () => resolve());
      stream.addEventListener('error', () => {
        if (stream.readyState === EventSource.CLOSED) {
          resolve();
        }
      });
    });
    stream.addEventListener('open', () => announce('open'));
    stream.addEventListener('error', () => announce(stream.readyState === EventSource.CLOSED ? 'closed'
      : 'reconnecting'));
  }

  /**
   * Tells the page how the event stream is doing: window event 'wwe-service-stream',
   * detail 'open', 'reconnecting' or 'closed'.
   */
  function announce(state) {
    window.dispatchEvent(new CustomEvent('wwe-service-stream', { detail: state }));
  }

  function dispatch(topic, text) {
    let envelope;
    try {
      envelope = JSON.parse(text);
    } catch (error) {
      console.error('service-client: an event that is not JSON was dropped', text);
      return;
    }
    (topicHandlers.get(topic) || []).forEach(handler => safely(handler, envelope));
  }

  function safely(callback, argument, context) {
    try {
      callback.call(context, argument);
    } catch (error) {
      console.error('service-client: a callback failed', error);
    }
  }

  // ---------------------------------------------------------------------------------------------- the API

  let nextReferenceId = 1;
  const subscriptions = new Map(); // callback -> { events, context, subscriptionId, deliver }

  /**
   * Sends an envelope ({request, parameters} or {event, data}); calls succeeded or failed with the reply envelope,
   * or failed('Request timeout') after 10 s. Returns the referenceId.
   */
  function sendMessage(message, succeeded, failed) {
    const envelope = Object.assign({}, message, {
      referenceId: message.referenceId || String(nextReferenceId++),
      userAgent: 'WWE Client',
      protocolVersion: PROTOCOL_VERSION
    });
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
    post(envelope, { signal: timeout.signal }).then(reply => {
      delete reply.referenceId; // as the official client does
      const callback = reply.errorMessage !== undefined ? failed : succeeded;
      if (callback) {
        safely(callback, reply, service);
      }
    }, () => {
      if (failed) {
        safely(failed, 'Request timeout', service);
      }
    }).finally(() => clearTimeout(timer));
    return envelope.referenceId;
  }

  /** Sends a request by name; parameters are left out when there are none, as the official client does. */
  function request(name, parameters, succeeded, failed) {
    const message = { request: name };
    if (parameters.length > 0) {
      message.parameters = parameters;
    }
    return sendMessage(message, succeeded, failed);
  }

  /**
   * For reject and cancel: (interactionId, succeeded, failed) as the official client sends them, or
   * (succeeded, failed) as the seed documents them; then no parameters are sent.
   */
  function requestWithOptionalId(name, args) {
    if (args.length === 0 || typeof args[0] === 'function') {
      return request(name, [], args[0], args[1]);
    }
    return request(name, [args[0]], args[1], args[2]);
  }

  /**
   * Subscribes to an event name or an array of names ('outbound', 'interaction'); callback(envelope) is called
   * with each event's envelope ({event, data, ...}), on context when given.
   */
  function subscribe(event, callback, context) {
    const events = [].concat(event);
    const deliver = envelope => {
      const subscription = subscriptions.get(callback);
      if (subscription && subscription.events.includes(envelope.event)) {
        safely(callback, envelope, subscription.context || service);
      }
    };
    listen(events, deliver).then(() => sendMessage({ event: 'subscribe', data: event }, reply => {
      subscriptions.set(callback, { events, context, subscriptionId: reply.subscriptionId, deliver });
    }, reply => {
      unlisten(deliver);
      console.error('service-client: cannot subscribe to ' + events.join(', '), reply);
    }));
    return service;
  }

  /** Ends the subscription made with this callback. */
  function unsubscribe(callback, options = {}) {
    const subscription = subscriptions.get(callback);
    if (subscription) {
      subscriptions.delete(callback);
      unlisten(subscription.deliver);
      post({ event: 'unsubscribe', data: subscription.subscriptionId, userAgent: 'WWE Client',
        protocolVersion: PROTOCOL_VERSION }, options);
    }
    return service;
  }

  /** Ends every subscription (also done when the page goes away, so the server keeps none for nothing). */
  function unload() {
    Array.from(subscriptions.keys()).forEach(callback => unsubscribe(callback, { keepalive: true }));
  }

  /** Sets the bearer token and the service's base address ('' for this page's own server). */
  function configure(options) {
    if (options.token !== undefined) {
      settings.token = options.token;
    }
    if (options.baseUrl !== undefined) {
      settings.baseUrl = options.baseUrl.replace(/\/+$/, '');
    }
    return service;
  }

  const service = {
    configure,
    sendMessage,
    subscribe,
    unsubscribe,
    unload,
    /**
     * The HTTP transport, for host pages that relay envelopes: post(envelope) gives a Promise of the reply
     * envelope; listen(topics, handler) calls handler with each event and gives a Promise, resolved when open.
     */
    transport: { post, listen },

    outbound: {
      getCampaigns: (succeeded, failed) => request('outbound.getCampaigns', [], succeeded, failed),
      getPreviewRecord: (campaignName, succeeded, failed) =>
        request('outbound.getPreviewRecord', [campaignName], succeeded, failed),
      callPreviewRecord: (interactionId, recordHandle, succeeded, failed) =>
        request('outbound.callPreviewRecord', [interactionId, recordHandle], succeeded, failed),
      rejectPreviewRecord: (...args) => requestWithOptionalId('outbound.rejectPreviewRecord', args),
      cancelPreviewRecord: (...args) => requestWithOptionalId('outbound.cancelPreviewRecord', args),
      startDirectPushPreview: (succeeded, failed) => request('outbound.startDirectPushPreview', [], succeeded, failed),
      stopDirectPushPreview: (succeeded, failed) => request('outbound.stopDirectPushPreview', [], succeeded, failed),
      getListOfCallResults: (succeeded, failed) => request('outbound.getListOfCallResults', [], succeeded, failed),
      setCallResult: (interactionId, callResult, succeeded, failed) =>
        request('outbound.setCallResult', [interactionId, callResult], succeeded, failed),
      getCallResult: (interactionId, succeeded, failed) =>
        request('outbound.getCallResult', [interactionId], succeeded, failed),
      setDoNotCall: (interactionId, succeeded, failed) =>
        request('outbound.setDoNotCall', [interactionId], succeeded, failed),
      removeDoNotCall: (interactionId, succeeded, failed) =>
        request('outbound.removeDoNotCall', [interactionId], succeeded, failed),
      rescheduleRecord: (interactionId, recordHandle, rescheduleDate, callbackType, succeeded, failed) =>
        request('outbound.rescheduleRecord', [interactionId, recordHandle, rescheduleDate, callbackType],
          succeeded, failed),
      cancelReschedule: (interactionId, succeeded, failed) =>
        request('outbound.cancelReschedule', [interactionId], succeeded, failed),
      getChainedRecords: (interactionId, succeeded, failed) =>
        request('outbound.getChainedRecords', [interactionId], succeeded, failed),
      getRecordFields: (interactionId, succeeded, failed) =>
        request('outbound.getRecordFields', [interactionId], succeeded, failed),
      updateRecordFields: (interactionId, recordData, succeeded, failed) =>
        request('outbound.updateRecordFields', [interactionId, recordData], succeeded, failed)
    },
    interaction: {
      getInteractions: (succeeded, failed) => request('interaction.getInteractions', [], succeeded, failed),
      getByInteractionId: (interactionId, succeeded, failed) =>
        request('interaction.getByInteractionId', [interactionId], succeeded, failed),
      markdone: (interactionId, succeeded, failed) =>
        request('interaction.markdone', [interactionId], succeeded, failed)
    },
    voice: {
      hangUp: (interactionId, succeeded, failed) => request('voice.hangUp', [interactionId], succeeded, failed)
    },
    agent: {
      get: (succeeded, failed) => request('agent.get', [], succeeded, failed)
    },
    system: {
      getAllowedServices: (succeeded, failed) => request('system.getAllowedServices', [], succeeded, failed)
    }
  };

  window.addEventListener('pagehide', unload);

  window.genesys = window.genesys || {};
  window.genesys.wwe = window.genesys.wwe || {};
  window.genesys.wwe.service = service;
})();
