// REL-4 REL-5 in Tasklist: what a selection of a listed product costs, as the catalogue computes it
// (POST /api/products/{id}/quotes): a specification, for custom pricing a value of each choice and
// each quantity, and for yearly/monthly billing the months or years. The page only offers what the
// listed revision offers; the catalogue decides the price, and says what it refuses.
import { apiRoot, call, escape, money } from './common.js';

const PERIODS = [
  ...Array.from({ length: 11 }, (_, i) => [`P${i + 1}M`, `${i + 1} month${i ? 's' : ''}`]),
  ...Array.from({ length: 5 }, (_, i) => [`P${i + 1}Y`, `${i + 1} year${i ? 's' : ''}`]),
];

const select = (name, label, options, data = '') => `<label>${escape(label)} <select class="form-control input-sm ${
  name}"${data}>${options.map(([value, text]) => `<option value="${escape(value)}">${escape(text)}</option>`).join('')
}</select></label>`;

// The inputs the chosen specification asks for.
function selectionHtml(spec) {
  const choices = (spec.enumerations || []).map((attribute) =>
    select('ds-quote-choice', attribute.name, attribute.values.map((value) => [value, value]),
      ` data-attribute="${escape(attribute.name)}"`));
  const quantities = (spec.quantities || []).map((quantity) => `<label>${escape(quantity.name)}
    <input type="number" class="form-control input-sm ds-quote-quantity" data-quantity="${escape(quantity.name)}"
      min="${escape(quantity.min)}" max="${escape(quantity.max)}" step="${escape(quantity.step)}" value="${
      escape(quantity.min)}"></label>`);
  const period = spec.billing === 'YEARLY_MONTHLY' ? [select('ds-quote-period', 'for', PERIODS)] : [];
  return choices.concat(quantities, period).join(' ');
}

function selectionIn(node, spec) {
  const attributes = Object.fromEntries([...node.querySelectorAll('.ds-quote-choice')]
    .map((choice) => [choice.dataset.attribute, choice.value]));
  const quantities = Object.fromEntries([...node.querySelectorAll('.ds-quote-quantity')]
    .map((input) => [input.dataset.quantity, Number(input.value)]));
  return {
    specification: spec.name,
    attributes: Object.keys(attributes).length ? attributes : undefined,
    quantities: Object.keys(quantities).length ? quantities : undefined,
    purchasedPeriod: node.querySelector('.ds-quote-period')?.value,
  };
}

export function quoteFormHtml(product) {
  const specs = product.listed?.specifications || [];
  if (!specs.length) return '';
  return `<h5>What it costs</h5>
    <form class="form-inline ds-quote" novalidate>
      ${select('ds-quote-specification', 'Specification', specs.map((spec) => [spec.name, spec.name]))}
      <span class="ds-quote-selection"></span>
      <button type="submit" class="btn btn-default btn-sm ds-quote-price">Price it</button>
      <p class="ds-quote-result" role="status"></p>
    </form>`;
}

export function wireQuoteForm(node, api, product) {
  const form = node.querySelector('.ds-quote');
  if (!form) return;
  const specs = product.listed.specifications;
  const chosen = () => specs.find((spec) => spec.name === form.querySelector('.ds-quote-specification').value);
  const result = form.querySelector('.ds-quote-result');
  const offer = () => {
    form.querySelector('.ds-quote-selection').innerHTML = selectionHtml(chosen());
    result.textContent = '';
  };
  form.querySelector('.ds-quote-specification').addEventListener('change', offer);
  offer();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const quote = await call(api, 'POST',
        `${apiRoot}/products/${encodeURIComponent(product.productId)}/quotes`, selectionIn(form, chosen()));
      result.textContent = `${money(quote.amount, quote.currency)} (revision ${quote.revision})`;
      result.className = 'ds-quote-result text-success';
    } catch (refused) {
      result.textContent = refused.message;
      result.className = 'ds-quote-result text-danger';
    }
  });
}
