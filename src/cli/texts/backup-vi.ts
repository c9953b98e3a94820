import type { BackupTexts } from './backup-en.ts';

// `lantern backup` và `lantern restore` bằng tiếng Việt (giải thích trong backup-en.ts)

const backup: BackupTexts = {
  help: {
    backup:
      'Ghi một tệp sao lưu được mã hóa của toàn bộ cơ sở dữ liệu (kèm các tệp tải lên đang chờ nhập, và các khóa bí mật trừ khi được yêu cầu bỏ ra), kiểm tra lại sau khi ghi; làm được khi Lantern đang chạy',
    backupFile: 'tệp sao lưu cần ghi (không bao giờ thay thế một tệp đã có)',
    withoutKeys:
      'bỏ các khóa bí mật ra: khi đó phải giữ cả tệp khóa hoặc LANTERN_SECRET_KEY, nếu không sẽ không khôi phục được tệp sao lưu',
    passphraseFile:
      'đọc cụm mật khẩu từ dòng đầu tiên của tệp này (nếu không có thì từ LANTERN_BACKUP_PASSPHRASE, nếu vẫn không có thì sẽ hỏi)',
    restore:
      'Khôi phục một tệp sao lưu vào một thư mục dữ liệu trống (cơ sở dữ liệu nhúng) hoặc một cơ sở dữ liệu trống (DATABASE_URL); mọi byte được kiểm tra trước khi thay đổi bất cứ điều gì',
    restoreFile: 'tệp sao lưu cần khôi phục',
    force: 'thay thế một cơ sở dữ liệu đã có dữ liệu (cơ sở dữ liệu nhúng bị thay thế được giữ lại riêng)',
    check: 'chỉ kiểm tra tệp sao lưu và cho biết nó chứa gì; không thay đổi gì',
    keysOut:
      'trên máy chủ có khóa không phải khóa của tệp sao lưu: ghi các khóa của tệp sao lưu vào tệp này, để đặt LANTERN_SECRET_KEY từ đó',
  },
  prompt: {
    passphrase: 'Cụm mật khẩu của tệp sao lưu: ',
    again: 'Nhập lại đúng cụm mật khẩu đó: ',
  },
  done: {
    written:
      'Đã ghi bản sao lưu vào {file} và đã kiểm tra: {tables} bảng, {rows} dòng, {uploads} tệp tải lên đang chờ; {bytes} byte trong {seconds} giây.',
    fingerprint: 'SHA-256 {sha256}; đã ghi nhận là mục {seq} của nhật ký kiểm toán.',
    byServer: 'Lantern đang chạy đã tạo bản này: các yêu cầu phải chờ trong lúc đọc ảnh chụp dữ liệu.',
    withKeys:
      'Tệp này chứa các khóa bí mật, được niêm phong bằng cụm mật khẩu: hãy giữ cụm mật khẩu tách khỏi tệp sao lưu. Ai có cả hai sẽ đọc được mọi thứ.',
    withoutKeys:
      'Tệp này không chứa các khóa bí mật ({keys}): hãy giữ cả tệp khóa hoặc LANTERN_SECRET_KEY ở nơi riêng, nếu không sẽ không khôi phục được.',
    checked:
      'Đã kiểm tra tệp sao lưu: tạo lúc {createdAt} bởi Lantern {lantern} trên cơ sở dữ liệu {engine}, lược đồ {level}; {tables} bảng, {rows} dòng, {uploads} tệp tải lên đang chờ; khóa {keys} ({carried}).',
    carried: 'có trong tệp',
    notCarried: 'không có trong tệp',
    restored: 'Đã khôi phục vào {target}; lần khôi phục này là mục {seq} của nhật ký kiểm toán.',
    keyFile: 'Các khóa của tệp sao lưu đã được ghi vào tệp khóa {file} (chỉ bạn đọc được).',
    keysOut:
      'Các khóa của tệp sao lưu đã được ghi vào {file}: đặt LANTERN_SECRET_KEY là khóa đầu tiên và LANTERN_RETIRED_KEYS là các khóa còn lại (cách nhau bằng dấu phẩy) trước khi khởi động Lantern, rồi xóa tệp đó.',
    replaced:
      'Cơ sở dữ liệu bị thay thế được giữ trong {dir}: hãy xóa nó khi đã kiểm tra xong bản khôi phục.',
    next: 'Kiểm tra bằng `lantern audit verify`, rồi khởi động Lantern.',
  },
  problems: {
    notAnArchive:
      '{file} không phải là tệp sao lưu của Lantern (nó không bắt đầu như một tệp sao lưu). Không có gì bị thay đổi.',
    newerFormat:
      '{file} là tệp sao lưu định dạng {version}, mới hơn định dạng mà Lantern này đọc được: hãy khôi phục bằng một Lantern mới hơn. Không có gì bị thay đổi.',
    wrongPassphrase:
      'Cụm mật khẩu không mở được {file} (hoặc phần đầu của tệp đã bị sửa). Không có gì bị thay đổi.',
    partAltered:
      '{file} đã bị sửa hoặc hỏng tại byte {offset} (phần {part}): phần đó không qua được bước xác thực. Không có gì bị thay đổi; hãy dùng một bản sao khác của bản sao lưu.',
    partLength:
      '{file} đã bị sửa hoặc hỏng tại byte {offset} (phần {part}): phần đó ghi một độ dài mà không tệp sao lưu nào có. Không có gì bị thay đổi; hãy dùng một bản sao khác của bản sao lưu.',
    cutShort:
      '{file} kết thúc ở byte {offset}, trước phần cuối cùng: tệp đã bị cắt ngắn (việc sao chép bị gián đoạn?). Không có gì bị thay đổi; hãy dùng một bản sao khác của bản sao lưu.',
    trailingBytes:
      '{file} vẫn còn dữ liệu sau phần cuối cùng, từ byte {offset}: có thứ gì đó đã được thêm vào. Không có gì bị thay đổi; hãy dùng một bản sao khác của bản sao lưu.',
    contentsInconsistent:
      '{file} mở được, nhưng nội dung không khớp với nhau (số lượng hoặc mã băm): Lantern đã không ghi trọn vẹn tệp này. Không có gì bị thay đổi.',
    passphraseMissing:
      'Không có cụm mật khẩu: hãy đưa nó trong một tệp (--passphrase-file) hoặc trong LANTERN_BACKUP_PASSPHRASE, hoặc chạy lệnh này trong một cửa sổ dòng lệnh để gõ vào.',
    passphraseShort:
      'Cụm mật khẩu phải có ít nhất {min} ký tự (vài từ mà không ai đoán được): nó bảo vệ mọi thứ trong tệp sao lưu.',
    passphrasesDiffer: 'Hai cụm mật khẩu khác nhau. Không có gì được ghi.',
    passphraseFileUnreadable: '--passphrase-file: không đọc được {file}, hoặc dòng đầu tiên của nó trống.',
    outputExists: '{file} đã tồn tại: Lantern không thay thế nó. Hãy chọn một tên khác.',
    inputUnreadable: 'Không đọc được {file} (không có tệp này, hoặc không có quyền đọc).',
    targetNotEmpty:
      '{target} đã có dữ liệu. Không có gì bị thay đổi: hãy khôi phục vào một thư mục dữ liệu hoặc cơ sở dữ liệu trống, hoặc thêm --force để thay thế (cơ sở dữ liệu nhúng bị thay thế được giữ lại riêng).',
    unknownMigration:
      'Lược đồ của tệp sao lưu có bước di chuyển {migration} mà Lantern này không có: một Lantern mới hơn đã tạo ra nó. Hãy nâng cấp Lantern rồi mới khôi phục. Không có gì bị thay đổi.',
    schemaDiffers:
      'Bảng {table} khác nhau giữa tệp sao lưu và lược đồ mà Lantern này tạo ở cùng mức. Không có gì bị thay đổi.',
    keysMissing:
      'Dữ liệu của tệp sao lưu được niêm phong bằng các khóa {keys}, vốn không được cấu hình và cũng không có trong tệp sao lưu. Không có gì bị thay đổi: hãy cấu hình chúng (tệp khóa, hoặc LANTERN_SECRET_KEY và LANTERN_RETIRED_KEYS), rồi khôi phục.',
    keysNotConfigured:
      'LANTERN_SECRET_KEY và LANTERN_RETIRED_KEYS thiếu các khóa {keys} đã niêm phong dữ liệu của tệp sao lưu. Không có gì bị thay đổi: hãy đặt chúng, hoặc thêm --keys-out FILE để các khóa của tệp sao lưu được ghi vào đó cho bạn đặt.',
    loadFailed:
      'Cơ sở dữ liệu đã từ chối việc khôi phục ở bước {step} (lỗi {code}). Không có gì bị thay đổi: việc khôi phục đã được hoàn tác.',
    noDatabase: 'Không có cơ sở dữ liệu nào trong {dir}: không có gì để sao lưu.',
    serverRunning:
      'Lantern đang chạy trên thư mục dữ liệu này: hãy dừng nó trước khi khôi phục (việc khôi phục sẽ làm hỏng cơ sở dữ liệu mà nó đang mở). Không có gì bị thay đổi.',
    serverFailed: 'Lantern đang chạy không tạo được bản sao lưu (xem nhật ký của nó). Không có gì được ghi.',
  },
};

export default backup;
