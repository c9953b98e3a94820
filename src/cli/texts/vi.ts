import backup from './backup-vi.ts';
import type { CliTexts } from './en.ts';
import help from './help-vi.ts';

// What the `lantern` command prints, in Vietnamese.

const vi: CliTexts = {
  common: {
    unknownLanguage: '{setting}: không có ngôn ngữ "{value}"; chỉ có: {known}',
    warning: 'cảnh báo: {message}',
    settingsInvalid: 'Lantern không thể khởi động: cấu hình không hợp lệ.',
    noAgency: '--agency: không có cơ quan này',
    listSeparator: ', ',
    badLine: 'dòng {line}, {field}: {reason}',
    wholeRow: '(cả dòng)',
    more: '… và {count} dòng nữa (--json để xem 1000 dòng đầu)',
    dataFolderInUse:
      'Lantern đang chạy trên thư mục dữ liệu {folder} (tiến trình {pid} trên {host}). Không có gì bị thay đổi: hãy dừng nó trước, hoặc làm việc qua Lantern đang chạy (`lantern backup` dùng được khi nó đang chạy). Nếu không có Lantern nào chạy ở đó, hãy xóa {lockFile}.',
    staleLockTakenOver:
      'đã tiếp quản khóa của thư mục dữ liệu do tiến trình {pid} để lại, tiến trình này không còn chạy.',
  },
  upkeep: {
    nameKeys: 'Đã tạo lại {count} khóa tên theo quy tắc tên hiện hành.',
    chainSealed:
      '{count} mục không có khóa của nhật ký kiểm toán đã được niêm phong bằng khóa; hãy tạo một điểm kiểm tra ngay (lantern audit checkpoint --out <một tệp cất giữ ở nơi khác>).',
    rowsSealed:
      'đã niêm phong {total} dòng được ghi ở dạng không mã hóa trước khi có mã hóa dữ liệu lưu trữ ({screenings} lượt sàng lọc, {referrals} lượt chuyển tuyến, {protectionCases} hồ sơ bảo vệ, {reports} báo cáo, {reportItems} mục báo cáo).',
    reTermed: 'Đã lập lại chỉ mục tìm kiếm cho {count} mục báo cáo.',
    mentioned: 'Đã đọc {count} báo cáo để tìm các thực thể được nhắc đến.',
  },
  serve: {
    demoLoaded:
      'Đã nạp dữ liệu mẫu: {users} người dùng mẫu trong {agencies} cơ quan; {reports} báo cáo đã được đánh giá, {tips} tin báo, {sites} địa điểm, {calls} bản ghi cuộc gọi, {people} người và tổ chức được xác định từ các bản ghi nhắc đến họ, {decisions} quyết định, {operations} chiến dịch đang lập kế hoạch và {concluded} chiến dịch đã kết thúc, với hồ sơ vụ án đã chia sẻ cho kiểm sát viên (khởi động với --no-demo để bỏ qua).',
    demoRefused:
      'Lantern sẽ không khởi động: cơ sở dữ liệu này có người dùng mẫu, và chế độ mẫu chỉ được phép trên máy này (HOST=127.0.0.1).',
    demoRefusedHint: 'Một triển khai thực tế phải bắt đầu từ một thư mục dữ liệu mới với --no-demo.',
    firstAdministrator:
      'Chưa có quản trị viên nào đăng nhập. Hãy mở liên kết dùng một lần này trên máy này để thiết lập tài khoản đầu tiên:',
    linkLocalOnly: 'Liên kết chỉ dùng được từ máy này (127.0.0.1).',
  },
  admin: {
    applied: 'Đã áp dụng: {migrations}',
    upToDate: 'Cấu trúc cơ sở dữ liệu đã được cập nhật.',
    kindError: '--kind phải là một trong các giá trị: {kinds}',
    agencyRegistered: 'Đã đăng ký cơ quan {id} ({kind}).',
    roleError: '--role: không nhận ra vai trò {unknown}; các vai trò có: {known}',
    userCreated: 'Đã tạo người dùng {id}. Liên kết đăng nhập dùng một lần (72 giờ):',
    noUser: 'không có người dùng này',
    resetDone: 'Đã đặt lại; mọi phiên đã kết thúc. Liên kết đăng nhập dùng một lần (72 giờ):',
    noTokenUser: '--user: không có người dùng này',
    scopeError: '--scope: không nhận ra quyền {unknown}',
    tokenCreated: 'Đã tạo mã thông báo {id} với các phạm vi {scopes}. Mã chỉ hiện lần này:',
    kinds: {
      police: 'công an',
      labour: 'thanh tra lao động',
      ngo: 'tổ chức phi chính phủ',
      prosecution: 'viện kiểm sát',
      services: 'dịch vụ hỗ trợ nạn nhân',
      coordination: 'điều phối',
    },
  },
  audit: {
    cannotRead: '--checkpoint: không đọc được {file}',
    intact: 'Nhật ký kiểm toán nguyên vẹn: đã kiểm tra {checked} mục, đầu chuỗi ở mục {head}.',
    notIntact: 'Nhật ký kiểm toán KHÔNG nguyên vẹn sau {checked} mục hợp lệ: {problem}',
    checkpointsHeld: 'Đã kiểm tra {checked} điểm kiểm tra: nhật ký vẫn còn giữ từng điểm.',
    checkpointsProblems: 'Đã kiểm tra {checked} điểm kiểm tra: {problems} vấn đề.',
    recordsIntact:
      'Hồ sơ đã đối chiếu với nhật ký kiểm toán: {screenings} lượt sàng lọc, {decisions} quyết định, {approvals} phê duyệt kế hoạch, {exhibits} vật chứng: tất cả nguyên vẹn.',
    recordsProblems:
      'Hồ sơ đã đối chiếu với nhật ký kiểm toán: {screenings} lượt sàng lọc, {decisions} quyết định, {approvals} phê duyệt kế hoạch, {exhibits} vật chứng: {problems} vấn đề.',
    appended: 'Đã nối điểm kiểm tra vào {file}.',
    sealed:
      'Đã niêm phong: {count} mục không có khóa nay được một mục có khóa bao phủ. Hãy tạo một điểm kiểm tra ngay.',
    nothingToSeal: 'Không có gì để niêm phong: nhật ký trống hoặc kết thúc bằng một mục có khóa.',
  },
  evidence: {
    noExhibit: '--exhibit: không có vật chứng nào có số tham chiếu {ref}',
    notIntact: '{ref}: KHÔNG nguyên vẹn: {problems}',
    problemSeparator: '; ',
    allIntact: 'Đã kiểm tra {exhibits} vật chứng, {entries} mục lưu giữ: tất cả nguyên vẹn.',
    broken: 'Đã kiểm tra {exhibits} vật chứng, {entries} mục lưu giữ: {broken} bị đứt.',
  },
  imports: {
    checking: 'đang kiểm tra',
    importing: 'đang nhập',
    progress: '{phase} [{bar}] {percent}%  {rows} dòng  {rate} dòng/giây  còn khoảng {eta} giây',
    resolvedWhole:
      'Đã hợp nhất {records} bản ghi mới thành người ({created} thực thể mới, trên toàn bộ bức tranh).',
    resolvedKnown:
      'Đã hợp nhất {records} bản ghi mới thành người ({created} thực thể mới, đối chiếu với những người đã biết).',
    summary: '{status}: đã nhập {imported} trên {read} dòng, bỏ qua {skipped} (lượt nhập {job}).',
    mappingSaved: 'Đã lưu ánh xạ "{name}".',
    statuses: {
      completed: 'đã nhập',
      rejected: 'bị từ chối',
      already_imported: 'đã nhập trước đó',
    },
  },
  intel: {
    written: 'Đã ghi {count} thực thể FtM vào {file}.',
    notUtf8: '{file} không phải văn bản UTF-8 như các tệp FtM phải có',
    summary:
      '{status}: {lines} dòng; {created} thực thể được tạo, {matched} trùng khớp; {facts} dữ kiện; {linksCreated} liên kết được tạo, {linksMatched} trùng khớp (lượt nhập {job}).',
    notRead: 'Không đọc (Lantern không có chỗ cho các trường này): {fields}',
    notReadItem: '{field} ×{count}',
  },
  keys: {
    fromFile: 'Khóa từ {file}:',
    fromEnvironment: 'Khóa từ biến môi trường (LANTERN_SECRET_KEY, LANTERN_RETIRED_KEYS):',
    current: 'hiện hành',
    retired: 'đã thôi dùng (mở dữ liệu cũ)',
    rotatedInFile: 'Đã ghi khóa mới {to} lên đầu {file}; giữ {from} làm khóa đã thôi dùng.',
    rotatedInEnvironment:
      'Khóa lấy từ biến môi trường: mọi thứ đã được niêm phong lại bằng khóa hiện hành {to} (đặt một LANTERN_SECRET_KEY mới, chuyển khóa cũ sang LANTERN_RETIRED_KEYS, khởi động lại, rồi chạy lệnh này).',
    sealedAgain:
      'Đã niêm phong lại: {screenings} lượt sàng lọc, {referrals} lượt chuyển tuyến, {protectionCases} hồ sơ bảo vệ, {protectionNotes} ghi chú bảo vệ, {reports} báo cáo, {reportItems} mục báo cáo, {tips} tin báo, {tipMessages} tin nhắn với người báo tin, {inspections} hồ sơ thanh tra lao động, {totpSecrets} bí mật của yếu tố thứ hai.',
    rotatedByServer:
      'Lantern đang chạy đã xoay vòng khóa: từ nay các giá trị mới được niêm phong bằng khóa {to}.',
    rotateFailed:
      'Lantern đang chạy không xoay vòng được khóa (nhật ký của nó ghi lý do). Mọi khóa vẫn được giữ: mọi thứ vẫn mở được. Hãy chạy lại lệnh.',
  },
  network: {
    formatError: '--format: phải là csv hoặc graphml',
    disruptError: '--disrupt: phải là betweenness hoặc degree',
    stepsError: '--steps: phải là một số nguyên từ 1 trở lên',
    undirected: '--directed: {file} khai báo các cạnh của nó là vô hướng (edgedefault)',
    merged: '{count} dòng lặp lại một cặp đã đọc: trọng số của chúng được cộng vào cặp đó',
    selfLoops: '{count} dòng nối một nút với chính nó: bị bỏ qua',
    sampledSteps:
      '{nodes} nút (nhiều hơn {limit}): betweenness ở mỗi bước được ước lượng từ {sources} nguồn lấy mẫu (có hạt giống)',
    sampled:
      '{nodes} nút (nhiều hơn {limit}): betweenness được ước lượng từ {sources} nguồn lấy mẫu (có hạt giống), sai số chuẩn tối đa {largest}, trung vị {median}',
  },
  resolve: {
    probability: '{option}: phải là một xác suất từ 0 đến 1',
    tooFew:
      '{count} bản ghi là quá ít để ước lượng mô hình; dùng mô hình có sẵn (có thể đưa một mô hình ước lượng trên tệp lớn hơn bằng --model)',
    modelUnreadable: '--model {file}: không đọc được (không có tệp này, hoặc không có quyền đọc)',
    fileUnreadable: '{file}: không đọc được (không có tệp này, hoặc không có quyền đọc)',
    badRow: '{file} dòng {line}: {problem}',
    unterminated: '{file} dòng {line}: một trường mở ngoặc kép mà không đóng (tệp bị cắt cụt)',
    noColumn: '{file} dòng 1: tiêu đề không có cột {columns} (cần có {expected})',
    emptyField: '{file} dòng {line}: {column} trống (mỗi dòng đều phải có)',
    emptyFile: '{file}: tệp trống (cần một dòng tiêu đề: {expected})',
  },
  screen: {
    notJson: '{file}: không phải JSON đọc được ({reason})',
    unknownError: 'lỗi không xác định',
    notInFormat: '{file}: không đúng định dạng sàng lọc: {issues}',
    top: '(toàn tệp)',
    noSet: '--set: không có bộ dấu hiệu "{id}"; các bộ có: {known}',
  },
  world: {
    presetError: '--preset phải là một trong các giá trị: {presets}',
    seedError: '--seed phải là một số nguyên từ 0 trở lên',
    progress: '{file}: {rows} dòng ({seconds} giây)',
    written:
      'Đã ghi thế giới "{preset}" (hạt giống {seed}) vào {out}: {people} người, {victims} người bị mua bán, {calls} cuộc gọi.',
  },
  stats: {
    head: 'Thế giới "{preset}", hạt giống {seed}: {people} người',
    roles: '  vai trò: {list}',
    nationalities: '  quốc tịch: {list}',
    trafficked:
      '  bị mua bán: {trafficked} ({percent}% trong số {migrants} người di cư), trong đó {children} trẻ em; theo hình thức bóc lột: {list}',
    labourRights: '  bị bóc lột nhưng không bị mua bán (vụ việc về quyền lao động): {count}',
    sites: '  địa điểm: {total} ({list})',
    calls:
      '  cuộc gọi: {calls}; số cuộc gọi đi mỗi điện thoại: trung bình {mean}, trung vị {median}, p90 {p90}, p99 {p99}, tối đa {max}',
    names: '  số tên khác nhau theo quốc tịch: {list}',
    tips: '  tin báo: {total}, sai sự thật {false} ({falseShare}%), lặp lại tin báo trước {duplicates} ({duplicateShare}%)',
    item: '{name} {count}',
    roleWords: {
      migrant: 'người di cư',
      local_worker: 'lao động địa phương',
      employer: 'người sử dụng lao động',
      recruitment_agent: 'công ty tuyển dụng',
      recruiter: 'kẻ tuyển mộ',
      broker: 'kẻ môi giới',
      transporter: 'kẻ vận chuyển',
      site_owner: 'chủ cơ sở',
      supervisor: 'kẻ giám sát',
      guard: 'kẻ canh gác',
      money_collector: 'kẻ thu tiền',
      official: 'cán bộ nhà nước',
      victim: 'nạn nhân',
    },
    exploitationWords: { labour: 'lao động', sexual: 'tình dục', forced_criminality: 'cưỡng bức phạm tội' },
    severityWords: {
      lawful: 'hợp pháp',
      labour_rights: 'vi phạm quyền lao động',
      exploitative: 'bóc lột',
      severe: 'nghiêm trọng',
    },
  },
  problems: {
    headMissing: 'thiếu đầu chuỗi',
    entryRemoved: 'thiếu mục {seq}: mục này đã bị xóa',
    entryOutOfChain: 'mục {seq} không nối tiếp mục {previous}: một mục đã bị sửa, xóa hoặc đảo thứ tự',
    entryUnkeyed:
      'mục {seq} không có khóa dù đứng sau các mục có khóa: mục này đã bị ghi lại mà không có khóa',
    entryAltered: 'mục {seq} đã bị sửa',
    entryUnknownKey:
      'mục {seq} được niêm phong bằng khóa {key}, khóa này không có trong các khóa đã cấu hình',
    entryForgedBefore:
      'mục {seq} là mục có khóa đầu tiên nhưng không phải dấu niêm phong của lần nâng cấp: các mục không có khóa trước nó đã bị giả mạo',
    neverSealed:
      'các mục đến {seq} không có khóa: chuỗi chưa từng được niêm phong, hoặc đã bị ghi lại mà không có khóa',
    removedFromEnd: 'các mục từ {from} đến {to} đã bị xóa khỏi cuối nhật ký',
    headMismatch: 'đầu chuỗi không khớp với mục cuối: nhật ký hoặc đầu chuỗi đã bị sửa',
    checkpointInvalid: 'điểm kiểm tra ở dòng {line}: không phải một điểm kiểm tra',
    checkpointUnknownKey:
      'điểm kiểm tra ở dòng {line}: được ký bằng khóa {key}, khóa này không có trong các khóa đã cấu hình',
    checkpointForged: 'điểm kiểm tra ở dòng {line}: chữ ký không khớp: điểm kiểm tra đã bị sửa hoặc giả mạo',
    checkpointCutBack:
      'điểm kiểm tra ở dòng {line} ({at}): mục {seq} không còn trong nhật ký: nhật ký đã bị cắt bớt sau điểm kiểm tra',
    checkpointRewritten:
      'điểm kiểm tra ở dòng {line} ({at}): mục {seq} không còn mã băm như trước: nhật ký đã bị ghi lại sau điểm kiểm tra',
    recordUnsealed:
      '{record}: không có mục kiểm toán nào niêm phong nó: nó đã được ghi từ bên ngoài ứng dụng',
    recordUnknownKey:
      '{record}: mục kiểm toán {seq} ({action}) được niêm phong bằng một khóa chưa được cấu hình',
    recordChanged:
      '{record}: khác với mục kiểm toán {seq} ({action}): nó đã bị thay đổi từ bên ngoài ứng dụng',
    recordGone: '{record}: được niêm phong bởi mục kiểm toán {seq} nhưng không còn tồn tại',
    recordProblem: '{record}: {problem}',
    screening: 'lượt sàng lọc {id}',
    decision: 'quyết định {id}',
    approval: 'phê duyệt kế hoạch của chiến dịch {id}',
    exhibit: 'vật chứng {ref}',
    custodyOrder: 'mục {seq}: lẽ ra là mục {expected} ở đây (thiếu một mục hoặc sai thứ tự)',
    custodyChain: 'mục {seq}: không nối tiếp mục trước nó',
    custodyAltered: 'mục {seq}: nội dung đã bị sửa sau khi được ghi',
    custodyAudit: 'mục {seq}: khác với những gì nhật ký kiểm toán đã ghi về nó',
    custodyCount: 'vật chứng ghi nhận {recorded} mục nhưng có {found} mục',
    custodyHead: 'mục cuối không phải là mục mà vật chứng ghi nhận là mục cuối của nó',
    custodyAudited: 'nhật ký kiểm toán đã ghi {audited} mục nhưng có {found} mục',
    badRows: '{count} dòng lỗi: không có gì được nhập. Hãy sửa chúng, hoặc chấp nhận bỏ qua chúng.',
    ftmProblems: '{count} vấn đề trong tệp: không có gì được nhập. Hãy sửa và nhập lại.',
  },
  backup,
  help,
};

export default vi;
