/*
 * A stand-in for the official WWE Service Client API library, written for these tests: the same API
 * (genesys.wwe.service.sendMessage / subscribe / unsubscribe / outbound.* / interaction.* / voice.* / agent.*) and
 * the same postMessage protocol. Envelopes go to window.opener or window.parent with targetOrigin '*', as the
 * official library sends them; replies carry the referenceId; a message with 'event' is a subscribed event.
 */
(function () {
  'use strict';

  const pending = new Map(); // referenceId -> { succeeded, failed, timer }
  const byEvent = new Map(); // event name -> { callback, context, subscriptionId }
  let nextReferenceId = 0;

  function sendMessage(message, succeeded, failed) {
    message.referenceId = message.referenceId || String(nextReferenceId++);
    message.userAgent = 'WWE Client';
    message.protocolVersion = 2;
    (window.opener || window.parent).postMessage(message, '*');
    if (succeeded) {
      const timer = setTimeout(() => {
        pending.delete(message.referenceId);
        if (failed) {
          failed('Request timeout');
        }
      }, 10000);
      pending.set(message.referenceId, { succeeded, failed, timer });
    }
    return message.referenceId;
  }

  window.addEventListener('message', event => {
    const message = event.data;
    if (!message || typeof message.userAgent !== 'string' || message.userAgent.indexOf('WWE') === -1) {
      return;
    }
    if (message.event) {
      const subscription = byEvent.get(message.event);
      if (subscription) {
        subscription.callback.call(subscription.context || service, message);
      }
      return;
    }
    const request = pending.get(message.referenceId);
    if (!request) {
      return;
    }
    pending.delete(message.referenceId);
    clearTimeout(request.timer);
    delete message.referenceId;
    const callback = message.errorMessage !== undefined ? request.failed : request.succeeded;
    if (callback) {
      callback(message);
    }
  });

  function subscribe(event, callback, context) {
    sendMessage({ event: 'subscribe', data: event }, reply => {
      [].concat(event).forEach(name => byEvent.set(name, { callback, context, subscriptionId: reply.subscriptionId }));
    }, () => console.error('cannot subscribe to ' + event));
    return service;
  }

  function unsubscribe(callback) {
    byEvent.forEach((subscription, name) => {
      if (subscription.callback === callback) {
        byEvent.delete(name);
        sendMessage({ event: 'unsubscribe', data: subscription.subscriptionId });
      }
    });
    return service;
  }

  /** A method that sends its leading arguments as parameters, then takes (succeeded, failed). */
  function method(request, parameterCount) {
    return (...args) => {
      const message = { request };
      if (parameterCount > 0) {
        message.parameters = args.slice(0, parameterCount);
      }
      return sendMessage(message, args[parameterCount], args[parameterCount + 1]);
    };
  }

  const outbound = {};
  [['getCampaigns', 0], ['getPreviewRecord', 1], ['getChainedRecords', 1], ['getRecordFields', 1],
    ['updateRecordFields', 2], ['callPreviewRecord', 2], ['rejectPreviewRecord', 1], ['cancelPreviewRecord', 1],
    ['startDirectPushPreview', 0], ['stopDirectPushPreview', 0], ['rescheduleRecord', 4], ['cancelReschedule', 1],
    ['getListOfCallResults', 0], ['setCallResult', 2], ['getCallResult', 1], ['setDoNotCall', 1],
    ['removeDoNotCall', 1]].forEach(([name, count]) => { outbound[name] = method('outbound.' + name, count); });

  const service = {
    sendMessage,
    subscribe,
    unsubscribe,
    outbound,
    interaction: {
      getInteractions: method('interaction.getInteractions', 0),
      getByInteractionId: method('interaction.getByInteractionId', 1),
      markdone: method('interaction.markdone', 1)
    },
    voice: { hangUp: method('voice.hangUp', 1) },
    agent: { get: method('agent.get', 0) },
    system: { getAllowedServices: method('system.getAllowedServices', 0) }
  };

  window.genesys = window.genesys || {};
  window.genesys.wwe = window.genesys.wwe || {};
  window.genesys.wwe.service = service;
})();
