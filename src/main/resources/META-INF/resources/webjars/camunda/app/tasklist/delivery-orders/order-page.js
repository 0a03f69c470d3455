// An order as its parties may see it (My orders, a task's Order tab, a notification's link): its
// facts, where it stands on its diagram, what happened, and the actions the rules give the user.
import {
  apiRoot, appRoot, backHtml, call, escape, exchange, groupName, money, openPanel, processNameOf,
  showFailure, table, when, wireBack,
} from './common.js';

// SAAS-3: the bills show once the billing run made them, the order's and each renewal's (LIC-7),
// one a line. LIC-6: the customer's contact shows to the seller once the customer has left a
// license delivery unaccepted too long, and from when while the delivery waits (the API decides).
function facts(order, process, bills, contact) {
  const rows = [
    ['Order', order.orderId],
    ['Product', order.productName ? `${order.productName} (${order.productId})` : order.productId],
    ['Specification', order.specification],
    ['Process', process],
    ['Status', order.status],
    ['Seller', order.sellerId],
    ['Customer', order.customerId],
    ["Customer's contact", contact?.email ? `${contact.name} <${contact.email}>`
      : contact?.shownFrom ? `shown from ${when(contact.shownFrom)} if the customer has not accepted by then`
        : ''],
    ['Amount', order.amount != null ? money(order.amount, order.currency) : ''],
    ['Placed', when(order.placedAt)],
    ['Delivery due', when(order.deliveryDueAt)],
    ['Valid', order.validFrom ? `${when(order.validFrom)} to ${when(order.validUntil) || 'no end'}` : ''],
    ['Completed', when(order.completedAt)],
    ['Billed', bills.map((bill) => `${money(bill.amount, bill.currency)} in the billing cycle ${
      bill.billingCycle}${bill.renewalId ? ` (renewal ${bill.renewalId})` : ''}`).join('\n')],
  ];
  return table(rows, 'ds-order-facts');
}

// A recorded value's name as words, when its form named it not: contactName -> Contact name.
const words = (name) => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

const parsed = (json) => {
  try {
    return JSON.parse(json || '{}');
  } catch (notJson) {
    return null;
  }
};

const shown = (value) => {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return typeof value === 'object' ? JSON.stringify(value) : value;
};

// What a step recorded: each value under the label its form showed, and each file by name, type
// and size with its download while the delivery runs (the file stays in the process variable of
// that name; ALL-6).
function details(record, order) {
  const values = parsed(record.details);
  if (values === null) return escape(record.details);
  const labels = parsed(record.labels) || {};
  const engine = `${appRoot}/api/engine/engine/default`;
  return Object.entries(values)
    .map(([name, value]) => {
      const label = escape(labels[name] || words(name));
      if (value && typeof value === 'object' && value.filename) {
        const size = `${escape(value.mimeType)}, ${escape(value.bytes)} bytes`;
        const link = order.status === 'PROCESSING'
          ? `<a class="ds-file" download="${escape(value.filename)}" href="${engine}/process-instance/${
            encodeURIComponent(order.processInstanceId)}/variables/${encodeURIComponent(name)}/data">${
            escape(value.filename)}</a>`
          : escape(value.filename);
        return `${label}: ${link} (${size})`;
      }
      return `${label}: ${escape(shown(value))}`;
    })
    .join('<br>');
}

function records(list, order) {
  if (!list.length) return '<p>No records yet.</p>';
  return `<ol class="ds-order-records">${list
    .map(
      (record) =>
        `<li><strong>${escape(record.action)}</strong> by ${escape(record.actor)}, ` +
        `${escape(when(record.recordedAt))}<br><small>${details(record, order)}</small></li>`,
    )
    .join('')}</ol>`;
}

function steps(list) {
  if (!list.length) return '<p>No step is open.</p>';
  return `<ul class="ds-order-steps">${list
    .map((step) => {
      const whom = step.assignee
        ? `waits for ${escape(step.assignee)}`
        : `offered to ${escape(step.candidateGroups.map(groupName).join(', '))}`;
      const due = step.dueDate ? `, due ${escape(when(step.dueDate))}` : '';
      const frozen = step.suspended ? ' (frozen by an appeal or dispute)' : '';
      return `<li><strong>${escape(step.name)}</strong>: ${whom}${due}${frozen}</li>`;
    })
    .join('')}</ul>`;
}

