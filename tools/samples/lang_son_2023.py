#!/usr/bin/env python3
"""Generate the Lạng Sơn 2023 sample plan: assets/samples/lang-son-2023.ntm.

How to regenerate (from the repository root):

    python3 tools/samples/lang_son_2023.py
    ntm-planner fmt assets/samples/lang-son-2023.ntm   # or: cargo run -- fmt assets/samples/lang-son-2023.ntm
    rm assets/samples/lang-son-2023.bak.ntm            # the backup fmt leaves

The script writes RON text in the plan-file layout; `fmt` then rewrites it in the
canonical layout. Running both gives the same file every time: the script uses only
the standard library and its own fixed pseudo-random generator (SplitMix64, seed
below), so the output does not depend on the Python version.

Source: the Lạng Sơn draft plan (dự thảo, 9/2023) "Kế hoạch thực hiện hoàn thiện
các tiêu chí tại các xã đã được công nhận đạt chuẩn nông thôn mới, nông thôn mới
nâng cao giai đoạn trước năm 2022". Its appendix tables (Biểu 01–04: per-commune
review and roadmap) were not available, so the commune list, recognition years,
unmet criteria, completion years, agencies and notes are illustrative; the plan
file says so in `provenance`.

The embedded criteria set is read from assets/criteria-sets/commune-2021-2025.ron
(the bundled commune set 2021–2025), so it is always exactly the bundled one.
An optional argument gives another output path.
"""

import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SET_FILE = os.path.join(ROOT, "assets", "criteria-sets", "commune-2021-2025.ron")
OUT_FILE = os.path.join(ROOT, "assets", "samples", "lang-son-2023.ntm")

SEED = 20230914  # fixed; changing it changes the illustrative roadmap


# --------------------------------------------------------------------------
# Deterministic pseudo-random numbers (SplitMix64), independent of `random`.
# --------------------------------------------------------------------------
class Rng:
    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def below(self, n):
        """An integer in 0..n-1 (n small, bias negligible)."""
        return self.next_u64() % n

    def chance(self, per_thousand):
        return self.below(1000) < per_thousand

    def weighted(self, items):
        """Pick one (value, weight) pair's value."""
        total = sum(w for _, w in items)
        r = self.below(total)
        for value, w in items:
            if r < w:
                return value
            r -= w
        raise AssertionError("unreachable")

    def weighted_sample(self, items, k):
        """k distinct values, drawn by weight without replacement."""
        pool = list(items)
        out = []
        for _ in range(min(k, len(pool))):
            v = self.weighted(pool)
            out.append(v)
            pool = [(x, w) for x, w in pool if x != v]
        return out


# --------------------------------------------------------------------------
# Units. District-level units of Lạng Sơn before the 2025 reform (11).
# --------------------------------------------------------------------------
DISTRICTS = [
    ("tp-lang-son", "Thành phố Lạng Sơn"),
    ("trang-dinh", "Tràng Định"),
    ("van-lang", "Văn Lãng"),
    ("van-quan", "Văn Quan"),
    ("binh-gia", "Bình Gia"),
    ("bac-son", "Bắc Sơn"),
    ("huu-lung", "Hữu Lũng"),
    ("chi-lang", "Chi Lăng"),
    ("cao-loc", "Cao Lộc"),
    ("loc-binh", "Lộc Bình"),
    ("dinh-lap", "Đình Lập"),
]

