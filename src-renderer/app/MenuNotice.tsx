import { useRoute } from './router';
import { hrefFor } from './routes';
import { useMenuNotice } from './run-app-command';

/**
 * Says why a menu command did nothing on this screen (a polite live region, present from the
 * start so the message is announced). The message belongs to the screen it was asked on.
 */
export function MenuNotice() {
  const notice = useMenuNotice((s) => s.notice);
  const route = useRoute();
  const message = notice !== null && notice.href === hrefFor(route) ? notice.message : null;
  return (
    <div role="status" data-testid="menu-notice">
      {message !== null && <p className="nhsuk-inset-text nhsuk-u-margin-top-0">{message}</p>}
    </div>
  );
}
