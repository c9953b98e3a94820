import backup from './backup-lo.ts';
import type { CliTexts } from './en.ts';
import help from './help-lo.ts';

// What the `lantern` command prints, in Lao.

const lo: CliTexts = {
  common: {
    unknownLanguage: '{setting}: ບໍ່ມີພາສາ "{value}"; ໃຊ້ໄດ້ສະເພາະ: {known}',
    warning: 'ຄຳເຕືອນ: {message}',
    settingsInvalid: 'Lantern ເລີ່ມເຮັດວຽກບໍ່ໄດ້: ການຕັ້ງຄ່າບໍ່ຖືກຕ້ອງ.',
    noAgency: '--agency: ບໍ່ພົບອົງການນີ້',
    listSeparator: ', ',
    badLine: 'ແຖວ {line}, {field}: {reason}',
    wholeRow: '(ທັງແຖວ)',
    more: '… ແລະ ອີກ {count} ລາຍການ (ໃຊ້ --json ເພື່ອເບິ່ງ 1000 ລາຍການທຳອິດ)',
    dataFolderInUse:
      'Lantern ກຳລັງເຮັດວຽກຢູ່ໃນໂຟນເດີຂໍ້ມູນ {folder} ແລ້ວ (ໂປຣເຊສ {pid} ເທິງ {host}). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: ໃຫ້ຢຸດມັນກ່ອນ, ຫຼື ເຮັດວຽກຜ່ານ Lantern ທີ່ກຳລັງເຮັດວຽກຢູ່ (`lantern backup` ໃຊ້ໄດ້ໃນຂະນະທີ່ມັນເຮັດວຽກ). ຖ້າບໍ່ມີ Lantern ເຮັດວຽກຢູ່ບ່ອນນັ້ນ, ໃຫ້ລຶບ {lockFile}.',
    staleLockTakenOver: 'ຮັບຊ່ວງລັອກຂອງໂຟນເດີຂໍ້ມູນທີ່ໂປຣເຊສ {pid} ປະໄວ້, ເຊິ່ງບໍ່ໄດ້ເຮັດວຽກແລ້ວ.',
  },
  upkeep: {
    nameKeys: 'ສ້າງກະແຈຊື່ຄືນໃໝ່ {count} ລາຍການຕາມກົດຊື່ປັດຈຸບັນ.',
    chainSealed:
      'ປະທັບຕາລາຍການທີ່ບໍ່ມີກະແຈ {count} ລາຍການຂອງບັນທຶກການກວດສອບດ້ວຍກະແຈແລ້ວ; ໃຫ້ສ້າງຈຸດກວດສອບທັນທີ (lantern audit checkpoint --out <ໄຟລ໌ທີ່ເກັບໄວ້ບ່ອນອື່ນ>).',
    rowsSealed:
      'ປະທັບຕາ {total} ແຖວທີ່ຂຽນແບບບໍ່ເຂົ້າລະຫັດກ່ອນມີການເຂົ້າລະຫັດຂໍ້ມູນທີ່ຈັດເກັບ (ການຄັດກອງ {screenings}, ການສົ່ງຕໍ່ {referrals}, ກໍລະນີປົກປ້ອງ {protectionCases}, ບົດລາຍງານ {reports}, ລາຍການໃນບົດລາຍງານ {reportItems}).',
    reTermed: 'ສ້າງດັດຊະນີຄົ້ນຫາຄືນໃໝ່ໃຫ້ລາຍການໃນບົດລາຍງານ {count} ລາຍການ.',
    mentioned: 'ອ່ານບົດລາຍງານ {count} ສະບັບເພື່ອຫາອົງປະກອບທີ່ບົດລາຍງານກ່າວເຖິງ.',
  },
  serve: {
    demoLoaded:
      'ໂຫຼດຂໍ້ມູນສາທິດແລ້ວ: ຜູ້ໃຊ້ສາທິດ {users} ຄົນໃນ {agencies} ອົງການ; ບົດລາຍງານທີ່ປະເມີນລະດັບແລ້ວ {reports} ສະບັບ, ເບາະແສ {tips} ລາຍການ, ສະຖານທີ່ {sites} ແຫ່ງ, ບັນທຶກການໂທ {calls} ລາຍການ, ບຸກຄົນ ແລະ ອົງກອນ {people} ລາຍທີ່ລະບຸຕົວໄດ້ຈາກບັນທຶກທີ່ກ່າວເຖິງ, ການຕັດສິນໃຈ {decisions} ລາຍການ, ປະຕິບັດການທີ່ກຳລັງວາງແຜນ {operations} ລາຍການ ແລະ ທີ່ສິ້ນສຸດແລ້ວ {concluded} ລາຍການ ເຊິ່ງສຳນວນຄະດີສົ່ງໃຫ້ໄອຍະການແລ້ວ (ເລີ່ມດ້ວຍ --no-demo ເພື່ອຂ້າມ).',
    demoRefused: 'Lantern ຈະບໍ່ເລີ່ມເຮັດວຽກ: ຖານຂໍ້ມູນນີ້ມີຜູ້ໃຊ້ສາທິດ ແລະ ໂໝດສາທິດໃຊ້ໄດ້ສະເພາະໃນເຄື່ອງນີ້ເທົ່ານັ້ນ (HOST=127.0.0.1).',
    demoRefusedHint: 'ການຕິດຕັ້ງໃຊ້ງານແທ້ຕ້ອງເລີ່ມຈາກໂຟນເດີຂໍ້ມູນໃໝ່ດ້ວຍ --no-demo.',
    firstAdministrator: 'ຍັງບໍ່ມີຜູ້ບໍລິຫານລະບົບເຂົ້າສູ່ລະບົບ. ເປີດລິ້ງໃຊ້ຄັ້ງດຽວນີ້ໃນເຄື່ອງນີ້ເພື່ອຕັ້ງຄ່າບັນຊີທຳອິດ:',
    linkLocalOnly: 'ລິ້ງນີ້ໃຊ້ໄດ້ຈາກເຄື່ອງນີ້ເທົ່ານັ້ນ (127.0.0.1).',
  },
  admin: {
    applied: 'ນຳໃຊ້ແລ້ວ: {migrations}',
    upToDate: 'ໂຄງສ້າງຖານຂໍ້ມູນເປັນປັດຈຸບັນແລ້ວ.',
    kindError: '--kind ຕ້ອງເປັນຄ່າໃດໜຶ່ງຕໍ່ໄປນີ້: {kinds}',
    agencyRegistered: 'ລົງທະບຽນອົງການ {id} ({kind}) ແລ້ວ.',
    roleError: '--role: ບໍ່ຮູ້ຈັກບົດບາດ {unknown}; ບົດບາດທີ່ມີ: {known}',
    userCreated: 'ສ້າງຜູ້ໃຊ້ {id} ແລ້ວ. ລິ້ງເຂົ້າສູ່ລະບົບແບບໃຊ້ຄັ້ງດຽວ (72 ຊົ່ວໂມງ):',
    noUser: 'ບໍ່ພົບຜູ້ໃຊ້ນີ້',
    resetDone: 'ຕັ້ງໃໝ່ແລ້ວ; ປິດທຸກເຊສຊັນແລ້ວ. ລິ້ງເຂົ້າສູ່ລະບົບແບບໃຊ້ຄັ້ງດຽວ (72 ຊົ່ວໂມງ):',
    noTokenUser: '--user: ບໍ່ພົບຜູ້ໃຊ້ນີ້',
    scopeError: '--scope: ບໍ່ຮູ້ຈັກສິດ {unknown}',
    tokenCreated: 'ສ້າງໂທເຄັນ {id} ແລ້ວ ດ້ວຍຂອບເຂດ {scopes}. ໂທເຄັນຈະສະແດງພຽງຄັ້ງນີ້ເທົ່ານັ້ນ:',
    kinds: {
      police: 'ຕຳຫຼວດ',
      labour: 'ການກວດກາແຮງງານ',
      ngo: 'ອົງການທີ່ບໍ່ແມ່ນລັດ',
      prosecution: 'ອົງການໄອຍະການ',
      services: 'ການບໍລິການຜູ້ຖືກເຄາະຮ້າຍ',
      coordination: 'ການປະສານງານ',
    },
  },
  audit: {
    cannotRead: '--checkpoint: ອ່ານໄຟລ໌ {file} ບໍ່ໄດ້',
    intact: 'ບັນທຶກການກວດສອບສົມບູນ: ກວດແລ້ວ {checked} ລາຍການ, ຫົວຕ່ອງໂສ້ຢູ່ທີ່ລາຍການ {head}.',
    notIntact: 'ບັນທຶກການກວດສອບບໍ່ສົມບູນ ຫຼັງຈາກລາຍການທີ່ຖືກຕ້ອງ {checked} ລາຍການ: {problem}',
    checkpointsHeld: 'ກວດຈຸດກວດສອບແລ້ວ {checked} ຈຸດ: ບັນທຶກຍັງມີຄົບທຸກຈຸດ.',
    checkpointsProblems: 'ກວດຈຸດກວດສອບແລ້ວ {checked} ຈຸດ: ພົບບັນຫາ {problems} ລາຍການ.',
    recordsIntact:
      'ຂໍ້ມູນທີ່ກວດທຽບກັບບັນທຶກການກວດສອບ: ການຄັດກອງ {screenings}, ການຕັດສິນໃຈ {decisions}, ການອະນຸມັດແຜນ {approvals}, ວັດຖຸພະຍານ {exhibits}: ສົມບູນທັງໝົດ.',
    recordsProblems:
      'ຂໍ້ມູນທີ່ກວດທຽບກັບບັນທຶກການກວດສອບ: ການຄັດກອງ {screenings}, ການຕັດສິນໃຈ {decisions}, ການອະນຸມັດແຜນ {approvals}, ວັດຖຸພະຍານ {exhibits}: ພົບບັນຫາ {problems} ລາຍການ.',
    appended: 'ຕໍ່ທ້າຍຈຸດກວດສອບໃນ {file} ແລ້ວ.',
    sealed: 'ປະທັບຕາແລ້ວ: ລາຍການທີ່ບໍ່ມີກະແຈ {count} ລາຍການຖືກຄອບດ້ວຍລາຍການທີ່ມີກະແຈແລ້ວ. ໃຫ້ສ້າງຈຸດກວດສອບທັນທີ.',
    nothingToSeal: 'ບໍ່ມີຫຍັງຕ້ອງປະທັບຕາ: ບັນທຶກຫວ່າງເປົ່າ ຫຼື ຈົບດ້ວຍລາຍການທີ່ມີກະແຈແລ້ວ.',
  },
  evidence: {
    noExhibit: '--exhibit: ບໍ່ພົບວັດຖຸພະຍານເລກອ້າງອີງ {ref}',
    notIntact: '{ref}: ບໍ່ສົມບູນ: {problems}',
    problemSeparator: '; ',
    allIntact: 'ກວດວັດຖຸພະຍານ {exhibits} ອັນ, ລາຍການການຄອບຄອງ {entries} ລາຍການ: ສົມບູນທັງໝົດ.',
    broken: 'ກວດວັດຖຸພະຍານ {exhibits} ອັນ, ລາຍການການຄອບຄອງ {entries} ລາຍການ: ຕ່ອງໂສ້ຂາດ {broken} ອັນ.',
  },
  imports: {
    checking: 'ກຳລັງກວດ',
    importing: 'ກຳລັງນຳເຂົ້າ',
    progress: '{phase} [{bar}] {percent}%  {rows} ແຖວ  {rate} ແຖວ/ວິນາທີ  ຍັງເຫຼືອ {eta} ວິນາທີ',
    resolvedWhole: 'ຈັບຄູ່ບັນທຶກໃໝ່ {records} ລາຍການເປັນຕົວບຸກຄົນແລ້ວ (ອົງປະກອບໃໝ່ {created} ລາຍການ, ຈາກພາບລວມທັງໝົດ).',
    resolvedKnown: 'ຈັບຄູ່ບັນທຶກໃໝ່ {records} ລາຍການເປັນຕົວບຸກຄົນແລ້ວ (ອົງປະກອບໃໝ່ {created} ລາຍການ, ທຽບກັບບຸກຄົນທີ່ຮູ້ຈັກຢູ່ແລ້ວ).',
    summary: '{status}: ນຳເຂົ້າ {imported} ຈາກ {read} ແຖວ, ຂ້າມ {skipped} ແຖວ (ວຽກ {job}).',
    mappingSaved: 'ບັນທຶກການຈັບຄູ່ "{name}" ແລ້ວ.',
    statuses: {
      completed: 'ນຳເຂົ້າແລ້ວ',
      rejected: 'ຖືກປະຕິເສດ',
      already_imported: 'ເຄີຍນຳເຂົ້າແລ້ວ',
    },
  },
  intel: {
    written: 'ຂຽນອົງປະກອບ FtM {count} ລາຍການລົງໃນ {file} ແລ້ວ.',
    notUtf8: '{file} ບໍ່ແມ່ນຂໍ້ຄວາມ UTF-8 ເຊິ່ງໄຟລ໌ FtM ຕ້ອງເປັນ',
    summary:
      '{status}: {lines} ແຖວ; ສ້າງອົງປະກອບ {created} ລາຍການ, ກົງກັບທີ່ມີຢູ່ {matched} ລາຍການ; ຂໍ້ເທັດຈິງ {facts} ລາຍການ; ສ້າງການເຊື່ອມໂຍງ {linksCreated} ລາຍການ, ກົງກັບທີ່ມີຢູ່ {linksMatched} ລາຍການ (ວຽກ {job}).',
    notRead: 'ບໍ່ໄດ້ອ່ານ (Lantern ບໍ່ມີບ່ອນເກັບຂໍ້ມູນເຫຼົ່ານີ້): {fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: 'ກະແຈຈາກ {file}:',
    fromEnvironment: 'ກະແຈຈາກຕົວແປສະພາບແວດລ້ອມ (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS):',
    current: 'ປັດຈຸບັນ',
    retired: 'ເລີກໃຊ້ແລ້ວ (ໃຊ້ເປີດຂໍ້ມູນເກົ່າ)',
    rotatedInFile: 'ຂຽນກະແຈໃໝ່ {to} ໄວ້ລຳດັບທຳອິດໃນ {file} ແລ້ວ; ເກັບ {from} ໄວ້ເປັນກະແຈເລີກໃຊ້.',
    rotatedInEnvironment:
      'ກະແຈມາຈາກຕົວແປສະພາບແວດລ້ອມ: ປະທັບຕາທຸກຢ່າງຄືນໃໝ່ດ້ວຍກະແຈປັດຈຸບັນ {to} ແລ້ວ (ຕັ້ງ LANTERN_SECRET_KEY ໃໝ່, ຍ້າຍກະແຈເກົ່າໄປທີ່ LANTERN_RETIRED_KEYS, ເລີ່ມລະບົບໃໝ່, ແລ້ວຈຶ່ງແລ່ນຄຳສັ່ງນີ້).',
    sealedAgain:
      'ປະທັບຕາຄືນໃໝ່ແລ້ວ: ການຄັດກອງ {screenings}, ການສົ່ງຕໍ່ {referrals}, ກໍລະນີປົກປ້ອງ {protectionCases}, ບັນທຶກກໍລະນີປົກປ້ອງ {protectionNotes}, ບົດລາຍງານ {reports}, ລາຍການໃນບົດລາຍງານ {reportItems}, ເບາະແສ {tips}, ຂໍ້ຄວາມກັບຜູ້ແຈ້ງ {tipMessages}, ບັນທຶກການກວດກາແຮງງານ {inspections}, ລະຫັດລັບປັດໄຈທີສອງ {totpSecrets}.',
    rotatedByServer: 'Lantern ທີ່ກຳລັງເຮັດວຽກໄດ້ປ່ຽນກະແຈແລ້ວ: ຂໍ້ມູນໃໝ່ຈະຖືກປະທັບຕາດ້ວຍກະແຈ {to} ນັບແຕ່ນີ້ໄປ.',
    rotateFailed:
      'Lantern ທີ່ກຳລັງເຮັດວຽກບໍ່ສາມາດປ່ຽນກະແຈໄດ້ (ບັນທຶກຂອງມັນບອກສາເຫດ). ກະແຈທຸກອັນຍັງຖືກເກັບໄວ້: ທຸກຢ່າງຍັງເປີດໄດ້. ກະລຸນາແລ່ນຄຳສັ່ງອີກຄັ້ງ.',
  },
  network: {
    formatError: '--format: ຕ້ອງເປັນ csv ຫຼື graphml',
    disruptError: '--disrupt: ຕ້ອງເປັນ betweenness ຫຼື degree',
    stepsError: '--steps: ຕ້ອງເປັນຈຳນວນເຕັມຕັ້ງແຕ່ 1 ຂຶ້ນໄປ',
    undirected: '--directed: {file} ລະບຸວ່າເສັ້ນເຊື່ອມບໍ່ມີທິດທາງ (edgedefault)',
    merged: 'ມີ {count} ແຖວທີ່ຊ້ຳກັບຄູ່ທີ່ອ່ານແລ້ວ: ນຳນ້ຳໜັກໄປລວມກັບຄູ່ນັ້ນ',
    selfLoops: 'ມີ {count} ແຖວທີ່ເຊື່ອມໂນດເຂົ້າກັບຕົວເອງ: ບໍ່ນຳມາໃຊ້',
    sampledSteps:
      '{nodes} ໂນດ (ຫຼາຍກວ່າ {limit}): ຄ່າ betweenness ໃນແຕ່ລະຂັ້ນປະເມີນຈາກຈຸດເລີ່ມຕົ້ນທີ່ສຸ່ມມາ {sources} ຈຸດ (ກຳນົດຄ່າຕັ້ງຕົ້ນການສຸ່ມ)',
    sampled:
      '{nodes} ໂນດ (ຫຼາຍກວ່າ {limit}): ຄ່າ betweenness ປະເມີນຈາກຈຸດເລີ່ມຕົ້ນທີ່ສຸ່ມມາ {sources} ຈຸດ (ກຳນົດຄ່າຕັ້ງຕົ້ນການສຸ່ມ), ຄວາມຄາດເຄື່ອນມາດຕະຖານສູງສຸດ {largest}, ຄ່າກາງ {median}',
  },
  resolve: {
    probability: '{option}: ຕ້ອງເປັນຄວາມເປັນໄປໄດ້ລະຫວ່າງ 0 ຫາ 1',
    tooFew:
      'ບັນທຶກ {count} ລາຍການໜ້ອຍເກີນໄປທີ່ຈະປະເມີນແບບຈຳລອງໄດ້; ຈຶ່ງໃຊ້ແບບຈຳລອງໃນລະບົບ (ລະບຸແບບຈຳລອງທີ່ປະເມີນຈາກໄຟລ໌ທີ່ໃຫຍ່ກວ່າໄດ້ດ້ວຍ --model)',
    modelUnreadable: '--model {file}: ອ່ານບໍ່ໄດ້ (ບໍ່ມີໄຟລ໌ນີ້ ຫຼື ບໍ່ມີສິດອ່ານ)',
    fileUnreadable: '{file}: ອ່ານບໍ່ໄດ້ (ບໍ່ມີໄຟລ໌ນີ້ ຫຼື ບໍ່ມີສິດອ່ານ)',
    badRow: '{file} ແຖວ {line}: {problem}',
    unterminated: '{file} ແຖວ {line}: ຊ່ອງຂໍ້ມູນທີ່ເປີດເຄື່ອງໝາຍວົງຢືມບໍ່ໄດ້ປິດ (ໄຟລ໌ຂາດຫາຍ)',
    noColumn: '{file} ແຖວ 1: ຫົວຕາຕະລາງບໍ່ມີຖັນ {columns} (ຕ້ອງມີ {expected})',
    emptyField: '{file} ແຖວ {line}: {column} ຫວ່າງຢູ່ (ທຸກແຖວຕ້ອງມີຄ່ານີ້)',
    emptyFile: '{file}: ໄຟລ໌ຫວ່າງເປົ່າ (ຕ້ອງມີແຖວຫົວຕາຕະລາງ: {expected})',
  },
  screen: {
    notJson: '{file}: ບໍ່ແມ່ນ JSON ທີ່ອ່ານໄດ້ ({reason})',
    unknownError: 'ຂໍ້ຜິດພາດທີ່ບໍ່ຮູ້ສາເຫດ',
    notInFormat: '{file}: ບໍ່ຢູ່ໃນຮູບແບບການຄັດກອງ: {issues}',
    top: '(ທັງໄຟລ໌)',
    noSet: '--set: ບໍ່ມີຊຸດຕົວຊີ້ວັດ "{id}"; ຊຸດທີ່ມີ: {known}',
  },
  world: {
    presetError: '--preset ຕ້ອງເປັນຄ່າໃດໜຶ່ງຕໍ່ໄປນີ້: {presets}',
    seedError: '--seed ຕ້ອງເປັນຈຳນວນເຕັມຕັ້ງແຕ່ 0 ຂຶ້ນໄປ',
    progress: '{file}: {rows} ແຖວ ({seconds} ວິນາທີ)',
    written:
      'ຂຽນໂລກ "{preset}" (ຄ່າຕັ້ງຕົ້ນ {seed}) ລົງໃນ {out} ແລ້ວ: {people} ຄົນ, ຖືກຄ້າມະນຸດ {victims} ຄົນ, ການໂທ {calls} ຄັ້ງ.',
  },
  stats: {
    head: 'ໂລກ "{preset}", ຄ່າຕັ້ງຕົ້ນ {seed}: {people} ຄົນ',
    roles: '  ບົດບາດ: {list}',
    nationalities: '  ສັນຊາດ: {list}',
    trafficked:
      '  ຖືກຄ້າມະນຸດ: {trafficked} ຄົນ ({percent}% ຂອງແຮງງານເຄື່ອນຍ້າຍ {migrants} ຄົນ), ໃນນັ້ນເປັນເດັກ {children} ຄົນ; ຈຳແນກຕາມການຂູດຮີດ: {list}',
    labourRights: '  ຖືກຂູດຮີດແຕ່ບໍ່ແມ່ນການຄ້າມະນຸດ (ກໍລະນີສິດແຮງງານ): {count}',
    sites: '  ສະຖານທີ່: {total} ແຫ່ງ ({list})',
    calls:
      '  ການໂທ: {calls} ຄັ້ງ; ການໂທອອກຕໍ່ໂທລະສັບໜຶ່ງເຄື່ອງ: ສະເລ່ຍ {mean}, ຄ່າກາງ {median}, p90 {p90}, p99 {p99}, ສູງສຸດ {max}',
    names: '  ຈຳນວນຊື່ທີ່ບໍ່ຊ້ຳກັນຕາມສັນຊາດ: {list}',
    tips: '  ເບາະແສ: {total}, ບໍ່ແມ່ນຄວາມຈິງ {false} ({falseShare}%), ຊ້ຳກັບເບາະແສກ່ອນໜ້າ {duplicates} ({duplicateShare}%)',
    item: '{name} {count}',
    roleWords: {
      migrant: 'ແຮງງານເຄື່ອນຍ້າຍ',
      local_worker: 'ແຮງງານທ້ອງຖິ່ນ',
      employer: 'ນາຍຈ້າງ',
      recruitment_agent: 'ບໍລິສັດຈັດຫາງານ',
      recruiter: 'ຜູ້ຊັກຊວນ',
      broker: 'ນາຍໜ້າ',
      transporter: 'ຜູ້ຂົນສົ່ງ',
      site_owner: 'ເຈົ້າຂອງສະຖານທີ່',
      supervisor: 'ຜູ້ຄຸມງານ',
      guard: 'ຜູ້ເຝົ້າຍາມ',
      money_collector: 'ຜູ້ເກັບເງິນ',
      official: 'ເຈົ້າໜ້າທີ່ລັດ',
      victim: 'ຜູ້ຖືກເຄາະຮ້າຍ',
    },
    exploitationWords: { labour: 'ແຮງງານ', sexual: 'ທາງເພດ', forced_criminality: 'ບັງຄັບໃຫ້ກະທຳຜິດ' },
    severityWords: {
      lawful: 'ຖືກກົດໝາຍ',
      labour_rights: 'ລະເມີດສິດແຮງງານ',
      exploitative: 'ຂູດຮີດ',
      severe: 'ຮ້າຍແຮງ',
    },
  },
  problems: {
    headMissing: 'ບໍ່ພົບຫົວຕ່ອງໂສ້',
    entryRemoved: 'ບໍ່ພົບລາຍການ {seq}: ຖືກລຶບອອກ',
    entryOutOfChain: 'ລາຍການ {seq} ບໍ່ຕໍ່ຈາກລາຍການ {previous}: ມີລາຍການຖືກແກ້ໄຂ, ລຶບ ຫຼື ສັບປ່ຽນລຳດັບ',
    entryUnkeyed: 'ລາຍການ {seq} ບໍ່ມີກະແຈ ທັງທີ່ຢູ່ຫຼັງລາຍການທີ່ມີກະແຈ: ຖືກຂຽນຄືນໃໝ່ໂດຍບໍ່ມີກະແຈ',
    entryAltered: 'ລາຍການ {seq} ຖືກແກ້ໄຂ',
    entryUnknownKey: 'ລາຍການ {seq} ປະທັບຕາດ້ວຍກະແຈ {key} ເຊິ່ງບໍ່ຢູ່ໃນກະແຈທີ່ຕັ້ງຄ່າໄວ້',
    entryForgedBefore:
      'ລາຍການ {seq} ເປັນລາຍການທຳອິດທີ່ມີກະແຈ ແຕ່ບໍ່ແມ່ນຕາປະທັບຂອງການອັບເກຣດ: ລາຍການທີ່ບໍ່ມີກະແຈກ່ອນໜ້ານັ້ນຖືກປອມຂຶ້ນ',
    neverSealed: 'ລາຍການເຖິງ {seq} ບໍ່ມີກະແຈ: ຕ່ອງໂສ້ບໍ່ເຄີຍຖືກປະທັບຕາ ຫຼື ຖືກຂຽນຄືນໃໝ່ໂດຍບໍ່ມີກະແຈ',
    removedFromEnd: 'ລາຍການ {from} ຫາ {to} ຖືກລຶບອອກຈາກທ້າຍບັນທຶກ',
    headMismatch: 'ຫົວຕ່ອງໂສ້ບໍ່ກົງກັບລາຍການສຸດທ້າຍ: ບັນທຶກ ຫຼື ຫົວຕ່ອງໂສ້ຖືກແກ້ໄຂ',
    checkpointInvalid: 'ຈຸດກວດສອບໃນແຖວ {line}: ບໍ່ແມ່ນຈຸດກວດສອບ',
    checkpointUnknownKey: 'ຈຸດກວດສອບໃນແຖວ {line}: ລົງລາຍເຊັນດ້ວຍກະແຈ {key} ເຊິ່ງບໍ່ຢູ່ໃນກະແຈທີ່ຕັ້ງຄ່າໄວ້',
    checkpointForged: 'ຈຸດກວດສອບໃນແຖວ {line}: ລາຍເຊັນບໍ່ກົງກັນ: ຖືກແກ້ໄຂ ຫຼື ປອມຂຶ້ນ',
    checkpointCutBack: 'ຈຸດກວດສອບໃນແຖວ {line} ({at}): ບໍ່ມີລາຍການ {seq} ໃນບັນທຶກແລ້ວ: ບັນທຶກຖືກຕັດອອກຫຼັງຈຸດກວດສອບ',
    checkpointRewritten: 'ຈຸດກວດສອບໃນແຖວ {line} ({at}): ລາຍການ {seq} ບໍ່ມີຄ່າແຮຊເດີມແລ້ວ: ບັນທຶກຖືກຂຽນຄືນໃໝ່ຫຼັງຈຸດກວດສອບ',
    recordUnsealed: '{record}: ບໍ່ມີລາຍການໃນບັນທຶກການກວດສອບທີ່ປະທັບຕາໄວ້: ຖືກຂຽນຈາກພາຍນອກແອັບພລິເຄຊັນ',
    recordUnknownKey: '{record}: ລາຍການ {seq} ໃນບັນທຶກການກວດສອບ ({action}) ປະທັບຕາດ້ວຍກະແຈທີ່ບໍ່ໄດ້ຕັ້ງຄ່າໄວ້',
    recordChanged: '{record}: ບໍ່ກົງກັບລາຍການ {seq} ໃນບັນທຶກການກວດສອບ ({action}): ຖືກປ່ຽນຈາກພາຍນອກແອັບພລິເຄຊັນ',
    recordGone: '{record}: ປະທັບຕາໂດຍລາຍການ {seq} ໃນບັນທຶກການກວດສອບ ແຕ່ບໍ່ມີຢູ່ແລ້ວ',
    recordProblem: '{record}: {problem}',
    screening: 'ການຄັດກອງ {id}',
    decision: 'ການຕັດສິນໃຈ {id}',
    approval: 'ການອະນຸມັດແຜນຂອງປະຕິບັດການ {id}',
    exhibit: 'ວັດຖຸພະຍານ {ref}',
    custodyOrder: 'ລາຍການ {seq}: ຄວນເປັນລາຍການ {expected} ຢູ່ບ່ອນນີ້ (ມີລາຍການຫາຍໄປ ຫຼື ລຳດັບຜິດ)',
    custodyChain: 'ລາຍການ {seq}: ບໍ່ຕໍ່ຈາກລາຍການກ່ອນໜ້າ',
    custodyAltered: 'ລາຍການ {seq}: ເນື້ອຫາຖືກແກ້ໄຂຫຼັງຈາກບັນທຶກ',
    custodyAudit: 'ລາຍການ {seq}: ບໍ່ກົງກັບທີ່ບັນທຶກການກວດສອບບັນທຶກໄວ້',
    custodyCount: 'ວັດຖຸພະຍານບັນທຶກໄວ້ {recorded} ລາຍການ ແຕ່ມີຢູ່ {found} ລາຍການ',
    custodyHead: 'ລາຍການສຸດທ້າຍບໍ່ແມ່ນລາຍການທີ່ວັດຖຸພະຍານບັນທຶກໄວ້ວ່າເປັນລາຍການສຸດທ້າຍ',
    custodyAudited: 'ບັນທຶກການກວດສອບບັນທຶກໄວ້ {audited} ລາຍການ ແຕ່ມີຢູ່ {found} ລາຍການ',
    badRows: 'ມີແຖວທີ່ຜິດພາດ {count} ແຖວ: ບໍ່ໄດ້ນຳເຂົ້າຂໍ້ມູນໃດ. ແກ້ໄຂແຖວເຫຼົ່ານັ້ນ ຫຼື ຍອມຮັບໃຫ້ຂ້າມໄປ.',
    ftmProblems: 'ພົບບັນຫາ {count} ລາຍການໃນໄຟລ໌: ບໍ່ໄດ້ນຳເຂົ້າຂໍ້ມູນໃດ. ແກ້ໄຂແລ້ວນຳເຂົ້າໃໝ່.',
  },
  backup,
  help,
};

export default lo;
