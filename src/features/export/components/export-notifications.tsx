import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Where export messages appear (done, copied, clipboard refused → downloaded, failed). */
export function ExportNotifications() {
  return <Notifications position="bottom-right" limit={3} autoClose={6000} />;
}
