/** Live regions stay in the page so that screen readers announce the messages put into them. */

export function ErrorMessage({ message }: { message: string | null }) {
  return (
    <div className="live" aria-live="assertive" aria-atomic="true">
      {message ? <p className="notice notice-error">{message}</p> : null}
    </div>
  );
}

export function StatusMessage({
  message,
  tone = 'info',
}: {
  message: string | null;
  tone?: 'info' | 'success';
}) {
  return (
    <div className="live" aria-live="polite" aria-atomic="true">
      {message ? <p className={`notice notice-${tone}`}>{message}</p> : null}
    </div>
  );
}
