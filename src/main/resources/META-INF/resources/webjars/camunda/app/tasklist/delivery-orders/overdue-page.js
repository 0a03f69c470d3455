// The overdue view in Tasklist, for operations managers and administrators: tasks past their due
// date, automatic deadlines (confirmation period, customer silence, completion) close or past,
// orders past their delivery period (REL-3) and release reviews past due (REL-7), soonest first;
// each opens its order or product. Below, the e-mails whose attempts are used up (ALL-4), which
// an operator sends again once the mail server is back.
import { apiRoot, call, escape, showFailure, when } from './common.js';
import { showOrder } from './order-page.js';
import { showProduct } from './product-page.js';

const KINDS = {
  TASK: 'task past its due date',
  DEADLINE: 'automatic deadline',
  DELIVERY_PERIOD: 'delivery period passed',
};

const FAILED_SHOWN = 50;

async function failedMailHtml(api) {
  const failed = await call(api, 'GET', `${apiRoot}/mail-outbox/failed?limit=${FAILED_SHOWN}`);
  if (!failed.length) return '<h5>E-mails not delivered</h5><p>None: every e-mail was sent or is on its way.</p>';
  return `<h5>E-mails not delivered</h5>
    <table class="table table-condensed ds-failed-mail"><thead><tr><th>Told</th><th>To</th><th>Subject</th>
      <th>Attempts</th><th>Last error</th></tr></thead><tbody>${failed.map((mail) => `
      <tr class="ds-failed-mail-row"><td>${escape(when(mail.createdAt))}</td><td>${escape(mail.recipient)}</td>
        <td>${escape(mail.subject)}</td><td>${escape(mail.mailAttempts)}</td><td>${escape(mail.mailError)}</td></tr>`)
      .join('')}</tbody></table>
    ${failed.length === FAILED_SHOWN ? `<p>The newest ${FAILED_SHOWN} are shown.</p>` : ''}
    <p><label>Told <select class="form-control input-sm ds-retry-since" style="display:inline-block;width:auto">
        <option value="">at any time</option><option value="7">in the last 7 days</option>
        <option value="1">in the last day</option></select></label>
      <button type="button" class="btn btn-default ds-retry-mail">Send them all again</button>
      <span class="ds-retry-result" role="status"></span></p>`;
}

function wireRetry(node, api) {
  node.querySelector('.ds-retry-mail')?.addEventListener('click', async () => {
    const result = node.querySelector('.ds-retry-result');
    try {
      // An e-mail about a step done long ago tells nobody anything: the operator may leave it.
      const days = node.querySelector('.ds-retry-since').value;
      const since = days ? `?toldSince=${encodeURIComponent(
        new Date(Date.now() - days * 24 * 3600 * 1000).toISOString())}` : '';
      const { retried } = await call(api, 'POST', `${apiRoot}/mail-outbox/failed/retry${since}`);
      await listOverdue(node, api);
      node.querySelector('.ds-failed-mail-section').insertAdjacentHTML('beforeend',
        `<p class="text-success ds-retry-done">${escape(retried)} e-mails are sent again, each with all its attempts.</p>`);
    } catch (refused) {
      result.textContent = refused.message;
      result.className = 'ds-retry-result text-danger';
    }
  });
}

export async function listOverdue(node, api) {
  node.innerHTML = '<p>Loading what is due...</p>';
  try {
    const [items, failedMail] = await Promise.all([
      call(api, 'GET', `${apiRoot}/orders/overdue?limit=200`),
      failedMailHtml(api),
    ]);
    node.innerHTML = `${items.length
      ? `<table class="table table-hover ds-overdue"><thead><tr><th>Due</th><th></th><th>What</th>
           <th>Step</th><th>Order or product</th></tr></thead><tbody>${items
             .map((item) => `
               <tr class="ds-overdue-row${item.overdue ? ' danger' : ''}" style="cursor:pointer"
                 data-order="${escape(item.orderId)}" data-product="${escape(item.productId)}">
                 <td>${escape(when(item.dueAt))}</td><td>${item.overdue ? 'overdue' : 'soon'}</td>
                 <td>${escape(KINDS[item.kind] || item.kind)}</td><td>${escape(item.step)}</td>
                 <td>${escape(item.orderId || item.productId)}</td></tr>`)
             .join('')}</tbody></table>`
      : '<p>Nothing is overdue or due soon.</p>'}
      <div class="ds-failed-mail-section">${failedMail}</div>`;
    wireRetry(node, api);
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
