# NTM Planner — chuỗi giao diện tiếng Việt (ngôn ngữ mặc định).
# Cú pháp: khóa = nội dung; { $tên } là chỗ điền giá trị.

menu-file = Tệp
menu-edit = Sửa
menu-view = Xem
menu-help = Trợ giúp
menu-recent = Mở gần đây
menu-samples = Kế hoạch mẫu

cmd-new = Kế hoạch mới
cmd-open = Mở…
cmd-save = Lưu
cmd-save-as = Lưu thành…
cmd-reload = Đọc lại từ đĩa
cmd-close = Đóng kế hoạch
cmd-quit = Thoát
cmd-undo = Hoàn tác
cmd-redo = Làm lại
cmd-theme = Giao diện sáng/tối
cmd-zoom-in = Phóng to
cmd-zoom-out = Thu nhỏ
cmd-zoom-reset = Cỡ chữ mặc định
cmd-about = Giới thiệu
cmd-format-doc = Định dạng tệp kế hoạch (.ntm)
cmd-other = Lệnh

page-overview = Tổng quan
page-communes = Xã và tiêu chí
page-funding = Nguồn vốn
page-tasks = Nhiệm vụ

lang-vi = Tiếng Việt
lang-en = English
lang-switch = English
lang-switch-hint = Chuyển giao diện sang tiếng Anh

sample-lai-chau = Lai Châu — kế hoạch năm 2025
sample-lang-son = Lạng Sơn — kế hoạch hoàn thiện tiêu chí 2023

start-tagline = Lập, kiểm tra và trình bày kế hoạch xây dựng nông thôn mới.
start-begin = Bắt đầu
start-new-from-set = Tạo kế hoạch mới theo bộ tiêu chí:
start-samples = Mở kế hoạch mẫu:
start-recent = Tệp mở gần đây
start-no-recent = Chưa có tệp nào.
start-drop-hint = Có thể kéo thả tệp .ntm vào cửa sổ để mở.

new-plan-province = (tên tỉnh)

overview-header = Thông tin kế hoạch
overview-findings = Kết quả kiểm tra
findings-none = Không phát hiện sai sót nào.
severity-error = Lỗi
severity-warning = Cảnh báo

field-title = Tên kế hoạch
field-issuing-body = Cơ quan ban hành
field-province = Tỉnh
field-number = Số hiệu văn bản
field-place = Địa danh
field-signer = Người ký
field-goals-general = Mục tiêu chung
field-year = Năm kế hoạch
field-kind = Loại kế hoạch
field-draft = Dự thảo
field-date = Ngày ban hành
field-legal-bases = Căn cứ (mỗi dòng một căn cứ)
field-targets = Mục tiêu cụ thể (mỗi dòng một mục tiêu)
edit-commune = Sửa thông tin xã
kind-yearly = Kế hoạch thực hiện năm
kind-remediation = Kế hoạch hoàn thiện tiêu chí
error-year = { $value } không phải là năm hợp lệ (1945–2100).

card-recognized = Xã đạt chuẩn NTM
card-recognized-detail = { $awaiting } chờ công nhận, { $new } công nhận mới năm { $year } / { $communes } xã
card-average = Bình quân tiêu chí/xã
card-average-detail = năm gốc → mục tiêu, trên { $criteria } tiêu chí
card-funding = Tổng nguồn vốn
card-projects = Dự án đầu tư
card-projects-detail = { $special } dự án theo cơ chế đặc thù
card-villages = Thôn, bản công nhận mới
card-villages-detail = theo kế hoạch năm
unit-million-vnd = triệu đồng
unit-communes = xã
total = Tổng cộng

communes-per-criterion = Số xã đạt từng tiêu chí (năm gốc → mục tiêu)
communes-distribution = Phân bố số xã theo số tiêu chí đạt
communes-districts = Huyện
col-no = STT
col-commune = Xã
col-district = Huyện
col-group = Nhóm
col-recognition = Công nhận
col-met = Tiêu chí đạt
col-unmet-target = Chưa đạt (mục tiêu)
col-band = Số tiêu chí
col-baseline = Năm gốc
col-target = Mục tiêu
level-ntm = NTM
level-advanced = Nâng cao
level-model = Kiểu mẫu
level-modern = Hiện đại

