// The orders view inside Camunda Tasklist (issue: sellers and customers without curl): "My orders"
// in the navigation bar lists the orders the logged-in user may see; an "Order" tab on every task
// of an order shows its facts, its operation records and the actions the rules give the user;
// "Inbox" shows the user's notifications (ALL-5), each opening its task or order.
// Everything is read and done through the application's API (/api), which decides; this page only
// asks. The API takes the web applications' login session (TasklistSessionLogin) and, for changes,
// their CSRF token.

const appRoot = (document.querySelector('base')?.getAttribute('app-root') || '/camunda')
  .replace(/\/$/, '');
const apiRoot = appRoot.replace(/\/camunda$/, '') + '/api';

const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// What the API answered instead, in its own words (it says why: not yours, not found, ...).
const showFailure = (node, failed) => {
  node.innerHTML = `<p class="text-danger">${escape(failed.message)}</p>`;
};

const when = (instant) => (instant ? new Date(instant).toLocaleString() : '');

async function call(api, method, path, body) {
  return (await exchange(api, method, path, body)).json;
}

// The answer with its Link header: a full page of orders names the next one (RFC 8288).
async function exchange(api, method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (api?.CSRFToken) headers['X-XSRF-TOKEN'] = api.CSRFToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (notJson) {
    json = null;
  }
  if (!response.ok) {
    throw new Error(json?.detail || json?.message || `${response.status} ${response.statusText}`);
  }
  return { json, next: /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '')?.[1] };
}

function table(rows, name) {
  return `<table class="table table-condensed ${name}">${rows
    .filter(([, value]) => value && String(value).trim())
    .map(([label, value]) => `<tr><th>${escape(label)}</th><td>${escape(value)}</td></tr>`)
    .join('')}</table>`;
}

function facts(order) {
  const rows = [
    ['Order', order.orderId],
    ['Product', order.productName ? `${order.productName} (${order.productId})` : order.productId],
    ['Specification', order.specification],
    ['Process', order.deliveryTemplate],
    ['Status', order.status],
    ['Seller', order.sellerId],
    ['Customer', order.customerId],
    ['Amount', `${order.amount ?? ''} ${order.currency ?? ''}`],
    ['Placed', when(order.placedAt)],
    ['Delivery due', when(order.deliveryDueAt)],
    ['Valid', order.validFrom ? `${when(order.validFrom)} to ${when(order.validUntil) || 'no end'}` : ''],
    ['Completed', when(order.completedAt)],
  ];
  return table(rows, 'ds-order-facts');
}

// What a step recorded: each value, and each file by name, type and size with its download while
// the delivery runs (the file stays in the process variable of that name; ALL-6).
function details(json, order) {
  let values;
  try {
    values = JSON.parse(json || '{}');
  } catch (notJson) {
    return escape(json);
  }
  const engine = `${appRoot}/api/engine/engine/default`;
  return Object.entries(values)
    .map(([name, value]) => {
      if (value && typeof value === 'object' && value.filename) {
        const size = `${escape(value.mimeType)}, ${escape(value.bytes)} bytes`;
        const link = order.status === 'PROCESSING'
          ? `<a class="ds-file" download="${escape(value.filename)}" href="${engine}/process-instance/${
            encodeURIComponent(order.processInstanceId)}/variables/${encodeURIComponent(name)}/data">${
            escape(value.filename)}</a>`
          : escape(value.filename);
        return `${escape(name)}: ${link} (${size})`;
      }
      return `${escape(name)}: ${escape(typeof value === 'object' ? JSON.stringify(value) : value)}`;
    })
    .join('<br>');
}

function records(list, order) {
  if (!list.length) return '<p>No records yet.</p>';
  return `<ol class="ds-order-records">${list
    .map(
      (record) =>
        `<li><strong>${escape(record.action)}</strong> by ${escape(record.actor)}, ` +
        `${escape(when(record.recordedAt))}<br><small>${details(record.details, order)}</small></li>`,
    )
    .join('')}</ol>`;
}

