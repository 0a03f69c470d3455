// The application inside Camunda Tasklist, so that sellers, customers and resellers need no curl:
// "My orders" in the navigation bar lists the orders the logged-in user may see; an "Order" tab on
// every task of an order shows its facts, its operation records and the actions the rules give the
// user; "Inbox" shows the user's notifications (ALL-5), each opening its task, order, entitlement
// or product. One module per page; common.js holds what they share.
import { appRoot, call, openPanel } from './common.js';
import { refreshUnread, showInbox } from './inbox.js';
import { openLinked } from './links.js';
import { openOrdersPanel, showOrder } from './order-page.js';

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