# (name, district id, NTM year, advanced year or None).
# Names are communes of Lạng Sơn (before the 2025 reform); which of them are among the
# plan's 58 + 12 communes, and the years, are illustrative (Biểu 01, 02 not in the seed).
COMMUNES = [
    # Thành phố Lạng Sơn
    ("Hoàng Đồng", "tp-lang-son", 2014, 2019),
    ("Mai Pha", "tp-lang-son", 2015, 2020),
    ("Quảng Lạc", "tp-lang-son", 2017, None),
    # Tràng Định
    ("Đề Thám", "trang-dinh", 2016, None),
    ("Quốc Khánh", "trang-dinh", 2017, None),
    ("Chí Minh", "trang-dinh", 2018, None),
    ("Hùng Sơn", "trang-dinh", 2019, None),
    ("Đại Đồng", "trang-dinh", 2020, None),
    # Văn Lãng
    ("Hoàng Văn Thụ", "van-lang", 2016, None),
    ("Tân Mỹ", "van-lang", 2017, None),
    ("Tân Thanh", "van-lang", 2018, None),
    ("Hội Hoan", "van-lang", 2019, None),
    ("Thanh Long", "van-lang", 2020, None),
    ("Gia Miễn", "van-lang", 2021, None),
    # Văn Quan
    ("Tràng Các", "van-quan", 2016, None),
    ("Văn An", "van-quan", 2017, None),
    ("Tràng Sơn", "van-quan", 2018, None),
    ("Xuân Mai", "van-quan", 2019, None),
    ("Vĩnh Lại", "van-quan", 2020, None),
    ("Lương Năng", "van-quan", 2021, None),
    # Bình Gia
    ("Tân Văn", "binh-gia", 2017, None),
    ("Hoa Thám", "binh-gia", 2018, None),
    ("Hồng Thái", "binh-gia", 2019, None),
    ("Mông Ân", "binh-gia", 2021, None),
    # Bắc Sơn
    ("Long Đống", "bac-son", 2015, 2021),
    ("Hưng Vũ", "bac-son", 2016, None),
    ("Vũ Sơn", "bac-son", 2017, None),
    ("Vũ Lăng", "bac-son", 2018, None),
    ("Chiêu Vũ", "bac-son", 2019, None),
    ("Quỳnh Sơn", "bac-son", 2020, None),
    ("Tân Tri", "bac-son", 2021, None),
    # Hữu Lũng
    ("Đồng Tân", "huu-lung", 2014, 2019),
    ("Minh Sơn", "huu-lung", 2015, 2020),
    ("Hòa Thắng", "huu-lung", 2016, 2021),
    ("Yên Vượng", "huu-lung", 2015, None),
    ("Hồ Sơn", "huu-lung", 2016, None),
    ("Sơn Hà", "huu-lung", 2017, None),
    ("Minh Tiến", "huu-lung", 2017, None),
    ("Cai Kinh", "huu-lung", 2018, None),
    ("Vân Nham", "huu-lung", 2018, None),
    ("Hòa Lạc", "huu-lung", 2019, None),
    ("Yên Thịnh", "huu-lung", 2020, None),
    ("Đồng Tiến", "huu-lung", 2021, None),
    # Chi Lăng
    ("Quang Lang", "chi-lang", 2014, 2020),
    ("Mai Sao", "chi-lang", 2015, 2021),
    ("Vạn Linh", "chi-lang", 2016, None),
    ("Gia Lộc", "chi-lang", 2016, None),
    ("Y Tịch", "chi-lang", 2017, None),
    ("Chiến Thắng", "chi-lang", 2018, None),
    ("Bằng Mạc", "chi-lang", 2019, None),
    ("Hòa Bình", "chi-lang", 2020, None),
    # Cao Lộc
    ("Hợp Thành", "cao-loc", 2014, 2018),
    ("Tân Liên", "cao-loc", 2015, 2020),
    ("Gia Cát", "cao-loc", 2015, 2021),
    ("Hồng Phong", "cao-loc", 2016, None),
    ("Phú Xá", "cao-loc", 2017, None),
    ("Thụy Hùng", "cao-loc", 2018, None),
    ("Yên Trạch", "cao-loc", 2019, None),
    ("Xuất Lễ", "cao-loc", 2020, None),
    ("Thạch Đạn", "cao-loc", 2021, None),
    # Lộc Bình
    ("Đồng Bục", "loc-binh", 2015, 2021),
    ("Khánh Xuân", "loc-binh", 2016, None),
    ("Hữu Khánh", "loc-binh", 2017, None),
    ("Tú Đoạn", "loc-binh", 2018, None),
    ("Yên Khoái", "loc-binh", 2019, None),
    ("Xuân Dương", "loc-binh", 2019, None),
    ("Tú Mịch", "loc-binh", 2020, None),
    ("Lợi Bác", "loc-binh", 2021, None),
    # Đình Lập
    ("Bính Xá", "dinh-lap", 2019, None),
    ("Cường Lợi", "dinh-lap", 2021, None),
]

# Department in charge of each criterion of the commune set 2021–2025 (illustrative).
AGENCY = {
    "1": "Sở Xây dựng",
    "2": "Sở Giao thông vận tải",
    "3": "Sở Nông nghiệp và Phát triển nông thôn",
    "4": "Sở Công Thương",
    "5": "Sở Giáo dục và Đào tạo",
    "6": "Sở Văn hóa, Thể thao và Du lịch",
    "7": "Sở Công Thương",
    "8": "Sở Thông tin và Truyền thông",
    "9": "Sở Xây dựng",
    "10": "Sở Nông nghiệp và Phát triển nông thôn",
    "11": "Sở Lao động - Thương binh và Xã hội",
    "12": "Sở Lao động - Thương binh và Xã hội",
    "13": "Sở Nông nghiệp và Phát triển nông thôn",
    "14": "Sở Giáo dục và Đào tạo",
    "15": "Sở Y tế",
    "16": "Sở Văn hóa, Thể thao và Du lịch",
    "17": "Sở Tài nguyên và Môi trường",
    "18": "Sở Nội vụ",
    "19": "Công an tỉnh",
}

