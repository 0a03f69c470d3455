// REL-2 in Tasklist: a seller reads what KooGallery settled with it, month by month (operations
// managers and administrators read every seller's), with the total per currency: each completed
// license order and each paid renewal of one (LIC-7).
import {
  apiRoot, call, escape, GROUPS, isIn, money, seesAllOrders, showFailure, when,
} from './common.js';
import { showOrder } from './order-page.js';

// Those the API shows settlements to; for anyone else the list would be empty.
export const readsSettlements = (me) => isIn(me, GROUPS.sellers) || seesAllOrders(me);

export async function listSettlements(node, api, month = new Date().toISOString().slice(0, 7)) {
  node.innerHTML = `
    <form class="form-inline ds-settlement-month">
      <label for="ds-month">Settled in</label>
      <input type="month" id="ds-month" class="form-control ds-month" value="${escape(month)}">
      <button class="btn btn-default" type="submit">Show</button>
    </form>
    <div class="ds-settlement-list"><p>Loading the settlements...</p></div>`;
  node.querySelector('.ds-settlement-month').addEventListener('submit', (event) => {
    event.preventDefault();
    listSettlements(node, api, node.querySelector('.ds-month').value);
  });
  const list = node.querySelector('.ds-settlement-list');
  try {
    const settlements = await call(api, 'GET',
      `${apiRoot}/settlements?month=${encodeURIComponent(month)}`);
    const totals = new Map();
    settlements.forEach((settlement) =>
      totals.set(settlement.currency, (totals.get(settlement.currency) || 0) + Number(settlement.amount)));
    list.innerHTML = settlements.length
      ? `<table class="table table-condensed ds-settlements"><thead><tr><th>Order</th><th>Seller</th>
           <th>Amount</th><th>Completed or renewed in</th><th>Settled</th></tr></thead><tbody>${settlements
             .map((settlement) => `<tr class="ds-settlement-row" data-order="${escape(settlement.orderId)}"
               style="cursor:pointer"><td>${escape(settlement.orderId)}${settlement.renewalId
                 ? ` <span class="ds-settlement-renewal">(renewal ${escape(settlement.renewalId)})</span>` : ''}</td><td>${escape(settlement.sellerId)}</td>
               <td>${escape(money(settlement.amount, settlement.currency))}</td>
               <td>${escape(settlement.completedMonth)}</td><td>${escape(when(settlement.settledAt))}</td></tr>`)
             .join('')}</tbody></table>
         <p class="ds-settlement-total">Total: ${[...totals]
           .map(([currency, total]) => escape(money(total, currency))).join(', ')}</p>`
      : `<p>Nothing was settled in ${escape(month)}.</p>`;
    list.querySelectorAll('.ds-settlement-row').forEach((row) =>
      row.addEventListener('click', () =>
        showOrder(node, api, row.dataset.order, () => listSettlements(node, api, month), 'Settlements')));
  } catch (failed) {
    showFailure(list, failed);
  }
}
