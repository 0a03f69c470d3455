// REL-5 in Tasklist: specifications priced per SKU. The seller lists the choices a customer makes
// (an attribute and its values, one per line); the form then asks a price for each combination of
// values (an SKU), and for each quantity (a number the customer picks, e.g. Users) a unit price or
// prices by tier. Whether a specification can be sold is the API's decision: a save or a release
// request that it refuses names each problem, in the API's field names.
import { escape, money } from './common.js';

const option = (value, chosen) =>
  `<option value="${value}"${value === chosen ? ' selected' : ''}>${value}</option>`;

// REL-4: how a specification is paid for, in the simple table and in a custom panel alike.
export const billingSelect = (name, billing) => `<select class="form-control input-sm ${name}">${
  ['YEARLY_MONTHLY', 'ONE_TIME'].map((b) => option(b, billing || 'YEARLY_MONTHLY')).join('')}</select>`;

const amountInput = (name, value) =>
  `<input type="number" step="0.01" min="0" class="form-control input-sm ${name}" value="${escape(value)}">`;

// The three amounts of every price; the billing says which the API needs (REL-4).
export const priceCells = (price = {}) => `
  <td>${amountInput('ds-once', price.oneTime)}</td>
  <td>${amountInput('ds-month', price.perMonth)}</td>
  <td>${amountInput('ds-year', price.perYear)}</td>`;

export const PRICE_HEADINGS = '<th>Price once</th><th>Per month</th><th>Per year</th>';

const text = (node, selector) => node.querySelector(selector).value.trim();

export function priceIn(node) {
  const price = {
    oneTime: text(node, '.ds-once') || undefined,
    perMonth: text(node, '.ds-month') || undefined,
    perYear: text(node, '.ds-year') || undefined,
  };
  return Object.values(price).some(Boolean) ? price : undefined;
}

// "Software Version: Basic, Enterprise" on each line.
function choicesIn(textarea) {
  return textarea.value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const colon = line.indexOf(':');
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    const values = colon < 0 ? [] : line.slice(colon + 1).split(',').map((v) => v.trim()).filter(Boolean);
    return { name, values };
  });
}

const choicesText = (enumerations = []) =>
  enumerations.map((attribute) => `${attribute.name}: ${(attribute.values || []).join(', ')}`).join('\n');

// Every combination of one value of each attribute, in the order the seller listed them.
function combinations(enumerations) {
  return enumerations.reduce((partial, attribute) => partial.flatMap((combination) =>
    attribute.values.map((value) => ({ ...combination, [attribute.name]: value }))), [{}]);
}

// One key per combination, whatever the order of its attributes.
const keyOf = (attributes) => JSON.stringify(Object.keys(attributes).sort().map((name) => [name, attributes[name]]));

const describe = (attributes) => Object.entries(attributes).map(([name, value]) => `${name} ${value}`).join(', ');

function tierRow(tier = {}) {
  const row = document.createElement('tr');
  row.className = 'ds-tier';
  row.innerHTML = `
    <td><input type="number" min="1" class="form-control input-sm ds-tier-up-to" placeholder="and above" value="${
      escape(tier.upTo)}"></td>${priceCells(tier.unitPrice)}
    <td><button type="button" class="btn btn-link btn-sm ds-remove">Remove</button></td>`;
  row.querySelector('.ds-remove').addEventListener('click', () => row.remove());
  return row;
}

function quantityPanel(quantity = {}) {
  const panel = document.createElement('div');
  panel.className = 'ds-quantity well well-sm';
  const number = (name, label, value) =>
    `<label>${label} <input type="number" class="form-control input-sm ${name}" value="${escape(value)}"></label>`;
  panel.innerHTML = `
    <div class="form-inline">
      <label>Quantity <input class="form-control input-sm ds-quantity-name" placeholder="Users" value="${
        escape(quantity.name)}"></label>
      ${number('ds-quantity-min', 'from', quantity.min)} ${number('ds-quantity-max', 'to', quantity.max)}
      ${number('ds-quantity-step', 'in steps of', quantity.step)}
      <label>charged <select class="form-control input-sm ds-quantity-pricing">${
        ['LINEAR', 'TIERED'].map((p) => option(p, quantity.pricing || 'LINEAR')).join('')}</select></label>
      <button type="button" class="btn btn-link btn-sm ds-remove">Remove</button>
    </div>
    <table class="table table-condensed ds-unit-price"><thead><tr><th>Unit price</th>${PRICE_HEADINGS}</tr></thead>
      <tbody><tr><td>every unit</td>${priceCells(quantity.unitPrice)}</tr></tbody></table>
    <div class="ds-tiers">
      <table class="table table-condensed"><thead><tr><th>Units up to</th>${PRICE_HEADINGS}<th></th></tr></thead>
        <tbody></tbody></table>
      <button type="button" class="btn btn-default btn-xs ds-add-tier">Add a tier</button>
    </div>`;
  const tiers = panel.querySelector('.ds-tiers tbody');
  (quantity.tiers || [{}]).forEach((tier) => tiers.appendChild(tierRow(tier)));
  panel.querySelector('.ds-add-tier').addEventListener('click', () => tiers.appendChild(tierRow()));
  panel.querySelector('.ds-remove').addEventListener('click', () => panel.remove());
  const pricing = panel.querySelector('.ds-quantity-pricing');
  const showPricing = () => {
    panel.querySelector('.ds-unit-price').hidden = pricing.value !== 'LINEAR';
    panel.querySelector('.ds-tiers').hidden = pricing.value !== 'TIERED';
  };
  pricing.addEventListener('change', showPricing);
  showPricing();
  return panel;
}

