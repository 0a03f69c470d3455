// The overdue view in Tasklist, for operations managers and administrators: tasks past their due
// date, automatic deadlines (confirmation period, customer silence, completion) close or past,
// orders past their delivery period (REL-3) and release reviews past due (REL-7), soonest first;
// each opens its order or product.
import { apiRoot, call, escape, showFailure, when } from './common.js';
import { showOrder } from './order-page.js';
import { showProduct } from './product-page.js';

const KINDS = {
  TASK: 'task past its due date',
  DEADLINE: 'automatic deadline',
  DELIVERY_PERIOD: 'delivery period passed',
};

export async function listOverdue(node, api) {
  node.innerHTML = '<p>Loading what is due...</p>';
  try {
    const items = await call(api, 'GET', `${apiRoot}/orders/overdue?limit=200`);
    node.innerHTML = items.length
      ? `<table class="table table-hover ds-overdue"><thead><tr><th>Due</th><th></th><th>What</th>
           <th>Step</th><th>Order or product</th></tr></thead><tbody>${items
             .map((item) => `
               <tr class="ds-overdue-row${item.overdue ? ' danger' : ''}" style="cursor:pointer"
                 data-order="${escape(item.orderId)}" data-product="${escape(item.productId)}">
                 <td>${escape(when(item.dueAt))}</td><td>${item.overdue ? 'overdue' : 'soon'}</td>
                 <td>${escape(KINDS[item.kind] || item.kind)}</td><td>${escape(item.step)}</td>
                 <td>${escape(item.orderId || item.productId)}</td></tr>`)
             .join('')}</tbody></table>`
      : '<p>Nothing is overdue or due soon.</p>';
    const back = () => listOverdue(node, api);
    node.querySelectorAll('.ds-overdue-row').forEach((row) =>
      row.addEventListener('click', () =>
        (row.dataset.order
          ? showOrder(node, api, row.dataset.order, back, 'Overdue')
          : showProduct(node, api, row.dataset.product, back, 'Overdue'))));
  } catch (failed) {
    showFailure(node, failed);
  }
}
