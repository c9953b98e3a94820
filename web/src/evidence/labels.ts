import type { Options } from '../screening/labels.ts';

/** Words shown for the evidence API's codes. */

export const CUSTODY_ACTIONS: Options = [
  ['transfer', 'Handed to another custodian'],
  ['to_storage', 'Placed in the evidence store'],
  ['to_laboratory', 'Sent to the laboratory'],
  ['returned_from_laboratory', 'Returned from the laboratory'],
  ['to_court', 'Taken to court'],
  ['returned_from_court', 'Returned from court'],
  ['inter_agency_transfer', 'Transferred to another agency'],
  ['hash_reverified', 'Digital hash re-verified'],
  ['returned_to_owner', 'Returned to its owner'],
  ['disposed', 'Disposed of'],
];

export const CUSTODY_METHODS: Options = [
  ['initial_receipt', 'Initial receipt'],
  ['in_person', 'Handed over in person'],
  ['sealed_courier', 'Sealed courier'],
  ['secure_upload', 'Secure upload'],
  ['digital_transfer', 'Digital transfer'],
];

export const EXHIBIT_STATES: Options = [
  ['in_custody', 'In custody'],
  ['in_storage', 'In the evidence store'],
  ['at_laboratory', 'At the laboratory'],
  ['in_court', 'In court'],
  ['returned', 'Returned to its owner'],
  ['disposed', 'Disposed of'],
];
