// KooGallery's products in Tasklist (REL-1, REL-3..REL-7): everyone finds the listed ones; a
// seller also its own drafts, writes and edits them, asks for their release, withdraws a request,
// and reads each review's outcome and reason. What the seller may do is the API's decision: a
// refused change shows the API's words (for a draft not ready, every field it lacks at once).
import {
  apiRoot, backHtml, call, currentUser, escape, GROUPS, isIn, pagerHtml, showFailure, table,
  when, wireBack, wirePager,
} from './common.js';
import {
  billingSelect, customSpecificationIn, customSpecificationPanel, PRICE_HEADINGS, priceCells, priceIn, specificationText,
} from './custom-pricing.js';
import { quoteFormHtml, wireQuoteForm } from './quote-form.js';

const nameOf = (product) => (product.working || product.listed || {}).name || product.productId;

const PAGE = 50;

export async function listProducts(node, api, name = '', offset = 0) {
  node.innerHTML = `
    <form class="form-inline ds-product-search">
      <input class="form-control ds-search-name" placeholder="Product name" value="${escape(name)}">
      <button class="btn btn-default" type="submit">Search</button>
      <span class="ds-new-product-slot"></span>
    </form>
    <div class="ds-product-list"><p>Loading the products...</p></div>`;
  const again = (search = name) => listProducts(node, api, search);
  node.querySelector('.ds-product-search').addEventListener('submit', (event) => {
    event.preventDefault();
    again(node.querySelector('.ds-search-name').value.trim());
  });
  const list = node.querySelector('.ds-product-list');
  try {
    const query = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
    if (name) query.set('name', name);
    const [me, products] = await Promise.all([
      currentUser(api),
      call(api, 'GET', `${apiRoot}/products?${query}`),
    ]);
    if (isIn(me, GROUPS.sellers)) {
      node.querySelector('.ds-new-product-slot').innerHTML =
        '<button type="button" class="btn btn-primary ds-new-product">New product</button>';
      node.querySelector('.ds-new-product').addEventListener('click', () =>
        editProduct(node, api, null, () => again(), (saved) =>
          showProduct(node, api, saved.productId, () => again(), 'Products')));
    }
    list.innerHTML = products.length
      ? `<table class="table table-hover ds-products"><thead><tr><th>Product</th><th>ID</th>
           <th>Seller</th><th>Status</th><th>Being worked on</th></tr></thead><tbody>${products
             .map((product) => `
               <tr class="ds-product-row" data-product="${escape(product.productId)}" style="cursor:pointer">
                 <td>${escape(nameOf(product))}</td><td>${escape(product.productId)}</td>
                 <td>${escape(product.sellerId)}</td><td>${escape(product.status)}</td>
                 <td>${escape(product.sellerId === me.userId ? product.workingState : '')}</td></tr>`)
             .join('')}</tbody></table>${pagerHtml(offset, PAGE, products.length, ['Previous', 'Next'])}`
      : '<p>No products.</p>';
    wirePager(list, offset, PAGE, (to) => listProducts(node, api, name, to));
    list.querySelectorAll('.ds-product-row').forEach((row) =>
      row.addEventListener('click', () =>
        showProduct(node, api, row.dataset.product, () => listProducts(node, api, name, offset),
          'Products')));
  } catch (failed) {
    showFailure(list, failed);
  }
}

// What the product's seller may do with it now; the API refuses what its state does not allow.
function sellerActions(product) {
  if (product.workingState === 'IN_REVIEW') {
    return `<p><button type="button" class="btn btn-default ds-withdraw">Withdraw the release request</button></p>`;
  }
  return `<p><button type="button" class="btn btn-default ds-edit-product">${
    product.working ? 'Edit the draft' : 'Edit: a new revision'}</button>
    ${product.workingState === 'DRAFT'
      ? ' <button type="button" class="btn btn-primary ds-request-release">Request the release</button>'
      : ''}</p>`;
}

// REL-7: each release request with its review's outcome and reason; the API gives them to the
// product's seller and administrators only.
const releaseRequestsHtml = (requests) => `<h5>Release requests</h5>
  ${requests.length ? `<ol class="ds-release-requests">${requests.map((request) => `
    <li>Revision ${escape(request.revision)}, submitted ${escape(when(request.submittedAt))}: ${
      escape(request.outcome || `in review, due ${when(request.reviewDueAt)}`)}${
      request.reason ? ` (${escape(request.reason)})` : ''}${
      request.decidedBy ? `, by ${escape(request.decidedBy)} ${escape(when(request.decidedAt))}` : ''}</li>`)
    .join('')}</ol>` : '<p>No release requests.</p>'}`;