# How often each criterion is unmet: the seed stresses schools (5), transport (2) and
# cultural facilities (6, especially at village level), then the criteria the district
# committees are told to fix (8 loudspeakers and web pages, 17 environment) and those
# that depend on residents (10 income, 13 production, 9 housing, 15 health insurance).
CRITERION_WEIGHTS = [
    ("5", 100), ("6", 100), ("2", 90), ("17", 70), ("8", 60), ("10", 50),
    ("13", 50), ("15", 40), ("9", 30), ("1", 20), ("7", 15), ("11", 15),
    ("12", 15), ("14", 15), ("16", 15), ("18", 15), ("3", 10), ("4", 10), ("19", 10),
]

# Number of unmet criteria per commune (0 = already meets the whole set).
COUNT_WEIGHTS = [(0, 5), (1, 12), (2, 18), (3, 18), (4, 12), (5, 7), (6, 4)]

# Infrastructure criteria take longer: more often planned for 2024.
INFRASTRUCTURE = {"1", "2", "3", "4", "5", "6", "7", "9"}

# Short notes (illustrative), one picked at random for about half the items.
NOTES = {
    "1": ["Quy hoạch chung xây dựng xã chưa được rà soát, điều chỉnh theo bộ tiêu chí mới"],
    "2": [
        "Đường trục thôn, ngõ xóm chưa được cứng hóa đủ tỷ lệ",
        "Thiếu biển báo giao thông trên các tuyến đường trục xã",
    ],
    "3": ["Chưa đạt chỉ tiêu phòng, chống thiên tai theo phương châm 4 tại chỗ"],
    "4": ["Tỷ lệ hộ sử dụng điện thường xuyên, an toàn chưa đạt"],
    "5": [
        "Trường mầm non chưa đạt chuẩn cơ sở vật chất tối thiểu",
        "Trường tiểu học còn thiếu phòng học bộ môn",
        "Trường trung học cơ sở chưa đạt chuẩn cơ sở vật chất mức độ 1",
    ],
    "6": [
        "Nhà văn hóa thôn chưa đạt diện tích sau sáp nhập",
        "Chưa cấp giấy chứng nhận quyền sử dụng đất cho nhà văn hóa thôn",
        "Sân thể thao thôn chưa đạt diện tích theo quy định",
    ],
    "7": ["Chợ nông thôn chưa đạt chuẩn theo quy định"],
    "8": [
        "Cụm loa truyền thanh hư hỏng, cần sửa chữa, thay thế",
        "Trang thông tin điện tử của xã chưa được cập nhật thường xuyên",
    ],
    "9": ["Còn nhà tạm, nhà dột nát"],
    "10": ["Thu nhập bình quân đầu người chưa đạt mức quy định năm 2022"],
    "11": ["Tỷ lệ nghèo đa chiều chưa đạt"],
    "12": ["Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ chưa đạt"],
    "13": [
        "Chưa có hợp tác xã hoạt động hiệu quả theo quy định",
        "Chưa có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm",
    ],
    "14": ["Tỷ lệ người dân có phổ cập giáo dục, xóa mù chữ chưa đạt"],
    "15": ["Tỷ lệ người dân tham gia bảo hiểm y tế chưa đạt"],
    "16": ["Tỷ lệ thôn đạt chuẩn văn hóa chưa đạt"],
    "17": [
        "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý chưa đạt",
        "Tỷ lệ hộ có nhà tiêu, chuồng trại chăn nuôi hợp vệ sinh chưa đạt",
    ],
    "18": ["Chưa đạt chuẩn tiếp cận pháp luật"],
    "19": ["Chưa đạt chỉ tiêu xây dựng lực lượng dân quân"],
}

ADVANCED_NOTE = (
    "Xã đạt chuẩn NTM nâng cao: Biểu 02 của dự thảo đánh giá theo Bộ tiêu chí xã NTM "
    "nâng cao; tệp này ghi tiêu chí chưa đạt theo Bộ tiêu chí xã NTM 2021–2025 (minh họa)."
)

# --------------------------------------------------------------------------
# Text taken from the seed (lines joined).
# --------------------------------------------------------------------------
TITLE = (
    "Kế hoạch thực hiện hoàn thiện các tiêu chí tại các xã đã được công nhận đạt chuẩn "
    "nông thôn mới, nông thôn mới nâng cao giai đoạn trước năm 2022"
)

# "Nơi nhận" and the signature block as the draft prints them.
RECIPIENTS = [
    "Thường trực HĐND tỉnh;",
    "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
    "Thành viên BCĐ các CTMTQG tỉnh;",
    "HU, HĐND, UBND các huyện, thành phố;",
    "Văn phòng ĐP CTXDNTM tỉnh;",
    "C, PVP UBND tỉnh, các phòng CM, Trung tâm Thông tin;",
    "Lưu: VT, KT(PVĐ).",
]
SIGNATURE_TITLES = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]