funding-tree = Nguồn vốn (triệu đồng)
funding-allocation = Phân bổ theo nội dung thành phần
funding-projects = { $count } dự án đầu tư, { $special } theo cơ chế đặc thù
col-source = Nguồn vốn
col-amount = Số tiền
col-stated = Kế hoạch ghi
col-component = Nội dung thành phần
col-share = Tỷ lệ
col-stated-share = Tỷ lệ kế hoạch ghi
col-projects = Số dự án
col-special = Cơ chế đặc thù

tasks-none = Kế hoạch chưa có nhiệm vụ nào.
tasks-no-deadline = không ghi thời hạn
tasks-overdue = quá hạn
tasks-done = đã xong
col-deadline = Thời hạn
col-criteria = Tiêu chí
col-communes = Xã

status-unsaved = ● Có thay đổi chưa lưu
status-saved = Đã lưu
status-no-plan = Chưa mở kế hoạch nào
status-dialog-open = Đang mở hộp thoại chọn tệp…
status-findings = { $errors } lỗi, { $warnings } cảnh báo
status-zoom = Cỡ chữ
untitled = (chưa lưu thành tệp)

btn-save = Lưu thay đổi
btn-dont-save = Không lưu
btn-cancel = Hủy
btn-ok = Đồng ý
btn-copy = Sao chép
btn-close = Đóng
btn-overwrite = Ghi đè
btn-save-as = Lưu thành tệp khác…
btn-reload = Đọc lại tệp trên đĩa
btn-restore = Khôi phục
btn-discard = Bỏ bản này
btn-later = Để sau

unsaved-title = Lưu thay đổi của “{ $file }”?
unsaved-body = Kế hoạch có thay đổi chưa lưu. Nếu không lưu, các thay đổi này sẽ mất.
disk-changed-title = Tệp “{ $file }” đã bị thay đổi trên đĩa
disk-changed-body = Từ khi mở, tệp này đã được ghi bởi chương trình khác hoặc bản của đơn vị khác. Ghi đè sẽ xóa nội dung đó (bản cũ vẫn được giữ ở tệp .bak.ntm).
error-open-title = Không mở được { $file }
error-save-title = Không lưu được kế hoạch
error-details = Chi tiết
restore-title = Khôi phục công việc chưa lưu?
restore-body = Lần trước chương trình đã đóng khi còn thay đổi chưa lưu. Các bản sao dưới đây được ghi tự động:
dialog-open-title = Mở kế hoạch
dialog-save-title = Lưu kế hoạch
file-filter = Kế hoạch NTM

toast-saved = Đã lưu { $file }
toast-reloaded = Đã đọc lại tệp từ đĩa
toast-restored = Đã khôi phục bản sao; hãy lưu lại kế hoạch.
toast-recovery-failed = Không ghi được bản sao phòng sự cố: { $error }
toast-prefs-failed = Không ghi được tùy chọn: { $error }

about-title = Giới thiệu NTM Planner
about-version = Phiên bản { $version }
about-format = Định dạng tệp kế hoạch: phiên bản { $version }
about-purpose = Công cụ lập và kiểm tra kế hoạch Chương trình MTQG xây dựng nông thôn mới.
about-font = Phông chữ Be Vietnam Pro, giấy phép SIL Open Font License 1.1.

page-charts = Biểu đồ
cmd-present = Trình chiếu
edit-slides = Chọn trang trình chiếu
charts-size = Kích thước ảnh PNG
charts-export-png = Xuất PNG…
charts-export-svg = Xuất SVG…
charts-copy = Sao chép ảnh
charts-slides = Trang trình chiếu
charts-slides-default = Chưa chọn trang: trình chiếu mọi biểu đồ có số liệu.
slide-move-up = Chuyển lên trước
slide-move-down = Chuyển xuống sau
deck-hint = → hoặc Page Down: trang sau · ← hoặc Page Up: trang trước · Esc: thoát
deck-empty = Không có biểu đồ nào để trình chiếu. Nhấn Esc để thoát.
dialog-export-title = Xuất biểu đồ
file-filter-png = Ảnh PNG
file-filter-svg = Ảnh SVG
toast-chart-exported = Đã xuất biểu đồ ra { $file }
toast-chart-copied = Đã sao chép biểu đồ; có thể dán vào trang trình chiếu hoặc văn bản.
error-export-title = Không xuất được biểu đồ
