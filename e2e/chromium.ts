/** The Chromium the browser tests drive: Debian's, or the one LANTERN_CHROMIUM names (see bin/ensure-browser.js). */
export const CHROMIUM = process.env.LANTERN_CHROMIUM || '/usr/bin/chromium';