LEGAL_BASES = [
    "Quyết định số 1494/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn (Bộ tiêu chí giai "
    "đoạn 2021-2025 của tỉnh)",
    "Nghị quyết số 46-NQ/TU ngày 08/9/2021 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông "
    "thôn mới tỉnh Lạng Sơn, giai đoạn 2021-2025",
    "Nghị quyết số 18/2020/NQ-HĐND ngày 14/12/2020 của Hội đồng nhân dân tỉnh quy định chính "
    "sách hỗ trợ xây dựng nhà văn hóa thôn đạt chuẩn, sân tập thể dục thể thao xã trên địa "
    "bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025",
    "Quyết định số 499/QĐ-UBND ngày 23/3/2022 của UBND tỉnh (thành viên Ban Chỉ đạo các "
    "Chương trình MTQG tỉnh)",
    "Thông báo kết luận số 510/TB-HĐND ngày 16/6/2022 của Thường trực HĐND tỉnh",
]

GOAL_BULLETS = [
    "Tập trung chỉ đạo, tổ chức triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp phấn "
    "đấu đến hết năm 2024: 58 xã đạt chuẩn nông thôn mới; 12 xã đạt chuẩn nông thôn mới nâng "
    "cao (giai đoạn trước năm 2022) giữ vững danh hiệu xã đạt chuẩn nông thôn theo các cấp "
    "độ đạt chuẩn.",
    "Tiếp tục chỉ đạo, hoàn thiện các chỉ tiêu, tiêu chí nông thôn mới, nông thôn mới nâng "
    "cao theo yêu cầu của Bộ tiêu chí giai đoạn 2021-2025 quy định tại Quyết định số "
    "1494/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn.",
    "Lộ trình triển khai, thực hiện hoàn thiện các chỉ tiêu, tiêu chí chi tiết cụ thể tại "
    "Biểu 03, Biểu 04 kèm theo.",
]

SOLUTIONS = [
    (
        "2.1. Quán triệt Nghị quyết 46-NQ/TU, tuyên truyền, kiểm tra và thi đua",
        "Các sở, ban, ngành và UBND các huyện, thành phố căn cứ chức năng, nhiệm vụ tiếp tục "
        "quán triệt, triển khai cụ thể hóa Nghị quyết số 46-NQ/TU ngày 08/9/2021 của Ban Chấp "
        "hành Đảng bộ tỉnh về xây dựng nông thôn mới tỉnh Lạng Sơn, giai đoạn 2021-2025 và các "
        "Nghị quyết của HĐND tỉnh; thực hiện có hiệu quả công tác tuyên truyền và tăng cường "
        "công tác kiểm tra, đôn đốc, hướng dẫn; thực hiện có hiệu quả phong trào thi đua "
        "“Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025.",
    ),
    (
        "2.2. Nâng cao chất lượng thẩm định, công nhận xã đạt chuẩn",
        "Tiếp tục nâng cao chất lượng thẩm định, công nhận xã đạt chuẩn nông thôn mới, nông "
        "thôn mới nâng cao đảm bảo thực chất, toàn diện, đúng quy định, không chạy theo thành "
        "tích. Hướng đến nông thôn mới thực chất, bền vững trên 03 trụ cột chính là: Phát "
        "triển, tổ chức lại sản xuất, nâng cao thu nhập; Nâng cao mức thụ hưởng văn hóa, giáo "
        "dục, y tế; Xây dựng môi trường sống xanh, sạch, đẹp, an ninh chính trị, trật tự an "
        "toàn xã hội được bảo đảm.",
    ),
    (
        "2.3. Bố trí, huy động, lồng ghép nguồn lực hoàn thiện tiêu chí",
        "Tiếp tục quan tâm, giành nguồn lực địa phương, huy động, lồng ghép để các xã đã được "
        "công nhận đạt chuẩn nông thôn mới, nông thôn mới nâng cao trước năm 2022 thực hiện bổ "
        "sung, hoàn thiện các tiêu chí đảm bảo theo bộ tiêu chí ban hành theo Quyết định số "
        "1494/QĐ-UBND của UBND tỉnh. Trong đó tập trung vào các tiêu chí như trường học, giao "
        "thông, cơ sở vật chất văn hóa (đặc biệt là cấp thôn).",
    ),
    (
        "2.4. Tái cơ cấu nông nghiệp, OCOP, kinh tế tập thể và hợp tác xã",
        "Đẩy mạnh triển khai thực hiện Chương trình tái cơ cấu ngành nông nghiệp theo hướng "
        "nâng cao giá trị sản xuất gắn với xây dựng nông thôn mới; thực hiện có hiệu quả các cơ "
        "chế, chính sách khuyến khích đầu tư vào lĩnh vực nông nghiệp; Chương trình mỗi xã một "
        "sản phẩm; triển khai chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã và đề "
        "án lựa chọn hoàn thiện, nhân rộng mô hình hợp tác xã kiểu mới hiệu quả giai đoạn "
        "2021-2025.",
    ),
]

DEADLINE = "2024-12-31"
UBND_HUYEN = "Ủy ban nhân dân cấp huyện, thành phố"

