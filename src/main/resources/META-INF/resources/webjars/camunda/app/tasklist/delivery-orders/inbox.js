import {
  apiRoot, appRoot, call, escape, pagerHtml, showFailure, when, wirePager,
} from './common.js';
import { linkedThing, showThing } from './links.js';

// ALL-5: the user's notifications, newest first. A task's link opens the task in Tasklist; an
// order's, an entitlement's or a product's opens it here.
const INBOX_PAGE = 20;

function showUnread(count) {
  document.querySelectorAll('.ds-unread').forEach((badge) => {
    badge.textContent = count ? String(count) : '';
  });
}

function refreshUnread(api) {
  call(api, 'GET', `${apiRoot}/notifications?limit=1`)
    .then((inbox) => showUnread(inbox.unread))
    .catch(() => {});
}

// The unread count follows new notifications without a reload: asked again every half minute while
// the page is in view, and as soon as it comes back into view. One timer per page, for the user
// logged in now: a new login renders the navigation bar again, with its own api.
const UNREAD_REFRESH_MS = 30000;
let unreadApi;
let unreadTimer;
document.addEventListener('visibilitychange', () => {
  if (!document.hidden && unreadApi) refreshUnread(unreadApi);
});

export function keepUnreadCurrent(api) {
  unreadApi = api;
  clearInterval(unreadTimer);
  refreshUnread(api);
  unreadTimer = setInterval(() => {
    if (!document.hidden) refreshUnread(api);
  }, UNREAD_REFRESH_MS);
}

function notification(item) {
  const link = item.link || '';
  const thing = linkedThing(link);
  const open = thing
    ? `<a href="" class="ds-open-linked" data-kind="${escape(thing.kind)}" data-id="${escape(thing.id)}">Open the ${
      escape(thing.kind)}</a>`
    : link.startsWith(`${appRoot}/`)
      ? `<a href="${escape(link)}" class="ds-open-task">Open the task</a>`
      : '';
  return `<li class="list-group-item ds-notification${item.readAt ? '' : ' ds-unread-item'}"
      data-notification="${escape(item.notificationId)}"${item.readAt ? '' : ' style="border-left:4px solid #b5152b"'}>
      <strong>${escape(item.subject)}</strong> <small>${escape(when(item.createdAt))}</small>
      <div style="white-space:pre-wrap">${escape(item.body)}</div>
      <p>${open}${item.readAt ? '' : ' <button type="button" class="btn btn-xs btn-default ds-mark-read">Mark read</button>'}</p>
    </li>`;
}

export async function showInbox(node, api, offset = 0) {
  node.innerHTML = '<p>Loading your notifications...</p>';
  try {
    const inbox = await call(api, 'GET', `${apiRoot}/notifications?limit=${INBOX_PAGE}&offset=${offset}`);
    showUnread(inbox.unread);
    node.innerHTML = inbox.notifications.length
      ? `<p class="ds-inbox-summary">${escape(inbox.unread)} unread</p>
         <ul class="list-group ds-inbox">${inbox.notifications.map(notification).join('')}</ul>
         ${pagerHtml(offset, INBOX_PAGE, inbox.notifications.length)}`
      : '<p>No notifications.</p>';
    wirePager(node, offset, INBOX_PAGE, (to) => showInbox(node, api, to));
    node.querySelectorAll('.ds-notification').forEach((item) => {
      const read = () =>
        call(api, 'POST', `${apiRoot}/notifications/${encodeURIComponent(item.dataset.notification)}/read`);
      item.querySelector('.ds-mark-read')?.addEventListener('click', async () => {
        try {
          await read();
          showInbox(node, api, offset);
        } catch (failed) {
          item.insertAdjacentText('beforeend', failed.message);
        }
      });
      item.querySelector('.ds-open-task')?.addEventListener('click', () => {
        read().catch(() => {});
        document.querySelector('.ds-panel')?.remove();
      });
      item.querySelector('.ds-open-linked')?.addEventListener('click', (event) => {
        event.preventDefault();
        read().catch(() => {});
        const { kind, id } = event.target.dataset;
        showThing(node, api, { kind, id }, () => showInbox(node, api, offset), 'Inbox');
      });
    });
  } catch (failed) {
    showFailure(node, failed);
  }
}