function quantityIn(panel) {
  const number = (selector) => (text(panel, selector) === '' ? undefined : Number(text(panel, selector)));
  const pricing = panel.querySelector('.ds-quantity-pricing').value;
  return {
    name: text(panel, '.ds-quantity-name') || undefined,
    min: number('.ds-quantity-min'),
    max: number('.ds-quantity-max'),
    step: number('.ds-quantity-step'),
    pricing,
    unitPrice: pricing === 'LINEAR' ? priceIn(panel.querySelector('.ds-unit-price')) : undefined,
    tiers: pricing === 'TIERED'
      ? [...panel.querySelectorAll('.ds-tier')].map((row) => ({
        upTo: text(row, '.ds-tier-up-to') === '' ? undefined : Number(text(row, '.ds-tier-up-to')),
        unitPrice: priceIn(row),
      }))
      : undefined,
  };
}

// The price table follows the choices as the seller types them, keeping the prices entered.
function wireSkus(panel, skus = []) {
  const choices = panel.querySelector('.ds-choices');
  const body = panel.querySelector('.ds-skus tbody');
  const prices = new Map(skus.map((sku) => [keyOf(sku.attributes || {}), sku.price]));
  const render = () => {
    body.querySelectorAll('.ds-sku').forEach((row) => prices.set(row.dataset.key, priceIn(row)));
    const attributes = choicesIn(choices).filter((attribute) => attribute.name && attribute.values.length);
    body.innerHTML = attributes.length ? combinations(attributes).map((combination) => `
      <tr class="ds-sku" data-key="${escape(keyOf(combination))}" data-attributes="${escape(JSON.stringify(combination))}">
        <td>${escape(describe(combination))}</td>${priceCells(prices.get(keyOf(combination)))}</tr>`).join('')
      : '<tr><td colspan="4">List the choices above: a price for each combination appears here.</td></tr>';
  };
  choices.addEventListener('input', render);
  render();
}

export function customSpecificationPanel(spec = {}) {
  const panel = document.createElement('div');
  panel.className = 'ds-custom-specification panel panel-default';
  panel.innerHTML = `
    <div class="panel-body">
      <div class="form-inline">
        <label>Specification <input class="form-control input-sm ds-custom-name" value="${escape(spec.name)}"></label>
        <label>Billing ${billingSelect('ds-custom-billing', spec.billing)}</label>
        <button type="button" class="btn btn-link btn-sm ds-remove-custom">Remove</button>
      </div>
      <div class="form-group"><label>Choices the customer makes, one per line: an attribute, a colon, its
        values (Software Version: Basic, Enterprise)</label>
        <textarea class="form-control ds-choices" rows="2">${escape(choicesText(spec.enumerations))}</textarea></div>
      <table class="table table-condensed ds-skus"><thead><tr><th>Combination</th>${PRICE_HEADINGS}</tr></thead>
        <tbody></tbody></table>
      <div class="ds-quantities"></div>
      <button type="button" class="btn btn-default btn-xs ds-add-quantity">Add a quantity (e.g. Users)</button>
    </div>`;
  wireSkus(panel, spec.skus);
  const quantities = panel.querySelector('.ds-quantities');
  (spec.quantities || []).forEach((quantity) => quantities.appendChild(quantityPanel(quantity)));
  panel.querySelector('.ds-add-quantity').addEventListener('click', () =>
    quantities.appendChild(quantityPanel()));
  panel.querySelector('.ds-remove-custom').addEventListener('click', () => panel.remove());
  return panel;
}

// The specification as the API takes it; combinations left without a price are left out, so that
// the API names them ("the combination ... has no price").
export function customSpecificationIn(panel) {
  const quantities = [...panel.querySelectorAll('.ds-quantity')].map(quantityIn);
  return {
    name: text(panel, '.ds-custom-name') || undefined,
    billing: panel.querySelector('.ds-custom-billing').value,
    pricingTemplate: 'CUSTOM',
    enumerations: choicesIn(panel.querySelector('.ds-choices')),
    skus: [...panel.querySelectorAll('.ds-sku')]
      .map((row) => ({ attributes: JSON.parse(row.dataset.attributes), price: priceIn(row) }))
      .filter((sku) => sku.price),
    quantities: quantities.length ? quantities : undefined,
  };
}

const amountsText = (price = {}, currency) => [
  price.oneTime != null ? `${money(price.oneTime, currency)} once` : '',
  price.perMonth != null ? `${money(price.perMonth, currency)} a month` : '',
  price.perYear != null ? `${money(price.perYear, currency)} a year` : '',
].filter(Boolean).join(', ');

// A specification in a line, for the product's page: its price, or each SKU's and quantity's.
export function specificationText(spec, currency) {
  if (spec.pricingTemplate !== 'CUSTOM') {
    return `${spec.name || '(no name)'}: ${spec.pricingTemplate || ''} ${amountsText(spec.price, currency)}`.trim();
  }
  const skus = (spec.skus || []).map((sku) => `${describe(sku.attributes || {})} ${amountsText(sku.price, currency)}`);
  const quantities = (spec.quantities || []).map((quantity) => `${quantity.name} ${quantity.min} to ${
    quantity.max} by ${quantity.step}, each unit ${quantity.pricing === 'TIERED'
    ? (quantity.tiers || []).map((tier) => `${tier.upTo ? `up to ${tier.upTo}` : 'above'}: ${
      amountsText(tier.unitPrice, currency)}`).join(', ')
    : amountsText(quantity.unitPrice, currency)}`);
  return `${spec.name || '(no name)'}: CUSTOM ${skus.concat(quantities).join('; ')}`.trim();
}
