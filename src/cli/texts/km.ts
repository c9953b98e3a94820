import backup from './backup-km.ts';
import type { CliTexts } from './en.ts';
import help from './help-km.ts';

// What the `lantern` command prints, in Khmer.

const km: CliTexts = {
  common: {
    unknownLanguage: '{setting}៖ គ្មានភាសា "{value}" ទេ មួយក្នុងចំណោម៖ {known}',
    warning: 'ការព្រមាន៖ {message}',
    settingsInvalid: 'Lantern មិនអាចចាប់ផ្តើមបានទេ៖ ការកំណត់របស់វាមិនត្រឹមត្រូវ។',
    noAgency: '--agency៖ រកមិនឃើញស្ថាប័ននេះទេ',
    listSeparator: ', ',
    badLine: 'បន្ទាត់ {line}, {field}៖ {reason}',
    wholeRow: '(ជួរទាំងមូល)',
    more: '… និង {count} ទៀត (--json ដើម្បីមើល 1000 ដំបូង)',
    dataFolderInUse:
      'Lantern កំពុងដំណើរការរួចហើយលើថតទិន្នន័យ {folder} (ដំណើរការ {pid} នៅលើ {host})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ សូមបញ្ឈប់វាជាមុនសិន ឬធ្វើការតាមរយៈ Lantern ដែលកំពុងដំណើរការ (`lantern backup` ដំណើរការបាននៅពេលវាកំពុងដំណើរការ)។ ប្រសិនបើគ្មាន Lantern ដំណើរការនៅទីនោះទេ សូមលុប {lockFile}។',
    staleLockTakenOver: 'បានទទួលយកសោរបស់ថតទិន្នន័យ ដែលដំណើរការ {pid} បានទុកចោល ដែលលែងដំណើរការហើយ។',
  },
  upkeep: {
    nameKeys: 'បានបង្កើតសោឈ្មោះ {count} ឡើងវិញ សម្រាប់ច្បាប់ឈ្មោះបច្ចុប្បន្ន។',
    chainSealed:
      'ធាតុគ្មានសោ {count} នៃកំណត់ហេតុសវនកម្មត្រូវបានបិទត្រាដោយសោ សូមបង្កើតចំណុចត្រួតពិនិត្យឥឡូវនេះ (lantern audit checkpoint --out <ឯកសារដែលរក្សាទុកនៅកន្លែងផ្សេង>)។',
    rowsSealed:
      'បានបិទត្រាជួរ {total} ដែលបានសរសេរដោយមិនអ៊ិនគ្រីប មុនពេលមានការអ៊ិនគ្រីបទិន្នន័យដែលរក្សាទុក (ការត្រួតពិនិត្យ {screenings} ការបញ្ជូន {referrals} ករណីការពារ {protectionCases} របាយការណ៍ {reports} ធាតុរបាយការណ៍ {reportItems})។',
    reTermed: 'បានធ្វើលិបិក្រមស្វែងរកឡើងវិញសម្រាប់ធាតុរបាយការណ៍ {count}។',
    mentioned: 'បានអានរបាយការណ៍ {count} ដើម្បីរកអង្គធាតុដែលវានិយាយដល់។',
  },
  serve: {
    demoLoaded:
      'បានផ្ទុកទិន្នន័យសាកល្បង៖ អ្នកប្រើប្រាស់សាកល្បង {users} នាក់ក្នុងស្ថាប័ន {agencies} របាយការណ៍ដែលបានវាយតម្លៃ {reports} តម្រុយ {tips} ទីតាំង {sites} កំណត់ត្រាការហៅទូរស័ព្ទ {calls} មនុស្ស និងអង្គការ {people} ដែលបានកំណត់អត្តសញ្ញាណពីកំណត់ត្រាដែលនិយាយដល់ពួកគេ សេចក្តីសម្រេច {decisions} ប្រតិបត្តិការកំពុងរៀបចំផែនការ {operations} និងបានបញ្ចប់ {concluded} ដែលសំណុំរឿងរបស់វាបានចែករំលែកជាមួយអយ្យការ (ចាប់ផ្តើមជាមួយ --no-demo ដើម្បីរំលង)។',
    demoRefused:
      'Lantern នឹងមិនចាប់ផ្តើមទេ៖ មូលដ្ឋានទិន្នន័យនេះមានអ្នកប្រើប្រាស់សាកល្បង ហើយរបៀបសាកល្បងអនុញ្ញាតតែលើម៉ាស៊ីននេះប៉ុណ្ណោះ (HOST=127.0.0.1)។',
    demoRefusedHint: 'ការដាក់ឱ្យប្រើប្រាស់ពិតប្រាកដចាប់ផ្តើមពីថតទិន្នន័យថ្មីជាមួយ --no-demo។',
    firstAdministrator:
      'មិនទាន់មានអ្នកគ្រប់គ្រងណាម្នាក់ចូលប្រព័ន្ធនៅឡើយទេ។ សូមបើកតំណប្រើតែម្តងនេះនៅលើម៉ាស៊ីននេះ ដើម្បីរៀបចំគណនីដំបូង៖',
    linkLocalOnly: 'តំណនេះដំណើរការតែពីម៉ាស៊ីននេះប៉ុណ្ណោះ (127.0.0.1)។',
  },
  admin: {
    applied: 'បានអនុវត្ត៖ {migrations}',
    upToDate: 'រចនាសម្ព័ន្ធមូលដ្ឋានទិន្នន័យជាបច្ចុប្បន្នភាពហើយ។',
    kindError: '--kind ត្រូវតែជាមួយក្នុងចំណោម៖ {kinds}',
    agencyRegistered: 'បានចុះឈ្មោះស្ថាប័ន {id} ({kind})។',
    roleError: '--role៖ មិនស្គាល់តួនាទី {unknown} តួនាទីដែលមាន៖ {known}',
    userCreated: 'បានបង្កើតអ្នកប្រើប្រាស់ {id}។ តំណចូលប្រព័ន្ធប្រើតែម្តង (72 ម៉ោង)៖',
    noUser: 'រកមិនឃើញអ្នកប្រើប្រាស់នេះទេ',
    resetDone: 'បានកំណត់ឡើងវិញ ហើយបានបញ្ចប់វគ្គទាំងអស់។ តំណចូលប្រព័ន្ធប្រើតែម្តង (72 ម៉ោង)៖',
    noTokenUser: '--user៖ រកមិនឃើញអ្នកប្រើប្រាស់នេះទេ',
    scopeError: '--scope៖ មិនស្គាល់សិទ្ធិ {unknown}',
    tokenCreated: 'បានបង្កើតថូខឹន {id} ជាមួយវិសាលភាព {scopes}។ វាត្រូវបានបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖',
    kinds: {
      police: 'នគរបាល',
      labour: 'អធិការកិច្ចការងារ',
      ngo: 'អង្គការមិនមែនរដ្ឋាភិបាល',
      prosecution: 'អយ្យការ',
      services: 'សេវាជនរងគ្រោះ',
      coordination: 'ការសម្របសម្រួល',
    },
  },
  audit: {
    cannotRead: '--checkpoint៖ មិនអាចអាន {file} បានទេ',
    intact: 'កំណត់ហេតុសវនកម្មនៅដដែល៖ បានពិនិត្យ {checked} ធាតុ ក្បាលនៅធាតុទី {head}។',
    notIntact: 'កំណត់ហេតុសវនកម្មមិននៅដដែលទេ បន្ទាប់ពីធាតុត្រឹមត្រូវ {checked}៖ {problem}',
    checkpointsHeld: 'បានពិនិត្យចំណុចត្រួតពិនិត្យ {checked}៖ កំណត់ហេតុនៅតែមានចំណុចនីមួយៗ។',
    checkpointsProblems: 'បានពិនិត្យចំណុចត្រួតពិនិត្យ {checked}៖ មានបញ្ហា {problems}។',
    recordsIntact:
      'កំណត់ត្រាដែលបានពិនិត្យធៀបនឹងកំណត់ហេតុសវនកម្ម៖ ការត្រួតពិនិត្យ {screenings} សេចក្តីសម្រេច {decisions} ការអនុម័តផែនការ {approvals} វត្ថុតាង {exhibits}៖ នៅដដែលទាំងអស់។',
    recordsProblems:
      'កំណត់ត្រាដែលបានពិនិត្យធៀបនឹងកំណត់ហេតុសវនកម្ម៖ ការត្រួតពិនិត្យ {screenings} សេចក្តីសម្រេច {decisions} ការអនុម័តផែនការ {approvals} វត្ថុតាង {exhibits}៖ មានបញ្ហា {problems}។',
    appended: 'បានបន្ថែមចំណុចត្រួតពិនិត្យទៅ {file}។',
    sealed: 'បានបិទត្រា៖ ធាតុគ្មានសោ {count} ឥឡូវត្រូវបានគ្របដោយធាតុដែលមានសោ។ សូមបង្កើតចំណុចត្រួតពិនិត្យឥឡូវនេះ។',
    nothingToSeal: 'គ្មានអ្វីត្រូវបិទត្រាទេ៖ កំណត់ហេតុទទេ ឬបញ្ចប់ដោយធាតុដែលមានសោ។',
  },
  evidence: {
    noExhibit: '--exhibit៖ គ្មានវត្ថុតាងដែលមានលេខយោង {ref} ទេ',
    notIntact: '{ref}៖ មិននៅដដែលទេ៖ {problems}',
    problemSeparator: '; ',
    allIntact: 'បានពិនិត្យវត្ថុតាង {exhibits} និងធាតុថែរក្សា {entries}៖ នៅដដែលទាំងអស់។',
    broken: 'បានពិនិត្យវត្ថុតាង {exhibits} និងធាតុថែរក្សា {entries}៖ ខូច {broken}។',
  },
  imports: {
    checking: 'កំពុងពិនិត្យ',
    importing: 'កំពុងនាំចូល',
    progress: '{phase} [{bar}] {percent}%  {rows} ជួរ  {rate} ជួរ/វិនាទី  នៅសល់ {eta} វិនាទី',
    resolvedWhole: 'បានផ្គូផ្គងកំណត់ត្រាថ្មី {records} ទៅជាមនុស្ស (អង្គធាតុថ្មី {created} ពីរូបភាពទាំងមូល)។',
    resolvedKnown: 'បានផ្គូផ្គងកំណត់ត្រាថ្មី {records} ទៅជាមនុស្ស (អង្គធាតុថ្មី {created} ធៀបនឹងអ្នកដែលស្គាល់រួចហើយ)។',
    summary: '{status}៖ បាននាំចូល {imported} ក្នុងចំណោម {read} ជួរ រំលង {skipped} (ការងារ {job})។',
    mappingSaved: 'បានរក្សាទុកការផ្គូផ្គង "{name}"។',
    statuses: {
      completed: 'បាននាំចូល',
      rejected: 'ត្រូវបានបដិសេធ',
      already_imported: 'បាននាំចូលរួចហើយ',
    },
  },
  intel: {
    written: 'បានសរសេរអង្គធាតុ FtM {count} ទៅ {file}។',
    notUtf8: '{file} មិនមែនជាអត្ថបទ UTF-8 ដូចដែលឯកសារ FtM ត្រូវតែជានោះទេ',
    summary:
      '{status}៖ {lines} បន្ទាត់ បានបង្កើតអង្គធាតុ {created} ត្រូវគ្នា {matched} ការពិត {facts} បានបង្កើតតំណ {linksCreated} ត្រូវគ្នា {linksMatched} (ការងារ {job})។',
    notRead: 'មិនបានអាន (Lantern គ្មានកន្លែងសម្រាប់ពួកវា)៖ {fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: 'សោពី {file}៖',
    fromEnvironment: 'សោពីអថេរបរិស្ថាន (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS)៖',
    current: 'បច្ចុប្បន្ន',
    retired: 'ឈប់ប្រើ (បើកទិន្នន័យចាស់)',
    rotatedInFile: 'បានសរសេរសោថ្មី {to} ជាលើកដំបូងក្នុង {file} ហើយរក្សា {from} ទុកជាសោឈប់ប្រើ។',
    rotatedInEnvironment:
      'សោមកពីអថេរបរិស្ថាន៖ អ្វីៗទាំងអស់ត្រូវបានបិទត្រាឡើងវិញដោយសោបច្ចុប្បន្ន {to} (កំណត់ LANTERN_SECRET_KEY ថ្មី ផ្លាស់សោចាស់ទៅ LANTERN_RETIRED_KEYS ចាប់ផ្តើមឡើងវិញ រួចដំណើរការពាក្យបញ្ជានេះ)។',
    sealedAgain:
      'បានបិទត្រាឡើងវិញ៖ ការត្រួតពិនិត្យ {screenings} ការបញ្ជូន {referrals} ករណីការពារ {protectionCases} កំណត់ចំណាំការពារ {protectionNotes} របាយការណ៍ {reports} ធាតុរបាយការណ៍ {reportItems} ព័ត៌មានសម្ងាត់ {tips} សារជាមួយអ្នករាយការណ៍ {tipMessages} កំណត់ត្រាអធិការកិច្ចការងារ {inspections} អាថ៌កំបាំងកត្តាទីពីរ {totpSecrets}។',
    rotatedByServer: 'Lantern ដែលកំពុងដំណើរការបានប្ដូរសោរបស់ខ្លួនហើយ៖ តម្លៃថ្មីនឹងត្រូវបិទត្រាដោយសោ {to} ចាប់ពីពេលនេះតទៅ។',
    rotateFailed:
      'Lantern ដែលកំពុងដំណើរការមិនអាចប្ដូរសោរបស់ខ្លួនបានទេ (កំណត់ហេតុរបស់វាប្រាប់មូលហេតុ)។ សោទាំងអស់នៅតែរក្សាទុក៖ អ្វីៗទាំងអស់នៅតែបើកបាន។ សូមដំណើរការពាក្យបញ្ជាម្ដងទៀត។',
  },
  network: {
    formatError: '--format៖ ត្រូវតែជា csv ឬ graphml',
    disruptError: '--disrupt៖ ត្រូវតែជា betweenness ឬ degree',
    stepsError: '--steps៖ ត្រូវតែជាចំនួនគត់យ៉ាងតិច 1',
    undirected: '--directed៖ {file} ប្រកាសថាគែមរបស់វាគ្មានទិស (edgedefault)',
    merged: 'ជួរ {count} ស្ទួននឹងគូដែលបានអានរួច៖ ទម្ងន់របស់វាត្រូវបានបូកបញ្ចូលទៅគូនោះ',
    selfLoops: 'ជួរ {count} ភ្ជាប់ថ្នាំងទៅខ្លួនវាផ្ទាល់៖ មិនយកមកប្រើ',
    sampledSteps:
      'ថ្នាំង {nodes} (លើសពី {limit})៖ betweenness នៅជំហាននីមួយៗត្រូវបានប៉ាន់ស្មានពីប្រភពគំរូចៃដន្យ {sources} (មានគ្រាប់ពូជ)',
    sampled:
      'ថ្នាំង {nodes} (លើសពី {limit})៖ betweenness ត្រូវបានប៉ាន់ស្មានពីប្រភពគំរូចៃដន្យ {sources} (មានគ្រាប់ពូជ) កំហុសស្តង់ដាររហូតដល់ {largest} មធ្យមភាគកណ្តាល {median}',
  },
  resolve: {
    probability: '{option}៖ ត្រូវតែជាប្រូបាប៊ីលីតេចន្លោះ 0 និង 1',
    tooFew:
      'កំណត់ត្រា {count} តិចពេកក្នុងការប៉ាន់ស្មានម៉ូដែល ដូច្នេះប្រើម៉ូដែលដែលមានស្រាប់ (អាចផ្តល់ម៉ូដែលដែលប៉ាន់ស្មានលើឯកសារធំជាងតាម --model)',
    modelUnreadable: '--model {file}៖ មិនអាចអានបានទេ (គ្មានឯកសារនេះ ឬមិនអាចអានបាន)',
    fileUnreadable: '{file}៖ មិនអាចអានបានទេ (គ្មានឯកសារនេះ ឬមិនអាចអានបាន)',
    badRow: '{file} បន្ទាត់ {line}៖ {problem}',
    unterminated: '{file} បន្ទាត់ {line}៖ វាលដែលបើកសញ្ញាសម្រង់មិនត្រូវបានបិទ (ឯកសារត្រូវបានកាត់ខ្លី)',
    noColumn: '{file} បន្ទាត់ 1៖ ក្បាលតារាងគ្មានជួរឈរ {columns} ទេ (ត្រូវមាន {expected})',
    emptyField: '{file} បន្ទាត់ {line}៖ {column} ទទេ (ជួរនីមួយៗត្រូវតែមាន)',
    emptyFile: '{file}៖ ទទេ (ត្រូវមានបន្ទាត់ក្បាលតារាង៖ {expected})',
  },
  screen: {
    notJson: '{file}៖ មិនមែនជា JSON ដែលអាចអានបានទេ ({reason})',
    unknownError: 'កំហុសមិនស្គាល់',
    notInFormat: '{file}៖ មិនស្ថិតក្នុងទម្រង់នៃការត្រួតពិនិត្យទេ៖ {issues}',
    top: '(ឯកសារទាំងមូល)',
    noSet: '--set៖ គ្មានសំណុំសូចនាករ "{id}" ទេ សំណុំដែលមាន៖ {known}',
  },
  world: {
    presetError: '--preset ត្រូវតែជាមួយក្នុងចំណោម៖ {presets}',
    seedError: '--seed ត្រូវតែជាចំនួនគត់ចាប់ពី 0 ឡើងទៅ',
    progress: '{file}៖ {rows} ជួរ ({seconds} វិនាទី)',
    written:
      'បានសរសេរពិភព "{preset}" (គ្រាប់ពូជ {seed}) ទៅ {out}៖ មនុស្ស {people} នាក់ ត្រូវបានជួញដូរ {victims} នាក់ ការហៅ {calls} ដង។',
  },
  stats: {
    head: 'ពិភព "{preset}" គ្រាប់ពូជ {seed}៖ មនុស្ស {people} នាក់',
    roles: '  តួនាទី៖ {list}',
    nationalities: '  សញ្ជាតិ៖ {list}',
    trafficked:
      '  ត្រូវបានជួញដូរ៖ {trafficked} ({percent}% នៃជនចំណាកស្រុក {migrants}) ក្នុងនោះកុមារ {children} តាមប្រភេទនៃការកេងប្រវ័ញ្ច៖ {list}',
    labourRights: '  ត្រូវបានកេងប្រវ័ញ្ច ប៉ុន្តែមិនមែនការជួញដូរ (ករណីសិទ្ធិការងារ)៖ {count}',
    sites: '  ទីតាំង៖ {total} ({list})',
    calls:
      '  ការហៅ៖ {calls} ការហៅចេញក្នុងមួយទូរស័ព្ទ៖ មធ្យម {mean} មធ្យមភាគកណ្តាល {median} p90 {p90} p99 {p99} អតិបរមា {max}',
    names: '  ឈ្មោះខុសៗគ្នាតាមសញ្ជាតិ៖ {list}',
    tips: '  តម្រុយ៖ {total} មិនពិត {false} ({falseShare}%) ស្ទួននឹងតម្រុយមុន {duplicates} ({duplicateShare}%)',
    item: '{name} {count}',
    roleWords: {
      migrant: 'ជនចំណាកស្រុក',
      local_worker: 'កម្មករក្នុងស្រុក',
      employer: 'និយោជក',
      recruitment_agent: 'ភ្នាក់ងារជ្រើសរើសពលករ',
      recruiter: 'អ្នកជ្រើសរើស',
      broker: 'មេខ្យល់',
      transporter: 'អ្នកដឹកជញ្ជូន',
      site_owner: 'ម្ចាស់ទីតាំង',
      supervisor: 'អ្នកត្រួតពិនិត្យការងារ',
      guard: 'អ្នកយាម',
      money_collector: 'អ្នកប្រមូលប្រាក់',
      official: 'មន្ត្រីរាជការ',
      victim: 'ជនរងគ្រោះ',
    },
    exploitationWords: { labour: 'ការងារ', sexual: 'ផ្លូវភេទ', forced_criminality: 'បង្ខំឱ្យប្រព្រឹត្តបទល្មើស' },
    severityWords: {
      lawful: 'ស្របច្បាប់',
      labour_rights: 'រំលោភសិទ្ធិការងារ',
      exploitative: 'កេងប្រវ័ញ្ច',
      severe: 'ធ្ងន់ធ្ងរ',
    },
  },
  problems: {
    headMissing: 'បាត់ក្បាលខ្សែសង្វាក់',
    entryRemoved: 'បាត់ធាតុទី {seq}៖ វាត្រូវបានលុប',
    entryOutOfChain: 'ធាតុទី {seq} មិនតបន្តពីធាតុទី {previous} ទេ៖ មានធាតុត្រូវបានកែប្រែ លុប ឬប្តូរលំដាប់',
    entryUnkeyed: 'ធាតុទី {seq} គ្មានសោ បន្ទាប់ពីធាតុដែលមានសោ៖ វាត្រូវបានសរសេរឡើងវិញដោយគ្មានសោ',
    entryAltered: 'ធាតុទី {seq} ត្រូវបានកែប្រែ',
    entryUnknownKey: 'ធាតុទី {seq} ត្រូវបានបិទត្រាដោយសោ {key} ដែលមិនស្ថិតក្នុងចំណោមសោដែលបានកំណត់',
    entryForgedBefore: 'ធាតុទី {seq} ជាធាតុដំបូងដែលមានសោ ប៉ុន្តែមិនមែនជាត្រានៃការដំឡើងកំណែទេ៖ ធាតុគ្មានសោមុនវាត្រូវបានក្លែងបន្លំ',
    neverSealed: 'ធាតុរហូតដល់ទី {seq} គ្មានសោ៖ ខ្សែសង្វាក់មិនដែលត្រូវបានបិទត្រា ឬត្រូវបានសរសេរឡើងវិញដោយគ្មានសោ',
    removedFromEnd: 'ធាតុទី {from} ដល់ {to} ត្រូវបានលុបចេញពីចុង',
    headMismatch: 'ក្បាលខ្សែសង្វាក់មិនត្រូវនឹងធាតុចុងក្រោយទេ៖ កំណត់ហេតុ ឬក្បាលរបស់វាត្រូវបានកែប្រែ',
    checkpointInvalid: 'ចំណុចត្រួតពិនិត្យនៅបន្ទាត់ {line}៖ មិនមែនជាចំណុចត្រួតពិនិត្យទេ',
    checkpointUnknownKey: 'ចំណុចត្រួតពិនិត្យនៅបន្ទាត់ {line}៖ ចុះហត្ថលេខាដោយសោ {key} ដែលមិនស្ថិតក្នុងចំណោមសោដែលបានកំណត់',
    checkpointForged: 'ចំណុចត្រួតពិនិត្យនៅបន្ទាត់ {line}៖ ហត្ថលេខាមិនត្រូវគ្នា៖ វាត្រូវបានកែប្រែ ឬក្លែងបន្លំ',
    checkpointCutBack:
      'ចំណុចត្រួតពិនិត្យនៅបន្ទាត់ {line} ({at})៖ ធាតុទី {seq} លែងមាននៅក្នុងកំណត់ហេតុ៖ កំណត់ហេតុត្រូវបានកាត់ខ្លីបន្ទាប់ពីចំណុចត្រួតពិនិត្យ',
    checkpointRewritten:
      'ចំណុចត្រួតពិនិត្យនៅបន្ទាត់ {line} ({at})៖ ធាតុទី {seq} លែងមានហាសដូចមុន៖ កំណត់ហេតុត្រូវបានសរសេរឡើងវិញបន្ទាប់ពីចំណុចត្រួតពិនិត្យ',
    recordUnsealed: '{record}៖ គ្មានធាតុសវនកម្មណាបិទត្រាវាទេ៖ វាត្រូវបានសរសេរពីខាងក្រៅកម្មវិធី',
    recordUnknownKey: '{record}៖ ធាតុសវនកម្មទី {seq} ({action}) ត្រូវបានបិទត្រាដោយសោដែលមិនបានកំណត់',
    recordChanged: '{record}៖ ខុសពីធាតុសវនកម្មទី {seq} ({action})៖ វាត្រូវបានផ្លាស់ប្តូរពីខាងក្រៅកម្មវិធី',
    recordGone: '{record}៖ ត្រូវបានបិទត្រាដោយធាតុសវនកម្មទី {seq} ប៉ុន្តែលែងមានទៀតហើយ',
    recordProblem: '{record}៖ {problem}',
    screening: 'ការត្រួតពិនិត្យ {id}',
    decision: 'សេចក្តីសម្រេច {id}',
    approval: 'ការអនុម័តផែនការនៃប្រតិបត្តិការ {id}',
    exhibit: 'វត្ថុតាង {ref}',
    custodyOrder: 'ធាតុទី {seq}៖ ត្រូវតែជាធាតុទី {expected} នៅទីនេះ (មានធាតុបាត់ ឬខុសលំដាប់)',
    custodyChain: 'ធាតុទី {seq}៖ មិនតបន្តពីធាតុមុនវាទេ',
    custodyAltered: 'ធាតុទី {seq}៖ ខ្លឹមសាររបស់វាត្រូវបានកែប្រែបន្ទាប់ពីបានកត់ត្រា',
    custodyAudit: 'ធាតុទី {seq}៖ ខុសពីអ្វីដែលកំណត់ហេតុសវនកម្មបានកត់ត្រាអំពីវា',
    custodyCount: 'វត្ថុតាងកត់ត្រាធាតុ {recorded} ប៉ុន្តែមាន {found}',
    custodyHead: 'ធាតុចុងក្រោយមិនមែនជាធាតុដែលវត្ថុតាងកត់ត្រាថាជាធាតុចុងក្រោយរបស់វាទេ',
    custodyAudited: 'កំណត់ហេតុសវនកម្មបានកត់ត្រាធាតុ {audited} ប៉ុន្តែមាន {found}',
    badRows: 'ជួរខុស {count}៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវា ឬយល់ព្រមរំលងវា។',
    ftmProblems: 'មានបញ្ហា {count} ក្នុងឯកសារ៖ គ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវា ហើយនាំចូលម្តងទៀត។',
  },
  backup,
  help,
};

export default km;
