// Google Cloud Marketplace entitlements in Tasklist (GCP-1..GCP-5): each party lists those it may
// read and opens one; its customer asks for a transfer from there, through the transfer's start
// form (the diagram's own, in Tasklist's Start process).
import {
  apiRoot, backHtml, call, currentUser, escape, GROUPS, isIn, pagerHtml, showFailure, table, when,
  wireBack, wirePager,
} from './common.js';

// GCP-1's kinds of transfer in a user's words, as the transfer's forms name them.
const KINDS = {
  BILLING_ACCOUNT: 'Change the Cloud Billing account',
  RESELLER_TO_DIRECT: 'Reseller order to a direct order',
  DIRECT_TO_RESELLER: 'Direct order to an order through a reseller',
  CHANGE_RESELLER: 'Change the reseller',
};

const PAGE = 50;
// ALL-2: a reseller that approved one of an entitlement's transfers, and is none of its parties,
// reads whose it is, not what it holds now (the API leaves those facts out).
const WITHHELD = 'What it holds now is for its parties: you read the transfers you were asked to approve.';
const TRANSFER_PROCESS = 'gcp-entitlement-transfer';

export async function listEntitlements(node, api, offset = 0) {
  node.innerHTML = '<p>Loading your entitlements...</p>';
  try {
    const entitlements = await call(api, 'GET', `${apiRoot}/entitlements?limit=${PAGE}&offset=${offset}`);
    node.innerHTML = entitlements.length
      ? `<table class="table table-hover ds-entitlements"><thead><tr><th>Entitlement</th><th>Product</th>
           <th>Customer</th><th>ISV</th><th>Reseller</th><th>Billing account</th><th>State</th></tr></thead>
           <tbody>${entitlements.map((entitlement) => `
             <tr class="ds-entitlement-row" data-entitlement="${escape(entitlement.entitlementId)}" style="cursor:pointer">
               <td>${escape(entitlement.entitlementId)}</td><td>${escape(entitlement.productId)}</td>
               <td>${escape(entitlement.customerId)}</td><td>${escape(entitlement.isvId)}</td>
               ${entitlement.state
                 ? `<td>${escape(entitlement.resellerId || 'direct')}</td><td>${escape(entitlement.billingAccountId)}</td>
                    <td>${escape(entitlement.state)}</td>`
                 : `<td colspan="3">${escape(WITHHELD)}</td>`}</tr>`).join('')}</tbody></table>
         ${pagerHtml(offset, PAGE, entitlements.length)}`
      : '<p>No entitlements.</p>';
    wirePager(node, offset, PAGE, (to) => listEntitlements(node, api, to));
    node.querySelectorAll('.ds-entitlement-row').forEach((row) =>
      row.addEventListener('click', () =>
        showEntitlement(node, api, row.dataset.entitlement, () => listEntitlements(node, api, offset),
          'Entitlements')));
  } catch (failed) {
    showFailure(node, failed);
  }
}

// GCP-3: only the customer asks, and only for an active entitlement without a transfer running;
// the start form says what else does not fit.
function askForTransfer(entitlement, transfers, me) {
  if (entitlement.customerId !== me.userId || entitlement.state !== 'ACTIVE'
    || transfers.some((transfer) => transfer.state === 'IN_PROGRESS')) {
    return '';
  }
  return `<h5>What you can do</h5>
    <p><a class="btn btn-default ds-ask-transfer" href="#/?processStart=${TRANSFER_PROCESS}">Ask for a transfer</a>
      <small>the form asks for this entitlement's ID, ${escape(entitlement.entitlementId)}</small></p>`;
}

// GCP-1: the marketplace suspends, resumes or cancels the entitlement's order, with a reason its
// parties are told; a cancelled one stays cancelled.
function changeState(entitlement, me) {
  if (!isIn(me, GROUPS.marketplaceAdmins) || entitlement.state === 'CANCELLED') return '';
  const states = ['ACTIVE', 'SUSPENDED', 'CANCELLED'].filter((state) => state !== entitlement.state);
  return `<h5>Change its state</h5>
    <form class="ds-entitlement-state">
      <div class="form-group"><label for="ds-new-state">New state</label>
        <select id="ds-new-state" class="form-control ds-new-state">${states
          .map((state) => `<option value="${state}">${state}</option>`).join('')}</select></div>
      <div class="form-group"><label for="ds-state-reason">Reason (its parties are told)</label>
        <textarea id="ds-state-reason" class="form-control ds-state-reason" rows="2" maxlength="4000"></textarea></div>
      <button type="submit" class="btn btn-default ds-change-state">Change the state</button>
    </form>`;
}

