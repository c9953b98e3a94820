/** A save refused because someone else saved first: nothing was overwritten; reload to see their version. */
export function StaleNotice({ version, onReload }: { version: number; onReload: () => void }) {
  return (
    <div className="notice notice-error stale" role="alert">
      <p>
        The plan was changed by someone else (it is now version {version}). Your changes were not saved:
        reload the plan and apply them again.
      </p>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
