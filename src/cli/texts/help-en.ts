// The help of the `lantern` command in English: what each command, argument and option is for, the headings of
// the help, and the words of the command-line parser's own errors. Option names, codes and `<placeholders>` are
// typed as they are, in every language.

const help = {
  /** The headings and phrases of every help screen. */
  frame: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    commands: 'Commands:',
    globalOptions: 'Global Options:',
    defaultValue: '(default: {value})',
    helpOption: 'display help for command',
    helpCommand: 'display help for command',
  },
  /** The parser's refusals, said before the help of the command. */
  parser: {
    missingArgument: "error: missing required argument '{name}'",
    optionArgumentMissing: "error: option '{option}' argument missing",
    requiredOption: "error: required option '{option}' not specified",
    unknownOption: "error: unknown option '{option}'",
    unknownCommand: "error: unknown command '{command}'",
    tooManyArguments:
      'error: too many arguments. Expected {expected} argument(s) but got {received}: {values}.',
    tooManyArgumentsFor:
      "error: too many arguments for '{command}'. Expected {expected} argument(s) but got {received}: {values}.",
    didYouMean: '(Did you mean {suggestion}?)',
    didYouMeanOneOf: '(Did you mean one of {suggestions}?)',
  },
  program: 'Lantern: the counter-trafficking platform. Settings come from the environment (see README).',
  lang: 'the language to print in: en, th, km, lo, my, vi or zh (else LANTERN_LANG, else the locale: LC_ALL, LC_MESSAGES, LANG)',
  serve: 'Start the server and browser app (PORT, LANTERN_DATA_DIR, DATABASE_URL)',
  noDemo: 'do not load the demo agencies and users on the first start',
  migrate: 'Bring the database schema up to date (also done at every start)',
  agency: 'Manage agencies',
  agencyAdd: 'Register an agency',
  agencyName: 'the agency name',
  oneOf: 'one of: {values}',
  user: 'Manage user accounts',
  userAdd: 'Create a user account and print its one-time sign-in link',
  userAgency: 'the agency the user belongs to',
  username: 'sign-in name (letters, digits, . _ -)',
  displayName: 'the name shown to colleagues',
  roles: 'one or more of: {values}',
  reset2fa: "Clear a user's password and second factor; prints a new one-time sign-in link",
  userToReset: 'the user to reset',
  token: 'Manage API tokens for machine clients',
  tokenCreate: 'Create an API token acting for a user, limited to the given scopes; prints it once',
  tokenUser: 'the user the token acts for',
  tokenName: 'what the token is for',
  tokenScope: 'permissions the token may use (the user must hold them)',
  tokenExpires: 'days until the token expires',
  audit: 'Work with the audit log',
  auditVerify:
    'Walk the keyed chain and name the first entry that was altered, removed or reordered; check screening outcomes, decisions, plan approvals and custody against it',
  auditCheckpointFile: 'also check the checkpoints kept in this file (from `lantern audit checkpoint`)',
  auditCheckpoint:
    'Sign a checkpoint of the audit log head and print it (or append it to a file kept elsewhere)',
  auditCheckpointOut: 'append the checkpoint line to this file instead of printing it',
  auditSealLegacy:
    'Once, after upgrading from a version whose audit log was not keyed, if the first start did not seal it: covers the unkeyed entries with a keyed one. Never on a log that was keyed before.',
  evidence: 'Work with the evidence register',
  evidenceVerify: "Re-verify every exhibit's chain of custody against its hashes, its head and the audit log",
  evidenceExhibit: 'check only this exhibit (its reference, e.g. EX-2026-000001)',
  import: 'Bulk imports into the intelligence picture',
  /** One sentence per kind of import. */
  importKinds: {
    calls:
      'Import a call-record file (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping',
    transfers:
      'Import a bank, mobile-money or remittance transfer file (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping',
    crossings:
      'Import a checkpoint crossing file (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping',
    subscribers:
      "Import an operator's subscriber register (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping",
    accounts:
      "Import a bank's account-opening records (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping",
    tips: 'Import a file of hotline, NGO or public tips (CSV, TSV, JSON lines or Excel; any of the supported encodings) through a column mapping',
  },
  importFile: 'the file to import',
  importAgency: 'the agency the records belong to',
  importMapping: "the data provider's column mapping (built in: {builtIn})",
  acceptSkips: 'import the good rows even when some rows are bad (the bad ones are kept in the report)',
  json: 'print the report as JSON',
  progress: 'show the progress bar even when the output is not a terminal',
  saveMapping: "Save a data provider's column mapping (JSON) for an agency",
  mappingFile: 'the mapping as JSON (format in the README)',
  mappingAgency: 'the agency that uses it',
  intel: 'Move the intelligence picture in and out',
  exportFtm: "Write an agency's entities and links as FollowTheMoney JSON lines (for Aleph, OpenAleph)",
  exportAgency: 'the agency whose picture to export',
  exportOut: 'the file to write (replaced only when the export is complete)',
  importFtm: 'Import FollowTheMoney JSON lines into an agency: all or nothing, once per file',
  ftmFile: 'the file of FtM entities, one JSON object a line (UTF-8)',
  ftmAgency: 'the agency the entities and links belong to',
  keys: 'Secret keys: encryption at rest, search hashes, audit MACs',
  keysList: 'The configured keys by id (never the keys), newest first, and where they come from',
  keysRotate:
    'Make a new key (in the key file) and seal everything again under it, in one transaction; stop the server first',
  network: 'Network analysis of a file of links (no database)',
  analyse:
    'Degrees, betweenness, PageRank and Louvain communities: one JSON line per node; with --disrupt, one line per removal step',
  edgeFile:
    'an edge list (CSV with columns source,target and optionally weight) or GraphML (its edgedefault decides direction)',
  directed: 'edges run from source to target (CSV; GraphML says so itself)',
  weighted: 'use the weights: path length 1/weight, PageRank and communities by weight',
  format: 'csv or graphml (default: from the extension)',
  disrupt: 'remove the top node by betweenness or degree, recompute, repeat',
  steps: 'with --disrupt: how many nodes to remove',
  resolve: 'Resolve person records (CSV) into people: one JSON line per record with its cluster',
  resolveFile: 'a CSV file with columns {columns} (all but the first two may be empty)',
  pairs: 'also write the scored pairs, each with its per-field explanation',
  minProbability: 'with --pairs: the lowest match probability written',
  model: 'use this model (JSON) instead of estimating one from the file',
  saveModel: 'write the model used (JSON), to reuse with --model',
  threshold: "link pairs at or above this match probability (default: the model's)",
  screen:
    'Evaluate screening answers (age, exploitation, indicators observed) and print each outcome with its explanation as JSON',
  screenFile:
    'a JSON file: one set of answers, a list, or { "set": ID, "screenings": [...] } (format in the README)',
  indicatorSet: 'indicator set: {sets}',
  world: 'The synthetic Mekong world: demo, test and benchmark data with ground truth',
  worldGenerate: 'Generate a world and write its traces (CSV, JSON lines) and its truth into a folder',
  preset: 'size: {presets}',
  seed: 'random seed: the same seed gives the same bytes',
  worldOut: 'folder to write into (created when missing)',
  worldStats:
    'Summarise a generated world: roles, victims among migrants, calls per phone, names per nationality',
  worldFolder: 'a folder written by `lantern world generate`',
  figuresJson: 'print the figures as JSON',
};

export type HelpTexts = typeof help;
export default help;
