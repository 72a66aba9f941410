/*
 * desktop.js: the demo agent desktop, built only on service-client.js (genesys.wwe.service).
 *
 * The page keeps the agent's open interactions (from interaction.getInteractions, replies and 'interaction'
 * events), shows the selected one (chain, record fields, outcome) and sends what the agent clicks. The server
 * decides what is allowed; the buttons are only enabled where they make sense.
 */
(function () {
  'use strict';

  const service = window.genesys.wwe.service;
  const DEMO_TOKEN = 'demo-token-agent1';
  const token = new URLSearchParams(window.location.search).get('token') || DEMO_TOKEN;
  service.configure({ token });

  /** What the agent may do in each interaction state (the server checks again). */
  const ACTIONS_BY_STATE = {
    PREVIEWING: ['dial', 'reject', 'cancel', 'fields', 'reschedule', 'markdone'],
    DIALING: ['hangup', 'fields'],
    ACTIVE: ['hangup', 'fields', 'result', 'dnc', 'reschedule'],
    COMPLETED: ['fields', 'result', 'dnc', 'reschedule', 'markdone']
  };
  const LOG_SIZE = 40;

  const interactions = new Map(); // interactionId -> interaction
  const gone = new Set(); // ids removed here, so that a late reply or event does not bring them back
  let selectedId = null;
  let shown = { id: null, callResult: null }; // what the outcome controls were last filled from
  let fields = []; // the selected interaction's fields, as getRecordFields gave them

  const $ = id => document.getElementById(id);

  // ------------------------------------------------------------------------------------------ calling the API

  /** Calls an API method and resolves with the reply's data; rejects with the failure envelope (or text). */
  function ask(method, ...args) {
    return new Promise((resolve, reject) => method(...args, envelope => resolve(envelope.data), reject));
  }

  /** Shows a failure: 'ERROR_CODE: message' from an envelope, or the text the client gave ('Request timeout'). */
  function showError(failure) {
    let text = String(failure);
    if (failure && failure.errorMessage !== undefined) {
      text = (failure.errorCode ? failure.errorCode + ': ' : '') + failure.errorMessage;
    } else if (failure instanceof Error) {
      text = 'The desktop failed: ' + failure.message;
    }
    $('error-text').textContent = text;
    $('error').hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
    $('error-text').textContent = '';
  }

  let noticeTimer = 0;
  function notify(text) {
    $('notice').textContent = text;
    $('notice').hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { $('notice').hidden = true; }, 2500);
  }

  /** Runs an action of a button: clears the last error, shows a new one, and keeps the button busy meanwhile. */
  async function act(button, action) {
    clearError();
    if (button) {
      button.disabled = true;
    }
    try {
      await action();
    } catch (failure) {
      showError(failure);
    } finally {
      if (button) {
        button.disabled = false;
        renderSelected();
      }
    }
  }

  // ------------------------------------------------------------------------------------------ building DOM

  /** Makes an element: el('td', {className: 'x'}, 'text', child). Text is always text, never HTML. */
  function el(tag, props, ...children) {
    const element = Object.assign(document.createElement(tag), props || {});
    children.filter(child => child !== null && child !== undefined)
      .forEach(child => element.append(child instanceof Node ? child : String(child)));
    return element;
  }

  function badge(text, kind) {
    return el('span', { className: 'badge ' + (kind || '') }, text);
  }

  // ------------------------------------------------------------------------------------------ times and zones

  const pad = n => String(n).padStart(2, '0');

  /** The offset (ms) of a time zone at an instant, from the browser's time zone data. */
  function offsetAt(instant, zoneId) {
    const parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zoneId, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric'
    }).formatToParts(new Date(instant)).forEach(part => { parts[part.type] = Number(part.value); });
    const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
    return wall - Math.floor(instant / 1000) * 1000;
  }

  /** The instant of a wall time ('YYYY-MM-DDTHH:MM') in the customer's zone (its fixed offset if unknown here). */
  function customerWallTimeToDate(wall, timeZone) {
    const [date, time] = wall.split('T');
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute] = time.split(':').map(Number);
    const asUtc = Date.UTC(year, month - 1, day, hour, minute);
    try {
      const first = asUtc - offsetAt(asUtc, timeZone.zoneId);
      return new Date(asUtc - offsetAt(first, timeZone.zoneId));
    } catch (unknownZone) {
      return new Date(asUtc - timeZone.offset * 1000);
    }
  }

  /** An instant as the customer's wall time, 'MM/DD/YYYY HH:MM'. */
  function customerWallTime(date, timeZone) {
    let offset;
    try {
      offset = offsetAt(date.getTime(), timeZone.zoneId);
    } catch (unknownZone) {
      offset = timeZone.offset * 1000;
    }
    const wall = new Date(date.getTime() + offset);
    return pad(wall.getUTCMonth() + 1) + '/' + pad(wall.getUTCDate()) + '/' + wall.getUTCFullYear() + ' '
      + pad(wall.getUTCHours()) + ':' + pad(wall.getUTCMinutes());
  }

  /** 'MM/DD/YYYY HH:MM' <-> 'YYYY-MM-DDTHH:MM' (the value of a datetime-local input). */
  function ocsToPicker(text) {
    const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text || '');
    return match ? `${match[3]}-${match[1]}-${match[2]}T${match[4]}:${match[5]}` : '';
  }

  function pickerToOcs(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
    return match ? `${match[2]}/${match[3]}/${match[1]} ${match[4]}:${match[5]}` : '';
  }

  function utcOffset(seconds) {
    const sign = seconds < 0 ? '-' : '+';
    const minutes = Math.abs(seconds) / 60;
    return 'UTC' + sign + pad(Math.floor(minutes / 60)) + ':' + pad(minutes % 60);
  }

  const agentZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const agentTime = date => date.toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

  /** Seconds since midnight (GSW_FROM, GSW_UNTIL) as HH:MM. */
  const clock = seconds => pad(Math.floor(seconds / 3600)) + ':' + pad(Math.floor(seconds % 3600 / 60));

  // ------------------------------------------------------------------------------------------ campaigns

  function loadCampaigns() {
    return ask(service.outbound.getCampaigns).then(renderCampaigns, showError);
  }

  function renderCampaigns(campaigns) {
    $('campaigns').replaceChildren(...campaigns.map(campaign => {
      const started = campaign.state === 'Started';
      const pull = campaign.mode === 'Preview'
        ? el('button', { type: 'button', className: 'button small', textContent: 'Get record', disabled: !started,
          title: started ? '' : 'The campaign is not started',
          onclick: event => act(event.target, () => getRecord(campaign.name)) })
        : null;
      const item = el('li', { className: 'campaign' },
        el('div', { className: 'grow' },
          el('div', { className: 'name' }, campaign.name),
          el('div', { className: 'row tight' }, badge(campaign.mode), badge(campaign.state, started ? 'ok' : 'muted'))),
        pull);
      item.dataset.campaign = campaign.name;
      return item;
    }));
  }

  async function getRecord(campaignName) {
    const interaction = await ask(service.outbound.getPreviewRecord, campaignName);
    upsert(interaction);
    select(interaction.interactionId);
  }

  // ------------------------------------------------------------------------------------------ interactions

  function loadInteractions() {
    return ask(service.interaction.getInteractions).then(list => {
      interactions.clear();
      list.forEach(interaction => interactions.set(interaction.interactionId, interaction));
      renderInteractions();
      if (!interactions.has(selectedId)) {
        select(list.length > 0 ? list[0].interactionId : null);
      }
    }, showError);
  }

  function upsert(interaction) {
    if (gone.has(interaction.interactionId)) {
      return;
    }
    interactions.set(interaction.interactionId, interaction);
    renderInteractions();
    if (interaction.interactionId === selectedId) {
      renderSelected();
    }
  }

  function drop(interactionId) {
    gone.add(interactionId);
    interactions.delete(interactionId);
    renderInteractions();
    if (interactionId === selectedId) {
      const next = interactions.keys().next();
      select(next.done ? null : next.value);
    }
  }

  function refresh(interactionId) {
    return ask(service.interaction.getByInteractionId, interactionId).then(upsert);
  }

  function renderInteractions() {
    const items = Array.from(interactions.values()).map(interaction => {
      const item = el('li', { className: interaction.interactionId === selectedId ? 'selected' : '', tabIndex: 0 },
        el('div', { className: 'grow' },
          el('div', { className: 'name' }, '#' + interaction.interactionId + ' · ' + phoneOf(interaction)),
          el('div', { className: 'muted small' }, interaction.campaignName)),
        badge(interaction.state, stateKind(interaction.state)));
      const open = () => {
        if (interaction.interactionId !== selectedId) {
          select(interaction.interactionId);
        }
      };
      item.dataset.interactionId = interaction.interactionId;
      item.onclick = open;
      item.onkeydown = event => { if (event.key === 'Enter') open(); };
      return item;
    });
    $('interactions').replaceChildren(...items);
    $('no-interactions').hidden = items.length > 0;
  }

  const phoneOf = interaction => (interaction.record && interaction.record.GSW_PHONE)
    || 'record ' + interaction.recordHandle;
  const stateKind = state => ({ ACTIVE: 'ok', DIALING: 'warn', COMPLETED: 'muted' })[state] || '';

  // ------------------------------------------------------------------------------------------ the selected one

  function select(interactionId) {
    selectedId = interactionId;
    shown = { id: null, callResult: null };
    renderInteractions();
    renderSelected();
    $('chain').replaceChildren();
    $('fields').replaceChildren();
    fields = [];
    if (interactionId !== null) {
      loadDetails(interactionId);
    }
  }

  /** The chain and the fields of the selected interaction. */
  function loadDetails(interactionId) {
    return Promise.all([
      ask(service.outbound.getChainedRecords, interactionId),
      ask(service.outbound.getRecordFields, interactionId)
    ]).then(([chain, recordFields]) => {
      if (interactionId !== selectedId) {
        return;
      }
      fields = recordFields;
      renderFields();
      renderChain(chain[0] ? chain[0].records : []);
    }, showError);
  }

  function selected() {
    return interactions.get(selectedId) || null;
  }

  /** The header, the enabled actions and the outcome controls of the selected interaction. */
  function renderSelected() {
    const interaction = selected();
    $('empty').hidden = interaction !== null;
    $('interaction').hidden = interaction === null;
    if (interaction === null) {
      return;
    }
    $('interaction-title').replaceChildren('Interaction #' + interaction.interactionId + ' ',
      badge(interaction.kind), ' ', badge(interaction.state, stateKind(interaction.state)));
    $('interaction-campaign').textContent = interaction.campaignName + ' · ' + interaction.mode + ' · record '
      + interaction.recordHandle + ' · chain ' + interaction.chainId;
    const zone = interaction.timeZone;
    $('customer-time').textContent = customerWallTime(new Date(), zone).slice(11) + ' ' + zone.name
      + ' (' + utcOffset(zone.offset) + ')';
    $('agent-time').textContent = new Date().toLocaleTimeString([], { timeStyle: 'short' }) + ' ' + agentZone;

    const allowed = ACTIONS_BY_STATE[interaction.state] || [];
    document.querySelectorAll('#interaction [data-action]').forEach(control => {
      control.disabled = !allowed.includes(control.dataset.action);
    });

    if (shown.id !== interaction.interactionId) {
      $('reschedule-at').value = ocsToPicker(customerWallTime(new Date(Date.now() + 3600000), zone));
    }
    if (shown.id !== interaction.interactionId || shown.callResult !== interaction.callResult) {
      $('call-result').value = String(interaction.callResult);
    }
    shown = { id: interaction.interactionId, callResult: interaction.callResult };
    $('dnc').checked = interaction.doNotCall;
    renderRescheduleHint();
    renderPendingReschedule(interaction);
  }

  function renderChain(records) {
    const interaction = selected();
    const phoneTypes = (fields.find(field => field.name === 'GSW_PHONE_TYPE') || {}).options || {};
    $('chain').replaceChildren(...records.map(record => {
      const handle = record.GSW_RECORD_HANDLE;
      const dial = el('button', { type: 'button', className: 'button small primary', textContent: 'Dial',
        onclick: event => act(event.target, () => dialRecord(handle)) });
      dial.dataset.action = 'dial';
      const row = el('tr', { className: interaction && handle === interaction.recordHandle ? 'current' : '' },
        el('td', null, handle),
        el('td', null, el('span', { className: 'mono' }, record.GSW_PHONE),
          el('span', { className: 'muted small' }, phoneTypes[record.GSW_PHONE_TYPE] || '')),
        el('td', null, clock(record.GSW_FROM) + '–' + clock(record.GSW_UNTIL),
          el('span', { className: 'muted small' }, record.GSW_TZ_NAME)),
        el('td', { className: 'end' }, dial));
      row.dataset.handle = handle;
      return row;
    }));
    renderSelected();
  }

  // ------------------------------------------------------------------------------------------ record fields

  /** One input per field, chosen by fieldType; read-only when not editable; mandatory ones marked. */
  function fieldInput(field) {
    const id = 'field-' + field.name;
    const value = field.value === null || field.value === undefined ? '' : String(field.value);
    let input;
    switch (field.fieldType) {
      case 'enum':
        input = el('select', { id },
          field.isMandatory && value !== '' ? null : el('option', { value: '' }, '—'),
          ...Object.entries(field.options || {}).map(([key, label]) => el('option', { value: key }, label)));
        input.value = value;
        input.disabled = !field.isEditable;
        break;
      case 'bool':
        input = el('input', { id, type: 'checkbox', checked: value === 'true', disabled: !field.isEditable });
        break;
      case 'int':
        input = el('input', { id, type: 'number', step: '1', value });
        break;
      case 'float':
        input = el('input', { id, type: 'number', step: 'any', value });
        break;
      case 'char':
        input = el('input', { id, type: 'text', maxLength: 1, value });
        break;
      case 'date':
        input = el('input', { id, type: 'datetime-local', value: ocsToPicker(value) });
        break;
      case 'time':
        input = el('input', { id, type: 'time', value: value.replace('.', ':') });
        break;
      default:
        input = el('input', { id, type: 'text', value });
    }
    input.name = field.name;
    input.readOnly = !field.isEditable;
    input.dataset.action = field.isEditable ? 'fields' : 'never';
    input.dataset.original = inputText(input);
    return input;
  }

  function inputText(input) {
    return input.type === 'checkbox' ? String(input.checked) : input.value;
  }

  /** The value to send, of the field's valueType. */
  function fieldValue(field, input) {
    const text = field.fieldType === 'date' ? pickerToOcs(input.value) : inputText(input);
    switch (field.valueType) {
      case 'number': return text === '' ? null : Number(text);
      case 'boolean': return text === 'true';
      default: return text;
    }
  }

  function renderFields() {
    $('fields').replaceChildren(...fields.map(field => {
      const label = el('label', { htmlFor: 'field-' + field.name }, field.displayName || field.name,
        field.isMandatory ? el('span', { className: 'required', title: 'mandatory' }, ' *') : null);
      const wrapper = el('div', { className: 'field' + (field.isEditable ? '' : ' readonly') }, label,
        fieldInput(field), el('p', { className: 'field-error', id: 'error-' + field.name }));
      wrapper.dataset.field = field.name;
      return wrapper;
    }));
    renderSelected();
  }

  async function saveFields() {
    document.querySelectorAll('.field').forEach(wrapper => wrapper.classList.remove('invalid'));
    document.querySelectorAll('.field-error').forEach(error => { error.textContent = ''; });
    const changes = {};
    fields.filter(field => field.isEditable).forEach(field => {
      const input = $('field-' + field.name);
      if (inputText(input) !== input.dataset.original) {
        changes[field.name] = fieldValue(field, input);
      }
    });
    if (Object.keys(changes).length === 0) {
      notify('No field was changed');
      return;
    }
    const interactionId = selectedId;
    try {
      await ask(service.outbound.updateRecordFields, interactionId, changes);
    } catch (failure) {
      (failure.errorDetails || []).forEach(detail => {
        const error = $('error-' + detail.field);
        if (error) {
          error.textContent = detail.errorMessage;
          error.parentElement.classList.add('invalid');
        }
      });
      throw failure;
    }
    notify('Fields saved: ' + Object.keys(changes).join(', '));
    await loadDetails(interactionId);
  }

  // ------------------------------------------------------------------------------------------ actions

  /** The call is a new interaction with a new id: it takes the preview's place. */
  async function dialRecord(recordHandle) {
    const previewId = selectedId;
    const call = await ask(service.outbound.callPreviewRecord, previewId, recordHandle);
    gone.add(previewId);
    interactions.delete(previewId);
    upsert(call);
    select(call.interactionId);
  }

  async function closePreview(method, text) {
    const interactionId = selectedId;
    await ask(method, interactionId);
    drop(interactionId);
    notify(text);
  }

  async function hangUp() {
    await ask(service.voice.hangUp, selectedId);
    await refresh(selectedId);
  }

  async function markDone() {
    const interactionId = selectedId;
    await ask(service.interaction.markdone, interactionId);
    drop(interactionId);
    notify('Interaction #' + interactionId + ' done');
  }

  async function setCallResult() {
    await ask(service.outbound.setCallResult, selectedId, $('call-result').value);
    notify('Call result set');
    await refresh(selectedId);
  }

  async function toggleDoNotCall(on) {
    await ask(on ? service.outbound.setDoNotCall : service.outbound.removeDoNotCall, selectedId);
    await refresh(selectedId);
  }

  async function reschedule() {
    const interaction = selected();
    const at = pickerToOcs($('reschedule-at').value);
    const type = document.querySelector('input[name="callback-type"]:checked').value;
    await ask(service.outbound.rescheduleRecord, interaction.interactionId, interaction.recordHandle, at, type);
    notify('Rescheduled for ' + at + ' customer time');
    await refresh(interaction.interactionId);
  }

  async function cancelReschedule() {
    await ask(service.outbound.cancelReschedule, selectedId);
    await refresh(selectedId);
  }

  /** Next to the picker: the chosen customer time as the agent's own time. */
  function renderRescheduleHint() {
    const interaction = selected();
    const value = $('reschedule-at').value;
    if (!interaction || !value) {
      $('reschedule-hint').textContent = '';
      return;
    }
    const zone = interaction.timeZone;
    $('reschedule-hint').textContent = 'In ' + zone.name + ' (' + zone.zoneId + '); that is '
      + agentTime(customerWallTimeToDate(value, zone)) + ' your time (' + agentZone + ').';
  }

  function renderPendingReschedule(interaction) {
    const pending = interaction.reschedule;
    $('cancel-reschedule').disabled = $('cancel-reschedule').disabled || !pending;
    $('reschedule-pending').textContent = pending
      ? 'Pending: ' + pending.callbackType.toLowerCase() + ' callback at ' + customerWallTime(new Date(pending.at),
        interaction.timeZone) + ' ' + interaction.timeZone.name + ' (' + agentTime(new Date(pending.at)) + ' your time)'
      : '';
  }

  async function setPushing(start) {
    await ask(start ? service.outbound.startDirectPushPreview : service.outbound.stopDirectPushPreview);
    $('push-state').textContent = start ? 'receiving' : 'stopped';
    $('push-state').className = 'badge ' + (start ? 'ok' : '');
  }

  // ------------------------------------------------------------------------------------------ events

  function onEvent(envelope) {
    const data = envelope.data || {};
    if (envelope.event === 'outbound') {
      log(data.eventType + ' · ' + data.campaign + ' (' + data.mode + ')');
      loadCampaigns();
      return;
    }
    const interaction = data.interaction;
    log('#' + interaction.interactionId + ' ' + data.eventType + ' · ' + interaction.kind + ' ' + interaction.state);
    if (data.eventType === 'removed') {
      drop(interaction.interactionId);
      return;
    }
    upsert(interaction);
    if (selectedId === null && interactions.has(interaction.interactionId)) {
      select(interaction.interactionId); // a pushed record, say
    }
  }

  function log(text) {
    const time = new Date().toLocaleTimeString([], { hourCycle: 'h23', hour: '2-digit', minute: '2-digit',
      second: '2-digit' });
    $('event-log').prepend(el('li', null, el('time', null, time), ' ', text));
    while ($('event-log').children.length > LOG_SIZE) {
      $('event-log').lastElementChild.remove();
    }
  }

  function onStream(event) {
    const wasOpen = $('stream').dataset.state === 'open';
    $('stream').dataset.state = event.detail;
    $('stream-text').textContent = { open: 'live', reconnecting: 'reconnecting…', closed: 'no events' }[event.detail];
    if (event.detail === 'open' && !wasOpen && $('stream').dataset.seen) {
      loadInteractions(); // back after a break: catch up
    }
    $('stream').dataset.seen = 'yes';
  }

  // ------------------------------------------------------------------------------------------ start

  function wire() {
    $('token').value = token;
    $('error-close').onclick = clearError;
    $('reject').onclick = event => act(event.target, () => closePreview(service.outbound.rejectPreviewRecord,
      'Record rejected'));
    $('cancel').onclick = event => act(event.target, () => closePreview(service.outbound.cancelPreviewRecord,
      'Record cancelled'));
    $('hang-up').onclick = event => act(event.target, hangUp);
    $('mark-done').onclick = event => act(event.target, markDone);
    $('save-fields').onclick = event => act(event.target, saveFields);
    $('set-call-result').onclick = event => act(event.target, setCallResult);
    $('dnc').onchange = event => act(event.target, () => toggleDoNotCall(event.target.checked));
    $('reschedule').onclick = event => act(event.target, reschedule);
    $('cancel-reschedule').onclick = event => act(event.target, cancelReschedule);
    $('reschedule-at').oninput = renderRescheduleHint;
    $('push-start').onclick = event => act(event.target, () => setPushing(true));
    $('push-stop').onclick = event => act(event.target, () => setPushing(false));
    window.addEventListener('wwe-service-stream', onStream);
  }

  function start() {
    wire();
    ask(service.agent.get).then(agent => {
      $('agent').textContent = agent.name + ' (' + agent.agentId + ')';
    }, failure => {
      $('agent').textContent = 'not signed in';
      showError(failure);
    });
    ask(service.outbound.getListOfCallResults).then(results => {
      $('call-result').replaceChildren(...Object.entries(results).map(([name, code]) =>
        el('option', { value: String(code) }, name + ' (' + code + ')')));
      shown.callResult = null; // fill the select now that it has its options
      renderSelected();
    }, showError);
    service.subscribe(['outbound', 'interaction'], onEvent);
    loadCampaigns();
    loadInteractions();
    setInterval(renderSelected, 30000); // keeps the clocks current
  }

  start();
})();
