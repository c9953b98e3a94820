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

const TABLET = { width: 768, height: 1024 };
const POLICE = 'Anti-Trafficking Police Division (demo)';
const TARGET = 'Garment workshop, Soi 4, Samut Sakhon';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

describe('intervention decisions in the browser', () => {
  it('refuses self-approval, recommends live, records a departing decision with its rationale and dissent', async () => {
    const { context, page, problems } = await watchedPage(browser, TABLET);
    await signInAsDemo(page, server.baseUrl, POLICE, /Thawatchai/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
    await heading(page, 'Operations').waitFor();

    // The demo's decision, made by this commander, awaits approval: approving it oneself is not offered.
    const demo = page.getByRole('row', { name: /Awaiting approval/ });
    await expect(demo.textContent()).resolves.toContain('Planned raid and rescue');
    await demo.getByRole('link').click();
    await heading(page, /^Decision on /).waitFor();
    await page.getByText('Decided by Pol. Col. Thawatchai Boonmee').waitFor();
    const approval = page.getByRole('region', { name: 'Approval' });
    await approval.getByText('You decided this; another commander must approve it.').waitFor();
    await expect(approval.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await approval.getByText('Awaiting approval').waitFor();

    // A new decision: the live recommendation follows the assessment.
    await page.getByRole('link', { name: 'Operations', exact: true }).first().click();
    await heading(page, 'Operations').waitFor();
    const form = page.getByRole('region', { name: 'New intervention decision' });
    const live = form.getByRole('region', { name: 'Recommendation' });
    await form.getByLabel('Target').fill(TARGET);
    await form.getByLabel('Danger to life').selectOption('low');
    await form.getByLabel('Children present').selectOption('no');
    await form.getByLabel('People at risk').fill('14');
    await form.getByLabel('Labour exploitation').check();
    await form.getByLabel('Strongest source grade').selectOption('1');
    await form.getByLabel('Strongest information grade').selectOption('B');
    await form.getByLabel('Corroborating reports').fill('3');
    await form.getByLabel('Financial records').check();
    await form.getByLabel('Risk to victims').selectOption('medium');
    await form.getByLabel('Risk to officers').selectOption('low');
    await form.getByLabel('Risk to bystanders').selectOption('low');
    await form.getByLabel('Lawful workers affected').fill('20');
    await form.getByLabel('Corruption and leak risk').selectOption('medium');
    await form.getByLabel('Receiving services are ready').check();
    await live.getByText('Labour inspection', { exact: true }).waitFor();
    await expect(form.getByLabel('Intervention').inputValue()).resolves.toBe('labour_inspection');

    await form.getByLabel('Danger to life').selectOption('immediate');
    await live.getByText('Immediate rescue', { exact: true }).waitFor();
    await live.getByText(/immediate danger to life/).waitFor();
    await live.getByText(/lawful workers? would be disrupted/).waitFor();
    await expect(form.getByLabel('Intervention').inputValue()).resolves.toBe('immediate_rescue');
    await page.screenshot({ path: '/tmp/decision-form-tablet.png', fullPage: true });

    // Departing from the recommendation needs a rationale: a short one is refused by the server.
    await form.getByLabel('Intervention').selectOption({ label: 'Planned raid and rescue' });
    await form.getByText('This departs from the recommendation (Immediate rescue).').waitFor();
    await form.getByLabel('Rationale').fill('Need a plan.');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByText(/departs from the recommendation \(Immediate rescue\); say why/).waitFor();
    await form
      .getByLabel('Rationale')
      .fill('The foreman is armed: a planned entry with the tactical team is safer for the workers.');
    await form.getByRole('button', { name: 'Record the decision' }).click();

    await heading(page, `Decision on ${TARGET}`).waitFor();
    expect(page.url()).toMatch(/#\/operations\/decisions\/[0-9a-f-]{36}$/);
    const decision = page.getByRole('region', { name: 'Decision' });
    await decision.getByText('Departs from the recommendation').waitFor();
    await decision.getByText('The foreman is armed', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Assessment' }).getByText('Labour exploitation').waitFor();

    const dissent = page.getByRole('region', { name: 'Dissent' });
    await dissent.getByText('No dissent recorded.').waitFor();
    await dissent
      .getByLabel('Add your dissent')
      .fill('An armed foreman is not a reason to delay: rescue now.');
    await dissent.getByRole('button', { name: 'Record dissent' }).click();
    await dissent.getByText('Your dissent is recorded.').waitFor();
    await dissent.getByText('An armed foreman is not a reason to delay: rescue now.').waitFor();
    await dissent.getByText(/Pol\. Col\. Thawatchai Boonmee/).waitFor();
    await decision.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/decision-tablet.png', fullPage: true });

    await page.getByRole('link', { name: 'Operations', exact: true }).first().click();
    const mine = page.getByRole('row', { name: new RegExp(TARGET) });
    await expect(mine.textContent()).resolves.toContain('Awaiting approval');
    expect(problems.filter((p) => !/\b(400|403)\b/.test(p))).toEqual([]);
    await context.close();
  });
});