# (agency, text, deadline or None, related criteria)
TASKS = [
    (
        "Sở Nông nghiệp và Phát triển nông thôn, Văn phòng điều phối Chương trình xây dựng "
        "nông thôn mới tỉnh",
        "Chủ trì phối hợp các sở, ngành đề xuất UBND tỉnh các giải pháp chỉ đạo để thực hiện "
        "hiệu quả Kế hoạch này. Theo dõi, tổng hợp, giám sát tiến độ thực hiện hoàn thành các "
        "tiêu chí của các huyện, thành phố theo Kế hoạch; báo cáo UBND tỉnh những nội dung vượt "
        "thẩm quyền.\n"
        "Rà soát kết quả các tiêu chí được giao phụ trách thuộc bộ tiêu chí quốc gia về xã nông "
        "thôn mới, xã nông thôn mới nâng cao để có giải pháp khắc phục kịp thời những tồn tại, "
        "hạn chế. Tiếp tục quan tâm chỉ đạo nhân rộng các mô hình sản xuất kiểu mẫu, vườn mẫu; "
        "khuyến khích hình thành, nhân rộng các mô hình liên kết sản xuất, hợp tác xã nông "
        "nghiệp, phát triển các vùng chuyên canh, sản xuất hàng hóa tập trung gắn với ứng dụng "
        "khoa học công nghệ, kỹ thuật cao vào sản xuất hướng tới hình thành chuỗi giá trị phù "
        "hợp.",
        None,
        ["13"],
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Chủ trì, phối hợp các cơ quan liên quan thực hiện tổng kết việc tổ chức triển khai "
        "thực hiện Nghị quyết số 18/2020/NQ-HĐND ngày 14/12/2020 của Hội đồng nhân dân tỉnh "
        "quy định chính sách hỗ trợ xây dựng nhà văn hóa thôn đạt chuẩn, sân tập thể dục thể "
        "thao xã trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025, tổng hợp những khó khăn, "
        "vướng mắc, đề xuất sửa đổi Nghị quyết cho phù hợp với điều kiện thực tế và khả năng "
        "cân đối ngân sách của tỉnh.",
        None,
        ["6"],
    ),
    (
        "Sở Tài nguyên và Môi trường",
        "Chủ trì phối hợp với Sở Văn hóa, Thể thao và Du lịch, UBND các huyện, thành phố khẩn "
        "trương tập trung triển khai các nhiệm vụ, công việc để hoàn thành việc cấp Giấy chứng "
        "nhận quyền sử dụng đất cho tất cả các nhà văn hóa và khu thể thao đủ điều kiện được "
        "cấp, đảm bảo hoàn thành theo Thông báo kết luận số 510/TB-HĐND ngày 16/6/2022 của "
        "Thường trực HĐND tỉnh.",
        None,
        ["6"],
    ),
    (
        "Sở Kế hoạch và Đầu tư, Sở Tài chính",
        "Theo chức năng, nhiệm vụ tiếp tục tham mưu UBND tỉnh, HĐND tỉnh quan tâm giành nguồn "
        "lực cho các địa phương, các xã đã được công nhận đạt chuẩn nông thôn mới, nông thôn "
        "mới nâng cao trước năm 2022 để thực hiện bổ sung, hoàn thiện các tiêu chí đảm bảo theo "
        "Bộ tiêu chí ban hành tại Quyết định số 1494/QĐ-UBND của UBND tỉnh. Trong đó tập trung "
        "vào các tiêu chí như trường học, giao thông, cơ sở vật chất văn hóa (đặc biệt là cấp "
        "thôn). Ưu tiên bố trí nguồn lực, lồng ghép các nguồn vốn để hỗ trợ đầu tư ở các xã, "
        "huyện phấn đấu đạt chuẩn nông thôn mới theo kế hoạch.",
        None,
        ["2", "5", "6"],
    ),
    (
        "Các sở, ban, ngành; thành viên Ban Chỉ đạo các Chương trình MTQG tỉnh (theo Quyết "
        "định số 499/QĐ-UBND ngày 23/3/2022 của UBND tỉnh)",
        "Theo chức năng, nhiệm vụ được phân công tập trung chỉ đạo, hướng dẫn các xã đã đạt "
        "chuẩn nông thôn mới, nông thôn mới nâng cao trước năm 2022 thực hiện các nội dung, "
        "tiêu chí được giao phụ trách; tăng cường công tác kiểm tra, đôn đốc, tháo gỡ những "
        "khó khăn, vướng mắc trong quá trình triển khai thực hiện tại các huyện, xã được phân "
        "công theo dõi, phụ trách.",
        None,
        [],
    ),
    (
        UBND_HUYEN,
        "Chủ động xây dựng kế hoạch, lộ trình, phân công cụ thể để đảm bảo hoàn thiện các tiêu "
        "chí đạt chuẩn theo các bộ tiêu chí xã nông thôn mới, xã nông thôn mới nâng cao giai "
        "đoạn 2021 – 2025. Có giải pháp cụ thể trong huy động các nguồn lực, đa dạng hóa các "
        "nguồn lực để tập trung xây dựng nông thôn mới; trong đó, chú trọng nguồn lực ngoài "
        "ngân sách, từ doanh nghiệp, từ đóng góp của Nhân dân. Lồng ghép, bố trí sử dụng các "
        "nguồn vốn tập trung, đạt hiệu quả cao; ưu tiên phân bổ kinh phí cho các xã đã được "
        "công nhận đạt chuẩn nông thôn mới, nông thôn mới nâng cao thực hiện hoàn thiện tiêu "
        "chí theo lộ trình kế hoạch.",
        DEADLINE,
        [],
    ),
    (
        UBND_HUYEN,
        "Thực hiện bổ sung, hoàn thiện, nâng cao các chỉ tiêu, tiêu chí tại các xã đã đạt "
        "chuẩn nông thôn mới, nông thôn mới nâng cao. Rà soát và có kế hoạch hoàn thiện ngay "
        "các chỉ tiêu, tiêu chí theo Bộ tiêu chí giai đoạn 2021-2025 như: bổ sung, nâng cấp các "
        "tuyến đường giao thông nông thôn trục thôn, ngõ xóm; các biển báo giao thông sửa chữa, "
        "thay thế các cụm loa truyền thanh; tăng cường, duy trì vệ sinh môi trường; cập nhật "
        "trang tin điện tử... đảm bảo theo quy định.",
        DEADLINE,
        ["2", "8", "17"],
    ),
    (
        UBND_HUYEN,
        "Chỉ đạo các đơn vị, UBND cấp xã tổ chức rà soát, bổ sung quy hoạch, kế hoạch sử dụng "
        "đất đối với nhà văn hóa thôn, đặc biệt là các nhà văn hóa thôn, sân thể thao thôn sau "
        "sáp nhập để đảm bảo diện tích theo quy định. Rà soát, tổng hợp, hoàn thiện hồ sơ trình "
        "cấp thẩm quyền cấp giấy chứng nhận quyền sử dụng đất đối với nhà văn hóa, khu thể thao "
        "xã; triển khai việc cấp giấy chứng nhận quyền sử dụng đất đối với nhà văn hóa, sân thể "
        "thao thôn đủ điều kiện, đảm bảo hoàn thành theo Thông báo kết luận số 510/TB-HĐND ngày "
        "16/6/2022 của Thường trực HĐND tỉnh.",
        None,
        ["6"],
    ),
    (
        UBND_HUYEN,
        "Chỉ đạo cấp ủy, chính quyền cấp xã phối hợp với Mặt trận Tổ quốc, các tổ chức chính "
        "trị tăng cường công tác chỉ đạo, tuyên truyền, vận động, thực hiện hiệu quả các tiêu "
        "chí thuộc về trách nhiệm của người dân và cộng đồng dân cư như: tiêu chí văn hóa, môi "
        "trường, phát triển sản xuất, nhà ở dân cư, thu nhập, hộ nghèo… tập trung duy trì và "
        "nâng cao các tiêu chí về xây dựng thôn kiểu mẫu, khu dân cư kiểu mẫu, vườn mẫu để tạo "
        "điểm nhấn nổi bật trong xây dựng nông thôn mới. Thực hiện có hiệu quả phong trào thi "
        "đua “Lạng Sơn cùng cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025.",
        None,
        ["9", "10", "11", "13", "16", "17"],
    ),
]

