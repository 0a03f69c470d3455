import { apiRoot, backHtml, call, showFailure, table, escape, when, wireBack } from './common.js';

// REL-6 REL-7: a product as its seller (and the marketplace) may read it: what is listed, what is
// being worked on, and each release request with its review's outcome and reason.
export async function showProduct(node, api, productId, back, backTo) {
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