function steps(list) {
  if (!list.length) return '<p>No step is open.</p>';
  return `<ul class="ds-order-steps">${list
    .map((step) => {
      const whom = step.assignee
        ? `waits for ${escape(step.assignee)}`
        : `offered to ${escape(step.candidateGroups.join(', '))}`;
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
    return `<p>Order ${escape(order.orderId)} is ${escape(order.status)}: nothing is left to do on it.</p>`;
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

// A way back to where the page was opened from (My orders, the inbox), when there is one.
const backHtml = (back, backTo) =>
  back ? `<p><a href="" class="ds-back">&larr; ${escape(backTo)}</a></p>` : '';

function wireBack(node, back) {
  node.querySelector('.ds-back')?.addEventListener('click', (event) => {
    event.preventDefault();
    back();
  });
}

async function showOrder(node, api, orderId, back, backTo = 'My orders') {
  node.innerHTML = '<p>Loading the order...</p>';
  try {
    const path = `${apiRoot}/orders/${encodeURIComponent(orderId)}`;
    const [order, list, open, states] = await Promise.all([
      call(api, 'GET', path),
      call(api, 'GET', `${path}/records`),
      call(api, 'GET', `${path}/steps`),
      call(api, 'GET', `${path}/actions`),
    ]);
    node.innerHTML = `
      <div class="ds-order">
        ${backHtml(back, backTo)}
        <h4>Order ${escape(order.orderId)}</h4>
        ${facts(order)}
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
    const act = (button, method, suffix, body, done) =>
      node.querySelector(button)?.addEventListener('click', async () => {
        try {
          await call(api, method, `${path}/${suffix}`, body());
          result.textContent = done;
          result.className = 'ds-action-result text-success';
        } catch (refused) {
          result.textContent = refused.message;
          result.className = 'ds-action-result text-danger';
        }
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

async function listOrders(node, api, search, page) {
  node.innerHTML = `
    <form class="form-inline ds-order-search">
      <input class="form-control ds-search-order" placeholder="Order ID" value="${escape(search.orderId)}">
      <input class="form-control ds-search-product" placeholder="Product" value="${escape(search.productName)}">
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
      frozen: node.querySelector('.ds-search-frozen').checked,
    });
  });
  const query = new URLSearchParams({ limit: '50' });
  if (search.orderId) query.set('orderId', search.orderId);
  if (search.productName) query.set('productName', search.productName);
  if (search.frozen) query.set('frozen', 'true');
  const list = node.querySelector('.ds-order-list');
  try {
    // The API's next link starts with /api: it is relative to the application's root.
    const { json: orders, next } = await exchange(
      api, 'GET', page ? apiRoot.replace(/\/api$/, '') + page : `${apiRoot}/orders?${query}`);
    list.innerHTML = orders.length
      ? `<table class="table table-hover ds-orders"><thead><tr><th>Order</th><th>Product</th>
           <th>Process</th><th>Status</th><th>Waiting at</th><th>Placed</th><th>Delivery due</th>
           <th>Valid until</th>
           </tr></thead><tbody>${orders
             .map(
               (order) =>
                 `<tr class="ds-order-row" data-order="${escape(order.orderId)}" style="cursor:pointer">
                    <td>${escape(order.orderId)}</td><td>${escape(order.productName || order.productId)}</td>
                    <td>${escape(order.deliveryTemplate)}</td><td>${escape(order.status)}</td>
                    <td class="ds-waiting"></td>
                    <td>${escape(when(order.placedAt))}</td><td>${escape(when(order.deliveryDueAt))}</td>
                    <td>${escape(order.validFrom ? when(order.validUntil) || 'no end' : '')}</td></tr>`,
             )
             .join('')}</tbody></table>${next ? '<a href="" class="ds-next">Older orders</a>' : ''}`
      : '<p>No orders.</p>';
    if (orders.length) {
      const ids = new URLSearchParams();
      orders.forEach((order) => ids.append('orderId', order.orderId));
      call(api, 'GET', `${apiRoot}/order-steps?${ids}`)
        .then((steps) =>
          list.querySelectorAll('.ds-order-row').forEach((row) => {
            row.querySelector('.ds-waiting').textContent = (steps[row.dataset.order] || [])
              .map((step) => `${step.name} (${step.assignee || step.candidateGroups.join(', ')})`)
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

// GCP-1..GCP-5: an entitlement as its parties may read it: its facts, its transfers with who must
// approve and what each decided, and every change a transfer made.
async function showEntitlement(node, api, entitlementId, back, backTo) {
  node.innerHTML = '<p>Loading the entitlement...</p>';
  try {
    const path = `${apiRoot}/entitlements/${encodeURIComponent(entitlementId)}`;
    const [entitlement, transfers, changes] = await Promise.all([
      call(api, 'GET', path),
      call(api, 'GET', `${path}/transfers`),
      call(api, 'GET', `${path}/history`),
    ]);
    node.innerHTML = `
      <div class="ds-entitlement">
        ${backHtml(back, backTo)}
        <h4>Entitlement ${escape(entitlement.entitlementId)}</h4>
        ${table([
          ['State', entitlement.stateReason ? `${entitlement.state}: ${entitlement.stateReason}` : entitlement.state],
          ['Customer', `${entitlement.customerCompany} (${entitlement.customerId})`],
          ['ISV', entitlement.isvId],
          ['Reseller', entitlement.resellerId || 'none: a direct order'],
          ['Offer', entitlement.offerId],
          ['Product', entitlement.productId],
          ['Billing account', entitlement.billingAccountId],
          ['Order', entitlement.orderId],
        ], 'ds-entitlement-facts')}
        <h5>Transfers</h5>
        ${transfers.length ? `<ol class="ds-transfers">${transfers.map((transfer) => `
          <li><strong>${escape(transfer.kind)}</strong>, ${escape(transfer.state)}${
            transfer.reason ? `: ${escape(transfer.reason)}` : ''}; asked by ${escape(transfer.requestedBy)}, ${
            escape(when(transfer.requestedAt))}${
            (transfer.waitingAt || []).length ? `<br><small>waits for: ${escape(transfer.waitingAt.join('; '))}</small>` : ''}${
            (transfer.approvals || []).length ? `<br><small>approvals: ${escape(transfer.approvals
              .map((approval) => `${approval.approver} ${approval.decision}`).join(', '))}</small>` : ''}</li>`)
          .join('')}</ol>` : '<p>No transfers.</p>'}
        <h5>Changes</h5>
        ${changes.length ? `<ol class="ds-entitlement-changes">${changes.map((change) => `
          <li>${escape(when(change.changedAt))}, ${escape(change.kind)}: billing account ${
            escape(change.billingAccountBefore)} to ${escape(change.billingAccountAfter)}, reseller ${
            escape(change.resellerBefore || 'none')} to ${escape(change.resellerAfter || 'none')}</li>`)
          .join('')}</ol>` : '<p>No changes.</p>'}
      </div>`;
    wireBack(node, back);
  } catch (failed) {
    showFailure(node, failed);
  }
}

// REL-6 REL-7: a product as its seller (and the marketplace) may read it: what is listed, what is
// being worked on, and each release request with its review's outcome and reason.
async function showProduct(node, api, productId, back, backTo) {
  node.innerHTML = '<p>Loading the product...</p>';
  try {
    const product = await call(api, 'GET', `${apiRoot}/products/${encodeURIComponent(productId)}`);
    const revision = product.working || product.listed || {};
    const requests = product.releaseRequests || [];
    node.innerHTML = `
      <div class="ds-product">
        ${backHtml(back, backTo)}
        <h4>${escape(revision.name || product.productId)}</h4>
        ${table([
          ['Product', product.productId],
          ['Seller', product.sellerId],
          ['Status', product.status],
          ['Listed revision', product.listedRevision],
          ['Being worked on', product.workingState],
          ['Delivery', revision.serviceFlowTemplate],
        ], 'ds-product-facts')}
        <h5>Release requests</h5>
        ${requests.length ? `<ol class="ds-release-requests">${requests.map((request) => `
          <li>Revision ${escape(request.revision)}, submitted ${escape(when(request.submittedAt))}: ${
            escape(request.outcome || `in review, due ${when(request.reviewDueAt)}`)}${
            request.reason ? ` (${escape(request.reason)})` : ''}${
            request.decidedBy ? `, by ${escape(request.decidedBy)} ${escape(when(request.decidedAt))}` : ''}</li>`)
          .join('')}</ol>` : '<p>No release requests.</p>'}
      </div>`;
    wireBack(node, back);
  } catch (failed) {
    showFailure(node, failed);
  }
}

// A dialog over Tasklist, one at a time; its body is for the caller to fill.
function openPanel(name, title) {
  document.querySelector('.ds-panel')?.remove();
  const panel = document.createElement('div');
  panel.className = `ds-panel ${name}`;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', title);
  panel.style.cssText =
    'position:fixed;top:60px;left:5%;right:5%;bottom:40px;z-index:2000;background:#fff;' +
    'border:1px solid #ccc;box-shadow:0 4px 16px rgba(0,0,0,.3);padding:16px;overflow:auto';
  panel.innerHTML =
    '<button type="button" class="close ds-panel-close" aria-label="Close">&times;</button>' +
    `<h3>${escape(title)}</h3><div class="ds-panel-body"></div>`;
  panel.querySelector('.ds-panel-close').addEventListener('click', () => panel.remove());
  document.body.appendChild(panel);
  return panel.querySelector('.ds-panel-body');
}

function openOrdersPanel(api) {
  listOrders(openPanel('ds-orders-panel', 'My orders'), api, {});
}

// What a notification's link opens here: ?order=, ?entitlement= or ?product= before Tasklist's own
// #/... (so that Tasklist's navigation and login keep it), as e-mailed; or the API resource that
// notifications written before these links named.
const LINKED = [
  { kind: 'order', title: 'My orders', earlier: /^\/api\/orders\/([^/?#]+)$/ },
  {
    kind: 'entitlement',
    title: 'Entitlement',
    earlier: /^\/api\/entitlements\/([^/?#]+)(?:\/transfers)?$/,
  },
  { kind: 'product', title: 'Product', earlier: /^\/api\/products\/([^/?#]+)$/ },
];

function linkedThing(link) {
  for (const thing of LINKED) {
    const earlier = thing.earlier.exec(link);
    const id = earlier
      ? decodeURIComponent(earlier[1])
      : link.startsWith(`${appRoot}/app/tasklist/`)
        ? new URL(link, window.location.origin).searchParams.get(thing.kind)
        : null;
    if (id) return { ...thing, id };
  }
  return null;
}

function showThing(node, api, thing, back, backTo) {
  const show = { order: showOrder, entitlement: showEntitlement, product: showProduct }[thing.kind];
  return show(node, api, thing.id, back, backTo);
}

// A link from a notification opens its order, entitlement or product at once.
function openLinked(api) {
  const thing = linkedThing(window.location.pathname + window.location.search);
  if (!thing) return;
  const body = openPanel(thing.kind === 'order' ? 'ds-orders-panel' : `ds-${thing.kind}-panel`, thing.title);
  showThing(body, api, thing, thing.kind === 'order' ? () => listOrders(body, api, {}) : null);
}

// ALL-5: the user's notifications, newest first. A task's link opens the task in Tasklist; an
// order's, an entitlement's or a product's opens it here.
const INBOX_PAGE = 20;

function showUnread(count) {
  document.querySelectorAll('.ds-unread').forEach((badge) => {
    badge.textContent = count ? String(count) : '';
  });
}

function refreshUnread(api) {
  call(api, 'GET', `${apiRoot}/notifications?limit=1`)
    .then((inbox) => showUnread(inbox.unread))
    .catch(() => {});
}

function notification(item) {
  const link = item.link || '';
  const thing = linkedThing(link);
  const open = thing
    ? `<a href="" class="ds-open-linked" data-kind="${escape(thing.kind)}" data-id="${escape(thing.id)}">Open the ${
      escape(thing.kind)}</a>`
    : link.startsWith(`${appRoot}/`)
      ? `<a href="${escape(link)}" class="ds-open-task">Open the task</a>`
      : '';
  return `<li class="list-group-item ds-notification${item.readAt ? '' : ' ds-unread-item'}"
      data-notification="${escape(item.notificationId)}"${item.readAt ? '' : ' style="border-left:4px solid #b5152b"'}>
      <strong>${escape(item.subject)}</strong> <small>${escape(when(item.createdAt))}</small>
      <div style="white-space:pre-wrap">${escape(item.body)}</div>
      <p>${open}${item.readAt ? '' : ' <button type="button" class="btn btn-xs btn-default ds-mark-read">Mark read</button>'}</p>
    </li>`;
}

async function showInbox(node, api, offset = 0) {
  node.innerHTML = '<p>Loading your notifications...</p>';
  try {
    const inbox = await call(api, 'GET', `${apiRoot}/notifications?limit=${INBOX_PAGE}&offset=${offset}`);
    showUnread(inbox.unread);
    node.innerHTML = inbox.notifications.length
      ? `<p class="ds-inbox-summary">${escape(inbox.unread)} unread</p>
         <ul class="list-group ds-inbox">${inbox.notifications.map(notification).join('')}</ul>
         ${offset ? '<a href="" class="ds-newer">Newer</a> ' : ''}${
           inbox.notifications.length === INBOX_PAGE ? '<a href="" class="ds-older">Older</a>' : ''}`
      : '<p>No notifications.</p>';
    node.querySelector('.ds-newer')?.addEventListener('click', (event) => {
      event.preventDefault();
      showInbox(node, api, Math.max(0, offset - INBOX_PAGE));
    });
    node.querySelector('.ds-older')?.addEventListener('click', (event) => {
      event.preventDefault();
      showInbox(node, api, offset + INBOX_PAGE);
    });
    node.querySelectorAll('.ds-notification').forEach((item) => {
      const read = () =>
        call(api, 'POST', `${apiRoot}/notifications/${encodeURIComponent(item.dataset.notification)}/read`);
      item.querySelector('.ds-mark-read')?.addEventListener('click', async () => {
        try {
          await read();
          showInbox(node, api, offset);
        } catch (failed) {
          item.insertAdjacentText('beforeend', failed.message);
        }
      });
      item.querySelector('.ds-open-task')?.addEventListener('click', () => {
        read().catch(() => {});
        document.querySelector('.ds-panel')?.remove();
      });
      item.querySelector('.ds-open-linked')?.addEventListener('click', (event) => {
        event.preventDefault();
        read().catch(() => {});
        const { kind, id } = event.target.dataset;
        showThing(node, api, { kind, id }, () => showInbox(node, api, offset), 'Inbox');
      });
    });
  } catch (failed) {
    showFailure(node, failed);
  }
}

export default [
  {
    id: 'delivery-supervision.my-orders',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node, { api }) => {
      node.innerHTML = '<a href="" class="ds-my-orders">My orders</a>';
      node.querySelector('a').addEventListener('click', (event) => {
        event.preventDefault();
        openOrdersPanel(api);
      });
      openLinked(api);
    },
  },
  {
    id: 'delivery-supervision.inbox',
    pluginPoint: 'tasklist.navbar.action',
    priority: 190,
    render: (node, { api }) => {
      node.innerHTML = '<a href="" class="ds-open-inbox">Inbox <span class="badge ds-unread"></span></a>';
      node.querySelector('a').addEventListener('click', (event) => {
        event.preventDefault();
        showInbox(openPanel('ds-inbox-panel', 'Inbox'), api);
      });
      refreshUnread(api);
    },
  },
  {
    id: 'delivery-supervision.order-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: { label: 'Order' },
    render: async (node, { api, taskId }) => {
      try {
        const variable = await call(
          api,
          'GET',
          `${appRoot}/api/engine/engine/default/task/${encodeURIComponent(taskId)}/variables/orderId`,
        );
        await showOrder(node, api, variable.value);
      } catch (noOrder) {
        node.innerHTML = '<p>This task is not about an order.</p>';
      }
    },
  },
];