PROVENANCE_SOURCE = (
    "UBND tỉnh Lạng Sơn, " + TITLE + " (dự thảo 9/2023; không kèm Biểu 01–04)"
)

ILLUSTRATIVE = [
    "Danh sách 70 xã và huyện của từng xã: tên xã có thật của tỉnh Lạng Sơn (trước sắp xếp "
    "năm 2025), nhưng xã nào thuộc 58 xã đạt chuẩn NTM hay 12 xã đạt chuẩn NTM nâng cao là "
    "minh họa (Biểu 01, Biểu 02 không kèm theo dự thảo).",
    "Năm công nhận đạt chuẩn NTM (2014–2021) và năm công nhận NTM nâng cao của từng xã.",
    "Các tiêu chí chưa đạt theo Bộ tiêu chí 2021–2025 của từng xã và năm dự kiến hoàn thành "
    "(2023 hoặc 2024), sinh ngẫu nhiên có trọng số theo các tiêu chí dự thảo nhấn mạnh "
    "(trường học, giao thông, cơ sở vật chất văn hóa) (Biểu 01–04 không kèm theo dự thảo).",
    "Cơ quan phụ trách (sở chủ trì) từng tiêu chí và ghi chú theo từng tiêu chí của từng xã.",
    "12 xã NTM nâng cao được ghi tiêu chí chưa đạt theo Bộ tiêu chí xã NTM 2021–2025 (bộ "
    "tiêu chí của tệp), không theo Bộ tiêu chí xã NTM nâng cao như Biểu 02.",
    "Tiêu đề ngắn của các giải pháp 2.1–2.4, các tiêu chí liên quan của từng nhiệm vụ, và "
    "thời hạn 31/12/2024 của hai nhiệm vụ UBND cấp huyện về hoàn thiện tiêu chí (suy từ mục "
    "tiêu \"đến hết năm 2024\"; dự thảo không ghi thời hạn từng nhiệm vụ).",
]

