// What every page of the application inside Tasklist shares: where the API is, how it is called,
// how its refusals, tables, dialogs and ways back are shown.
// Everything is read and done through the application's API (/api), which decides; the pages only
// ask. The API takes the web applications' login session (TasklistSessionLogin) and, for changes,
// their CSRF token.

export const appRoot = (document.querySelector('base')?.getAttribute('app-root') || '/camunda')
  .replace(/\/$/, '');
export const apiRoot = appRoot.replace(/\/camunda$/, '') + '/api';

export const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// What the API answered instead, in its own words (it says why: not yours, not found, ...).
export const showFailure = (node, failed) => {
  node.innerHTML = `<p class="text-danger">${escape(failed.message)}</p>`;
};

// A moment in the user's browser's time zone, named: the rules count days in the marketplace's.
export const when = (instant) => (instant
  ? new Date(instant).toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
    timeZoneName: 'short',
  })
  : '');

// An amount with its currency's digits and sign, as the user's browser writes money.
export const money = (amount, currency) => {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch (noCurrency) {
    return `${amount} ${currency ?? ''}`.trim();
  }
};

export async function call(api, method, path, body) {
  return (await exchange(api, method, path, body)).json;
}

// The answer with its Link header: a full page of orders names the next one (RFC 8288).
export async function exchange(api, method, path, body) {
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
    // A login that ran out answers 401 with no words for a user.
    const failure = new Error(response.status === 401
      ? 'Your session has ended: log in again.'
      : json?.detail || json?.message || `${response.status} ${response.statusText}`);
    failure.status = response.status;
    failure.problem = json;
    throw failure;
  }
  return { json, next: /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '')?.[1] };
}

// A value's line breaks show (a product's specifications, a reason typed on several lines).
export function table(rows, name) {
  return `<table class="table table-condensed ${name}">${rows
    .filter(([, value]) => value && String(value).trim())
    .map(([label, value]) =>
      `<tr><th>${escape(label)}</th><td style="white-space: pre-line">${escape(value)}</td></tr>`)
    .join('')}</table>`;
}

// A way back to where the page was opened from (My orders, the inbox), when there is one.
export const backHtml = (back, backTo) =>
  back ? `<p><a href="" class="ds-back">&larr; ${escape(backTo)}</a></p>` : '';

export function wireBack(node, back) {
  node.querySelector('.ds-back')?.addEventListener('click', (event) => {
    event.preventDefault();
    back();
  });
}

// A dialog over Tasklist, one at a time; its body is for the caller to fill.
export function openPanel(name, title) {
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

// Who is logged in (GET /api/me: ID and groups), asked once per login: a new login in the same
// page (after a logout) comes with a new CSRF token.
let caller;
let callerSession;
export const currentUser = (api) => {
  if (!caller || callerSession !== api?.CSRFToken) {
    callerSession = api?.CSRFToken;
    caller = call(api, 'GET', `${apiRoot}/me`).catch((failed) => {
      caller = undefined;
      throw failed;
    });
  }
  return caller;
};

// The names of the delivery processes (GET /api/delivery-processes), asked once per page: an order
// names its process by key, a user reads the diagram's name.
let processNames;
export const processNameOf = async (api, processKey) => {
  processNames ??= call(api, 'GET', `${apiRoot}/delivery-processes`)
    .then((processes) => new Map(processes.map((process) => [process.processKey, process.name])))
    .catch((failed) => {
      processNames = undefined;
      throw failed;
    });
  try {
    return (await processNames).get(processKey) || processKey;
  } catch (unknown) {
    return processKey;
  }
};

// The groups of Roles.java (TasklistPagesGroupsTest keeps them so), for what a page offers; each
// call's answer still decides.
export const GROUPS = {
  sellers: 'sellers',
  operationsManagers: 'operationsManagers',
  marketplaceAdmins: 'marketplaceAdmins',
};
// A group as a user calls it; "offered to operationsManagers" would name an ID.
export const groupName = (group) => ({
  operationsManagers: 'operations managers',
  marketplaceAdmins: 'marketplace administrators',
}[group] || group);
export const isIn = (me, ...groups) => me.groupIds.some((group) => groups.includes(group));
// Operations managers and administrators see every order (ALL-2).
export const seesAllOrders = (me) => isIn(me, GROUPS.operationsManagers, GROUPS.marketplaceAdmins);

// The links between pages of a list read by offset: back while not at the first page, on while
// the page is full.
export const pagerHtml = (offset, size, shown, [back, on] = ['Newer', 'Older']) =>
  `${offset ? `<a href="" class="ds-page-back">${back}</a> ` : ''}${
    shown === size ? `<a href="" class="ds-page-on">${on}</a>` : ''}`;

export function wirePager(node, offset, size, go) {
  const page = (selector, to) =>
    node.querySelector(selector)?.addEventListener('click', (event) => {
      event.preventDefault();
      go(to);
    });
  page('.ds-page-back', Math.max(0, offset - size));
  page('.ds-page-on', offset + size);
}
