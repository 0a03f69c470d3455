import { appRoot, openPanel } from './common.js';
import { showEntitlement } from './entitlement-page.js';
import { listOrders, showOrder } from './order-page.js';
import { showProduct } from './product-page.js';

// What a notification's link opens here: ?order=, ?entitlement= or ?product= before Tasklist's own
// #/... (so that Tasklist's navigation and login keep it), as e-mailed; or the API resource that
// notifications written before these links named.
const LINKED = [
  { kind: 'order', title: 'My orders', earlier: /^\/api\/orders\/([^/?#]+)$/ },
  {
    kind: 'entitlement',
    title: 'Entitlement',
    earlier: /^\/api\/entitlements\/([^/?#]+)(?:\/transfers)?$/,
  },
  { kind: 'product', title: 'Product', earlier: /^\/api\/products\/([^/?#]+)$/ },
];

export function linkedThing(link) {
  for (const thing of LINKED) {
    const earlier = thing.earlier.exec(link);
    const id = earlier
      ? decodeURIComponent(earlier[1])
      : link.startsWith(`${appRoot}/app/tasklist/`)
        ? new URL(link, window.location.origin).searchParams.get(thing.kind)
        : null;
    if (id) return { ...thing, id };
  }
  return null;
}

export function showThing(node, api, thing, back, backTo) {
  const show = { order: showOrder, entitlement: showEntitlement, product: showProduct }[thing.kind];
  return show(node, api, thing.id, back, backTo);
}

// A link from a notification opens its order, entitlement or product at once.
export function openLinked(api) {
  const thing = linkedThing(window.location.pathname + window.location.search);
  if (!thing) return;
  const body = openPanel(thing.kind === 'order' ? 'ds-orders-panel' : `ds-${thing.kind}-panel`, thing.title);
  showThing(body, api, thing, thing.kind === 'order' ? () => listOrders(body, api, {}) : null);
}