// REL-6 REL-7: a product as the caller may read it: what is listed, what its seller is working on,
// and each release request with its review's outcome and reason.
export async function showProduct(node, api, productId, back, backTo) {
  node.innerHTML = '<p>Loading the product...</p>';
  try {
    const path = `${apiRoot}/products/${encodeURIComponent(productId)}`;
    const [product, me] = await Promise.all([call(api, 'GET', path), currentUser(api)]);
    const revision = product.working || product.listed || {};
    const own = product.sellerId === me.userId;
    node.innerHTML = `
      <div class="ds-product">
        ${backHtml(back, backTo)}
        <h4>${escape(nameOf(product))}</h4>
        ${table([
          ['Product', product.productId],
          ['Seller', product.sellerId],
          ['Status', product.status],
          ['Listed revision', product.listedRevision],
          ['Being worked on', product.workingState],
          ['Delivery method', revision.deliveryMethod],
          ['Delivery', revision.serviceFlowTemplate],
          ['Delivery period', revision.deliveryPeriodDays ? `${revision.deliveryPeriodDays} days` : ''],
          ['Delivery items', (revision.deliveryItems || []).join('; ')],
          ['Specifications', (revision.specifications || [])
            .map((spec) => specificationText(spec, revision.currency)).join('\n')],
        ], 'ds-product-facts')}
        ${quoteFormHtml(product)}
        ${product.releaseRequests ? releaseRequestsHtml(product.releaseRequests) : ''}
        ${own ? `<h5>What you can do</h5>${sellerActions(product)}` : ''}
        <p class="ds-product-result" role="status"></p>
      </div>`;
    wireBack(node, back);
    wireQuoteForm(node, api, product);
    const result = node.querySelector('.ds-product-result');
    const again = () => showProduct(node, api, productId, back, backTo);
    const act = (button, method, suffix, done) =>
      node.querySelector(button)?.addEventListener('click', async () => {
        try {
          await call(api, method, `${path}/${suffix}`);
          await again();
          node.querySelector('.ds-product-result').textContent = done;
          node.querySelector('.ds-product-result').className = 'ds-product-result text-success';
        } catch (refused) {
          result.textContent = refused.message;
          result.className = 'ds-product-result text-danger';
        }
      });
    act('.ds-request-release', 'POST', 'release-requests',
      'Submitted: the marketplace reviews it within 3 working days.');
    act('.ds-withdraw', 'DELETE', 'release-requests/pending', 'Withdrawn: the draft is yours again.');
    node.querySelector('.ds-edit-product')?.addEventListener('click', () =>
      editProduct(node, api, product, again, again));
  } catch (failed) {
    showFailure(node, failed);
  }
}

