import type { BackupTexts } from './backup-en.ts';

// `lantern backup` 与 `lantern restore` 的中文文本（说明见 backup-en.ts）

const backup: BackupTexts = {
  help: {
    backup:
      '写出整个数据库的加密备份归档（包括等待导入的上传文件，以及密钥，除非另有指定），写完后即加以核验；Lantern 运行时也可进行',
    backupFile: '要写出的归档（已存在的文件绝不会被替换）',
    withoutKeys: '不放入密钥：此时还须另行保管密钥文件或 LANTERN_SECRET_KEY，否则无法恢复该归档',
    passphraseFile: '从此文件的第一行读取口令短语（否则读取 LANTERN_BACKUP_PASSPHRASE，再否则询问输入）',
    restore:
      '将归档恢复到空的数据文件夹（嵌入式数据库）或空的数据库（DATABASE_URL）；在做任何更改之前先核验每一个字节',
    restoreFile: '要恢复的归档',
    force: '替换已有数据的数据库（被替换的嵌入式数据库会另行保留）',
    check: '仅核验归档并说明其内容；不做任何更改',
    keysOut: '在密钥与归档不同的服务器上：将归档的密钥写入此文件，以便据此设置 LANTERN_SECRET_KEY',
  },
  prompt: {
    passphrase: '归档的口令短语：',
    again: '请再次输入相同的口令短语：',
  },
  done: {
    written:
      '备份已写入 {file} 并已核验：{tables} 张表，{rows} 行，{uploads} 个等待导入的上传文件；{bytes} 字节，用时 {seconds} 秒。',
    fingerprint: 'SHA-256 {sha256}；已记为审计日志第 {seq} 号条目。',
    byServer: '由正在运行的 Lantern 生成：读取数据快照期间，各项请求处于等待状态。',
    withKeys:
      '归档中含有以口令短语封存的密钥：请将口令短语与归档分开保管。同时持有两者的人可以读取全部内容。',
    withoutKeys: '归档中不含密钥（{keys}）：请另行妥善保管密钥文件或 LANTERN_SECRET_KEY，否则无法恢复。',
    checked:
      '归档已核验：由 {engine} 数据库上的 Lantern {lantern} 于 {createdAt} 生成，架构 {level}；{tables} 张表，{rows} 行，{uploads} 个等待导入的上传文件；密钥 {keys}（{carried}）。',
    carried: '已包含在归档中',
    notCarried: '未包含在归档中',
    restored: '已恢复到 {target}；本次恢复为其审计日志第 {seq} 号条目。',
    keyFile: '归档的密钥已写入密钥文件 {file}（仅您本人可读）。',
    keysOut:
      '归档的密钥已写入 {file}：启动 Lantern 之前，将 LANTERN_SECRET_KEY 设为其中第一个密钥，将 LANTERN_RETIRED_KEYS 设为其余密钥（以逗号分隔），然后删除该文件。',
    replaced: '被替换的数据库保留在 {dir}：核验恢复结果后再将其删除。',
    next: '请用 `lantern audit verify` 核验，然后启动 Lantern。',
  },
  problems: {
    notAnArchive: '{file} 不是 Lantern 备份归档（其开头不符合归档格式）。未做任何更改。',
    newerFormat:
      '{file} 是格式 {version} 的归档，比本 Lantern 能读取的格式更新：请用更新版本的 Lantern 恢复。未做任何更改。',
    wrongPassphrase: '该口令短语无法打开 {file}（或其文件头已被改动）。未做任何更改。',
    partAltered:
      '{file} 在第 {offset} 字节处（第 {part} 部分）被改动或损坏：该部分未通过认证。未做任何更改；请使用该备份的另一份副本。',
    partLength:
      '{file} 在第 {offset} 字节处（第 {part} 部分）被改动或损坏：该部分声明的长度是任何归档都不会有的。未做任何更改；请使用该备份的另一份副本。',
    cutShort:
      '{file} 在第 {offset} 字节处、最后一部分之前就结束了：文件被截短（复制中断？）。未做任何更改；请使用该备份的另一份副本。',
    trailingBytes:
      '{file} 在最后一部分之后、从第 {offset} 字节起还有内容：有东西被附加进来。未做任何更改；请使用该备份的另一份副本。',
    contentsInconsistent:
      '{file} 可以打开，但其内容互相对不上（计数或摘要）：它不是由 Lantern 完整写出的。未做任何更改。',
    passphraseMissing:
      '没有口令短语：请在文件中（--passphrase-file）或在 LANTERN_BACKUP_PASSPHRASE 中提供，或在终端中运行此命令以便输入。',
    passphraseShort: '口令短语至少须有 {min} 个字符（由几个别人猜不到的词组成）：它守护着归档中的一切。',
    passphrasesDiffer: '两次输入的口令短语不一致。未写出任何内容。',
    passphraseFileUnreadable: '--passphrase-file：无法读取 {file}，或其第一行为空。',
    outputExists: '{file} 已存在：Lantern 不会替换它。请另选一个名称。',
    inputUnreadable: '无法读取 {file}（文件不存在或不可读）。',
    targetNotEmpty:
      '{target} 中已有数据。未做任何更改：请恢复到空的数据文件夹或数据库，或加上 --force 以替换（被替换的嵌入式数据库会另行保留）。',
    unknownMigration:
      '归档的架构包含本 Lantern 所没有的迁移 {migration}：它由更新版本的 Lantern 生成。请先升级 Lantern，再进行恢复。未做任何更改。',
    schemaDiffers: '表 {table} 在归档中与本 Lantern 在同一级别生成的架构中不一致。未做任何更改。',
    keysMissing:
      '归档中的数据由密钥 {keys} 封存，而这些密钥既未配置，也不在归档中。未做任何更改：请配置这些密钥（密钥文件，或 LANTERN_SECRET_KEY 与 LANTERN_RETIRED_KEYS），然后再恢复。',
    keysNotConfigured:
      'LANTERN_SECRET_KEY 与 LANTERN_RETIRED_KEYS 中缺少封存归档数据所用的密钥 {keys}。未做任何更改：请设置这些密钥，或加上 --keys-out FILE，让归档的密钥写入该文件供您设置。',
    loadFailed: '数据库在 {step} 步骤拒绝了恢复（错误 {code}）。未做任何更改：恢复已全部撤销。',
    noDatabase: '{dir} 中没有数据库：没有可备份的内容。',
    serverRunning:
      'Lantern 正在此数据文件夹上运行：恢复前请先停止它（恢复会损坏它正打开着的数据库）。未做任何更改。',
    serverFailed: '正在运行的 Lantern 未能生成备份（请查看其日志）。未写出任何内容。',
  },
};

export default backup;
