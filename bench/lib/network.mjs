/**
 * The bench never leaves this machine: every request to a host other than the bench's
 * own server (127.0.0.1 / localhost) is aborted and listed, for the app and for
 * TimelineJS alike, so a run works offline and measures no network.
 */

export const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Whether a URL leaves the machine (http, https, ws or wss to a non-local host). */
export function leavesMachine(url) {
  const u = typeof url === 'string' ? new URL(url) : url;
  return /^(https?|wss?):$/.test(u.protocol) && !LOCAL_HOSTS.includes(u.hostname);
}

/** Aborts every request of `context` that leaves the machine; returns the list of them. */
export async function blockExternal(context) {
  const blocked = [];
  await context.route(leavesMachine, (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return blocked;
}
