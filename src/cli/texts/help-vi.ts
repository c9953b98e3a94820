import type { HelpTexts } from './help-en.ts';

// The help of the `lantern` command in Vietnamese.

const help: HelpTexts = {
  frame: {
    usage: 'Cách dùng:',
    arguments: 'Đối số:',
    options: 'Tùy chọn:',
    commands: 'Lệnh:',
    globalOptions: 'Tùy chọn chung:',
    defaultValue: '(mặc định: {value})',
    helpOption: 'hiển thị trợ giúp cho lệnh',
    helpCommand: 'hiển thị trợ giúp cho lệnh',
  },
  parser: {
    missingArgument: "lỗi: thiếu đối số bắt buộc '{name}'",
    optionArgumentMissing: "lỗi: tùy chọn '{option}' thiếu giá trị",
    requiredOption: "lỗi: chưa chỉ định tùy chọn bắt buộc '{option}'",
    unknownOption: "lỗi: không nhận ra tùy chọn '{option}'",
    unknownCommand: "lỗi: không nhận ra lệnh '{command}'",
    tooManyArguments: 'lỗi: quá nhiều đối số. Cần {expected} đối số nhưng nhận được {received}: {values}.',
    tooManyArgumentsFor:
      "lỗi: quá nhiều đối số cho '{command}'. Cần {expected} đối số nhưng nhận được {received}: {values}.",
    didYouMean: '(Có phải ý bạn là {suggestion}?)',
    didYouMeanOneOf: '(Có phải ý bạn là một trong số {suggestions}?)',
  },
  program: 'Lantern: nền tảng phòng, chống mua bán người. Cấu hình lấy từ biến môi trường (xem README).',
  lang: 'ngôn ngữ hiển thị: en, th, km, lo, my, vi hoặc zh (nếu không có thì dùng LANTERN_LANG, rồi đến locale: LC_ALL, LC_MESSAGES, LANG)',
  serve: 'Khởi động máy chủ và ứng dụng trên trình duyệt (PORT, LANTERN_DATA_DIR, DATABASE_URL)',
  noDemo: 'không nạp các cơ quan và người dùng mẫu khi khởi động lần đầu',
  migrate: 'Cập nhật cấu trúc cơ sở dữ liệu (việc này cũng được làm mỗi lần khởi động)',
  agency: 'Quản lý cơ quan',
  agencyAdd: 'Đăng ký một cơ quan',
  agencyName: 'tên cơ quan',
  oneOf: 'một trong các giá trị: {values}',
  user: 'Quản lý tài khoản người dùng',
  userAdd: 'Tạo tài khoản người dùng và in liên kết đăng nhập dùng một lần của tài khoản đó',
  userAgency: 'cơ quan mà người dùng trực thuộc',
  username: 'tên đăng nhập (chữ cái, chữ số, . _ -)',
  displayName: 'tên hiển thị với đồng nghiệp',
  roles: 'một hoặc nhiều vai trò trong số: {values}',
  reset2fa: 'Xóa mật khẩu và yếu tố thứ hai của người dùng; in một liên kết đăng nhập dùng một lần mới',
  userToReset: 'người dùng cần đặt lại',
  token: 'Quản lý mã thông báo API cho các hệ thống máy',
  tokenCreate:
    'Tạo mã thông báo API hành động thay một người dùng, giới hạn trong các phạm vi đã cho; chỉ in ra một lần',
  tokenUser: 'người dùng mà mã thông báo hành động thay',
  tokenName: 'mục đích của mã thông báo',
  tokenScope: 'các quyền mà mã thông báo được dùng (người dùng phải có các quyền này)',
  tokenExpires: 'số ngày đến khi mã thông báo hết hạn',
  audit: 'Làm việc với nhật ký kiểm toán',
  auditVerify:
    'Duyệt chuỗi được niêm phong bằng khóa và chỉ ra mục đầu tiên bị sửa, xóa hoặc đảo thứ tự; đối chiếu kết quả sàng lọc, quyết định, phê duyệt kế hoạch và chuỗi lưu giữ vật chứng với chuỗi đó',
  auditCheckpointFile: 'kiểm tra cả các điểm kiểm tra lưu trong tệp này (tạo bởi `lantern audit checkpoint`)',
  auditCheckpoint:
    'Ký một điểm kiểm tra của đầu chuỗi nhật ký kiểm toán và in ra (hoặc nối vào một tệp cất giữ ở nơi khác)',
  auditCheckpointOut: 'nối dòng điểm kiểm tra vào tệp này thay vì in ra',
  auditSealLegacy:
    'Chỉ một lần, sau khi nâng cấp từ phiên bản có nhật ký kiểm toán chưa được niêm phong bằng khóa, nếu lần khởi động đầu tiên chưa niêm phong: phủ các mục không có khóa bằng một mục có khóa. Không bao giờ dùng trên nhật ký đã từng được niêm phong bằng khóa.',
  evidence: 'Làm việc với sổ đăng ký vật chứng',
  evidenceVerify:
    'Xác minh lại chuỗi lưu giữ của từng vật chứng so với mã băm, mục cuối và nhật ký kiểm toán',
  evidenceExhibit: 'chỉ kiểm tra vật chứng này (số tham chiếu, ví dụ EX-2026-000001)',
  import: 'Nhập dữ liệu hàng loạt vào bức tranh tình báo',
  importKinds: {
    calls:
      'Nhập một tệp bản ghi cuộc gọi (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
    transfers:
      'Nhập một tệp giao dịch chuyển tiền qua ngân hàng, ví điện tử hoặc kiều hối (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
    crossings:
      'Nhập một tệp lượt qua trạm kiểm soát (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
    subscribers:
      'Nhập sổ đăng ký thuê bao của một nhà mạng (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
    accounts:
      'Nhập hồ sơ mở tài khoản của một ngân hàng (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
    tips: 'Nhập một tệp tin báo từ đường dây nóng, tổ chức phi chính phủ hoặc người dân (CSV, TSV, JSON lines hoặc Excel; bất kỳ bảng mã nào được hỗ trợ) qua một ánh xạ cột',
  },
  importFile: 'tệp cần nhập',
  importAgency: 'cơ quan sở hữu các bản ghi',
  importMapping: 'ánh xạ cột của nhà cung cấp dữ liệu (có sẵn: {builtIn})',
  acceptSkips: 'nhập các dòng hợp lệ ngay cả khi có dòng lỗi (các dòng lỗi được giữ trong báo cáo)',
  json: 'in báo cáo dưới dạng JSON',
  progress: 'hiển thị thanh tiến độ ngay cả khi đầu ra không phải là thiết bị đầu cuối',
  saveMapping: 'Lưu ánh xạ cột (JSON) của nhà cung cấp dữ liệu cho một cơ quan',
  mappingFile: 'ánh xạ dưới dạng JSON (định dạng trong README)',
  mappingAgency: 'cơ quan sử dụng ánh xạ này',
  intel: 'Đưa bức tranh tình báo vào và ra',
  exportFtm:
    'Ghi các thực thể và liên kết của một cơ quan dưới dạng FollowTheMoney JSON lines (cho Aleph, OpenAleph)',
  exportAgency: 'cơ quan cần xuất bức tranh tình báo',
  exportOut: 'tệp cần ghi (chỉ được thay thế khi xuất xong)',
  importFtm:
    'Nhập FollowTheMoney JSON lines vào một cơ quan: nhập tất cả hoặc không nhập gì, mỗi tệp một lần',
  ftmFile: 'tệp các thực thể FtM, mỗi dòng một đối tượng JSON (UTF-8)',
  ftmAgency: 'cơ quan sở hữu các thực thể và liên kết',
  keys: 'Khóa bí mật: mã hóa dữ liệu lưu trữ, mã băm cho tìm kiếm, MAC của nhật ký kiểm toán',
  keysList: 'Các khóa đã cấu hình theo mã khóa (không bao giờ hiện khóa), mới nhất trước, và nguồn của chúng',
  keysRotate:
    'Tạo một khóa mới (trong tệp khóa) và niêm phong lại mọi thứ bằng khóa đó trong một giao dịch; hãy dừng máy chủ trước',
  network: 'Phân tích mạng lưới từ một tệp liên kết (không dùng cơ sở dữ liệu)',
  analyse:
    'Bậc, độ trung gian (betweenness), PageRank và cộng đồng Louvain: mỗi nút một dòng JSON; với --disrupt, mỗi bước loại bỏ một dòng',
  edgeFile:
    'danh sách cạnh (CSV có các cột source,target và tùy chọn weight) hoặc GraphML (edgedefault của tệp quyết định hướng)',
  directed: 'các cạnh đi từ source đến target (CSV; GraphML tự nêu trong tệp)',
  weighted: 'dùng trọng số: độ dài đường đi 1/weight, PageRank và cộng đồng theo trọng số',
  format: 'csv hoặc graphml (mặc định: theo phần mở rộng của tệp)',
  disrupt: 'loại bỏ nút đứng đầu theo betweenness hoặc degree, tính lại, lặp lại',
  steps: 'với --disrupt: số nút cần loại bỏ',
  resolve: 'Hợp nhất các bản ghi cá nhân (CSV) thành người: mỗi bản ghi một dòng JSON kèm cụm của nó',
  resolveFile: 'một tệp CSV có các cột {columns} (mọi cột trừ hai cột đầu có thể để trống)',
  pairs: 'ghi cả các cặp đã chấm điểm, mỗi cặp kèm giải thích theo từng trường',
  minProbability: 'với --pairs: xác suất khớp thấp nhất được ghi',
  model: 'dùng mô hình này (JSON) thay vì ước lượng mô hình từ tệp',
  saveModel: 'ghi mô hình đã dùng (JSON) để dùng lại với --model',
  threshold: 'liên kết các cặp có xác suất khớp bằng hoặc cao hơn mức này (mặc định: mức của mô hình)',
  screen:
    'Đánh giá các câu trả lời sàng lọc (tuổi, hình thức bóc lột, các dấu hiệu quan sát được) và in từng kết quả kèm giải thích dưới dạng JSON',
  screenFile:
    'một tệp JSON: một bộ câu trả lời, một danh sách, hoặc { "set": ID, "screenings": [...] } (định dạng trong README)',
  indicatorSet: 'bộ dấu hiệu: {sets}',
  world: 'Thế giới Mê Kông mô phỏng: dữ liệu trình diễn, kiểm thử và đo hiệu năng kèm sự thật đối chứng',
  worldGenerate: 'Tạo một thế giới và ghi các dấu vết (CSV, JSON lines) cùng sự thật của nó vào một thư mục',
  preset: 'kích thước: {presets}',
  seed: 'hạt giống ngẫu nhiên: cùng hạt giống cho cùng các byte',
  worldOut: 'thư mục cần ghi vào (được tạo nếu chưa có)',
  worldStats:
    'Tóm tắt một thế giới đã tạo: vai trò, nạn nhân trong số người di cư, số cuộc gọi mỗi điện thoại, tên theo quốc tịch',
  worldFolder: 'một thư mục do `lantern world generate` ghi ra',
  figuresJson: 'in các số liệu dưới dạng JSON',
};

export default help;
