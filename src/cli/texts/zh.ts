import backup from './backup-zh.ts';
import type { CliTexts } from './en.ts';
import help from './help-zh.ts';

// What the `lantern` command prints, in Simplified Chinese.

const zh: CliTexts = {
  common: {
    unknownLanguage: '{setting}：没有语言“{value}”；可选：{known}',
    warning: '警告：{message}',
    settingsInvalid: 'Lantern 无法启动：其设置无效。',
    noAgency: '--agency：没有该机构',
    listSeparator: '、',
    badLine: '第 {line} 行，{field}：{reason}',
    wholeRow: '（整行）',
    more: '……另有 {count} 条（使用 --json 查看前 1000 条）',
    dataFolderInUse:
      'Lantern 已在数据文件夹 {folder} 上运行（{host} 上的进程 {pid}）。未做任何更改：请先停止它，或通过正在运行的 Lantern 操作（运行期间 `lantern backup` 可用）。如果那里没有 Lantern 在运行，请删除 {lockFile}。',
    staleLockTakenOver: '已接管进程 {pid} 留下的数据文件夹锁，该进程已不再运行。',
  },
  upkeep: {
    nameKeys: '已按当前姓名规则重建 {count} 个姓名键。',
    chainSealed:
      '审计日志中 {count} 个未带密钥的条目已用密钥封存；请立即生成检查点（lantern audit checkpoint --out <存放在别处的文件>）。',
    rowsSealed:
      '已封存 {total} 行在启用静态数据加密之前以明文写入的数据（甄别 {screenings} 条、转介 {referrals} 条、保护个案 {protectionCases} 个、报告 {reports} 份、报告条目 {reportItems} 条）。',
    reTermed: '已为 {count} 个报告条目重建搜索索引。',
    mentioned: '已读取 {count} 份报告，找出其中提及的实体。',
  },
  serve: {
    demoLoaded:
      '演示数据已加载：{agencies} 个机构中的 {users} 个演示用户；已评级报告 {reports} 份、线索 {tips} 条、场所 {sites} 处、通话记录 {calls} 条、从提及他们的记录中识别出的人员和组织 {people} 个、决定 {decisions} 项、规划中的行动 {operations} 项和已结束的行动 {concluded} 项，其案卷已与检察官共享（使用 --no-demo 启动可跳过）。',
    demoRefused: 'Lantern 不会启动：此数据库包含演示用户，而演示模式只允许在本机运行（HOST=127.0.0.1）。',
    demoRefusedHint: '正式部署须使用 --no-demo 从全新的数据文件夹开始。',
    firstAdministrator: '尚无管理员登录。请在本机打开以下一次性链接来设置第一个账户：',
    linkLocalOnly: '该链接只能在本机（127.0.0.1）使用。',
  },
  admin: {
    applied: '已应用：{migrations}',
    upToDate: '数据库结构已是最新。',
    kindError: '--kind 必须是以下之一：{kinds}',
    agencyRegistered: '机构 {id}（{kind}）已登记。',
    roleError: '--role：未知角色 {unknown}；已知角色：{known}',
    userCreated: '用户 {id} 已创建。一次性登录链接（72 小时）：',
    noUser: '没有该用户',
    resetDone: '已重置；所有会话均已结束。一次性登录链接（72 小时）：',
    noTokenUser: '--user：没有该用户',
    scopeError: '--scope：未知权限 {unknown}',
    tokenCreated: '令牌 {id} 已创建，权限范围为 {scopes}。它只在此时显示：',
    kinds: {
      police: '警察',
      labour: '劳动监察',
      ngo: '非政府组织',
      prosecution: '检察',
      services: '受害人服务',
      coordination: '协调',
    },
  },
  audit: {
    cannotRead: '--checkpoint：无法读取 {file}',
    intact: '审计日志完整：已检查 {checked} 个条目，链头位于第 {head} 号条目。',
    notIntact: '审计日志不完整，在 {checked} 个正常条目之后：{problem}',
    checkpointsHeld: '已核对 {checked} 个检查点：日志仍包含每一个检查点。',
    checkpointsProblems: '已核对 {checked} 个检查点：发现 {problems} 个问题。',
    recordsIntact:
      '已对照审计日志核对的记录：甄别 {screenings} 条、决定 {decisions} 项、计划批准 {approvals} 项、物证 {exhibits} 件：全部完整。',
    recordsProblems:
      '已对照审计日志核对的记录：甄别 {screenings} 条、决定 {decisions} 项、计划批准 {approvals} 项、物证 {exhibits} 件：发现 {problems} 个问题。',
    appended: '检查点已追加到 {file}。',
    sealed: '已封存：{count} 个未带密钥的条目现已由一个带密钥的条目覆盖。请立即生成检查点。',
    nothingToSeal: '无需封存：日志为空，或以带密钥的条目结尾。',
  },
  evidence: {
    noExhibit: '--exhibit：没有编号为 {ref} 的物证',
    notIntact: '{ref}：不完整：{problems}',
    problemSeparator: '；',
    allIntact: '已核对物证 {exhibits} 件、保管条目 {entries} 个：全部完整。',
    broken: '已核对物证 {exhibits} 件、保管条目 {entries} 个：{broken} 件的保管链断开。',
  },
  imports: {
    checking: '正在检查',
    importing: '正在导入',
    progress: '{phase} [{bar}] {percent}%  {rows} 行  每秒 {rate} 行  剩余 {eta} 秒',
    resolvedWhole: '已将 {records} 条新记录归并为人员（新实体 {created} 个，基于整体情报）。',
    resolvedKnown: '已将 {records} 条新记录归并为人员（新实体 {created} 个，对照已知人员）。',
    summary: '{status}：已导入 {read} 行中的 {imported} 行，跳过 {skipped} 行（任务 {job}）。',
    mappingSaved: '映射“{name}”已保存。',
    statuses: {
      completed: '已导入',
      rejected: '已拒绝',
      already_imported: '此前已导入',
    },
  },
  intel: {
    written: '已将 {count} 个 FtM 实体写入 {file}。',
    notUtf8: '{file} 不是 UTF-8 文本，而 FtM 文件必须是',
    summary:
      '{status}：{lines} 行；新建实体 {created} 个，匹配 {matched} 个；事实 {facts} 条；新建关联 {linksCreated} 个，匹配 {linksMatched} 个（任务 {job}）。',
    notRead: '未读取（Lantern 没有存放它们的位置）：{fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: '来自 {file} 的密钥：',
    fromEnvironment: '来自环境变量（LANTERN_SECRET_KEY、LANTERN_RETIRED_KEYS）的密钥：',
    current: '当前',
    retired: '已停用（用于打开旧数据）',
    rotatedInFile: '新密钥 {to} 已写在 {file} 的首位；{from} 保留为已停用密钥。',
    rotatedInEnvironment:
      '密钥来自环境变量：所有数据已用当前密钥 {to} 重新封存（请设置新的 LANTERN_SECRET_KEY，把旧密钥移到 LANTERN_RETIRED_KEYS，重新启动，然后再运行此命令）。',
    sealedAgain:
      '已重新封存：甄别 {screenings} 条、转介 {referrals} 条、保护个案 {protectionCases} 个、保护记录 {protectionNotes} 条、报告 {reports} 份、报告条目 {reportItems} 条、线索 {tips} 条、与举报人的消息 {tipMessages} 条、劳动检查记录 {inspections} 条、第二重验证密钥 {totpSecrets} 个。',
    rotatedByServer: '正在运行的 Lantern 已轮换密钥：今后新数据以密钥 {to} 封存。',
    rotateFailed:
      '正在运行的 Lantern 未能轮换密钥（原因见其日志）。所有密钥均已保留：一切仍可打开。请再次运行该命令。',
  },
  network: {
    formatError: '--format：必须是 csv 或 graphml',
    disruptError: '--disrupt：必须是 betweenness 或 degree',
    stepsError: '--steps：必须是不小于 1 的整数',
    undirected: '--directed：{file} 声明其边为无向（edgedefault）',
    merged: '{count} 行与已读取的节点对重复：其权重已累加到该节点对',
    selfLoops: '{count} 行将节点连接到自身：已忽略',
    sampledSteps:
      '{nodes} 个节点（超过 {limit}）：每一步的 betweenness 由 {sources} 个抽样源估计（固定种子）',
    sampled:
      '{nodes} 个节点（超过 {limit}）：betweenness 由 {sources} 个抽样源估计（固定种子），标准误差最大 {largest}，中位数 {median}',
  },
  resolve: {
    probability: '{option}：必须是 0 到 1 之间的概率',
    tooFew: '{count} 条记录太少，无法估计模型；改用内置模型（可通过 --model 提供在更大文件上估计的模型）',
    modelUnreadable: '--model {file}：无法读取（文件不存在或不可读）',
    fileUnreadable: '{file}：无法读取（文件不存在或不可读）',
    badRow: '{file} 第 {line} 行：{problem}',
    unterminated: '{file} 第 {line} 行：带引号的字段未闭合（文件被截断）',
    noColumn: '{file} 第 1 行：表头中没有 {columns} 列（应为 {expected}）',
    emptyField: '{file} 第 {line} 行：{column} 为空（每行都必须有）',
    emptyFile: '{file}：文件为空（应有表头行：{expected}）',
  },
  screen: {
    notJson: '{file}：不是可读取的 JSON（{reason}）',
    unknownError: '未知错误',
    notInFormat: '{file}：不符合甄别格式：{issues}',
    top: '（整个文件）',
    noSet: '--set：没有指标集“{id}”；已有指标集：{known}',
  },
  world: {
    presetError: '--preset 必须是以下之一：{presets}',
    seedError: '--seed 必须是不小于 0 的整数',
    progress: '{file}：{rows} 行（{seconds} 秒）',
    written: '世界“{preset}”（种子 {seed}）已写入 {out}：{people} 人，被贩运 {victims} 人，通话 {calls} 次。',
  },
  stats: {
    head: '世界“{preset}”，种子 {seed}：{people} 人',
    roles: '  角色：{list}',
    nationalities: '  国籍：{list}',
    trafficked:
      '  被贩运：{trafficked} 人（占 {migrants} 名移民的 {percent}%），其中儿童 {children} 人；按剥削类型：{list}',
    labourRights: '  受剥削但未被贩运（劳动权益案件）：{count}',
    sites: '  场所：{total} 处（{list}）',
    calls:
      '  通话：{calls} 次；每部电话的呼出通话数：平均 {mean}，中位数 {median}，p90 {p90}，p99 {p99}，最多 {max}',
    names: '  按国籍统计的不同姓名数：{list}',
    tips: '  线索：{total} 条，虚假 {false} 条（{falseShare}%），重复先前线索 {duplicates} 条（{duplicateShare}%）',
    item: '{name} {count}',
    roleWords: {
      migrant: '移民',
      local_worker: '本地工人',
      employer: '雇主',
      recruitment_agent: '职业中介',
      recruiter: '招募者',
      broker: '掮客',
      transporter: '运送者',
      site_owner: '场所所有者',
      supervisor: '监工',
      guard: '看守',
      money_collector: '收款人',
      official: '公职人员',
      victim: '受害人',
    },
    exploitationWords: { labour: '劳动剥削', sexual: '性剥削', forced_criminality: '强迫犯罪' },
    severityWords: {
      lawful: '合法',
      labour_rights: '侵犯劳动权益',
      exploitative: '剥削性',
      severe: '严重',
    },
  },
  problems: {
    headMissing: '日志链头缺失',
    entryRemoved: '第 {seq} 号条目缺失：已被删除',
    entryOutOfChain: '第 {seq} 号条目未接续第 {previous} 号条目：有条目被篡改、删除或调换顺序',
    entryUnkeyed: '第 {seq} 号条目位于带密钥的条目之后却未带密钥：它在没有密钥的情况下被重写',
    entryAltered: '第 {seq} 号条目已被篡改',
    entryUnknownKey: '第 {seq} 号条目用密钥 {key} 封存，而该密钥不在已配置的密钥之中',
    entryForgedBefore:
      '第 {seq} 号条目是第一个带密钥的条目，但不是升级时的封存条目：它之前未带密钥的条目是伪造的',
    neverSealed: '直至第 {seq} 号的条目均未带密钥：日志链从未封存，或在没有密钥的情况下被重写',
    removedFromEnd: '第 {from} 至第 {to} 号条目已从末尾删除',
    headMismatch: '日志链头与最后一个条目不符：日志或其链头已被篡改',
    checkpointInvalid: '第 {line} 行的检查点：不是检查点',
    checkpointUnknownKey: '第 {line} 行的检查点：用密钥 {key} 签署，而该密钥不在已配置的密钥之中',
    checkpointForged: '第 {line} 行的检查点：签名不符：它已被篡改或伪造',
    checkpointCutBack: '第 {line} 行的检查点（{at}）：第 {seq} 号条目已不在日志中：日志在该检查点之后被截短',
    checkpointRewritten:
      '第 {line} 行的检查点（{at}）：第 {seq} 号条目的哈希值已改变：日志在该检查点之后被重写',
    recordUnsealed: '{record}：没有审计条目封存它：它是在应用之外写入的',
    recordUnknownKey: '{record}：第 {seq} 号审计条目（{action}）用未配置的密钥封存',
    recordChanged: '{record}：与第 {seq} 号审计条目（{action}）不符：它在应用之外被修改',
    recordGone: '{record}：由第 {seq} 号审计条目封存，但已不存在',
    recordProblem: '{record}：{problem}',
    screening: '甄别 {id}',
    decision: '决定 {id}',
    approval: '行动 {id} 的计划批准',
    exhibit: '物证 {ref}',
    custodyOrder: '第 {seq} 号条目：此处应为第 {expected} 号条目（有条目缺失或顺序错误）',
    custodyChain: '第 {seq} 号条目：未接续其前一个条目',
    custodyAltered: '第 {seq} 号条目：记录后内容被篡改',
    custodyAudit: '第 {seq} 号条目：与审计日志对它的记录不符',
    custodyCount: '物证记录有 {recorded} 个条目，但实际存在 {found} 个',
    custodyHead: '最后一个条目不是物证所记录的最后一个条目',
    custodyAudited: '审计日志记录了 {audited} 个条目，但实际存在 {found} 个',
    badRows: '{count} 行有错误：未导入任何数据。请修正这些行，或接受跳过它们。',
    ftmProblems: '文件中有 {count} 个问题：未导入任何数据。请修正后重新导入。',
  },
  backup,
  help,
};

export default zh;
