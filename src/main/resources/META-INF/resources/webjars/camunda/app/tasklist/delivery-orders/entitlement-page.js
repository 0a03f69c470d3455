import { apiRoot, backHtml, call, showFailure, table, escape, when, wireBack } from './common.js';

// GCP-1..GCP-5: an entitlement as its parties may read it: its facts, its transfers with who must
// approve and what each decided, and every change a transfer made.
export async function showEntitlement(node, api, entitlementId, back, backTo) {
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
