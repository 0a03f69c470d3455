// The application inside Camunda Tasklist, so that sellers, customers and resellers need no curl:
// "My orders" in the navigation bar lists the orders the logged-in user may see; an "Order" tab on
// every task of an order shows its facts, its operation records and the actions the rules give the
// user; "Products" lists the catalogue and a seller's own products, which it writes and releases
// there; "Entitlements" the Google Cloud Marketplace entitlements of its parties; "Settlements"
// what KooGallery settled with a seller; "Overdue" what operations must look at first; "Inbox" the
// user's notifications (ALL-5), each opening its task, order, entitlement or product. One module
// per page; common.js holds what they share.
import {
  apiRoot, appRoot, call, currentUser, openPanel, seesAllOrders, showFailure,
} from './common.js';
import { listEntitlements } from './entitlement-page.js';
import { keepUnreadCurrent, showInbox } from './inbox.js';
import { openLinked } from './links.js';
import { openOrdersPanel, showOrder } from './order-page.js';
import { listOverdue } from './overdue-page.js';
import { listProducts } from './product-page.js';
import { listSettlements, readsSettlements } from './settlement-page.js';

const engine = `${appRoot}/api/engine/engine/default`;

// Tasklist offers "Create task" to everyone; only those the engine lets create tasks (Camunda's
// administrators) keep it, the others were answered 403 when they used it. Asked again at each
// login: the next user in the same page may be allowed where the last one was not.
async function offerCreateTaskOnlyWhereAllowed(api) {
  let allowed = false;
  try {
    const check = await call(api, 'GET',
      `${engine}/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7`);
    allowed = check.authorized;
  } catch (unknown) {
    // Not known: hidden, as for most users.
  }
  const hiding = document.getElementById('ds-no-create-task');
  if (allowed) {
    hiding?.remove();
  } else if (!hiding) {
    const style = document.createElement('style');
    style.id = 'ds-no-create-task';
    style.textContent = '.create-task-action { display: none !important; }';
    document.head.appendChild(style);
  }
}

// A link in Tasklist's navigation bar; its label is the page's own markup.
function navbarLink(node, className, label, open) {
  node.innerHTML = `<a href="" class="${className}">${label}</a>`;
  node.querySelector('a').addEventListener('click', (event) => {
    event.preventDefault();
    open();
  });
}

// A navigation link for the users whose groups the page is for.
function navbarLinkFor(node, api, isFor, className, label, open) {
  currentUser(api)
    .then((me) => isFor(me) && navbarLink(node, className, label, open))
    .catch(() => {});
}

export default [
  {
    id: 'delivery-supervision.my-orders',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render: (node, { api }) => {
      navbarLink(node, 'ds-my-orders', 'My orders', () => openOrdersPanel(api));
      openLinked(api);
      offerCreateTaskOnlyWhereAllowed(api);
    },
  },
  {
    id: 'delivery-supervision.products',
    pluginPoint: 'tasklist.navbar.action',
    priority: 195,
    render: (node, { api }) => {
      navbarLink(node, 'ds-products-link', 'Products', () =>
        listProducts(openPanel('ds-products-panel', 'Products'), api));
    },
  },
  {
    id: 'delivery-supervision.entitlements',
    pluginPoint: 'tasklist.navbar.action',
    priority: 193,
    render: (node, { api }) => {
      // Only Google Cloud Marketplace's parties have entitlements: the link shows for them alone.
      call(api, 'GET', `${apiRoot}/entitlements?limit=1`)
        .then((some) => {
          if (!some.length) return;
          navbarLink(node, 'ds-entitlements-link', 'Entitlements', () =>
            listEntitlements(openPanel('ds-entitlement-panel', 'Entitlements'), api));
        })
        .catch(() => {});
    },
  },
  {
    id: 'delivery-supervision.settlements',
    pluginPoint: 'tasklist.navbar.action',
    priority: 192,
    render: (node, { api }) =>
      navbarLinkFor(node, api, readsSettlements, 'ds-settlements-link', 'Settlements', () =>
        listSettlements(openPanel('ds-settlement-panel', 'Settlements'), api)),
  },
  {
    id: 'delivery-supervision.overdue',
    pluginPoint: 'tasklist.navbar.action',
    priority: 191,
    render: (node, { api }) =>
      navbarLinkFor(node, api, seesAllOrders, 'ds-overdue-link', 'Overdue', () =>
        listOverdue(openPanel('ds-overdue-panel', 'Overdue'), api)),
  },
  {
    id: 'delivery-supervision.inbox',
    pluginPoint: 'tasklist.navbar.action',
    priority: 190,
    render: (node, { api }) => {
      navbarLink(node, 'ds-open-inbox', 'Inbox <span class="badge ds-unread"></span>', () =>
        showInbox(openPanel('ds-inbox-panel', 'Inbox'), api));
      keepUnreadCurrent(api);
    },
  },
  {
    id: 'delivery-supervision.order-tab',
    pluginPoint: 'tasklist.task.detail',
    priority: 50,
    properties: { label: 'Order' },
    render: async (node, { api, taskId }) => {
      let variable;
      try {
        variable = await call(
          api,
          'GET',
          `${engine}/task/${encodeURIComponent(taskId)}/variables/orderId`,
        );
      } catch (failed) {
        // Only a task without the variable is about no order; any other failure says what it was.
        if (failed.status === 404) {
          node.innerHTML = '<p>This task is not about an order.</p>';
        } else {
          showFailure(node, failed);
        }
        return;
      }
      await showOrder(node, api, variable.value);
    },
  },
];