// The form of a draft (or of a listed product's next revision), which goes back or, once saved,
// on: specifications with a simple price in a table, those with custom pricing (REL-5) each in
// a panel of their own (custom-pricing.js).
async function editProduct(node, api, product, back, saved) {
  node.innerHTML = '<p>Loading the form...</p>';
  let processes;
  try {
    processes = await call(api, 'GET', `${apiRoot}/delivery-processes`);
  } catch (failed) {
    showFailure(node, failed);
    return;
  }
  const draft = product ? product.working || product.listed || {} : {};
  const simple = (draft.specifications || []).filter((spec) => spec.pricingTemplate !== 'CUSTOM');
  const custom = (draft.specifications || []).filter((spec) => spec.pricingTemplate === 'CUSTOM');
  const option = (value, label, chosen) =>
    `<option value="${escape(value)}"${value === chosen ? ' selected' : ''}>${escape(label)}</option>`;
  const field = (label, input) =>
    `<div class="form-group"><label>${escape(label)}</label>${input}</div>`;
  node.innerHTML = `
    <form class="ds-product-form">
      <p><a href="" class="ds-back">&larr; ${product ? 'Back to the product' : 'Products'}</a></p>
      <h4>${product ? `Edit ${escape(nameOf(product))}` : 'New product'}</h4>
      <p>A draft needs only its name; asking for its release needs everything.</p>
      ${field('Name', `<input class="form-control ds-product-name" maxlength="200" value="${escape(draft.name)}">`)}
      ${field('Delivery method', `<select class="form-control ds-delivery-method">${option('', '', draft.deliveryMethod || '')}${
        ['LICENSE', 'SAAS', 'PROFESSIONAL_SERVICE'].map((m) => option(m, m, draft.deliveryMethod)).join('')}</select>`)}
      ${field('Delivery process its orders follow', `<select class="form-control ds-service-flow">${
        option('', '', draft.serviceFlowTemplate || '')}${processes
        .map((process) => option(process.processKey, process.name, draft.serviceFlowTemplate)).join('')}</select>`)}
      ${field('Delivery period in days', `<input type="number" min="1" class="form-control ds-delivery-days" value="${
        escape(draft.deliveryPeriodDays)}">`)}
      ${field('Currency (ISO code, e.g. USD)', `<input class="form-control ds-currency" maxlength="3" value="${escape(draft.currency)}">`)}
      ${field('Delivery items, one per line (what the customer accepts)', `<textarea class="form-control ds-delivery-items" rows="3">${
        escape((draft.deliveryItems || []).join('\n'))}</textarea>`)}
      <h5>Specifications</h5>
      <table class="table table-condensed ds-specifications"><thead><tr><th>Name</th><th>Billing</th>
        ${PRICE_HEADINGS}<th></th></tr></thead><tbody></tbody></table>
      <p><button type="button" class="btn btn-default btn-sm ds-add-specification">Add a specification</button></p>
      <h5>Specifications with custom pricing: a price for each combination of choices</h5>
      <div class="ds-custom-specifications"></div>
      <p><button type="button" class="btn btn-default btn-sm ds-add-custom">Add a specification with custom pricing</button></p>
      <p><button type="submit" class="btn btn-primary ds-save-product">Save the draft</button></p>
      <p class="ds-product-result text-danger" role="alert"></p>
    </form>`;
  wireBack(node, back);
  // A product's delivery process pays as its delivery method is paid (REL-1, REL-2, SAAS-3): only
  // the processes that fit the chosen method are offered; a choice that no longer fits is undone.
  const methodSelect = node.querySelector('.ds-delivery-method');
  const flowSelect = node.querySelector('.ds-service-flow');
  const offerFittingFlows = () => {
    [...flowSelect.options].forEach((choice) => {
      const process = processes.find((candidate) => candidate.processKey === choice.value);
      choice.hidden = Boolean(process && methodSelect.value
        && !process.deliveryMethods.includes(methodSelect.value));
      choice.disabled = choice.hidden;
    });
  };
  offerFittingFlows();
  methodSelect.addEventListener('change', () => {
    offerFittingFlows();
    if (flowSelect.selectedOptions[0]?.disabled) flowSelect.value = '';
  });
  const rows = node.querySelector('.ds-specifications tbody');
  const addRow = (spec = {}) => {
    const row = document.createElement('tr');
    row.className = 'ds-specification';
    row.innerHTML = `
      <td><input class="form-control input-sm ds-spec-name" value="${escape(spec.name)}"></td>
      <td>${billingSelect('ds-spec-billing', spec.billing)}</td>
      ${priceCells(spec.price)}
      <td><button type="button" class="btn btn-link btn-sm ds-remove-specification">Remove</button></td>`;
    row.querySelector('.ds-remove-specification').addEventListener('click', () => row.remove());
    rows.appendChild(row);
  };
  (simple.length ? simple : [{}]).forEach((spec) => addRow(spec));
  node.querySelector('.ds-add-specification').addEventListener('click', () => addRow());
  const customs = node.querySelector('.ds-custom-specifications');
  custom.forEach((spec) => customs.appendChild(customSpecificationPanel(spec)));
  node.querySelector('.ds-add-custom').addEventListener('click', () =>
    customs.appendChild(customSpecificationPanel()));
  node.querySelector('.ds-product-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (selector) => node.querySelector(selector).value.trim() || undefined;
    const specifications = [...rows.querySelectorAll('.ds-specification')]
      .map((row) => ({
        name: row.querySelector('.ds-spec-name').value.trim() || undefined,
        billing: row.querySelector('.ds-spec-billing').value,
        pricingTemplate: 'SIMPLE',
        price: priceIn(row),
      }))
      .filter((spec) => spec.name || spec.price)
      .concat([...customs.querySelectorAll('.ds-custom-specification')].map(customSpecificationIn));
    const items = node.querySelector('.ds-delivery-items').value.split('\n')
      .map((item) => item.trim()).filter(Boolean);
    const body = {
      name: value('.ds-product-name'),
      deliveryMethod: value('.ds-delivery-method'),
      serviceFlowTemplate: value('.ds-service-flow'),
      deliveryPeriodDays: value('.ds-delivery-days') && Number(value('.ds-delivery-days')),
      currency: value('.ds-currency')?.toUpperCase(),
      deliveryItems: items.length ? items : undefined,
      specifications: specifications.length ? specifications : undefined,
    };
    try {
      await saved(product
        ? await call(api, 'PUT', `${apiRoot}/products/${encodeURIComponent(product.productId)}`, body)
        : await call(api, 'POST', `${apiRoot}/products`, body));
      node.querySelector('.ds-product-result').textContent = 'Saved.';
      node.querySelector('.ds-product-result').className = 'ds-product-result text-success';
    } catch (refused) {
      // The API counts the specifications it was sent, tables and panels together, from 0: the
      // user reads which one by its name.
      node.querySelector('.ds-product-form .ds-product-result').textContent = refused.message
        .replace(/specifications\[(\d+)\]/g, (index, number) => {
          const name = specifications[Number(number)]?.name;
          return name ? `specification "${name}"` : `specification ${Number(number) + 1}`;
        });
    }
  });
}
