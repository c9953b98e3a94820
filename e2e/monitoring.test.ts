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

// Non-police monitoring in the browser (issue 16). A community monitor of the NGO reports a tip naming
// themselves as the reporter and a worker, neither agreeing to be passed on; the NGO's hotline operator finds it
// in the triage queue, triages it and routes it by the demo's rules (Thailand to the police division, labour
// exploitation in Samut Sakhon also to the labour office: an overlap), reviewing the sanitised text; the police
// analyst receives it with a grading into the unit's intelligence, and neither the inbox, the copy nor the
// report ever shows the monitor's or the worker's name; the analyst's word reaches the monitor's "My tips".
// Then the must-show: a report through the public page (no JavaScript), triaged by the hotline, routed
// to the police unit, in its intelligence with the reporter withheld, and the reply read with the receipt code.
// The routing rules screen is in e2e/monitoring-rules.test.ts.

const TABLET = { width: 1024, height: 768 };
const NGO = 'Mekong Migrant Rights Network (demo)';
const POLICE = 'Anti-Trafficking Police Division (demo)';
const LABOUR = 'Provincial Labour Protection Office, Samut Sakhon (demo)';
const MONITOR = 'Aung Min Htet';
const MONITOR_PHONE = '+66 89 555 0142';
const WORKER = 'Ko Zaw Lin';
const SUPERVISOR = 'Somchai Prasert';
const SHED = 'Shrimp shed behind the pier, Mahachai';
const TEXT =
  'Twelve Myanmar workers are locked in the shrimp shed at night. Ko Zaw Lin, one of them, says the ' +
  'supervisor Somchai Prasert keeps their passports and they have not been paid since March.';
const CALL_TEXT = 'ผู้โทรแจ้งว่าคนงานในล้งกุ้งที่มหาชัยออกไปไหนไม่ได้ ให้เบอร์หัวหน้างานมา';
const FEEDBACK = 'An officer visits the shed with the labour office this week.';
const PUBLIC_TEXT =
  'The boat captain locks six fishermen in the hold when the boat is in port. Two of them look about fifteen.';
const PUBLIC_CONTACT = 'Signal @pier-watcher-77';
const REPLY = 'Thank you. The police have your report and will act on it today.';

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
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });

async function openMonitoring(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Monitoring & tips' })
    .click();
  await heading(page, 'Monitoring & tips').waitFor();
}

/** Everything the page shows, as text, for asserting that a name never appears. */
const pageText = async (page: Page) => ((await page.locator('body').textContent()) ?? '').toLowerCase();

