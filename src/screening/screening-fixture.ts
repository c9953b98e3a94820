/**
 * For tests: the start of a screening of a 16-year-old in an interview room at a shelter, with an interpreter and a
 * guardian, every consent given; `change` replaces any of its fields.
 */
export function screeningStart(change: Record<string, unknown> = {}) {
  return {
    source: 'operation',
    sourceRef: 'OP-12',
    pseudonym: 'Person 7',
    place: { kind: 'shelter', description: 'Interview room, shelter' },
    language: 'my',
    interpreter: { used: true, name: 'Interpreter on call', language: 'my' },
    consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
    age: 16,
    ageDoubtful: false,
    guardian: 'Shelter guardian on duty',
    exploitation: 'labour',
    setId: 'ilo-ec-2009-labour',
    ...change,
  };
}
