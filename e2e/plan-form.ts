import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The button of a step in the plan's step list (its name starts the button's; a note such as "2 gaps" follows). */
export const stepButton = (plan: Locator, name: string) =>
  plan
    .getByRole('navigation', { name: 'Steps of the plan' })
    .getByRole('button', { name: new RegExp(`^${name}`) });

/** Opens a step of the plan editor, from the step list or with Next, and waits for its heading. */
export async function openStep(plan: Locator, name: string, by: 'list' | 'next' = 'list') {
  await (by === 'next'
    ? plan.getByRole('button', { name: `Next: ${name}` })
    : stepButton(plan, name)
  ).click();
  await plan.getByRole('heading', { level: 3, name, exact: true }).waitFor();
}

export interface PlanValues {
  /** Place, start (as typed in a datetime-local field) and the day the receiving services are ready by. */
  when: [string, string, string];
  /** The screening site's name, kind and address. */
  site: [string, string, string];
  transport: string;
  /** People expected, children among them, and their languages. */
  people: [string, string, string];
  receiver: string;
  suspect: string;
  /** Kinds of evidence expected, the first with a note. */
  evidence: [string, string, string];
}

/** Fills the plan step by step from the first, moving on with Next; focus follows to each step's heading. */
export async function fillPlan(page: Page, plan: Locator, v: PlanValues) {
  const [place, startsAt, readyBy] = v.when;
  await plan.getByLabel('Place', { exact: true }).fill(place);
  await plan.getByLabel('Starts at').fill(startsAt);
  await plan.getByLabel('Receiving services ready by').fill(readyBy);
  await openStep(plan, 'Screening site and transport', 'next');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Screening site and transport');
  await plan.getByLabel('Transport', { exact: true }).fill(v.transport);
  const [site, kind, address] = v.site;
  await plan.getByLabel('Screening site name').fill(site);
  await plan.getByLabel('Kind of site').selectOption(kind);
  await plan.getByLabel('Screening site address').fill(address);
  await openStep(plan, 'People expected', 'next');
  const [people, children, languages] = v.people;
  await plan.getByLabel('People expected').fill(people);
  await plan.getByLabel('Children among them').fill(children);
  await plan.getByLabel('Languages').fill(languages);
  await openStep(plan, 'Receiving services', 'next');
  await plan.getByLabel(v.receiver).check();
  await openStep(plan, 'Suspects to arrest', 'next');
  await plan.getByRole('button', { name: 'Add a suspect' }).click();
  await plan.getByLabel('Suspect 1').fill(v.suspect);
  await openStep(plan, 'Evidence expected', 'next');
  const [first, note, second] = v.evidence;
  await plan.getByRole('button', { name: 'Add expected evidence' }).click();
  await plan.getByLabel('Evidence 1', { exact: true }).selectOption(first);
  await plan.getByLabel('Where or what, evidence 1').fill(note);
  await plan.getByRole('button', { name: 'Add expected evidence' }).click();
  await plan.getByLabel('Evidence 2', { exact: true }).selectOption(second);
}