describe('monitoring: tips reported, triaged and routed', () => {
  it('routes a monitor’s tip to the police without the monitor’s or the worker’s name', async () => {
    // The monitor reports: their name as reporter, not to be shared; the worker named, not to be shared.
    const monitor = await watchedPage(browser, TABLET);
    let page = monitor.page;
    await signInAsDemo(page, server.baseUrl, NGO, /Community or NGO monitor/);
    await openMonitoring(page);
    await expect(tab(page, 'Triage queue').count()).resolves.toBe(0);
    await tab(page, 'Report a tip').click();
    const form = page.getByRole('form', { name: 'Report a tip' });
    await form.getByLabel('How it came in').selectOption({ label: 'Community monitor' });
    await form.getByLabel('Language the reporter used').selectOption({ label: 'English' });
    await form.getByLabel('What the reporter said').fill(TEXT);
    await form.getByLabel('Kind of exploitation').selectOption({ label: 'Forced or exploited labour' });
    await form.getByRole('button', { name: 'Save the tip' }).click();
    await form.getByText('Say when it happened, in words').waitFor();
    await form.getByLabel('The place, as described').fill(SHED);
    await form.getByLabel('Country').selectOption({ label: 'Thailand' });
    await form.getByLabel('Latitude (optional)').fill('13.5475');
    await form.getByLabel('Longitude (optional)').fill('100.2736');
    await form.getByLabel('When it happened').fill('Every night since March');
    await form.getByLabel('The reporter gave their name or a way to reach them').check();
    await form.getByLabel('Reporter’s name', { exact: true }).fill(MONITOR);
    await form.getByLabel('How to reach the reporter').fill(MONITOR_PHONE);
    await form.getByRole('button', { name: 'Add a person' }).click();
    await form.getByLabel('Person 1: name').fill(WORKER);
    await form.getByLabel('Person 1: role').selectOption({ label: 'Person at risk' });
    await form.getByRole('button', { name: 'Add a person' }).click();
    await form.getByLabel('Person 2: name').fill(SUPERVISOR);
    await form.getByLabel('Person 2: role').selectOption({ label: 'Suspected exploiter' });
    await form.getByLabel('How many people are at risk (optional)').fill('12');
    await form.getByLabel('Children involved').selectOption({ label: 'No children' });
    await form.getByLabel('Immediate danger').selectOption({ label: 'Serious harm likely soon' });
    await form.getByLabel('Phone numbers named').fill('+66 81 234 5678');
    await form.getByRole('button', { name: 'Save the tip' }).click();
    await page.getByText(/^Tip saved\. It is to be triaged by .* \(due in 4 h\)\.$/).waitFor();
    await page.getByText('No other tip seems to tell the same matter.').waitFor();
    // A monitor does not triage: no link into the tip, and their own list says where it stands.
    await expect(page.getByRole('link', { name: 'Open the tip' }).count()).resolves.toBe(0);
    await tab(page, 'My tips').click();
    const mine = page.getByRole('region', { name: 'Your tips' });
    const myTip = mine.getByRole('listitem').filter({ hasText: 'Twelve Myanmar workers' });
    await myTip.getByText('Not routed to any agency yet.').waitFor();
    const tipLabel = await myTip.getAttribute('aria-label');
    expect(tipLabel).toMatch(/^Tip \d+$/);
    expect(monitor.problems).toEqual([]);
    await monitor.context.close();

    // The hotline operator triages it from the queue and routes it to the police only.
    const hotline = await watchedPage(browser, TABLET);
    page = hotline.page;
    await signInAsDemo(page, server.baseUrl, NGO, /Hotline operator/);
    await openMonitoring(page);
    // A caller tells of the same shed, in Thai: the supervisor's number finds the monitor's tip.
    await tab(page, 'Report a tip').click();
    const call = page.getByRole('form', { name: 'Report a tip' });
    await call.getByLabel('Language the reporter used').selectOption({ label: 'Thai (ไทย)' });
    await call.getByLabel('What the reporter said').fill(CALL_TEXT);
    await call.getByLabel('The place, as described').fill('Mahachai');
    await call.getByLabel('When it happened').fill('This week');
    await call.getByLabel('Phone numbers named').fill('081-234-5678');
    await call.getByRole('button', { name: 'Save the tip' }).click();
    await page
      .getByRole('list', { name: 'Possible duplicates' })
      .getByRole('listitem')
      .filter({ hasText: `${tipLabel} —` })
      .getByText(/% alike: same phone number/)
      .waitFor();
    await tab(page, 'Triage queue').click();
    const queue = page.getByRole('table', { name: 'Tips waiting, most urgent first' });
    const row = queue.getByRole('row').filter({ hasText: 'Twelve Myanmar workers' });
    await expect(row.textContent()).resolves.toMatch(/Serious harm likely soon.*due in 4 h/);
    await row.getByRole('link').click();
    await heading(page, tipLabel ?? '').waitFor();
    // The NGO's own staff see who reported it, and that it stays with them.
    const summary = page.getByRole('region', { name: 'What was reported' });
    await summary
      .getByText(`Reporter: ${MONITOR}, ${MONITOR_PHONE} — not to be shared: withheld from any routing.`)
      .waitFor();
    await summary
      .getByText(`${WORKER} (Person at risk) — not to be shared: withheld from any routing`)
      .waitFor();
    await summary.getByText(/entered by Aung Min Htet/).waitFor();
    const triage = page.getByRole('region', { name: 'Triage' });
    await triage.getByLabel('Danger', { exact: true }).selectOption({ label: 'Risk to life now' });
    await triage.getByRole('button', { name: 'Record the triage' }).click();
    await triage.getByText('Tip triaged.').waitFor();
    await summary.getByText('Risk to life now', { exact: true }).waitFor();

    // The call is the same matter.
    const dups = page.getByRole('region', { name: 'Possible duplicates' });
    const callTip = dups.getByRole('listitem').filter({ hasText: 'มหาชัย' });
    await callTip.getByText(/Hotline call.*Possible duplicate/).waitFor();
    await callTip.getByRole('button', { name: /^Same matter/ }).click();
    await dups.getByText(/^Tip \d+ confirmed as the same matter\.$/).waitFor();
    await callTip.getByText('Confirmed the same matter').waitFor();

    const routing = page.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Prepare a routing' }).click();
    await routing.getByText('The routing is ready for review.').waitFor();
    await routing.getByLabel(`${POLICE} (Police)`).waitFor();
    await routing.getByText(/^Jurisdictions overlap/).waitFor();
    const sent = routing.getByLabel('What the agency receives');
    const reviewed = await sent.inputValue();
    expect(reviewed).toContain('[withheld], one of them');
    expect(reviewed).toContain(SUPERVISOR);
    expect(reviewed).not.toContain('Zaw');
    await routing
      .getByText(
        'Withheld: the reporter’s name and contact and the names of 1 person named (no consent to share).',
      )
      .waitFor();
    // Putting a withheld name back is refused by the server.
    await sent.fill(`${reviewed} Reported by ${MONITOR}.`);
    await routing.getByLabel(`${LABOUR} (Labour inspectorate)`).uncheck();
    await routing.getByRole('button', { name: 'Send the tip' }).click();
    await routing.getByText(/still holds an identity that is withheld/).waitFor();
    await sent.fill(reviewed);
    await routing.getByRole('button', { name: 'Send the tip' }).click();
    await routing.getByText('Tip routed to 1 agency.').waitFor();
    const routed = routing.getByRole('list', { name: 'Where the tip was routed' });
    await routed.getByText(`${POLICE}: Sent, not yet received.`, { exact: false }).waitFor();
    await expect(routing.getByRole('button', { name: 'Prepare a routing' }).count()).resolves.toBe(1);
    expect(hotline.problems.filter((p) => !/\b400\b/.test(p))).toEqual([]);
    await hotline.context.close();

    // The police analyst receives it into the unit's intelligence: no name of the monitor or the worker.
    const analyst = await watchedPage(browser, TABLET);
    page = analyst.page;
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await openMonitoring(page);
    await tab(page, 'Routed to you').click();
    const inbox = page.getByRole('region', { name: 'Routed to your agency' });
    const item = inbox
      .getByRole('listitem', { name: `Tip from ${NGO}` })
      .filter({ hasText: 'Twelve Myanmar' });
    await item.getByText(/Sent, not yet received/).waitFor();
    await item.getByLabel('How reliable is the sender').selectOption({ label: 'Untested' });
    await item
      .getByLabel('How the information is known')
      .selectOption({ label: 'Known directly to the source' });
    await item.getByRole('button', { name: /^Receive/ }).click();
    await item.getByText('Received and filed as an intelligence report.').waitFor();
    for (const text of [await pageText(page)]) {
      expect(text).not.toContain(MONITOR.toLowerCase());
      expect(text).not.toContain('zaw lin');
      expect(text).not.toContain('555 0142');
    }
    await item.getByLabel('What you are doing').selectOption({ label: 'We are acting on it' });
    await item.getByLabel('What the sender may know').fill(FEEDBACK);
    await item.getByRole('button', { name: 'Tell the sender' }).click();
    await item.getByText('The sender has been told.').waitFor();
    await item.getByText(`You told the sender: ${FEEDBACK}`).waitFor();

    // The unit's copy of the tip: the supervisor named, no reporter, the worker withheld.
    await item.getByRole('link', { name: 'Open your copy of the tip' }).click();
    await heading(page, /^Tip \d+$/).waitFor();
    const copy = page.getByRole('region', { name: 'What was reported' });
    await copy.getByText('The reporter gave no name: an anonymous report.').waitFor();
    await copy.getByText(`${SUPERVISOR} (Suspected exploiter)`, { exact: false }).waitFor();
    let text = await pageText(page);
    expect(text).not.toContain(MONITOR.toLowerCase());
    expect(text).not.toContain('zaw lin');

    // The intelligence report made on receipt, graded 2A, says what was withheld without naming anyone.
    await page.goBack();
    await tab(page, 'Routed to you').click();
    await item.getByRole('link', { name: 'Open the intelligence report' }).click();
    await heading(page, `Tip routed by ${NGO}: forced or exploited labour`).waitFor();
    await page.getByText(/The reporter’s identity was withheld by the sender\./).waitFor();
    await page.getByText(/1 person named was withheld without their consent\./).waitFor();
    await page
      .getByText(/\[withheld\], one of them/)
      .first()
      .waitFor();
    text = await pageText(page);
    expect(text).not.toContain(MONITOR.toLowerCase());
    expect(text).not.toContain('zaw lin');
    expect(text).not.toContain('555 0142');
    expect(text).toContain(SUPERVISOR.toLowerCase());
    expect(analyst.problems).toEqual([]);
    await analyst.context.close();

    // The monitor reads what became of the tip.
    const back = await watchedPage(browser, TABLET);
    page = back.page;
    await signInAsDemo(page, server.baseUrl, NGO, /Community or NGO monitor/);
    await openMonitoring(page);
    await tab(page, 'My tips').click();
    const again = page
      .getByRole('region', { name: 'Your tips' })
      .getByRole('listitem', { name: tipLabel ?? '' });
    await again.getByText(`${POLICE}: Acting on it`, { exact: false }).waitFor();
    await again.getByText(`: ${FEEDBACK}`, { exact: false }).waitFor();
    expect(back.problems).toEqual([]);
    await back.context.close();
  }, 180_000);
  it('takes a report from the public page to the police and a reply back to the reporter', async () => {
    // The reporter, with no account: the page works without JavaScript; the receipt code is shown once.
    const reporter = await browser.newContext({ viewport: TABLET, javaScriptEnabled: false });
    let page = await reporter.newPage();
    await page.goto(`${server.baseUrl}/report`);
    await heading(page, 'Report trafficking or exploitation').waitFor();
    await page.getByLabel('What is happening?').fill(PUBLIC_TEXT);
    await page.getByLabel('Where?').fill('Fishing boat pier, Mahachai, Samut Sakhon');
    await page.getByLabel('When?').fill('Now');
    await page.getByLabel('How many people are affected?').fill('6');
    await page
      .getByRole('group', { name: /Are there children/ })
      .getByLabel('Yes')
      .check();
    await page.getByLabel('Yes, someone’s life is at risk').check();
    await page.getByLabel('Forced or unpaid work').check();
    await page.getByLabel('A safe way to contact you').fill(PUBLIC_CONTACT);
    await page.getByRole('button', { name: 'Send report' }).click();
    await heading(page, 'Your report has been sent').waitFor();
    const code = ((await page.locator('p.code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z-]{20,}$/);
    await reporter.close();

    // The hotline operator: a risk to life, children, at the top of the queue.
    const hotline = await watchedPage(browser, TABLET);
    page = hotline.page;
    await signInAsDemo(page, server.baseUrl, NGO, /Hotline operator/);
    await openMonitoring(page);
    const queue = page.getByRole('table', { name: 'Tips waiting, most urgent first' });
    const first = queue.getByRole('row').nth(1);
    await expect(first.textContent()).resolves.toContain('The boat captain');
    await expect(first.textContent()).resolves.toMatch(/Risk to life now.*due in (59|60) min/);
    await expect(first.getAttribute('class')).resolves.toBe('tip-life');
    await first.getByRole('link').click();
    await heading(page, /^Tip \d+$/).waitFor();
    const summary = page.getByRole('region', { name: 'What was reported' });
    await summary.getByText('Public reporting page', { exact: false }).waitFor();
    const triage = page.getByRole('region', { name: 'Triage' });
    await triage.getByLabel('Note', { exact: false }).fill('Called the marine police liaison.');
    await triage.getByRole('button', { name: 'Record the triage' }).click();
    await triage.getByText('Tip triaged.').waitFor();
    // No country on a public report: no rule takes it, so the operator chooses the police division.
    const routing = page.getByRole('region', { name: 'Routing' });
    await routing.getByRole('button', { name: 'Prepare a routing' }).click();
    await routing.getByText(/^No rule takes it .*choose the agency yourself\.$/).waitFor();
    await routing.getByLabel('Another agency').selectOption({ label: `${POLICE} (Police)` });
    await routing.getByRole('button', { name: 'Add to the routing' }).click();
    await routing.getByLabel(`${POLICE} (Police)`).waitFor();
    await routing.getByText('Withheld: the reporter’s name and contact (no consent to share).').waitFor();
    await routing.getByRole('button', { name: 'Send the tip' }).click();
    await routing.getByText('Tip routed to 1 agency.').waitFor();
    // The reply the reporter will read.
    const thread = page.getByRole('region', { name: 'Conversation with the reporter' });
    await thread.getByText('No messages yet.').waitFor();
    await thread.getByRole('textbox', { name: 'Reply to the reporter' }).fill(REPLY);
    await thread.getByRole('button', { name: 'Send the reply' }).click();
    await thread.getByText('Reply sent: the reporter reads it with their receipt code.').waitFor();
    await thread.getByText(REPLY).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(/Came in through the public page/).waitFor();
    await history.getByText(`Routed to ${POLICE}`, { exact: false }).waitFor();
    // Closing asks first; a closed tip may be reopened.
    await triage
      .getByLabel('Reason for closing')
      .fill('Routed to the police; the hotline keeps the conversation.');
    await triage.getByRole('button', { name: 'Close the tip' }).click();
    await triage.getByRole('button', { name: 'Yes, close it' }).click();
    const closed = page.getByRole('region', { name: 'Closed' });
    await closed.getByText('This tip is closed.', { exact: false }).waitFor();
    await expect(page.getByRole('region', { name: 'Triage' }).count()).resolves.toBe(0);
    await history.getByText(/— Closed \(Lamai Kaewmanee\)/).waitFor();
    await closed.getByRole('button', { name: 'Reopen the tip' }).click();
    await page.getByRole('region', { name: 'Triage' }).waitFor();
    await history.getByText(/— Reopened \(Lamai Kaewmanee\)/).waitFor();
    expect(hotline.problems).toEqual([]);
    await hotline.context.close();

    // The police analyst receives it: in the unit's intelligence, without the reporter's contact.
    const analyst = await watchedPage(browser, TABLET);
    page = analyst.page;
    await signInAsDemo(page, server.baseUrl, POLICE, /Intelligence analyst/);
    await openMonitoring(page);
    await tab(page, 'Routed to you').click();
    const item = page
      .getByRole('region', { name: 'Routed to your agency' })
      .getByRole('listitem', { name: `Tip from ${NGO}` })
      .filter({ hasText: 'The boat captain' });
    await item.getByText('Risk to life now').waitFor();
    await item.getByRole('button', { name: /^Receive/ }).click();
    await item.getByRole('link', { name: 'Open the intelligence report' }).click();
    await heading(page, `Tip routed by ${NGO}: forced or exploited labour`).waitFor();
    await page.getByText(/The reporter’s identity was withheld by the sender\./).waitFor();
    await page.getByText(PUBLIC_TEXT).first().waitFor();
    expect(await pageText(page)).not.toContain(PUBLIC_CONTACT.toLowerCase());
    expect(analyst.problems).toEqual([]);
    await analyst.context.close();

    // The reporter comes back with the code and reads the reply.
    const back = await browser.newContext({ viewport: TABLET, javaScriptEnabled: false });
    page = await back.newPage();
    await page.goto(`${server.baseUrl}/report/follow`);
    await page.getByLabel('Receipt code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Open' }).click();
    await heading(page, 'Your report').waitFor();
    await page.getByText(REPLY).waitFor();
    await page.getByText(PUBLIC_TEXT).waitFor();
    await back.close();
  }, 180_000);
});
