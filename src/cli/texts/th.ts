import backup from './backup-th.ts';
import type { CliTexts } from './en.ts';
import help from './help-th.ts';

// What the `lantern` command prints, in Thai.

const th: CliTexts = {
  common: {
    unknownLanguage: '{setting}: ไม่มีภาษา "{value}" ใช้ได้เฉพาะ: {known}',
    warning: 'คำเตือน: {message}',
    settingsInvalid: 'Lantern เริ่มทำงานไม่ได้: การตั้งค่าไม่ถูกต้อง',
    noAgency: '--agency: ไม่พบหน่วยงานนี้',
    listSeparator: ', ',
    badLine: 'บรรทัด {line}, {field}: {reason}',
    wholeRow: '(ทั้งแถว)',
    more: '… และอีก {count} รายการ (ใช้ --json เพื่อดู 1000 รายการแรก)',
    dataFolderInUse:
      'Lantern กำลังทำงานอยู่บนโฟลเดอร์ข้อมูล {folder} แล้ว (โปรเซส {pid} บน {host}) ไม่มีสิ่งใดถูกเปลี่ยนแปลง: ให้หยุดโปรเซสนั้นก่อน หรือทำงานผ่าน Lantern ที่กำลังทำงานอยู่ (`lantern backup` ใช้ได้ขณะที่มันทำงาน) หากไม่มี Lantern ทำงานอยู่ที่นั่น ให้ลบ {lockFile}',
    staleLockTakenOver: 'รับช่วงล็อกของโฟลเดอร์ข้อมูลที่โปรเซส {pid} ทิ้งไว้ ซึ่งไม่ได้ทำงานแล้ว',
  },
  upkeep: {
    nameKeys: 'สร้างคีย์ชื่อใหม่ {count} รายการตามกฎชื่อปัจจุบัน',
    chainSealed:
      'ผนึกรายการที่ไม่มีกุญแจ {count} รายการในบันทึกการตรวจสอบด้วยกุญแจแล้ว ให้สร้างจุดตรวจสอบทันที (lantern audit checkpoint --out <ไฟล์ที่เก็บไว้ที่อื่น>)',
    rowsSealed:
      'ผนึกข้อมูล {total} แถวที่เขียนแบบไม่เข้ารหัสก่อนมีการเข้ารหัสข้อมูลที่จัดเก็บ (การคัดกรอง {screenings} รายการ การส่งต่อ {referrals} รายการ กรณีคุ้มครอง {protectionCases} กรณี รายงาน {reports} ฉบับ รายการในรายงาน {reportItems} รายการ)',
    reTermed: 'จัดทำดัชนีค้นหาใหม่ให้รายการในรายงาน {count} รายการ',
    mentioned: 'อ่านรายงาน {count} ฉบับเพื่อหาเอนทิตีที่รายงานกล่าวถึง',
  },
  serve: {
    demoLoaded:
      'โหลดข้อมูลสาธิตแล้ว: ผู้ใช้สาธิต {users} คนใน {agencies} หน่วยงาน รายงานที่ประเมินระดับแล้ว {reports} ฉบับ เบาะแส {tips} รายการ สถานที่ {sites} แห่ง บันทึกการโทร {calls} รายการ บุคคลและองค์กร {people} รายที่ระบุตัวได้จากระเบียนที่กล่าวถึง การตัดสินใจ {decisions} รายการ ปฏิบัติการที่อยู่ระหว่างวางแผน {operations} รายการ และที่สิ้นสุดแล้ว {concluded} รายการ ซึ่งสำนวนคดีส่งให้อัยการแล้ว (เริ่มด้วย --no-demo เพื่อข้ามข้อมูลสาธิต)',
    demoRefused: 'Lantern จะไม่เริ่มทำงาน: ฐานข้อมูลนี้มีผู้ใช้สาธิต และโหมดสาธิตใช้ได้เฉพาะบนเครื่องนี้เท่านั้น (HOST=127.0.0.1)',
    demoRefusedHint: 'การติดตั้งใช้งานจริงต้องเริ่มจากโฟลเดอร์ข้อมูลใหม่ด้วย --no-demo',
    firstAdministrator: 'ยังไม่มีผู้ดูแลระบบเข้าสู่ระบบ เปิดลิงก์ใช้ครั้งเดียวนี้บนเครื่องนี้เพื่อตั้งค่าบัญชีแรก:',
    linkLocalOnly: 'ลิงก์นี้ใช้ได้จากเครื่องนี้เท่านั้น (127.0.0.1)',
  },
  admin: {
    applied: 'ปรับใช้แล้ว: {migrations}',
    upToDate: 'โครงสร้างฐานข้อมูลเป็นปัจจุบันแล้ว',
    kindError: '--kind ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {kinds}',
    agencyRegistered: 'ลงทะเบียนหน่วยงาน {id} ({kind}) แล้ว',
    roleError: '--role: ไม่รู้จักบทบาท {unknown} บทบาทที่มี: {known}',
    userCreated: 'สร้างผู้ใช้ {id} แล้ว ลิงก์เข้าสู่ระบบแบบใช้ครั้งเดียว (72 ชั่วโมง):',
    noUser: 'ไม่พบผู้ใช้นี้',
    resetDone: 'รีเซ็ตแล้ว และปิดทุกเซสชันแล้ว ลิงก์เข้าสู่ระบบแบบใช้ครั้งเดียว (72 ชั่วโมง):',
    noTokenUser: '--user: ไม่พบผู้ใช้นี้',
    scopeError: '--scope: ไม่รู้จักสิทธิ์ {unknown}',
    tokenCreated: 'สร้างโทเค็น {id} แล้ว ด้วยขอบเขต {scopes} โทเค็นจะแสดงเพียงครั้งนี้เท่านั้น:',
    kinds: {
      police: 'ตำรวจ',
      labour: 'พนักงานตรวจแรงงาน',
      ngo: 'องค์กรพัฒนาเอกชน',
      prosecution: 'อัยการ',
      services: 'หน่วยบริการผู้เสียหาย',
      coordination: 'การประสานงาน',
    },
  },
  audit: {
    cannotRead: '--checkpoint: อ่านไฟล์ {file} ไม่ได้',
    intact: 'บันทึกการตรวจสอบสมบูรณ์: ตรวจแล้ว {checked} รายการ หัวลูกโซ่อยู่ที่รายการ {head}',
    notIntact: 'บันทึกการตรวจสอบไม่สมบูรณ์ หลังจากรายการที่ถูกต้อง {checked} รายการ: {problem}',
    checkpointsHeld: 'ตรวจจุดตรวจสอบแล้ว {checked} จุด: บันทึกยังมีครบทุกจุด',
    checkpointsProblems: 'ตรวจจุดตรวจสอบแล้ว {checked} จุด: พบปัญหา {problems} รายการ',
    recordsIntact:
      'ข้อมูลที่ตรวจเทียบกับบันทึกการตรวจสอบ: การคัดกรอง {screenings} รายการ การตัดสินใจ {decisions} รายการ การอนุมัติแผน {approvals} รายการ พยานวัตถุ {exhibits} ชิ้น: สมบูรณ์ทั้งหมด',
    recordsProblems:
      'ข้อมูลที่ตรวจเทียบกับบันทึกการตรวจสอบ: การคัดกรอง {screenings} รายการ การตัดสินใจ {decisions} รายการ การอนุมัติแผน {approvals} รายการ พยานวัตถุ {exhibits} ชิ้น: พบปัญหา {problems} รายการ',
    appended: 'ต่อท้ายจุดตรวจสอบในไฟล์ {file} แล้ว',
    sealed: 'ผนึกแล้ว: รายการที่ไม่มีกุญแจ {count} รายการถูกครอบด้วยรายการที่ผนึกด้วยกุญแจแล้ว ให้สร้างจุดตรวจสอบทันที',
    nothingToSeal: 'ไม่มีสิ่งที่ต้องผนึก: บันทึกว่างเปล่าหรือจบด้วยรายการที่ผนึกด้วยกุญแจแล้ว',
  },
  evidence: {
    noExhibit: '--exhibit: ไม่พบพยานวัตถุเลขอ้างอิง {ref}',
    notIntact: '{ref}: ไม่สมบูรณ์: {problems}',
    problemSeparator: '; ',
    allIntact: 'ตรวจพยานวัตถุ {exhibits} ชิ้น รายการการครอบครอง {entries} รายการ: สมบูรณ์ทั้งหมด',
    broken: 'ตรวจพยานวัตถุ {exhibits} ชิ้น รายการการครอบครอง {entries} รายการ: ห่วงโซ่ขาด {broken} ชิ้น',
  },
  imports: {
    checking: 'กำลังตรวจ',
    importing: 'กำลังนำเข้า',
    progress: '{phase} [{bar}] {percent}%  {rows} แถว  {rate} แถว/วินาที  เหลืออีก {eta} วินาที',
    resolvedWhole: 'จับคู่ระเบียนใหม่ {records} รายการเป็นตัวบุคคลแล้ว (เอนทิตีใหม่ {created} รายการ จากภาพรวมทั้งหมด)',
    resolvedKnown:
      'จับคู่ระเบียนใหม่ {records} รายการเป็นตัวบุคคลแล้ว (เอนทิตีใหม่ {created} รายการ เทียบกับบุคคลที่รู้จักอยู่แล้ว)',
    summary: '{status}: นำเข้า {imported} จาก {read} แถว ข้าม {skipped} แถว (งาน {job})',
    mappingSaved: 'บันทึกการจับคู่ "{name}" แล้ว',
    statuses: {
      completed: 'นำเข้าแล้ว',
      rejected: 'ถูกปฏิเสธ',
      already_imported: 'เคยนำเข้าแล้ว',
    },
  },
  intel: {
    written: 'เขียนเอนทิตี FtM {count} รายการลงใน {file} แล้ว',
    notUtf8: '{file} ไม่ใช่ข้อความ UTF-8 ซึ่งไฟล์ FtM ต้องเป็น',
    summary:
      '{status}: {lines} บรรทัด สร้างเอนทิตี {created} รายการ ตรงกับที่มีอยู่ {matched} รายการ ข้อเท็จจริง {facts} รายการ สร้างความเชื่อมโยง {linksCreated} รายการ ตรงกับที่มีอยู่ {linksMatched} รายการ (งาน {job})',
    notRead: 'ไม่ได้อ่าน (Lantern ไม่มีที่เก็บข้อมูลเหล่านี้): {fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: 'กุญแจจาก {file}:',
    fromEnvironment: 'กุญแจจากตัวแปรสภาพแวดล้อม (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS):',
    current: 'ปัจจุบัน',
    retired: 'เลิกใช้แล้ว (ใช้เปิดข้อมูลเก่า)',
    rotatedInFile: 'เขียนกุญแจใหม่ {to} ไว้ลำดับแรกใน {file} แล้ว และเก็บ {from} ไว้เป็นกุญแจเลิกใช้',
    rotatedInEnvironment:
      'กุญแจมาจากตัวแปรสภาพแวดล้อม: ผนึกทุกอย่างใหม่ด้วยกุญแจปัจจุบัน {to} แล้ว (ตั้ง LANTERN_SECRET_KEY ใหม่ ย้ายกุญแจเก่าไปที่ LANTERN_RETIRED_KEYS เริ่มระบบใหม่ แล้วจึงรันคำสั่งนี้)',
    sealedAgain:
      'ผนึกใหม่แล้ว: การคัดกรอง {screenings} รายการ การส่งต่อ {referrals} รายการ กรณีคุ้มครอง {protectionCases} กรณี บันทึกกรณีคุ้มครอง {protectionNotes} รายการ รายงาน {reports} ฉบับ รายการในรายงาน {reportItems} รายการ เบาะแส {tips} รายการ ข้อความกับผู้แจ้ง {tipMessages} รายการ บันทึกการตรวจแรงงาน {inspections} รายการ รหัสลับปัจจัยที่สอง {totpSecrets} รายการ',
    rotatedByServer: 'Lantern ที่กำลังทำงานได้หมุนเวียนกุญแจแล้ว: ข้อมูลใหม่จะถูกผนึกด้วยกุญแจ {to} ตั้งแต่นี้ไป',
    rotateFailed:
      'Lantern ที่กำลังทำงานไม่สามารถหมุนเวียนกุญแจได้ (ดูสาเหตุในบันทึกของระบบ) กุญแจทุกดอกยังถูกเก็บไว้ ข้อมูลทั้งหมดยังเปิดได้ โปรดเรียกคำสั่งอีกครั้ง',
  },
  network: {
    formatError: '--format: ต้องเป็น csv หรือ graphml',
    disruptError: '--disrupt: ต้องเป็น betweenness หรือ degree',
    stepsError: '--steps: ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    undirected: '--directed: {file} ระบุว่าเส้นเชื่อมไม่มีทิศทาง (edgedefault)',
    merged: 'มี {count} แถวที่ซ้ำกับคู่ที่อ่านแล้ว: นำน้ำหนักไปรวมกับคู่นั้น',
    selfLoops: 'มี {count} แถวที่เชื่อมโหนดเข้ากับตัวเอง: ไม่นำมาใช้',
    sampledSteps:
      '{nodes} โหนด (มากกว่า {limit}): ค่า betweenness ในแต่ละขั้นประมาณจากจุดเริ่มต้นที่สุ่มมา {sources} จุด (กำหนดค่าตั้งต้นการสุ่ม)',
    sampled:
      '{nodes} โหนด (มากกว่า {limit}): ค่า betweenness ประมาณจากจุดเริ่มต้นที่สุ่มมา {sources} จุด (กำหนดค่าตั้งต้นการสุ่ม) ความคลาดเคลื่อนมาตรฐานสูงสุด {largest} มัธยฐาน {median}',
  },
  resolve: {
    probability: '{option}: ต้องเป็นความน่าจะเป็นระหว่าง 0 ถึง 1',
    tooFew:
      'ระเบียน {count} รายการน้อยเกินกว่าจะประมาณโมเดลได้ จึงใช้โมเดลในระบบ (ระบุโมเดลที่ประมาณจากไฟล์ที่ใหญ่กว่าได้ด้วย --model)',
    modelUnreadable: '--model {file}: อ่านไม่ได้ (ไม่มีไฟล์นี้ หรือไม่มีสิทธิ์อ่าน)',
    fileUnreadable: '{file}: อ่านไม่ได้ (ไม่มีไฟล์นี้ หรือไม่มีสิทธิ์อ่าน)',
    badRow: '{file} บรรทัด {line}: {problem}',
    unterminated: '{file} บรรทัด {line}: ช่องข้อมูลที่เปิดเครื่องหมายคำพูดไม่ได้ปิด (ไฟล์ขาดหาย)',
    noColumn: '{file} บรรทัด 1: หัวตารางไม่มีคอลัมน์ {columns} (ต้องมี {expected})',
    emptyField: '{file} บรรทัด {line}: {column} ว่างอยู่ (ทุกแถวต้องมีค่านี้)',
    emptyFile: '{file}: ไฟล์ว่างเปล่า (ต้องมีบรรทัดหัวตาราง: {expected})',
  },
  screen: {
    notJson: '{file}: ไม่ใช่ JSON ที่อ่านได้ ({reason})',
    unknownError: 'ข้อผิดพลาดที่ไม่ทราบสาเหตุ',
    notInFormat: '{file}: ไม่อยู่ในรูปแบบการคัดกรอง: {issues}',
    top: '(ทั้งไฟล์)',
    noSet: '--set: ไม่มีชุดตัวชี้วัด "{id}" ชุดที่มี: {known}',
  },
  world: {
    presetError: '--preset ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: {presets}',
    seedError: '--seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป',
    progress: '{file}: {rows} แถว ({seconds} วินาที)',
    written:
      'เขียนโลก "{preset}" (ค่าตั้งต้น {seed}) ลงใน {out} แล้ว: {people} คน ถูกค้ามนุษย์ {victims} คน การโทร {calls} ครั้ง',
  },
  stats: {
    head: 'โลก "{preset}" ค่าตั้งต้น {seed}: {people} คน',
    roles: '  บทบาท: {list}',
    nationalities: '  สัญชาติ: {list}',
    trafficked:
      '  ถูกค้ามนุษย์: {trafficked} คน ({percent}% ของแรงงานข้ามชาติ {migrants} คน) เป็นเด็ก {children} คน จำแนกตามการแสวงประโยชน์: {list}',
    labourRights: '  ถูกแสวงประโยชน์แต่ไม่ใช่การค้ามนุษย์ (กรณีสิทธิแรงงาน): {count}',
    sites: '  สถานที่: {total} แห่ง ({list})',
    calls:
      '  การโทร: {calls} ครั้ง การโทรออกต่อโทรศัพท์หนึ่งเครื่อง: เฉลี่ย {mean} มัธยฐาน {median} p90 {p90} p99 {p99} สูงสุด {max}',
    names: '  จำนวนชื่อที่ไม่ซ้ำกันตามสัญชาติ: {list}',
    tips: '  เบาะแส: {total} รายการ เป็นเท็จ {false} ({falseShare}%) ซ้ำกับเบาะแสก่อนหน้า {duplicates} ({duplicateShare}%)',
    item: '{name} {count}',
    roleWords: {
      migrant: 'แรงงานข้ามชาติ',
      local_worker: 'แรงงานท้องถิ่น',
      employer: 'นายจ้าง',
      recruitment_agent: 'บริษัทจัดหางาน',
      recruiter: 'ผู้ชักชวน',
      broker: 'นายหน้า',
      transporter: 'ผู้ขนส่ง',
      site_owner: 'เจ้าของสถานที่',
      supervisor: 'ผู้คุมงาน',
      guard: 'ผู้คุม',
      money_collector: 'ผู้เก็บเงิน',
      official: 'เจ้าหน้าที่รัฐ',
      victim: 'ผู้เสียหาย',
    },
    exploitationWords: { labour: 'แรงงาน', sexual: 'ทางเพศ', forced_criminality: 'บังคับให้กระทำความผิด' },
    severityWords: {
      lawful: 'ถูกกฎหมาย',
      labour_rights: 'ละเมิดสิทธิแรงงาน',
      exploitative: 'แสวงประโยชน์',
      severe: 'ร้ายแรง',
    },
  },
  problems: {
    headMissing: 'ไม่พบหัวลูกโซ่',
    entryRemoved: 'ไม่พบรายการ {seq}: ถูกลบออก',
    entryOutOfChain: 'รายการ {seq} ไม่ต่อจากรายการ {previous}: มีรายการถูกแก้ไข ลบ หรือสลับลำดับ',
    entryUnkeyed: 'รายการ {seq} ไม่มีกุญแจทั้งที่อยู่หลังรายการที่มีกุญแจ: ถูกเขียนใหม่โดยไม่มีกุญแจ',
    entryAltered: 'รายการ {seq} ถูกแก้ไข',
    entryUnknownKey: 'รายการ {seq} ผนึกด้วยกุญแจ {key} ซึ่งไม่อยู่ในกุญแจที่ตั้งค่าไว้',
    entryForgedBefore:
      'รายการ {seq} เป็นรายการแรกที่มีกุญแจแต่ไม่ใช่ตราผนึกของการอัปเกรด: รายการที่ไม่มีกุญแจก่อนหน้านั้นถูกปลอมขึ้น',
    neverSealed: 'รายการถึง {seq} ไม่มีกุญแจ: ลูกโซ่ไม่เคยถูกผนึก หรือถูกเขียนใหม่โดยไม่มีกุญแจ',
    removedFromEnd: 'รายการ {from} ถึง {to} ถูกลบออกจากท้ายบันทึก',
    headMismatch: 'หัวลูกโซ่ไม่ตรงกับรายการสุดท้าย: บันทึกหรือหัวลูกโซ่ถูกแก้ไข',
    checkpointInvalid: 'จุดตรวจสอบในบรรทัด {line}: ไม่ใช่จุดตรวจสอบ',
    checkpointUnknownKey: 'จุดตรวจสอบในบรรทัด {line}: ลงนามด้วยกุญแจ {key} ซึ่งไม่อยู่ในกุญแจที่ตั้งค่าไว้',
    checkpointForged: 'จุดตรวจสอบในบรรทัด {line}: ลายมือชื่อไม่ตรงกัน: ถูกแก้ไขหรือปลอมขึ้น',
    checkpointCutBack: 'จุดตรวจสอบในบรรทัด {line} ({at}): ไม่มีรายการ {seq} ในบันทึกแล้ว: บันทึกถูกตัดทอนหลังจุดตรวจสอบ',
    checkpointRewritten:
      'จุดตรวจสอบในบรรทัด {line} ({at}): รายการ {seq} ไม่มีค่าแฮชเดิมแล้ว: บันทึกถูกเขียนใหม่หลังจุดตรวจสอบ',
    recordUnsealed: '{record}: ไม่มีรายการในบันทึกการตรวจสอบที่ผนึกไว้: ถูกเขียนจากภายนอกแอปพลิเคชัน',
    recordUnknownKey: '{record}: รายการ {seq} ในบันทึกการตรวจสอบ ({action}) ผนึกด้วยกุญแจที่ไม่ได้ตั้งค่าไว้',
    recordChanged: '{record}: ไม่ตรงกับรายการ {seq} ในบันทึกการตรวจสอบ ({action}): ถูกเปลี่ยนจากภายนอกแอปพลิเคชัน',
    recordGone: '{record}: ผนึกโดยรายการ {seq} ในบันทึกการตรวจสอบ แต่ไม่มีอยู่แล้ว',
    recordProblem: '{record}: {problem}',
    screening: 'การคัดกรอง {id}',
    decision: 'การตัดสินใจ {id}',
    approval: 'การอนุมัติแผนของปฏิบัติการ {id}',
    exhibit: 'พยานวัตถุ {ref}',
    custodyOrder: 'รายการ {seq}: ควรเป็นรายการ {expected} ตรงนี้ (มีรายการหายไปหรือลำดับผิด)',
    custodyChain: 'รายการ {seq}: ไม่ต่อจากรายการก่อนหน้า',
    custodyAltered: 'รายการ {seq}: เนื้อหาถูกแก้ไขหลังบันทึก',
    custodyAudit: 'รายการ {seq}: ไม่ตรงกับที่บันทึกการตรวจสอบบันทึกไว้',
    custodyCount: 'พยานวัตถุบันทึกไว้ {recorded} รายการ แต่มีอยู่ {found} รายการ',
    custodyHead: 'รายการสุดท้ายไม่ใช่รายการที่พยานวัตถุบันทึกไว้ว่าเป็นรายการสุดท้าย',
    custodyAudited: 'บันทึกการตรวจสอบบันทึกไว้ {audited} รายการ แต่มีอยู่ {found} รายการ',
    badRows: 'มีแถวที่ผิดพลาด {count} แถว: ไม่ได้นำเข้าข้อมูลใด แก้ไขแถวเหล่านั้น หรือยอมรับให้ข้ามไป',
    ftmProblems: 'พบปัญหา {count} รายการในไฟล์: ไม่ได้นำเข้าข้อมูลใด แก้ไขแล้วนำเข้าใหม่',
  },
  backup,
  help,
};

export default th;