// GCP-1..GCP-5: an entitlement as its parties may read it: its facts, its transfers with who must
// approve and what each decided, and every change a transfer made.
export async function showEntitlement(node, api, entitlementId, back, backTo) {
  node.innerHTML = '<p>Loading the entitlement...</p>';
  try {
    const path = `${apiRoot}/entitlements/${encodeURIComponent(entitlementId)}`;
    const [entitlement, transfers, changes, me] = await Promise.all([
      call(api, 'GET', path),
      call(api, 'GET', `${path}/transfers`),
      call(api, 'GET', `${path}/history`),
      currentUser(api),
    ]);
    node.innerHTML = `
      <div class="ds-entitlement">
        ${backHtml(back, backTo)}
        <h4>Entitlement ${escape(entitlement.entitlementId)}</h4>
        ${entitlement.state ? table([
          ['State', entitlement.stateReason ? `${entitlement.state}: ${entitlement.stateReason}` : entitlement.state],
          ['Customer', `${entitlement.customerCompany} (${entitlement.customerId})`],
          ['ISV', entitlement.isvId],
          ['Reseller', entitlement.resellerId || 'none: a direct order'],
          ['Offer', entitlement.offerId],
          ['Product', entitlement.productId],
          ['Billing account', entitlement.billingAccountId],
          ['Order', entitlement.orderId],
        ], 'ds-entitlement-facts') : `${table([
          ['Customer', `${entitlement.customerCompany} (${entitlement.customerId})`],
          ['ISV', entitlement.isvId],
        ], 'ds-entitlement-facts')}<p class="ds-entitlement-withheld">${escape(WITHHELD)}</p>`}
        <h5>Transfers</h5>
        ${transfers.length ? `<ol class="ds-transfers">${transfers.map((transfer) => `
          <li><strong>${escape(KINDS[transfer.kind] || transfer.kind)}</strong>, ${escape(transfer.state)}${
            transfer.reason ? `: ${escape(transfer.reason)}` : ''}; asked by ${escape(transfer.requestedBy)}, ${
            escape(when(transfer.requestedAt))}${
            (transfer.waitingAt || []).length ? `<br><small>waits for: ${escape(transfer.waitingAt.join('; '))}</small>` : ''}${
            (transfer.approvals || []).length ? `<br><small>approvals: ${escape(transfer.approvals
              .map((approval) => `${approval.approver} ${approval.decision}`).join(', '))}</small>` : ''}</li>`)
          .join('')}</ol>` : '<p>No transfers.</p>'}
        <h5>Changes</h5>
        ${changes.length ? `<ol class="ds-entitlement-changes">${changes.map((change) => `
          <li>${escape(when(change.changedAt))}, ${escape(KINDS[change.kind] || change.kind)}: billing account ${
            escape(change.billingAccountBefore)} to ${escape(change.billingAccountAfter)}, reseller ${
            escape(change.resellerBefore || 'none')} to ${escape(change.resellerAfter || 'none')}</li>`)
          .join('')}</ol>` : '<p>No changes.</p>'}
        ${askForTransfer(entitlement, transfers, me)}
        ${changeState(entitlement, me)}
        <p class="ds-entitlement-result" role="status"></p>
      </div>`;
    wireBack(node, back);
    // The start form opens over Tasklist, where this page would hide it.
    node.querySelector('.ds-ask-transfer')?.addEventListener('click', () =>
      document.querySelector('.ds-panel')?.remove());
    node.querySelector('.ds-entitlement-state')?.addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = node.querySelector('.ds-entitlement-result');
      try {
        await call(api, 'PUT', `${path}/state`, {
          state: node.querySelector('.ds-new-state').value,
          reason: node.querySelector('.ds-state-reason').value,
        });
        await showEntitlement(node, api, entitlementId, back, backTo);
      } catch (refused) {
        result.textContent = refused.message;
        result.className = 'ds-entitlement-result text-danger';
      }
    });
  } catch (failed) {
    showFailure(node, failed);
  }
}
