// What the `lantern` command prints for a person, in English: the help of every command and option, progress,
// results, summaries and its own errors. The other languages (th.ts, km.ts...) have the same keys, or fail the
// typecheck. `{name}` places are filled by `say` (language.ts), numbers in the language's own way. The help's
// words are in help-en.ts.

import backup from './backup-en.ts';
import help from './help-en.ts';

const en = {
  /** Prefixes of the lines of the command itself. */
  common: {
    unknownLanguage: '{setting}: no language "{value}"; one of: {known}',
    warning: 'warning: {message}',
    settingsInvalid: 'Lantern cannot start: its settings are not valid.',
    noAgency: '--agency: no such agency',
    /** Joins the items of a list ("police 12, broker 3"). */
    listSeparator: ', ',
    badLine: 'line {line}, {field}: {reason}',
    /** The field of a bad line refused as a whole (the server's WHOLE_ROW); English keeps the marker. */
    wholeRow: '(row)',
    more: '… and {count} more (--json for the first 1000)',
    /** A command refused because another Lantern holds the embedded database's folder. */
    dataFolderInUse:
      'Lantern is already running on the data folder {folder} (process {pid} on {host}). Nothing was changed: stop it first, or work through the running Lantern (`lantern backup` works while it runs). If no Lantern runs there, remove {lockFile}.',
    /** Said when the lock of a Lantern that died was taken over. */
    staleLockTakenOver: "took over the data folder's lock left by process {pid}, which is no longer running.",
  },
  /** Said on the first start after an upgrade, before any command runs. */
  upkeep: {
    nameKeys: '{count} name keys rebuilt for the current name rules.',
    chainSealed:
      "the audit log's {count} unkeyed entries were sealed with the key; take a checkpoint now (lantern audit checkpoint --out <a file kept elsewhere>).",
    rowsSealed:
      'sealed {total} rows written in clear before encryption at rest ({screenings} screenings, {referrals} referrals, {protectionCases} protection cases, {reports} reports, {reportItems} report items).',
    reTermed: '{count} report items indexed again for search.',
    mentioned: '{count} reports read for the entities they name.',
  },
  serve: {
    demoLoaded:
      'Demo loaded: {users} demo users in {agencies} agencies; {reports} graded reports, {tips} tips, {sites} sites, {calls} call records, {people} people and organisations resolved from the records that name them, {decisions} decisions, {operations} operation in planning and {concluded} concluded, its case file shared with the prosecutor (start with --no-demo to skip).',
    demoRefused:
      'Lantern will not start: this database holds demo users, and demo mode is allowed only on this machine (HOST=127.0.0.1).',
    demoRefusedHint: 'A real deployment starts from a fresh data folder with --no-demo.',
    firstAdministrator:
      'No administrator has signed in yet. Open this one-time link on this machine to set up the first account:',
    linkLocalOnly: 'The link works only from this machine (127.0.0.1).',
  },
  admin: {
    applied: 'Applied: {migrations}',
    upToDate: 'The schema is up to date.',
    kindError: '--kind must be one of: {kinds}',
    agencyRegistered: 'Agency {id} ({kind}) registered.',
    roleError: '--role: unknown role(s) {unknown}; known: {known}',
    userCreated: 'User {id} created. One-time sign-in link (72 hours):',
    noUser: 'no such user',
    resetDone: 'Reset done; all sessions ended. One-time sign-in link (72 hours):',
    noTokenUser: '--user: no such user',
    scopeError: '--scope: unknown permission(s) {unknown}',
    tokenCreated: 'Token {id} created with scopes {scopes}. It is shown only now:',
    /** Agency kinds as words. */
    kinds: {
      police: 'police',
      labour: 'labour',
      ngo: 'ngo',
      prosecution: 'prosecution',
      services: 'services',
      coordination: 'coordination',
    },
  },
  audit: {
    cannotRead: '--checkpoint: cannot read {file}',
    intact: 'Audit log intact: {checked} entries checked, head at {head}.',
    notIntact: 'Audit log NOT intact after {checked} good entries: {problem}',
    checkpointsHeld: '{checked} checkpoints checked: the log still holds each.',
    checkpointsProblems: '{checked} checkpoints checked: {problems} problems.',
    recordsIntact:
      'Records checked against the audit log: {screenings} screenings, {decisions} decisions, {approvals} plan approvals, {exhibits} exhibits: all intact.',
    recordsProblems:
      'Records checked against the audit log: {screenings} screenings, {decisions} decisions, {approvals} plan approvals, {exhibits} exhibits: {problems} problems.',
    appended: 'Checkpoint appended to {file}.',
    sealed: 'Sealed: the {count} unkeyed entries are now covered by a keyed entry. Take a checkpoint now.',
    nothingToSeal: 'Nothing to seal: the log is empty or ends on a keyed entry.',
  },
  evidence: {
    noExhibit: '--exhibit: no exhibit with the reference {ref}',
    notIntact: '{ref}: NOT intact: {problems}',
    /** Joins the problems of one exhibit. */
    problemSeparator: '; ',
    allIntact: '{exhibits} exhibits, {entries} custody entries checked: all intact.',
    broken: '{exhibits} exhibits, {entries} custody entries checked: {broken} broken.',
  },
  imports: {
    checking: 'checking',
    importing: 'importing',
    progress: '{phase} [{bar}] {percent}%  {rows} rows  {rate} rows/s  ETA {eta}s',
    resolvedWhole: 'Resolved {records} new records into people ({created} new entities, whole picture).',
    resolvedKnown:
      'Resolved {records} new records into people ({created} new entities, against those already known).',
    summary: '{status}: {imported} of {read} rows imported, {skipped} skipped (job {job}).',
    mappingSaved: 'Mapping "{name}" saved.',
    /** The outcome of an import as the summary starts with it (English keeps the code scripts look for). */
    statuses: {
      completed: 'completed',
      rejected: 'rejected',
      already_imported: 'already_imported',
    },
  },
  intel: {
    written: '{count} FtM entities written to {file}.',
    notUtf8: '{file} is not UTF-8 text, as FtM files are',
    summary:
      '{status}: {lines} lines; {created} entities created, {matched} matched; {facts} facts; {linksCreated} links created, {linksMatched} matched (job {job}).',
    notRead: 'Not read (Lantern has no place for them): {fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: 'Keys from {file}:',
    fromEnvironment: 'Keys from the environment (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS):',
    current: 'current',
    retired: 'retired (opens older material)',
    rotatedInFile: 'New key {to} written first in {file}; {from} kept as retired.',
    rotatedInEnvironment:
      'Keys come from the environment: everything sealed again under the current key {to} (set a new LANTERN_SECRET_KEY, move the old one to LANTERN_RETIRED_KEYS, restart, then run this).',
    sealedAgain:
      'Sealed again: {screenings} screenings, {referrals} referrals, {protectionCases} protection cases, {protectionNotes} protection notes, {reports} reports, {reportItems} report items, {tips} tips, {tipMessages} messages with reporters, {inspections} labour inspection records, {totpSecrets} second-factor secrets.',
    rotatedByServer: 'The running Lantern rotated its keys: new values are sealed under {to} from now on.',
    rotateFailed:
      'The running Lantern could not rotate its keys (its log says why). Every key is kept: everything still opens. Run the command again.',
  },
  network: {
    formatError: '--format: must be csv or graphml',
    disruptError: '--disrupt: must be betweenness or degree',
    stepsError: '--steps: must be a whole number of at least 1',
    undirected: '--directed: {file} declares its edges undirected (edgedefault)',
    merged: '{count} rows repeat a pair already read: their weights are added to it',
    selfLoops: '{count} rows link a node to itself: left out',
    sampledSteps:
      '{nodes} nodes (more than {limit}): betweenness at each step is estimated from {sources} sampled sources (seeded)',
    sampled:
      '{nodes} nodes (more than {limit}): betweenness estimated from {sources} sampled sources (seeded), standard error up to {largest}, median {median}',
  },
  resolve: {
    probability: '{option}: must be a probability between 0 and 1',
    tooFew:
      '{count} records are too few to estimate a model from; the built-in model is used (a model estimated on a larger file can be given with --model)',
    modelUnreadable: '--model {file}: cannot be read (no such file, or not readable)',
    fileUnreadable: '{file}: cannot be read (no such file, or not readable)',
    badRow: '{file} line {line}: {problem}',
    unterminated: '{file} line {line}: a quoted field is never closed (the file is cut short)',
    noColumn: '{file} line 1: the header has no {columns} column (expected {expected})',
    emptyField: '{file} line {line}: {column} is empty (every row needs one)',
    emptyFile: '{file}: is empty (expected a header line: {expected})',
  },
  screen: {
    notJson: '{file}: not readable JSON ({reason})',
    unknownError: 'unknown error',
    notInFormat: '{file}: not in the screening format: {issues}',
    /** Where a problem is when it is in no field: the file as a whole. */
    top: '(top)',
    noSet: '--set: no indicator set "{id}"; known: {known}',
  },
  world: {
    presetError: '--preset must be one of: {presets}',
    seedError: '--seed must be a whole number of 0 or more',
    progress: '{file}: {rows} rows ({seconds} s)',
    written:
      'World "{preset}" (seed {seed}) written to {out}: {people} people, {victims} trafficked, {calls} calls.',
  },
  /** `lantern world stats`: the summary of a generated world, one line each. */
  stats: {
    head: 'World "{preset}", seed {seed}: {people} people',
    roles: '  roles: {list}',
    nationalities: '  nationalities: {list}',
    trafficked:
      '  trafficked: {trafficked} ({percent}% of {migrants} migrants), {children} of them children; by exploitation: {list}',
    labourRights: '  exploited but not trafficked (labour-rights cases): {count}',
    sites: '  sites: {total} ({list})',
    calls:
      '  calls: {calls}; calls made per phone: mean {mean}, median {median}, p90 {p90}, p99 {p99}, max {max}',
    names: '  distinct names per nationality: {list}',
    tips: '  tips: {total}, false {false} ({falseShare}%), repeats of an earlier tip {duplicates} ({duplicateShare}%)',
    item: '{name} {count}',
    /** The people of the world by their part in it. */
    roleWords: {
      migrant: 'migrant',
      local_worker: 'local worker',
      employer: 'employer',
      recruitment_agent: 'recruitment agent',
      recruiter: 'recruiter',
      broker: 'broker',
      transporter: 'transporter',
      site_owner: 'site owner',
      supervisor: 'supervisor',
      guard: 'guard',
      money_collector: 'money collector',
      official: 'official',
      victim: 'victim',
    },
    exploitationWords: { labour: 'labour', sexual: 'sexual', forced_criminality: 'forced criminality' },
    severityWords: {
      lawful: 'lawful',
      labour_rights: 'labour rights',
      exploitative: 'exploitative',
      severe: 'severe',
    },
  },
  /**
   * What the audit log's, the records' and the exhibits' checks find, as the checks word it (src/access,
   * src/evidence): each English text is matched against the problem and its translation said instead. `{record}`
   * and `{problem}` hold a record's name and a further problem, themselves translated; `{at}` is a moment.
   */
  problems: {
    headMissing: 'the chain head is missing',
    entryRemoved: 'entry {seq} is missing: it was removed',
    entryOutOfChain:
      'entry {seq} does not follow entry {previous}: an entry was altered, removed or reordered',
    entryUnkeyed: 'entry {seq} carries no key after keyed entries: it was rewritten without the key',
    entryAltered: 'entry {seq} was altered',
    entryUnknownKey: 'entry {seq} was sealed with key {key}, which is not among the configured keys',
    entryForgedBefore:
      'entry {seq} is the first keyed entry but not the seal of the upgrade: the unkeyed entries before it were forged',
    neverSealed:
      'entries up to {seq} carry no key: the chain was never sealed, or it was rewritten without the key',
    removedFromEnd: 'entries {from} to {to} were removed from the end',
    headMismatch: 'the chain head does not match the last entry: the log or its head was altered',
    checkpointInvalid: 'checkpoint on line {line}: not a checkpoint',
    checkpointUnknownKey:
      'checkpoint on line {line}: signed with key {key}, which is not among the configured keys',
    checkpointForged: 'checkpoint on line {line}: its signature does not match: it was altered or forged',
    checkpointCutBack:
      'checkpoint on line {line} ({at}): entry {seq} is no longer in the log: the log was cut back after the checkpoint',
    checkpointRewritten:
      'checkpoint on line {line} ({at}): entry {seq} no longer has the hash it had: the log was rewritten after the checkpoint',
    recordUnsealed: '{record}: no audit entry seals it: it was written outside the application',
    recordUnknownKey: '{record}: audit entry {seq} ({action}) was sealed with a key that is not configured',
    recordChanged:
      '{record}: differs from audit entry {seq} ({action}): it was changed outside the application',
    recordGone: '{record}: sealed by audit entry {seq} but no longer exists',
    recordProblem: '{record}: {problem}',
    screening: 'screening {id}',
    decision: 'decision {id}',
    approval: 'plan approval of operation {id}',
    exhibit: 'exhibit {ref}',
    custodyOrder: 'entry {seq}: expected entry {expected} here (an entry is missing or out of order)',
    custodyChain: 'entry {seq}: does not follow the entry before it',
    custodyAltered: 'entry {seq}: its content was altered after it was recorded',
    custodyAudit: "entry {seq}: differs from the audit log's record of it",
    custodyCount: 'the exhibit records {recorded} entries but {found} exist',
    custodyHead: 'the last entry is not the one the exhibit records as its last',
    custodyAudited: 'the audit log recorded {audited} entries but {found} exist',
    badRows: '{count} bad row(s): nothing was imported. Fix them, or accept skipping them.',
    ftmProblems: '{count} problem(s) in the file: nothing was imported. Fix them and import it again.',
  },
  backup,
  help,
};

export type CliTexts = typeof en;
export default en;