NOTE = (
    "Bản dự thảo tháng 9/2023: số văn bản và ngày ký để trống (\"Số: /KH-UBND\", \"ngày   "
    "tháng 9 năm 2023\"). Dự thảo không có phần \"Căn cứ\"; legal_bases ghi các văn bản mà "
    "nội dung kế hoạch viện dẫn. Tỉnh áp dụng Bộ tiêu chí theo Quyết định 1494/QĐ-UBND ngày "
    "14/9/2022; tệp nhúng Bộ tiêu chí quốc gia (318/QĐ-TTg) vì ứng dụng chưa có bộ tiêu chí của tỉnh. "
    "Mỗi kế hoạch chỉ có một bộ tiêu chí, nên 12 xã NTM nâng cao (Biểu 02 đánh giá theo Bộ "
    "tiêu chí xã NTM nâng cao) được ghi theo Bộ tiêu chí xã NTM 2021–2025. Dự thảo không nêu "
    "nguồn vốn, dự án, phân bổ. Đoạn kết (báo cáo khó khăn, vướng mắc về UBND tỉnh qua Sở "
    "Nông nghiệp và Phát triển nông thôn) không phải nhiệm vụ riêng nên không ghi thành nhiệm vụ."
)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
ASCII = {
    "à": "a", "á": "a", "ả": "a", "ã": "a", "ạ": "a",
    "ă": "a", "ằ": "a", "ắ": "a", "ẳ": "a", "ẵ": "a", "ặ": "a",
    "â": "a", "ầ": "a", "ấ": "a", "ẩ": "a", "ẫ": "a", "ậ": "a",
    "è": "e", "é": "e", "ẻ": "e", "ẽ": "e", "ẹ": "e",
    "ê": "e", "ề": "e", "ế": "e", "ể": "e", "ễ": "e", "ệ": "e",
    "ì": "i", "í": "i", "ỉ": "i", "ĩ": "i", "ị": "i",
    "ò": "o", "ó": "o", "ỏ": "o", "õ": "o", "ọ": "o",
    "ô": "o", "ồ": "o", "ố": "o", "ổ": "o", "ỗ": "o", "ộ": "o",
    "ơ": "o", "ờ": "o", "ớ": "o", "ở": "o", "ỡ": "o", "ợ": "o",
    "ù": "u", "ú": "u", "ủ": "u", "ũ": "u", "ụ": "u",
    "ư": "u", "ừ": "u", "ứ": "u", "ử": "u", "ữ": "u", "ự": "u",
    "ỳ": "y", "ý": "y", "ỷ": "y", "ỹ": "y", "ỵ": "y",
    "đ": "d",
}


def slug(name):
    out = []
    for ch in name.lower():
        ch = ASCII.get(ch, ch)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    s = "".join(out).strip("-")
    assert s and s.isascii(), name
    return s


def q(s):
    """A RON string literal."""
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + s + '"'


def str_list(items):
    return "[" + ", ".join(q(x) for x in items) + "]"


def bundled_set_text():
    """The bundled commune set, without its leading comment lines, indented for embedding."""
    with open(SET_FILE, encoding="utf-8") as f:
        lines = f.read().splitlines()
    body = [ln for ln in lines if not ln.lstrip().startswith("//")]
    while body and not body[0].strip():
        body.pop(0)
    while body and not body[-1].strip():
        body.pop()
    assert body[0].strip() == "(" and body[-1].strip() == ")", "unexpected set layout"
    return "\n".join(("        " + ln) if ln else ln for ln in body).lstrip()


# --------------------------------------------------------------------------
# Build the communes
# --------------------------------------------------------------------------
def build_communes():
    rng = Rng(SEED)
    district_ids = {d for d, _ in DISTRICTS}
    seen_names, seen_ids = set(), set()
    out = []
    for name, district, ntm, adv in COMMUNES:
        assert district in district_ids, district
        assert 2014 <= ntm <= 2021, name
        assert adv is None or ntm < adv <= 2021, name
        cid = slug(name)
        assert name not in seen_names and cid not in seen_ids, name
        assert cid not in district_ids, name
        seen_names.add(name)
        seen_ids.add(cid)
        k = rng.weighted(COUNT_WEIGHTS)
        unmet = sorted(rng.weighted_sample(CRITERION_WEIGHTS, k), key=int)
        details = []
        for code in unmet:
            p2024 = 600 if code in INFRASTRUCTURE else 400
            year = 2024 if rng.chance(p2024) else 2023
            note = ""
            if rng.chance(500):
                options = NOTES[code]
                note = options[rng.below(len(options))]
            details.append((code, year, AGENCY[code], note))
        recognized = [("Ntm", ntm)] + ([("Advanced", adv)] if adv else [])
        out.append(
            {
                "id": cid,
                "name": name,
                "district": district,
                "recognized": recognized,
                "unmet": unmet,
                "details": details,
                "note": ADVANCED_NOTE if adv else "",
            }
        )
    return out


