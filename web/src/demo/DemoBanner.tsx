/** Shown on every page in demo mode, so nobody mistakes demo data for real cases. */
export function DemoBanner() {
  return (
    <div className="demo-banner" role="note">
      <strong>Demo</strong> · Everything here is made up, generated for demonstration. This server answers
      only on this machine.
    </div>
  );
}
