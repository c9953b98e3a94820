import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureWebBuilt,
  launchChromium,
  type RunningServer,
  signInAsDemo,
  startServer,
  watchedPage,
} from './lantern-server.ts';

// A public report gives its place in words only, so no routing rule by country or area takes it (issue 16). The
// NGO's hotline operator prepares a routing (no rule takes it), then places the report on the offline map in
// Samut Sakhon with Thailand while triaging: the proposal under review follows the triage and now names the
// police division (the rule for Thailand) and the labour office (labour exploitation in Samut Sakhon), with the
// warning that their jurisdictions overlap.

const TABLET = { width: 1024, height: 768 };
const NGO = 'Mekong Migrant Rights Network (demo)';
const POLICE = 'Anti-Trafficking Police Division (demo)';
const LABOUR = 'Provincial Labour Protection Office, Samut Sakhon (demo)';
const TEXT =
  'Women at the fish-ball factory by the Mahachai market work nights and are not allowed to leave.';
const PLACE = 'Fish-ball factory by the market, Mahachai';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('a public report placed on the map while triaging', () => {
  it('is then proposed to the police and the labour office, with the overlap flagged', async () => {
    // The reporter, with no account and no JavaScript: the place in words only.
    const reporter = await browser.newContext({ viewport: TABLET, javaScriptEnabled: false });
    let page = await reporter.newPage();
    await page.goto(`${server.baseUrl}/report`);
    await page.getByLabel('What is happening?').fill(TEXT);
    await page.getByLabel('Where?').fill(PLACE);
    await page.getByLabel('When?').fill('Every night');
    await page.getByLabel('Forced or unpaid work').check();
    await page.getByRole('button', { name: 'Send report' }).click();
    await heading(page, 'Your report has been sent').waitFor();
    await reporter.close();

    const hotline = await watchedPage(browser, TABLET);
    page = hotline.page;
    await signInAsDemo(page, server.baseUrl, NGO, /Hotline operator/);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Monitoring & tips' })
      .click();
    await page
      .getByRole('table', { name: 'Tips waiting, most urgent first' })
      .getByRole('row')
      .filter({ hasText: 'fish-ball factory' })
      .getByRole('link')
      .click();
    await heading(page, /^Tip \d+$/).waitFor();
    const summary = page.getByRole('region', { name: 'What was reported' });
    await summary.getByText(PLACE, { exact: true }).waitFor();

    // Before it is placed, no rule takes it.
    const routing = page.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Prepare a routing' }).click();
    await routing.getByText(/^No rule takes it .*choose the agency yourself\.$/).waitFor();

    // The operator places it: a tap on the offline map, then the point as the map of the market gives it.
    const triage = page.getByRole('region', { name: 'Triage' });
    const place = triage.getByRole('group', { name: 'Place it on the map' });
    await place.getByText(`The place as described: “${PLACE}”.`, { exact: false }).waitFor();
    await place.getByRole('button', { name: 'Pick on the map' }).click();
    const picker = place.getByTestId('map-picker');
    await picker.waitFor();
    const frame = await picker.boundingBox();
    if (!frame) throw new Error('no picker');
    await picker.click({ position: { x: frame.width / 2, y: frame.height / 2 } });
    await place.getByText(/^Picked: /).waitFor();
    const picked = ((await place.getByText(/^Picked: /).textContent()) ?? '').match(/(-?\d+(?:\.\d+)?), /);
    expect(await place.getByLabel('Latitude of the place').inputValue()).toBe(picked?.[1]);
    // Half a place is refused before anything is sent: the country is needed with the point.
    await triage.getByRole('button', { name: 'Record the triage' }).click();
    await triage.getByText('Choose the country of the place on the map.').waitFor();
    await place.getByLabel('Latitude of the place').fill('13.5475');
    await place.getByLabel('Longitude of the place').fill('100.2736');
    await place.getByLabel('Country of the place').selectOption({ label: 'Thailand' });
    await triage.getByRole('button', { name: 'Record the triage' }).click();
    await triage.getByText('Tip triaged and placed on the map.').waitFor();
    await summary.getByText(`${PLACE}, Thailand (13.54750, 100.27360)`).waitFor();

    // The proposal under review follows the triage: both agencies by their rules, and the overlap.
    await routing.getByText(/^No rule takes it/).waitFor({ state: 'detached' });
    await expect(routing.getByLabel(`${POLICE} (Police)`).isChecked()).resolves.toBe(true);
    await expect(routing.getByLabel(`${LABOUR} (Labour inspectorate)`).isChecked()).resolves.toBe(true);
    await routing
      .getByText('By the rule: Thailand: tips and findings to the anti-trafficking police')
      .waitFor();
    await routing
      .getByText('By the rule: Labour exploitation in Samut Sakhon to the provincial labour office')
      .waitFor();
    await routing
      .getByText(
        'Jurisdictions overlap: more than one agency may act on this tip. Agree between them who leads before both move.',
      )
      .waitFor();
    // Asked again from scratch, the proposal is the same.
    await routing.getByRole('button', { name: 'Not now' }).click();
    await routing.getByRole('button', { name: 'Prepare a routing' }).click();
    await routing.getByText(/^Jurisdictions overlap/).waitFor();
    await expect(routing.getByRole('checkbox').count()).resolves.toBe(2);

    // The history says it was placed; the place is now corrected, not placed afresh.
    await page
      .getByRole('region', { name: 'History' })
      .getByText(/; placed on the map/)
      .waitFor();
    await expect(triage.getByRole('group', { name: 'Place it on the map' }).count()).resolves.toBe(0);
    expect(hotline.problems).toEqual([]);
    await hotline.context.close();
  }, 180_000);
});