def render(communes):
    L = []
    w = L.append
    w("#![enable(implicit_some)]")
    w("// NTM Planner plan file. Format: docs/file-format.md")
    w("(")
    w('    format: "ntm-plan",')
    w("    version: 3,")
    w("    plan: (")
    w("        header: (")
    w(f"            issuing_body: {q('Ủy ban nhân dân tỉnh Lạng Sơn')},")
    w(f"            province: {q('Lạng Sơn')},")
    w('            number: "",')
    w(f"            place: {q('Lạng Sơn')},")
    w(f"            title: {q(TITLE)},")
    w("            year: 2023,")
    w("            kind: Remediation,")
    w("            draft: true,")
    w(f"            legal_bases: {str_list(LEGAL_BASES)},")
    w(f"            signer: {q('KT. CHỦ TỊCH – PHÓ CHỦ TỊCH Lương Trọng Quỳnh')},")
    w(f"            recipients: {str_list(RECIPIENTS)},")
    w("            signature: (")
    w(f"                titles: [{', '.join(q(t) for t in SIGNATURE_TITLES)}],")
    w(f"                name: {q('Lương Trọng Quỳnh')},")
    w("            ),")
    w("        ),")
    w("        goals: (")
    w(f"            general: {q(GOAL_BULLETS[0])},")
    w(f"            targets: {str_list(GOAL_BULLETS)},")
    w("            deadline_year: 2024,")
    w("        ),")
    w("        criteria_set: " + bundled_set_text() + ",")
    w("        districts: [")
    for did, dname in DISTRICTS:
        w(f"            (id: {q(did)}, name: {q(dname)}),")
    w("        ],")
    w("        communes: [")
    for c in communes:
        w("            (")
        w(f"                id: {q(c['id'])},")
        w(f"                name: {q(c['name'])},")
        w(f"                district: {q(c['district'])},")
        rec = ", ".join(f"(level: {lv}, year: {y})" for lv, y in c["recognized"])
        w(f"                recognized: [{rec}],")
        if c["unmet"]:
            w(f"                baseline_unmet: {str_list(c['unmet'])},")
            w("                target_unmet: [],")
            w("                details: [")
            for code, year, agency, note in c["details"]:
                extra = f", note: {q(note)}" if note else ""
                w(f"                    (criterion: {q(code)}, year: {year}, agency: {q(agency)}{extra}),")
            w("                ],")
        if c["note"]:
            w(f"                note: {q(c['note'])},")
        w("            ),")
    w("        ],")
    w("        tasks: [")
    for agency, text, deadline, criteria in TASKS:
        w("            (")
        w(f"                agency: {q(agency)},")
        w(f"                text: {q(text)},")
        if deadline:
            w(f"                deadline: {q(deadline)},")
        if criteria:
            w(f"                criteria: {str_list(criteria)},")
        w("                status: Open,")
        w("            ),")
    w("        ],")
    w("        solutions: [")
    for title, text in SOLUTIONS:
        w(f"            (title: {q(title)}, text: {q(text)}),")
    w("        ],")
    w("        stated: (")
    w(f"            communes: {len(communes)},")
    w(f"            recognized: {len(communes)},")
    w(f"            advanced: {sum(1 for c in communes if len(c['recognized']) > 1)},")
    w("        ),")
    w("        provenance: (")
    w(f"            source: {q(PROVENANCE_SOURCE)},")
    w(f"            illustrative: {str_list(ILLUSTRATIVE)},")
    w(f"            note: {q(NOTE)},")
    w("        ),")
    w("    ),")
    w(")")
    return "\n".join(L) + "\n"


def main():
    communes = build_communes()
    advanced = sum(1 for c in communes if len(c["recognized"]) > 1)
    assert len(communes) == 70 and advanced == 12, (len(communes), advanced)
    out = sys.argv[1] if len(sys.argv) > 1 else OUT_FILE
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(render(communes))
    # A short report on stderr.
    years = {}
    for c in communes:
        for _, y, _, _ in c["details"]:
            years[y] = years.get(y, 0) + 1
    met_all = sum(1 for c in communes if not c["unmet"])
    print(
        f"{out}: {len(communes)} communes ({advanced} advanced), {met_all} meeting every "
        f"criterion, unmet items per year {dict(sorted(years.items()))}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