// The order's diagram with the steps it waits at highlighted, drawn by bpmn-js (vendor/, the
// version of package.json, VendoredViewerTest) from Camunda's web API, as the parties may read it.
const vendor = `${appRoot}/app/tasklist/delivery-orders/vendor`;
let viewerLoaded;
function loadViewer() {
  viewerLoaded ??= new Promise((resolve, reject) => {
    for (const css of ['diagram-js.css', 'bpmn-js.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `${vendor}/${css}`;
      document.head.appendChild(link);
    }
    const style = document.createElement('style');
    style.textContent =
      '.ds-diagram .ds-current:not(.djs-connection) .djs-visual > :nth-child(1)' +
      ' { stroke: #b5152b !important; stroke-width: 3px !important; fill: #fde6e9 !important; }';
    document.head.appendChild(style);
    const script = document.createElement('script');
    script.src = `${vendor}/bpmn-navigated-viewer.production.min.js`;
    script.onload = () => resolve(window.BpmnJS);
    script.onerror = reject;
    document.head.appendChild(script);
  });
  return viewerLoaded;
}

async function showDiagram(node, api, order) {
  const engine = `${appRoot}/api/engine/engine/default`;
  try {
    const instance = await call(api, 'GET', `${engine}/process-instance/${order.processInstanceId}`);
    const [xml, activities, BpmnJS] = await Promise.all([
      call(api, 'GET', `${engine}/process-definition/${instance.definitionId}/xml`),
      call(api, 'GET', `${engine}/process-instance/${order.processInstanceId}/activity-instances`),
      loadViewer(),
    ]);
    node.innerHTML = '';
    const viewer = new BpmnJS({ container: node, height: 320 });
    await viewer.importXML(xml.bpmn20Xml);
    const canvas = viewer.get('canvas');
    canvas.zoom('fit-viewport');
    const current = new Set();
    const walk = (activity) => {
      if (!activity) return;
      if (activity.activityType !== 'processDefinition') current.add(activity.activityId);
      (activity.childActivityInstances || []).forEach(walk);
      (activity.childTransitionInstances || []).forEach((transition) =>
        current.add(transition.activityId),
      );
    };
    walk(activities);
    current.forEach((id) => {
      try {
        canvas.addMarker(id.replace(/#multiInstanceBody$/, ''), 'ds-current');
      } catch (unknown) {
        // not drawn in this diagram
      }
    });
    node.dataset.current = [...current].join(' ');
  } catch (ended) {
    node.innerHTML = '<p>The delivery has ended: its diagram shows no current step.</p>';
  }
}

// The actions the rules give the user now, as the API answers them (GET .../actions): each allowed
// one as a button, each other with the reason the action would answer.
const ACTIONS = {
  appeal: { label: 'File an appeal or dispute', reason: 'Appeal or dispute: your reason' },
  reminder: { label: 'Remind the seller' },
  termination: {
    label: 'Terminate the delivery and close the order',
    reason: 'Termination: the reason',
    danger: true,
  },
};

function actions(order, states) {
  if (order.status !== 'PROCESSING') {
    return `<p>Order ${escape(order.orderId)} is ${escape(order.status)}: nothing is left to do on it.</p>
      <p class="ds-action-result" role="status"></p>`;
  }
  return `${states
    .filter((state) => ACTIONS[state.action])
    .map((state) => {
      const action = ACTIONS[state.action];
      if (!state.allowed) {
        return `<p class="ds-not-allowed" data-action="${escape(state.action)}"><strong>${
          escape(action.label)}</strong>: ${escape(state.reason)}</p>`;
      }
      const reason = action.reason
        ? `<div class="form-group"><label for="ds-${state.action}-reason">${escape(action.reason)}</label>
             <textarea id="ds-${state.action}-reason" class="form-control ds-${state.action}-reason"
               rows="3" maxlength="4000"></textarea></div>`
        : '';
      return `${reason}<p><button type="button" class="btn ${action.danger ? 'btn-danger' : 'btn-default'}
        ds-${state.action}">${escape(action.label)}</button></p>`;
    })
    .join('')}<p class="ds-action-result" role="status"></p>`;
}

// An action's result shows on the order as it stands after it (done), or on the order as it was
// (refused), where the user can correct the reason and try again.
export async function showOrder(node, api, orderId, back, backTo = 'My orders', done) {
  if (!done) node.innerHTML = '<p>Loading the order...</p>';
  try {
    const path = `${apiRoot}/orders/${encodeURIComponent(orderId)}`;
    const [order, list, open, states, bills, contact] = await Promise.all([
      call(api, 'GET', path),
      call(api, 'GET', `${path}/records`),
      call(api, 'GET', `${path}/steps`),
      call(api, 'GET', `${path}/actions`),
      // Most orders have none (not billed yet, or their process does not bill).
      call(api, 'GET', `${path}/bills`),
      // Refused to a seller until the customer's silence shows it, and to everyone on others' orders.
      call(api, 'GET', `${path}/customer-contact`)
        .catch((refused) => (refused.problem?.shownFrom ? { shownFrom: refused.problem.shownFrom } : null)),
    ]);
    const process = await processNameOf(api, order.deliveryTemplate);
    node.innerHTML = `
      <div class="ds-order">
        ${backHtml(back, backTo)}
        <h4>Order ${escape(order.orderId)}</h4>
        ${facts(order, process, bills, contact)}
        <h5>Where it stands</h5>
        ${steps(open)}
        <div class="ds-diagram" style="height:320px;border:1px solid #eee"></div>
        <h5>What happened</h5>
        ${records(list, order)}
        <h5>What you can do</h5>
        ${actions(order, states)}
      </div>`;
    showDiagram(node.querySelector('.ds-diagram'), api, order);
    wireBack(node, back);
    const result = node.querySelector('.ds-action-result');
    if (done) {
      result.textContent = done;
      result.className = 'ds-action-result text-success';
    }
    const act = (button, method, suffix, body, said) =>
      node.querySelector(button)?.addEventListener('click', async () => {
        try {
          await call(api, method, `${path}/${suffix}`, body());
        } catch (refused) {
          result.textContent = refused.message;
          result.className = 'ds-action-result text-danger';
          return;
        }
        await showOrder(node, api, orderId, back, backTo, said);
      });
    act('.ds-appeal', 'POST', 'appeals', () => ({ reason: node.querySelector('.ds-appeal-reason').value }),
      'Filed: the delivery is frozen until the marketplace decides.');
    act('.ds-reminder', 'POST', 'reminders', () => undefined, 'The seller is reminded.');
    act('.ds-termination', 'POST', 'termination',
      () => ({ reason: node.querySelector('.ds-termination-reason').value }),
      'Terminated: the order is closed.');
  } catch (failed) {
    showFailure(node, failed);
  }
}

export async function listOrders(node, api, search, page) {
  node.innerHTML = `
    <form class="form-inline ds-order-search">
      <input class="form-control ds-search-order" placeholder="Order ID" value="${escape(search.orderId)}">
      <input class="form-control ds-search-product" placeholder="Product" value="${escape(search.productName)}">
      <select class="form-control ds-search-status" aria-label="Status">${['', 'PROCESSING', 'COMPLETED', 'CLOSED']
        .map((status) => `<option value="${status}"${status === (search.status || '') ? ' selected' : ''}>${
          status || 'Any status'}</option>`).join('')}</select>
      <label>Placed from <input type="date" class="form-control ds-search-from" value="${escape(search.placedFrom)}"></label>
      <label>to <input type="date" class="form-control ds-search-to" value="${escape(search.placedTo)}"></label>
      <label class="checkbox-inline"><input type="checkbox" class="ds-search-frozen"${search.frozen ? ' checked' : ''}>
        Only frozen (open appeals and disputes)</label>
      <button class="btn btn-default ds-search" type="submit">Search</button>
    </form>
    <div class="ds-order-list"><p>Loading your orders...</p></div>`;
  node.querySelector('.ds-order-search').addEventListener('submit', (event) => {
    event.preventDefault();
    listOrders(node, api, {
      orderId: node.querySelector('.ds-search-order').value.trim(),
      productName: node.querySelector('.ds-search-product').value.trim(),
      status: node.querySelector('.ds-search-status').value,
      placedFrom: node.querySelector('.ds-search-from').value,
      placedTo: node.querySelector('.ds-search-to').value,
      frozen: node.querySelector('.ds-search-frozen').checked,
    });
  });
  const query = new URLSearchParams({ limit: '50' });
  if (search.orderId) query.set('orderId', search.orderId);
  if (search.productName) query.set('productName', search.productName);
  if (search.status) query.set('status', search.status);
  // The days the user picks, from the start of the first to the end of the last, in its zone.
  if (search.placedFrom) query.set('placedFrom', new Date(`${search.placedFrom}T00:00`).toISOString());
  if (search.placedTo) {
    const dayAfter = new Date(`${search.placedTo}T00:00`);
    dayAfter.setDate(dayAfter.getDate() + 1);
    query.set('placedTo', dayAfter.toISOString());
  }
  if (search.frozen) query.set('frozen', 'true');
  const list = node.querySelector('.ds-order-list');
  try {
    // The API's next link starts with /api: it is relative to the application's root.
    const { json: orders, next } = await exchange(
      api, 'GET', page ? apiRoot.replace(/\/api$/, '') + page : `${apiRoot}/orders?${query}`);
    list.innerHTML = orders.length
      ? `<table class="table table-hover ds-orders"><thead><tr><th>Order</th><th>Product</th>
           <th>Process</th><th>Status</th><th>Amount</th><th>Waiting at</th><th>Placed</th>
           <th>Delivery due</th><th>Valid until</th>
           </tr></thead><tbody>${orders
             .map(
               (order) =>
                 `<tr class="ds-order-row" data-order="${escape(order.orderId)}" style="cursor:pointer">
                    <td>${escape(order.orderId)}</td><td>${escape(order.productName || order.productId)}</td>
                    <td class="ds-process" title="${escape(order.deliveryTemplate)}">${
                      escape(order.deliveryTemplate)}</td><td>${escape(order.status)}</td>
                    <td>${escape(order.amount != null ? money(order.amount, order.currency) : '')}</td>
                    <td class="ds-waiting"></td>
                    <td>${escape(when(order.placedAt))}</td><td>${escape(when(order.deliveryDueAt))}</td>
                    <td>${escape(order.validFrom ? when(order.validUntil) || 'no end' : '')}</td></tr>`,
             )
             .join('')}</tbody></table>${next ? '<a href="" class="ds-next">Older orders</a>' : ''}`
      : '<p>No orders.</p>';
    list.querySelectorAll('.ds-process').forEach(async (cell) => {
      cell.textContent = await processNameOf(api, cell.title);
    });
    if (orders.length) {
      const ids = new URLSearchParams();
      orders.forEach((order) => ids.append('orderId', order.orderId));
      call(api, 'GET', `${apiRoot}/order-steps?${ids}`)
        .then((steps) =>
          list.querySelectorAll('.ds-order-row').forEach((row) => {
            row.querySelector('.ds-waiting').textContent = (steps[row.dataset.order] || [])
              .map((step) => `${step.name} (${
                step.assignee || step.candidateGroups.map(groupName).join(', ')})`)
              .join('; ');
          }),
        )
        .catch(() => {});
    }
    list.querySelector('.ds-next')?.addEventListener('click', (event) => {
      event.preventDefault();
      listOrders(node, api, search, next);
    });
    list.querySelectorAll('.ds-order-row').forEach((row) =>
      row.addEventListener('click', () =>
        showOrder(node, api, row.dataset.order, () => listOrders(node, api, search, page)),
      ),
    );
  } catch (failed) {
    showFailure(list, failed);
  }
}

export function openOrdersPanel(api) {
  listOrders(openPanel('ds-orders-panel', 'My orders'), api, {});
}
