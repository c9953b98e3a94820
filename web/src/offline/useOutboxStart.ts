import { useEffect, useState } from 'react';

// What every outbox of a field screen does around its own sending (web/src/<part>/use*Outbox.ts): it follows
// whether the device has a connection, reads what waits on the device when the screen opens, and sends it then
// and each time the connection returns.

/** Whether the device has a connection, as the browser says it, kept up to date. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/**
 * Once the person is known (`author`): the queue kept on the device for this record, read with `read` into
 * `setQueue`; then `send`, at once when there is a connection and again whenever it returns (`send(true)`: the
 * connection has come back, so the record is read again). `send` must be stable (a useCallback).
 */
export function useOutboxStart<T>(
  key: string,
  author: unknown,
  read: (key: string) => Promise<T[]>,
  setQueue: (q: T[]) => void,
  send: (returned?: boolean) => Promise<unknown>,
): void {
  useEffect(() => {
    if (!author) return;
    let live = true;
    void read(key).then(
      (q) => live && setQueue(q),
      () => undefined,
    );
    if (navigator.onLine) void send();
    const up = () => void send(true);
    window.addEventListener('online', up);
    return () => {
      live = false;
      window.removeEventListener('online', up);
    };
  }, [key, author, read, setQueue, send]);
}
