import { describe, expect, it } from 'vitest';
import { sanitiseProblem, shareProblem } from './grading.ts';
import { attributeProblem, ENTITY_TYPE_NAMES, LINK_TYPE_NAMES, LINK_TYPES, linkProblem } from './registry.ts';

describe('the registry', () => {
  it('holds the entity and link types the field works with', () => {
    expect(ENTITY_TYPE_NAMES).toEqual(
      expect.arrayContaining([
        'person',
        'organisation',
        'site',
        'phone',
        'account',
        'vehicle',
        'vessel',
        'identity_document',
        'place',
      ]),
    );
    expect(LINK_TYPE_NAMES).toEqual(
      expect.arrayContaining([
        'owns',
        'manages',
        'works_at',
        'recruited',
        'transported',
        'harboured',
        'called',
        'paid',
        'crossed_at',
        'travelled_with',
        'uses_phone',
        'holds_account',
        'lives_at',
        'associates_with',
        'family_of',
      ]),
    );
    for (const t of LINK_TYPE_NAMES)
      for (const end of [...LINK_TYPES[t].from, ...LINK_TYPES[t].to])
        expect(ENTITY_TYPE_NAMES).toContain(end);
  });
  it('lets a link join only the ends it allows, either way round when undirected', () => {
    expect(linkProblem('called', 'phone', 'phone')).toBeNull();
    expect(linkProblem('called', 'person', 'phone')).toMatch(/goes from phone to phone/);
    expect(linkProblem('recruited', 'person', 'person')).toBeNull();
    expect(linkProblem('owns', 'site', 'person')).not.toBeNull();
    expect(linkProblem('family_of', 'person', 'person')).toBeNull();
    expect(linkProblem('associates_with', 'organisation', 'person')).toBeNull();
  });
  it('names the attributes a type has', () => {
    expect(attributeProblem('phone', 'number')).toBeNull();
    expect(attributeProblem('phone', 'date_of_birth')).toMatch(/has no attribute/);
  });
});

describe('sharing by handling code and TLP', () => {
  it('follows 3x5x2 and TLP 2.0', () => {
    expect(shareProblem({ handling: 'P', sanitisation: null, tlp: null })).toBeNull();
    expect(shareProblem({ handling: 'P', sanitisation: null, tlp: 'GREEN' })).toBeNull();
    expect(shareProblem({ handling: 'P', sanitisation: null, tlp: 'AMBER' })).toBeNull();
    expect(shareProblem({ handling: 'P', sanitisation: null, tlp: 'RED' })).toMatch(/RED/);
    expect(shareProblem({ handling: 'P', sanitisation: null, tlp: 'AMBER+STRICT' })).toMatch(/AMBER\+STRICT/);
    expect(shareProblem({ handling: 'C', sanitisation: 'S1', tlp: null })).toMatch(/sanitised version/);
    expect(sanitiseProblem({ handling: 'C', sanitisation: 'S2', tlp: null }, false)).toMatch(/S2/);
    expect(sanitiseProblem({ handling: 'C', sanitisation: 'S2', tlp: null }, true)).toBeNull();
  });
});
