#!/usr/bin/env python3
"""Generate the Lai Châu 2025 sample plan: assets/samples/lai-chau-2025.ntm.

How to regenerate (from the repository root):

    python3 tools/samples/lai_chau_2025.py
    ntm-planner fmt assets/samples/lai-chau-2025.ntm   # or: cargo run -- fmt assets/samples/lai-chau-2025.ntm
    rm -f assets/samples/lai-chau-2025.bak.ntm         # the backup fmt leaves, if any

The script writes the plan in the canonical layout of `ntm-planner fmt` (the pretty
RON layout of src/format/save.rs), so `fmt` should find nothing to change; run it
anyway, it is the authority on the layout. Running both gives the same file every
time: the script uses only the standard library and its own fixed pseudo-random
generator (SplitMix64, seed below), so the output does not depend on the Python
version. An optional argument gives another output path.

Source: "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới
tỉnh Lai Châu năm 2025" (UBND tỉnh Lai Châu). Every figure the plan states is in
the file exactly as printed: header, goals, the per-criterion counts (2024 → 2025),
the distribution of communes by criteria met, recognitions (39 + 5 + 10 = 54, 6
advanced), 104 villages by district, 3 districts, the funding tree (4.503.481
million VND), the allocation of the central budget over component contents with the
printed shares (including the printed 0,31% for component 3, which is 0,32%), 86
projects of which 63 under the special mechanism (74.098 = 67.980 + 6.118), the
solutions (section V) and the tasks per agency (section VI).

The appendix tables (Biểu 2, 4, 5, 6, 8, 9) were not available, so the per-commune
criteria matrix, the commune-to-district assignment of the communes the plan does
not name, recognition years, district criteria, the project list and most task
deadlines are illustrative; the plan file says so in `provenance`. The matrix is
constructed (not sampled) so that it reproduces exactly the plan's per-criterion
counts and its distribution; every count is asserted below.

The plan also carries a year-end result layer (format version 3: `results`, each
commune's `result`, villages `achieved`, projects `disbursed`, tasks `result`), so the
results views have something to show. The source is a plan, not a report: the whole
layer is illustrative, made by its own fixed generator (RESULTS_SEED) after the plan,
so the plan's data does not depend on it, and marked so in `provenance`. It keeps the
plan's own story: one of the ten communes to recognize (Nậm Hàng) misses a criterion
and is not recognized, one of the six advanced ones (Mường Than) waits for its dossier.

The embedded criteria sets are read from assets/criteria-sets/commune-2021-2025.ron
and district-2021-2025.ron, so they are always exactly the bundled ones.
"""

import os
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SET_FILE = os.path.join(ROOT, "assets", "criteria-sets", "commune-2021-2025.ron")
DISTRICT_SET_FILE = os.path.join(ROOT, "assets", "criteria-sets", "district-2021-2025.ron")
OUT_FILE = os.path.join(ROOT, "assets", "samples", "lai-chau-2025.ntm")

SEED = 20250101  # fixed; changing it changes the illustrative matrix and projects
YEAR = 2025
N_CRITERIA = 19
CODES = [str(i) for i in range(1, N_CRITERIA + 1)]


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

    def between(self, lo, hi):
        """An integer in lo..=hi."""
        return lo + self.below(hi - lo + 1)

    def shuffled(self, items):
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            j = self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out


def nfc(s):
    return unicodedata.normalize("NFC", s)


# --------------------------------------------------------------------------
# The plan's own figures (from the seed text)
# --------------------------------------------------------------------------
ISSUING_BODY = "Ủy ban nhân dân tỉnh Lai Châu"
PROVINCE = "Lai Châu"
TITLE = (
    "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
    "tỉnh Lai Châu năm 2025"
)
SIGNER = "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH"
# "Nơi nhận" and the signature block as the plan prints them (the printed plan
# gives no signer's name).
RECIPIENTS = [
    "TT. Tỉnh ủy (B/c);",
    "TT. HĐND tỉnh (B/c);",
    "Chủ tịch, các PCT UBND tỉnh;",
    "UBMTTQ Việt Nam tỉnh;",
    "Các sở, ban, ngành, đoàn thể tỉnh;",
    "Các Huyện ủy, Thành ủy (để phối hợp chỉ đạo);",
    "HĐND, UBND các huyện, thành phố;",
    "Lưu: VT, Kt6.",
]
SIGNATURE_TITLES = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]

# 2025 targets: communes (of 94) meeting each criterion.
TARGET = {
    "1": 94, "2": 93, "3": 94, "4": 94, "5": 78, "6": 94, "7": 94, "8": 94, "9": 89,
    "10": 54, "11": 54, "12": 92, "13": 90, "14": 84, "15": 88, "16": 94, "17": 61,
    "18": 94, "19": 94,
}
# 2024 baseline. Criterion 1 is not stated in the plan (None); the data uses 94.
BASELINE_STATED = {
    "1": None, "2": 64, "3": 89, "4": 90, "5": 72, "6": 53, "7": 94, "8": 89, "9": 55,
    "10": 45, "11": 45, "12": 78, "13": 55, "14": 63, "15": 74, "16": 85, "17": 45,
    "18": 81, "19": 91,
}
BASELINE = {k: (94 if v is None else v) for k, v in BASELINE_STATED.items()}

# (band label, baseline, target) as the plan states them. The band "19" at the
# baseline is not stated; the data has 44 (39 recognized + 5 awaiting).
DISTRIBUTION_STATED = [("19", None, 54), ("15–18", 5, 40), ("10–14", 27, 0), ("5–9", 18, 0)]
BASELINE_BANDS = {"19": 44, "15–18": 5, "10–14": 27, "5–9": 18, "dưới 5": 0}
TARGET_BANDS = {"19": 54, "15–18": 40, "10–14": 0, "5–9": 0, "dưới 5": 0}

VILLAGES = [  # (district id, villages to recognize in 2025)
    ("tam-duong", 10), ("than-uyen", 20), ("muong-te", 18), ("nam-nhun", 9),
    ("phong-tho", 25), ("sin-ho", 22),
]

# Funding (million VND).
TOTAL = 4503481
CENTRAL = 96569
INVEST = 74098
INVEST_DOMESTIC = 67980
INVEST_FOREIGN = 6118
RECURRENT = 22471
LOCAL = 157707
INTEGRATED = 1667139
CREDIT = 2581000
COMMUNITY = 1066

# Allocation of the central budget: (component, amount, printed share).
ALLOCATION = [("2", 74098, "76.73"), ("3", 307, "0.31"), ("7", 2800, "2.90"),
              ("10", 680, "0.70"), ("11", 2595, "2.69")]
UNALLOCATED = (16089, "16.66")

N_PROJECTS = 86
N_SPECIAL = 63

# --------------------------------------------------------------------------
# Districts and communes (names of the communes before 1 July 2025)
# --------------------------------------------------------------------------
DISTRICTS = [  # (id, name, planned year for the district set, baseline unmet district criteria)
    ("tam-duong", "Tam Đường", 2025, ["2", "5"]),
    ("than-uyen", "Than Uyên", 2025, ["1", "3", "9"]),
    ("tan-uyen", "Tân Uyên", 2025, ["4", "5", "7"]),
    # Not planned in 2025: what they lack stays unmet at the target.
    ("muong-te", "Mường Tè", None, ["1", "2", "5", "6", "7", "8"]),
    ("nam-nhun", "Nậm Nhùn", None, ["2", "5", "6", "7", "8"]),
    ("phong-tho", "Phong Thổ", None, ["2", "5", "6", "8"]),
    ("sin-ho", "Sìn Hồ", None, ["2", "5", "6", "7", "8"]),
    # A city is assessed as "hoàn thành nhiệm vụ xây dựng nông thôn mới", not by the
    # district set: no district criteria here.
    ("thanh-pho-lai-chau", "Thành phố Lai Châu", None, []),
]
DISTRICT_NOTE = {
    "than-uyen": "Hoàn thành quy hoạch vùng huyện Than Uyên trong năm 2025.",
    "thanh-pho-lai-chau": (
        "Thành phố thuộc tỉnh: đánh giá theo tiêu chí hoàn thành nhiệm vụ xây dựng nông thôn "
        "mới, không theo Bộ tiêu chí huyện nông thôn mới; xã San Thàng, Sùng Phài."
    ),
}
# UBND of each district, as an agency.
DISTRICT_AGENCY = {
    "tam-duong": "UBND huyện Tam Đường",
    "than-uyen": "UBND huyện Than Uyên",
    "tan-uyen": "UBND huyện Tân Uyên",
    "muong-te": "UBND huyện Mường Tè",
    "nam-nhun": "UBND huyện Nậm Nhùn",
    "phong-tho": "UBND huyện Phong Thổ",
    "sin-ho": "UBND huyện Sìn Hồ",
    "thanh-pho-lai-chau": "UBND thành phố Lai Châu",
}

COMMUNES_BY_DISTRICT = {
    "tam-duong": ["Bản Bo", "Bản Giang", "Bản Hon", "Bình Lư", "Giang Ma", "Hồ Thầu",
                  "Khun Há", "Nà Tăm", "Nùng Nàng", "Sơn Bình", "Tả Lèng", "Thèn Sin"],
    "than-uyen": ["Hua Nà", "Khoen On", "Mường Cang", "Mường Kim", "Mường Mít",
                  "Mường Than", "Pha Mu", "Phúc Than", "Ta Gia", "Tà Hừa", "Tà Mung"],
    "tan-uyen": ["Hố Mít", "Mường Khoa", "Nậm Cần", "Nậm Sỏ", "Pắc Ta", "Phúc Khoa",
                 "Tà Mít", "Thân Thuộc", "Trung Đồng"],
    "muong-te": ["Bum Nưa", "Bum Tở", "Can Hồ", "Ka Lăng", "Mù Cả", "Mường Tè",
                 "Nậm Khao", "Pa Ủ", "Pa Vệ Sử", "Tá Bạ", "Tà Tổng", "Thu Lũm", "Vàng San"],
    "nam-nhun": ["Hua Bum", "Lê Lợi", "Mường Mô", "Nậm Ban", "Nậm Chà", "Nậm Hàng",
                 "Nậm Manh", "Nậm Pì", "Pú Đao", "Trung Chải"],
    "phong-tho": ["Bản Lang", "Dào San", "Hoang Thèn", "Huổi Luông", "Khổng Lào",
                  "Lản Nhì Thàng", "Ma Li Pho", "Mồ Sì San", "Mù Sang", "Mường So",
                  "Nậm Xe", "Pa Vây Sử", "Sì Lở Lầu", "Sin Suối Hồ", "Tung Qua Lìn",
                  "Vàng Ma Chải"],
    # Nậm Cha keeps the place of a duplicate spelling of Lản Nhì Thàng (Phong Thổ) that
    # an earlier version listed here; the order is unchanged, so the rest of the
    # illustrative data is as before.
    "sin-ho": ["Căn Co", "Chăn Nưa", "Hồng Thu", "Nậm Cha", "Làng Mô", "Lùng Thàng",
               "Ma Quai", "Nậm Cuổi", "Nậm Hăn", "Nậm Mạ", "Nậm Tăm", "Noong Hẻo",
               "Pa Khóa", "Pa Tần", "Phăng Sô Lin", "Phìn Hồ", "Pu Sam Cáp", "Sà Dề Phìn",
               "Tả Ngảo", "Tả Phìn", "Tủa Sín Chải"],
    "thanh-pho-lai-chau": ["San Thàng", "Sùng Phài"],
}

# The 39 communes recognized before 2025, with the (illustrative) year.
RECOGNIZED = {
    "Bản Bo": 2016, "Bản Giang": 2015, "Bản Hon": 2017, "Bình Lư": 2016, "Hồ Thầu": 2019,
    "Khun Há": 2022, "Nùng Nàng": 2020, "Thèn Sin": 2023,
    "Hua Nà": 2018, "Mường Cang": 2017, "Mường Kim": 2016, "Mường Mít": 2021,
    "Mường Than": 2015, "Phúc Than": 2017, "Ta Gia": 2023,
    "Hố Mít": 2024, "Mường Khoa": 2016, "Nậm Cần": 2021, "Nậm Sỏ": 2019, "Pắc Ta": 2018,
    "Phúc Khoa": 2015, "Tà Mít": 2022, "Thân Thuộc": 2017, "Trung Đồng": 2016,
    "San Thàng": 2015,
    "Bum Nưa": 2019, "Bum Tở": 2022,
    "Lê Lợi": 2018, "Nậm Pì": 2023,
    "Mường So": 2016, "Khổng Lào": 2018, "Bản Lang": 2020, "Nậm Xe": 2022, "Dào San": 2024,
    "Nậm Tăm": 2017, "Pa Tần": 2020, "Noong Hẻo": 2019, "Chăn Nưa": 2021, "Phìn Hồ": 2024,
}
# Named by the plan.
AWAITING = ["Sơn Bình", "Tà Mung", "Pha Mu", "Tà Hừa", "Khoen On"]  # planned for 2024
TO_RECOGNIZE = ["Tả Lèng", "Nà Tăm", "Giang Ma", "Sùng Phài", "Hoang Thèn", "Lản Nhì Thàng",
                "Pa Khóa", "Sà Dề Phìn", "Can Hồ", "Nậm Hàng"]
ADVANCED_2025 = ["San Thàng", "Phúc Khoa", "Sơn Bình", "Pha Mu", "Bản Bo", "Mường Than"]
# The four the 2021–2025 plan (Kế hoạch số 2496/KH-UBND) had foreseen (footnote 1).
ADVANCED_IN_2496 = ["San Thàng", "Bản Bo", "Phúc Khoa", "Pha Mu"]

FOOTNOTE_1 = (
    "Vượt kế hoạch 02 xã, theo Kế hoạch số 2496/KH-UBND ngày 15/7/2022 về thực hiện "
    "Chương trình mục tiêu quốc gia xây dựng NTM giai đoạn 2021-2025 dự kiến công nhận "
    "04 xã nông thôn mới nâng cao gồm: Xã San Thàng, Bản Bo, Phúc Khoa, Pha Mu."
)

# Of the 10 communes to recognize: the 5 closest to the standard in 2024 (15–18
# criteria), with the number of criteria they lacked; the others had 10–14.
N_NEAR = {"Sùng Phài": 2, "Tả Lèng": 3, "Nà Tăm": 3, "Giang Ma": 4, "Hoang Thèn": 4}
N_FAR = {"Lản Nhì Thàng": 5, "Pa Khóa": 6, "Sà Dề Phìn": 7, "Can Hồ": 8, "Nậm Hàng": 9}
# Criteria 10 and 11 (income, poverty): 45 communes in 2024 = the 44 at 19 + Sùng Phài.
N_INCOME_MET = {"Sùng Phài"}

# The other 40 communes: the 18 furthest from the standard in 2024 (5–9 criteria).
FAR_2024 = [
    "Ka Lăng", "Mù Cả", "Pa Ủ", "Pa Vệ Sử", "Tá Bạ", "Thu Lũm", "Vàng San",
    "Hua Bum", "Nậm Ban", "Pú Đao", "Trung Chải",
    "Tung Qua Lìn", "Sì Lở Lầu",
    "Nậm Cha", "Nậm Cuổi", "Phăng Sô Lin", "Tả Ngảo", "Pu Sam Cáp",
]

# Department (or district) in charge of each criterion, for the detail entries of
# the communes to recognize (illustrative; "*" = the commune's district UBND).
AGENCY = {
    "1": "Sở Xây dựng",
    "2": "*",
    "3": "Sở Nông nghiệp và Môi trường",
    "4": "Sở Công Thương",
    "5": "*",
    "6": "*",
    "7": "Sở Công Thương",
    "8": "Sở Khoa học và Công nghệ",
    "9": "Sở Xây dựng",
    "10": "Sở Nông nghiệp và Môi trường",
    "11": "Sở Nông nghiệp và Môi trường",
    "12": "Sở Nội vụ",
    "13": "Sở Nông nghiệp và Môi trường",
    "14": "Sở Giáo dục và Đào tạo",
    "15": "Sở Y tế",
    "16": "Sở Văn hóa, Thể thao và Du lịch",
    "17": "Sở Nông nghiệp và Môi trường",
    "18": "Sở Nội vụ",
    "19": "Bộ Chỉ huy Quân sự tỉnh",
}

# --------------------------------------------------------------------------
# Texts (joined from the seed's wrapped lines; wording as printed)
# --------------------------------------------------------------------------
LEGAL_BASES = [
    "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt "
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;",
    "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ chế quản "
    "lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; Nghị định số 38/2023/NĐ-CP "
    "ngày 24/6/2023 của Chính phủ về sửa đổi bổ sung Nghị định số 27/2022/NĐ-CP;",
    "Căn cứ Nghị quyết số 10-NQ/TU ngày 05/7/2022 của Ban Chấp hành Đảng bộ tỉnh về tăng "
    "cường sự lãnh đạo của các cấp ủy Đảng đối với việc thực hiện các chương trình mục "
    "tiêu quốc gia trên địa bàn tỉnh giai đoạn 2021-2025;",
    "Căn cứ Kế hoạch số 2496/KH-UBND ngày 15/7/2022 của Ủy ban nhân dân tỉnh về việc thực "
    "hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 trên "
    "địa bàn tỉnh.",
]

GOAL_GENERAL = (
    "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới gắn với "
    "thực hiện có hiệu quả cơ cấu lại ngành nông nghiệp, phát triển kinh tế nông thôn, quá "
    "trình đô thị hoá, đi vào chiều sâu, hiệu quả, bền vững. Nâng cao đời sống vật chất và "
    "tinh thần của người dân nông thôn, xây dựng hạ tầng kinh tế - xã hội nông thôn đồng bộ "
    "và từng bước hiện đại, bảo đảm môi trường, cảnh quan nông thôn sáng, xanh, sạch, đẹp, "
    "an toàn, giàu bản sắc văn hóa truyền thống, thích ứng với biến đổi khí hậu và phát "
    "triển bền vững. Phấn đấu hoàn thành mục tiêu về xây dựng nông thôn mới tại Nghị quyết "
    "số 05-NQ/ĐH ngày 23/10/2020 của Ban Chấp hành Đảng bộ tỉnh về Nghị quyết Đại hội Đại "
    "biểu Đảng bộ tỉnh Lai Châu lần thứ XIV, nhiệm kỳ 2020-2025."
)

GOAL_TARGETS = [
    "Tiếp tục duy trì và nâng cao chất lượng tiêu chí nông thôn mới của 39 xã đã được công "
    "nhận đạt chuẩn, hoàn thiện hồ sơ trình công nhận đạt chuẩn nông thôn mới 5 xã năm 2024 "
    "theo kế hoạch (xã Sơn Bình, Tà Mung, Pha Mu, Tà Hừa, Khoen On);",
    "Công nhận mới 10 xã nông thôn mới năm 2025 (xã Tả Lèng, Nà Tăm, Giang Ma, Sùng Phài, "
    "Hoang Thèn, Lản Nhì Thàng, Pa Khóa, Sà Dề Phìn, Can Hồ, Nậm Hàng) nâng tổng số xã được "
    "công nhận đạt chuẩn toàn tỉnh 54 xã;",
    "Công nhận 06 xã nông thôn mới nâng cao (xã San Thàng, Phúc Khoa, Sơn Bình, Pha Mu, "
    "Bản Bo, Mường Than);",
    "Hoàn thiện hồ sơ trình công nhận 03 huyện Tam Đường, Than Uyên, Tân Uyên đạt chuẩn "
    "nông thôn mới;",
    "Công nhận mới 104 thôn, bản đạt chuẩn nông thôn mới (huyện Tam Đường: 10 bản, huyện "
    "Than Uyên: 20 bản, huyện Mường Tè: 18 bản, huyện Nậm Nhùn: 9 bản, huyện Phong Thổ: 25 "
    "bản; huyện Sìn Hồ: 22 bản);",
    "Phấn đấu bình quân tiêu chí nông thôn mới toàn tỉnh đạt 17,3 tiêu chí/xã và không còn "
    "xã dưới 15 tiêu chí (Bình quân tiêu chí toàn tỉnh năm 2024 đạt 14,55 tiêu chí/xã);",
    "Số xã đạt từ 15-18 tiêu chí: 40 xã (năm 2024 có 5 xã đạt);",
    "Số xã đạt từ 10-14 tiêu chí: 0 xã (năm 2024 có 27 xã đạt);",
    "Số xã đạt từ 5-9 tiêu chí: 0 xã (năm 2024 có 18 xã).",
]

SOLUTIONS = [
    (
        "Về công tác chỉ đạo điều hành",
        "Tập trung sự lãnh đạo, chỉ đạo của cấp uỷ Đảng, quản lý điều hành quyết liệt của "
        "chính quyền, sự vào cuộc hiệu quả của các tổ chức chính trị - xã hội trong xây dựng "
        "nông thôn mới; huy động cả hệ thống chính trị và các tầng lớp Nhân dân tham gia xây "
        "dựng nông thôn mới. Quyết liệt chỉ đạo triển khai xây dựng nông thôn mới đồng bộ, "
        "toàn diện đối với tất cả các xã trên địa bàn tỉnh. Chủ động rà soát, xây dựng kế "
        "hoạch cụ thể, chi tiết đến từng xã, bản để thực hiện, trong đó phải xác định rõ lộ "
        "trình và cân đối nguồn lực, đảm bảo khả thi, bền vững.",
    ),
    (
        "Công tác tuyên truyền, vận động",
        "- Tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới”; "
        "Cuộc vận động \"toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; cuộc vận "
        "động \"xây dựng gia đình 5 không 3 sạch”, “dân vận khéo”,…\n"
        "- Tiếp tục đẩy mạnh tuyên truyền về nông thôn mới trên các phương tiện thông tin đại "
        "chúng như: Báo Lai Châu, Đài phát thanh - Truyền hình tỉnh, Cổng thông tin điện tử, "
        "Cổng thông tin điện tử về Chương trình nông thôn mới tỉnh, các cơ quan, đơn vị truyền "
        "thông trong và ngoài tỉnh.\n"
        "- Kịp thời khen thưởng, động viên những tập thể, cá nhân điển hình trong thực hiện "
        "phong trào thi đua xây dựng nông thôn mới.",
    ),
    (
        "Về đào tạo, tập huấn",
        "Tiếp tục tổ chức tập huấn cho cán bộ làm công tác xây dựng nông thôn mới các cấp theo "
        "Chương trình khung của Bộ Nông nghiệp và Môi trường (Bộ Nông nghiệp và PTNT cũ) tại "
        "Quyết định số 3360/QĐ-BNN-VPĐP ngày 06/9/2022 và theo Kế hoạch số 3650/KH-UBND ngày "
        "30/9/2022 của Ủy ban nhân dân tỉnh.",
    ),
    (
        "Công tác kiểm tra, giám sát",
        "Thường xuyên kiểm tra, đánh giá kết quả thực hiện các chỉ tiêu, tiêu chí nông thôn "
        "mới cấp huyện, xã, bản trên toàn tỉnh; kiểm tra công tác quản lý và sử dụng nguồn vốn "
        "chương trình để kịp thời có giải pháp khắc phục, chấn chỉnh những tồn tại, hạn chế "
        "tại cơ sở trong quá trình triển khai thực hiện chương trình.",
    ),
    (
        "Huy động nguồn lực thực hiện Chương trình",
        "Thực hiện lồng ghép hiệu quả nguồn vốn của 03 Chương trình mục tiêu quốc gia và các "
        "chương trình, dự án khác, nhất là các chính sách, Đề án phát triển nông nghiệp trên "
        "địa bàn tỉnh giai đoạn 2021-2025. Tập trung huy động các nguồn lực để đầu tư xây dựng "
        "kết cấu hạ tầng kinh tế - xã hội vùng nông thôn, ưu tiên đầu tư cho các xã đặc biệt "
        "khó khăn, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số. Thực hiện hiệu quả chính "
        "sách tín dụng đầu tư cho nông nghiệp, nông thôn. Huy động tối đa nguồn lực của người "
        "dân tham gia, thảo luận và tự nguyện hiến đất, đóng góp công sức, kinh phí.",
    ),
]

AG_NNMT = "Sở Nông nghiệp và Môi trường"
AG_XD = "Sở Xây dựng"
AG_SO_NGANH = "Các sở, ban, ngành tỉnh"
AG_MTTQ_DT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh"
AG_MTTQ = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
AG_HUYEN = "UBND các huyện, thành phố"
END_2025 = "2025-12-31"
DOSSIER_DEADLINE = "2025-04-30"

TEXT_DOSSIER = (
    "Đối với 5 xã theo kế hoạch công nhận xã nông thôn mới trong năm 2024 (xã Sơn Bình, Tà "
    "Mung, Khoen On, Tà Hừa, Pha Mu): Ủy ban nhân dân các huyện: Tam Đường, Than Uyên hoàn "
    "thiện hồ sơ trình thẩm định công nhận đạt chuẩn nông thôn mới trước ngày 30/4/2025."
)
CHI_DAO = "Chỉ đạo các xã trên địa bàn: "

# (agency, text, deadline, criteria, communes by name). "@awaiting" etc. expand below.
TASKS = [
    (AG_NNMT,
     "Tham mưu Hội đồng thẩm định tỉnh tổ chức thẩm định các xã đạt chuẩn nông thôn mới, "
     "nông thôn mới nâng cao năm 2024, năm 2025; thẩm tra huyện đạt chuẩn nông thôn mới năm "
     "2025.",
     END_2025, [], "@awaiting+new+advanced"),
    (AG_NNMT,
     "Chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình mỗi xã "
     "một sản phẩm (OCOP) năm 2025.",
     END_2025, ["13"], None),
    (AG_NNMT,
     "Chịu trách nhiệm theo dõi, kiểm tra, giám sát, đôn đốc và báo cáo tình hình thực hiện "
     "các mục tiêu của Chương trình theo Kế hoạch và theo yêu cầu của Trưởng ban chỉ đạo tỉnh.",
     None, [], None),
    (AG_NNMT,
     "Chủ trì, phối hợp với các đơn vị có liên quan tổ chức thực hiện tuyên truyền, thông tin "
     "truyền thông, tập huấn nâng cao năng lực đội ngũ cán bộ xây dựng nông thôn mới các cấp.",
     None, [], None),
    (AG_NNMT,
     "Chủ động phối hợp với các sở ngành, Ủy ban nhân dân các huyện, thành phố rà soát các "
     "tiêu chí, kịp thời tháo gỡ khó khăn, đảm bảo công nhận các xã đạt chuẩn nông thôn mới "
     "năm 2024, 2025 theo kế hoạch.",
     END_2025, [], "@awaiting+new"),
    (AG_XD,
     "Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các huyện, thành "
     "phố tổ chức kiểm tra, đôn đốc, hướng dẫn công tác triển khai lập quy hoạch chi tiết đối "
     "với các xã xây dựng nông thôn mới nâng cao; quy hoạch vùng huyện Than Uyên.",
     None, ["1"], "@advanced"),
    (AG_SO_NGANH,
     "Căn cứ nhiệm vụ được phân công phụ trách các tiêu chí nông thôn mới (theo Kế hoạch số "
     "2496/KH-UBND ngày 15/7/2022 về thực hiện Chương trình mục tiêu quốc gia xây dựng NTM "
     "giai đoạn 2021-2025 trên địa bàn tỉnh) chủ động hướng dẫn, chỉ đạo, kiểm tra đôn đốc "
     "thực hiện các tiêu chí trên toàn tỉnh đảm bảo tiến độ, chất lượng và hiệu quả; thẩm "
     "định, thẩm tra các tiêu chí đối với các xã nông thôn mới, nông thôn mới nâng cao, huyện "
     "nông thôn mới theo kế hoạch; kịp thời rà soát tham mưu Ủy ban nhân dân tỉnh ban hành "
     "văn bản theo yêu cầu của Trung ương về thực hiện Chương trình.",
     None, [], None),
    (AG_MTTQ_DT,
     "Chủ động xây dựng kế hoạch tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp "
     "Nhân dân tham gia xây dựng nông thôn mới gắn với triển khai cuộc vận động “Toàn dân "
     "đoàn kết xây dựng nông thôn mới, đô thị văn minh”, “5 không, 3 sạch”…. ; hưởng ứng "
     "phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới”; tổ chức giám sát việc "
     "triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
     None, [], None),
    (AG_MTTQ,
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì tổ chức lấy ý kiến về sự hài "
     "lòng của người dân đối với kết quả xây dựng nông thôn mới tại 03 huyện: Tân Uyên, Than "
     "Uyên, Tam Đường khi đủ điều kiện.",
     None, [], None),
    (AG_HUYEN,
     "Khẩn trương thực hiện các dự án, tiểu dự án của các Chương trình mục tiêu quốc gia; rà "
     "soát các tiêu chí huyện, xã, bản nông thôn mới, đánh giá các tiêu chí về xây dựng cơ sở "
     "hạ tầng còn chưa đạt để có phương án khắc phục và tập trung nguồn lực đầu tư; lựa chọn "
     "thứ tự ưu tiên, phân bổ nguồn lực đầu tư hợp lý, đặc biệt là đối với huyện, xã, bản dự "
     "kiến đạt chuẩn nông thôn mới theo kế hoạch.",
     None, ["2", "3", "4", "5", "6", "7", "8", "9"], None),
    (AG_HUYEN,
     "Căn cứ vào chỉ tiêu, nhiệm vụ được Ủy ban nhân dân tỉnh giao trong năm 2025, xây dựng "
     "kế hoạch chi tiết để triển khai thực hiện trên địa bàn quản lý.",
     None, [], None),
    (AG_HUYEN,
     "Tăng cường kiểm tra, giám sát, hướng dẫn, kịp thời tháo gỡ các khó khăn, vướng mắc cho "
     "cấp xã.",
     None, [], None),
    (AG_HUYEN,
     CHI_DAO + "Xây dựng kế hoạch tổ chức thực hiện các Chương trình mục tiêu quốc gia chi "
     "tiết đến từng hạng mục công trình, các tiêu chí thành phần và phân công trách nhiệm các "
     "tổ chức, cá nhân theo dõi, đôn đốc thực hiện các tiêu chí.",
     None, [], None),
    (AG_HUYEN,
     CHI_DAO + "Tập trung tuyên truyền, vận động Nhân dân thực hiện chủ trương chính sách của "
     "Đảng và Nhà nước về xây dựng nông thôn mới.",
     None, [], None),
    (AG_HUYEN,
     CHI_DAO + "Thực hiện tốt công tác phòng chống tham nhũng, tiêu cực trong việc triển khai "
     "thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
     None, [], None),
    (AG_HUYEN,
     CHI_DAO + "Quản lý, sử dụng đúng mục đích và hiệu quả các nguồn vốn được giao.",
     None, [], None),
    ("UBND huyện Tam Đường", TEXT_DOSSIER, DOSSIER_DEADLINE, [], "@awaiting:tam-duong"),
    ("UBND huyện Than Uyên", TEXT_DOSSIER, DOSSIER_DEADLINE, [], "@awaiting:than-uyen"),
    (AG_HUYEN,
     "Đối với các xã dự kiến đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2025: Xây "
     "dựng giải pháp cụ thể để hoàn thiện các tiêu chí, tiêu chí thành phần chưa đạt, các "
     "tiêu chí đạt nhưng chưa bền vững, phấn đấu hoàn thiện 19 tiêu chí trong năm 2025.",
     END_2025, [], "@new+advanced"),
]

PROVENANCE_SOURCE = (
    "Kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới tỉnh Lai Châu năm 2025 "
    "(UBND tỉnh Lai Châu)"
)
ILLUSTRATIVE = [
    "Ma trận tiêu chí theo từng xã (tiêu chí chưa đạt năm 2024 và tiêu chí còn chưa đạt theo "
    "mục tiêu 2025): kế hoạch chỉ nêu số xã đạt từng tiêu chí và phân bố số xã theo số tiêu "
    "chí đạt (Biểu 4, 5, 6 không kèm theo).",
    "Danh sách 94 xã và việc phân xã theo huyện: tên xã theo địa danh trước ngày 01/7/2025, "
    "chọn minh họa; chỉ các xã kế hoạch nêu tên (5 xã chờ công nhận, 10 xã công nhận mới, 6 "
    "xã nâng cao) và việc 5 xã chờ công nhận thuộc huyện Tam Đường, Than Uyên là theo kế hoạch.",
    "Danh sách 39 xã đã đạt chuẩn và năm công nhận của từng xã.",
    "Cơ quan phụ trách từng tiêu chí chưa đạt (năm hoàn thành 2025 suy ra từ mục tiêu năm "
    "2025 của ma trận).",
    "Danh mục 86 dự án vốn đầu tư (tên, xã, số vốn, thời gian, trạng thái; Biểu 9 không kèm "
    "theo): chỉ tổng số dự án, số dự án theo cơ chế đặc thù và tổng vốn đầu tư (vốn trong "
    "nước 67.980, vốn nước ngoài 6.118 triệu đồng) là của kế hoạch.",
    "Tiêu chí huyện chưa đạt năm 2024 (và năm 2025 với các huyện chưa đăng ký đạt chuẩn) của "
    "các huyện; 3 huyện Tam Đường, Than Uyên, Tân Uyên đạt đủ theo mục tiêu 2025 như kế hoạch.",
    "Thời hạn các nhiệm vụ (31/12/2025 cho các nhiệm vụ gắn với kết quả năm 2025), trừ thời "
    "hạn 30/4/2025 hoàn thiện hồ sơ 5 xã là của kế hoạch; các tiêu chí và xã liên quan đến "
    "từng nhiệm vụ.",
]
NOTE = (
    "Ma trận tiêu chí theo xã được dựng (tools/samples/lai_chau_2025.py) để khớp đúng số xã "
    "đạt từng tiêu chí năm 2024 và mục tiêu năm 2025 của kế hoạch, và phân bố số xã theo số "
    "tiêu chí đạt (năm 2024: 44 xã đạt 19 tiêu chí, 5 xã 15–18, 27 xã 10–14, 18 xã 5–9; năm "
    "2025: 54 xã đạt 19 tiêu chí, 40 xã 15–18). Kế hoạch không nêu số xã đạt tiêu chí 1 "
    "(Quy hoạch) năm 2024; dữ liệu lấy 94/94. Vì vậy bình quân năm 2024 theo dữ liệu là "
    "1.362/94 = 14,49 tiêu chí/xã, không phải 14,55 như kế hoạch ghi (số xã đạt từng tiêu chí "
    "do kế hoạch nêu không cho phép quá 14,49); 44 xã đạt 19 tiêu chí năm 2024 gồm 39 xã đã "
    "công nhận và 5 xã chờ công nhận. Năm 2025: 1.629/94 = 17,33 (kế hoạch ghi 17,3); 40 xã "
    "chưa đạt chuẩn đều còn thiếu tiêu chí 10 (Thu nhập) và 11 (Nghèo đa chiều), vì chỉ 54 xã "
    "đạt hai tiêu chí này. Tỷ lệ 0,31% của nội dung thành phần số 3 giữ như kế hoạch in "
    "(307/96.569 = 0,32%; các tỷ lệ in cộng lại 99,99%). Chú thích 1 của kế hoạch: "
    + FOOTNOTE_1
)

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------
def slug(name):
    s = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    out = []
    for ch in s:
        if unicodedata.combining(ch):
            continue
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    r = "".join(out).strip("-")
    assert r and r.isascii(), name
    return r


def spread(n, lo, hi, total):
    """n integers in lo..=hi, as even as possible, adding up to total (larger ones first)."""
    assert n * lo <= total <= n * hi, (n, lo, hi, total)
    base, extra = divmod(total, n)
    return [base + 1 if i < extra else base for i in range(n)]


def varied(rng, n, lo, hi, total, moves=200):
    """n integers in lo..=hi adding up to total, varied by random unit transfers."""
    out = spread(n, lo, hi, total)
    for _ in range(moves):
        a, b = rng.below(n), rng.below(n)
        if a != b and out[a] < hi and out[b] > lo:
            out[a] += 1
            out[b] -= 1
    assert sum(out) == total and all(lo <= x <= hi for x in out)
    return out


# --------------------------------------------------------------------------
# Build the communes and the criteria matrix
# --------------------------------------------------------------------------
def build_communes(rng):
    district_ids = [d[0] for d in DISTRICTS]
    communes = []
    names, ids = set(), set(district_ids)
    for did in district_ids:
        for name in COMMUNES_BY_DISTRICT[did]:
            name = nfc(name)
            cid = slug(name)
            if cid in ids:  # "Mường Tè" is a commune and a district
                cid = "xa-" + cid
            assert name not in names and cid not in ids, name
            names.add(name)
            ids.add(cid)
            communes.append({
                "id": cid, "name": name, "district": did, "recognized": [], "planned": [],
                "baseline_unmet": set(), "target_unmet": set(), "details": [], "note": "",
            })
    by_name = {c["name"]: c for c in communes}
    assert len(communes) == 94, len(communes)
    for group in (RECOGNIZED, AWAITING, TO_RECOGNIZE, ADVANCED_2025, N_NEAR, N_FAR, FAR_2024):
        for name in group:
            assert name in by_name, name

    # Recognition.
    for name, y in RECOGNIZED.items():
        assert 2015 <= y < YEAR
        by_name[name]["recognized"].append(("Ntm", y))
    for name in AWAITING:
        assert name not in RECOGNIZED
        by_name[name]["planned"].append(("Ntm", YEAR - 1))
        by_name[name]["note"] = (
            "Theo kế hoạch công nhận đạt chuẩn nông thôn mới năm 2024; hoàn thiện hồ sơ trình "
            "thẩm định trước ngày 30/4/2025."
        )
    for name in TO_RECOGNIZE:
        assert name not in RECOGNIZED and name not in AWAITING
        by_name[name]["planned"].append(("Ntm", YEAR))
    for name in ADVANCED_2025:
        assert name in RECOGNIZED or name in AWAITING, name
        by_name[name]["planned"].append(("Advanced", YEAR))
        if name in ADVANCED_IN_2496:
            extra = "Dự kiến công nhận nông thôn mới nâng cao theo Kế hoạch số 2496/KH-UBND ngày 15/7/2022."
        else:
            extra = ("Công nhận nông thôn mới nâng cao năm 2025 vượt Kế hoạch số 2496/KH-UBND "
                     "ngày 15/7/2022 (kế hoạch đó dự kiến 04 xã).")
        c = by_name[name]
        c["note"] = (c["note"] + " " + extra).strip()
    assert len(RECOGNIZED) == 39 and len(AWAITING) == 5 and len(TO_RECOGNIZE) == 10
    assert len(ADVANCED_2025) == 6

    # Districts to complete: every commune at NTM standard by 2025, ≥ 10% advanced.
    at19 = set(RECOGNIZED) | set(AWAITING) | set(TO_RECOGNIZE)
    for did, _, planned, _ in DISTRICTS:
        mine = [c for c in communes if c["district"] == did]
        if planned == YEAR:
            assert all(c["name"] in at19 for c in mine), did
            adv = sum(1 for c in mine if c["name"] in ADVANCED_2025)
            assert adv * 10 >= len(mine), did
    for name in AWAITING:
        assert by_name[name]["district"] in ("tam-duong", "than-uyen"), name

    build_matrix(rng, communes, by_name, at19)
    return communes, by_name


def assign(rng, rows, cap, demand, have):
    """Fill a 0/1 matrix: row r gets cap[r] more criteria, criterion k goes to demand[k]
    more rows, never to a row that has it already. Solved as a maximum flow
    (source → criterion → row → sink, unit augmenting paths found breadth-first, rows
    and criteria visited in a fixed shuffled order); asserts that every demand is met."""
    cols = rng.shuffled([k for k in demand if demand[k] > 0])
    order = rng.shuffled(rows)
    left_col = dict(demand)
    left_row = dict(cap)
    flow = {}  # (col, row) -> 1
    total = sum(demand.values())
    assert total == sum(cap.values()), (total, sum(cap.values()))
    for _ in range(total):
        # BFS over the residual graph from the source.
        prev = {}
        queue = []
        for k in cols:
            if left_col[k] > 0:
                prev[("c", k)] = None
                queue.append(("c", k))
        end = None
        while queue and end is None:
            node = queue.pop(0)
            kind, x = node
            if kind == "c":
                for r in order:
                    if x not in have[r] and (x, r) not in flow and ("r", r) not in prev:
                        prev[("r", r)] = node
                        if left_row[r] > 0:
                            end = ("r", r)
                            break
                        queue.append(("r", r))
            else:
                for k in cols:
                    if (k, x) in flow and ("c", k) not in prev:
                        prev[("c", k)] = node
                        queue.append(("c", k))
        assert end is not None, "the matrix has no solution"
        left_row[end[1]] -= 1
        node = end
        while prev[node] is not None:
            p = prev[node]
            if node[0] == "r":  # criterion p → row node
                flow[(p[1], node[1])] = 1
            else:  # undo row p ← criterion node
                del flow[(node[1], p[1])]
            node = p
        left_col[node[1]] -= 1
    assert all(v == 0 for v in left_col.values()) and all(v == 0 for v in left_row.values())
    for k, r in flow:
        have[r].add(k)
        cap[r] -= 1


def build_matrix(rng, communes, by_name, at19):
    others = [c["name"] for c in communes if c["name"] not in at19]  # 40, not at 19 in 2025
    assert len(others) == 40
    new = list(N_NEAR) + list(N_FAR)
    assert sorted(new) == sorted(TO_RECOGNIZE)
    far = [n for n in others if n in FAR_2024]
    mid = [n for n in others if n not in FAR_2024]
    assert len(far) == 18 and len(mid) == 22

    # --- Target: only the 40 others miss anything; each misses 10 and 11.
    t_unmet = {k: 94 - TARGET[k] for k in CODES}
    assert t_unmet["10"] == 40 and t_unmet["11"] == 40
    extra_demand = {k: v for k, v in t_unmet.items() if k not in ("10", "11") and v}
    extra_total = sum(extra_demand.values())  # 77
    # At most 2 extra criteria per commune (≥ 15 met): x communes with 2, the rest 1.
    two = extra_total - len(others)
    assert 0 <= two <= len(others)
    cap = {n: (2 if i < two else 1) for i, n in enumerate(rng.shuffled(others))}
    t_have = {n: set() for n in others}
    assign(rng, others, cap, extra_demand, t_have)
    for n in others:
        by_name[n]["target_unmet"] = t_have[n] | {"10", "11"}

    # --- Baseline: the 44 at 19 miss nothing; the 10 new and the 40 others miss some.
    b_unmet = {k: 94 - BASELINE[k] for k in CODES}
    sizes = {}
    sizes.update(N_NEAR)
    sizes.update(N_FAR)
    total = sum(b_unmet.values())  # 424
    rest = total - sum(sizes.values())
    # The 18 furthest lack 10–14 criteria, the other 22 lack 5–9.
    far_total = 12 * len(far)
    for n, s in zip(far, varied(rng, len(far), 10, 14, far_total)):
        sizes[n] = s
    mid_sizes = varied(rng, len(mid), 5, 9, rest - far_total)
    for n, s in zip(rng.shuffled(mid), mid_sizes):
        sizes[n] = s
    rows = new + others
    have = {}
    for n in rows:
        forced = set(by_name[n]["target_unmet"])
        if n in N_NEAR or n in N_FAR:
            if n not in N_INCOME_MET:
                forced |= {"10", "11"}
        have[n] = forced
        assert len(forced) <= sizes[n], n
    demand = {k: b_unmet[k] - sum(1 for n in rows if k in have[n]) for k in CODES}
    assert all(v >= 0 for v in demand.values()), demand
    cap = {n: sizes[n] - len(have[n]) for n in rows}
    assert sum(cap.values()) == sum(demand.values())
    assign(rng, rows, cap, demand, have)
    for n in rows:
        by_name[n]["baseline_unmet"] = have[n]

    # Detail entries: the communes to recognize complete every unmet criterion in 2025;
    # the other 40 complete in 2025 those the target marks as met (the rest have no year).
    for n in new + others:
        c = by_name[n]
        for code in sorted(c["baseline_unmet"] - c["target_unmet"], key=int):
            agency = AGENCY[code]
            if agency == "*":
                agency = DISTRICT_AGENCY[c["district"]]
            c["details"].append((code, YEAR, agency))

    verify_matrix(communes, at19)


def verify_matrix(communes, at19):
    n = len(communes)
    for c in communes:
        assert c["target_unmet"] <= c["baseline_unmet"], c["name"]  # monotone
        assert "1" not in c["baseline_unmet"] and "7" not in c["baseline_unmet"]
        if c["name"] in at19:
            assert not c["target_unmet"], c["name"]
        else:
            assert {"10", "11"} <= c["target_unmet"], c["name"]
        if c["recognized"] or c["name"] in AWAITING:
            assert not c["baseline_unmet"], c["name"]
    for k in CODES:
        b = n - sum(1 for c in communes if k in c["baseline_unmet"])
        t = n - sum(1 for c in communes if k in c["target_unmet"])
        assert b == BASELINE[k], (k, b, BASELINE[k])
        assert t == TARGET[k], (k, t, TARGET[k])

    def bands(key):
        out = {"19": 0, "15–18": 0, "10–14": 0, "5–9": 0, "dưới 5": 0}
        for c in communes:
            met = N_CRITERIA - len(c[key])
            label = ("19" if met == 19 else "15–18" if met >= 15 else "10–14" if met >= 10
                     else "5–9" if met >= 5 else "dưới 5")
            out[label] += 1
        return out

    assert bands("baseline_unmet") == BASELINE_BANDS, bands("baseline_unmet")
    assert bands("target_unmet") == TARGET_BANDS, bands("target_unmet")
    tb = sum(N_CRITERIA - len(c["baseline_unmet"]) for c in communes)
    tt = sum(N_CRITERIA - len(c["target_unmet"]) for c in communes)
    assert (tb, tt) == (1362, 1629), (tb, tt)
    assert all(N_CRITERIA - len(c["target_unmet"]) >= 15 for c in communes)
    for label, b, t in DISTRIBUTION_STATED:
        if b is not None:
            assert BASELINE_BANDS[label] == b
        assert TARGET_BANDS[label] == t


# --------------------------------------------------------------------------
# Projects (Biểu 9 not in the seed: illustrative, totals exact)
# --------------------------------------------------------------------------
# Village (bản) names for the project list are composed from common first and second
# syllables of Lai Châu place names; each is used once in the province.
VILLAGE_FIRST = ["Nà", "Phiêng", "Huổi", "Hua", "Pá", "Nậm", "Co", "Sin", "Tả", "Lao", "Can",
                 "Khì", "Pa", "Mào", "Seo", "Lùng", "Chu", "Hô", "Thẳm", "Pú"]
VILLAGE_SECOND = ["Khum", "Pầu", "Phát", "Chải", "Pền", "Hiêng", "Mế", "Lá", "Ban", "Ke", "Lằn",
                  "Phé", "Cai", "Ta", "Cù", "Pùng", "Muông", "Cóc", "Chá", "Khôm", "Chăng",
                  "Nọi", "Pha", "Phìn", "Câu", "Sáo", "Đích", "Ngà", "Vàn", "Than", "Cằm",
                  "Đông", "Tỷ", "Ngan", "Kinh", "Sẳng", "Hồ"]
# Special-mechanism works (small, simple) and others, keyed by the criterion they serve.
SPECIAL_KINDS = [
    ("2", "Đường giao thông nội bản {b}, xã {c}"),
    ("2", "Đường nội đồng bản {b}, xã {c}"),
    ("3", "Kênh mương bản {b}, xã {c}"),
    ("6", "Nhà văn hóa bản {b}, xã {c}"),
    ("6", "Sân thể thao bản {b}, xã {c}"),
    ("17", "Cấp nước sinh hoạt bản {b}, xã {c}"),
]
OTHER_KINDS = [
    ("2", "Đường giao thông liên bản từ bản {b} đi bản {b2}, xã {c}"),
    ("2", "Cầu treo bản {b}, xã {c}"),
    ("5", "Trường mầm non xã {c} (điểm bản {b})"),
    ("5", "Trường tiểu học xã {c} (điểm bản {b})"),
    ("6", "Nhà văn hóa xã {c}"),
    ("3", "Công trình thủy lợi bản {b}, xã {c}"),
]


def build_projects(rng, communes, by_name):
    priority = list(TO_RECOGNIZE) + list(ADVANCED_2025)  # 16 communes, 3 projects each
    others = [c["name"] for c in communes
              if c["target_unmet"] or c["baseline_unmet"]]
    others = [n for n in others if n not in priority]  # the 40 not at 19 in 2025
    complete = [c["name"] for c in communes
                if c["district"] in ("tam-duong", "than-uyen", "tan-uyen")
                and c["name"] not in priority and not c["baseline_unmet"]]
    slots = []  # (commune name, special?)
    pr_other = set(rng.shuffled(range(48))[:14])
    for i in range(48):
        slots.append((priority[i // 3], i not in pr_other))
    chosen = rng.shuffled(others)[:30]
    o_other = set(rng.shuffled(range(30))[:7])
    for i, n in enumerate(chosen):
        slots.append((n, i not in o_other))
    chosen = rng.shuffled(complete)[:8]
    c_other = set(rng.shuffled(range(8))[:2])
    for i, n in enumerate(chosen):
        slots.append((n, i not in c_other))
    assert len(slots) == N_PROJECTS
    assert sum(1 for _, s in slots if s) == N_SPECIAL
    # In plan order of the communes.
    pos = {c["name"]: i for i, c in enumerate(communes)}
    slots.sort(key=lambda s: (pos[s[0]], not s[1]))

    used_names = set()
    projects = []
    commune_names = {c["name"] for c in communes}
    villages = [v for v in rng.shuffled(f"{a} {b}" for a in VILLAGE_FIRST for b in VILLAGE_SECOND)
                if v not in commune_names]
    vi = 0
    for name, special in slots:
        c = by_name[name]
        kinds = SPECIAL_KINDS if special else OTHER_KINDS
        # Prefer a kind serving a criterion the commune lacks.
        fitting = [k for k in kinds if k[0] in c["baseline_unmet"]]
        for attempt in range(40):
            pool = fitting if fitting and attempt < 5 else kinds
            kind = pool[rng.below(len(pool))]
            b, b2 = villages[vi], villages[vi + 1]
            text = kind[1].format(b=b, b2=b2, c=name)
            vi += 2
            if text not in used_names:
                break
        assert text not in used_names, text
        used_names.add(text)
        start_month = rng.between(1, 6)
        start = f"{YEAR}-{start_month:02d}-{rng.between(1, 28):02d}"
        end_month = rng.between(max(start_month + 4, 8), 12)
        end_day = {8: 31, 9: 30, 10: 31, 11: 30, 12: 31}.get(end_month, 30)
        end = f"{YEAR}-{end_month:02d}-{end_day:02d}"
        status = "InProgress" if start_month <= 3 else "Planned"
        projects.append({
            "name": nfc(text), "commune": c["id"], "district": c["district"],
            "special": special, "start": start, "end": end, "status": status,
            "amounts": [],
        })

    # Amounts: special works 200–700 million; the others share the rest of the domestic
    # capital; four of the others (in the poorest districts) carry the foreign capital.
    specials = [p for p in projects if p["special"]]
    larger = [p for p in projects if not p["special"]]
    for p in specials:
        p["domestic"] = rng.between(20, 70) * 10
    rest = INVEST_DOMESTIC - sum(p["domestic"] for p in specials)
    weights = [rng.between(120, 300) for _ in larger]
    shares = [rest * w // sum(weights) for w in weights]
    for i in range(rest - sum(shares)):
        shares[i % len(shares)] += 1
    for p, s in zip(larger, shares):
        p["domestic"] = s
    foreign_cands = [p for p in larger if p["district"] in ("muong-te", "nam-nhun", "sin-ho")]
    assert len(foreign_cands) >= 4
    f_parts = spread(4, 0, INVEST_FOREIGN, INVEST_FOREIGN)
    for p, f in zip(foreign_cands[:4], f_parts):
        p["foreign"] = f
    for i, p in enumerate(projects):
        p["id"] = f"DA-{i + 1:03d}"
        p["amounts"] = [("ns-tw-dt-trong-nuoc", p["domestic"])]
        if p.get("foreign"):
            p["amounts"].append(("ns-tw-dt-nuoc-ngoai", p["foreign"]))
    assert sum(p["domestic"] for p in projects) == INVEST_DOMESTIC
    assert sum(p.get("foreign", 0) for p in projects) == INVEST_FOREIGN
    assert sum(a for p in projects for _, a in p["amounts"]) == INVEST
    assert min(p["domestic"] for p in larger) >= 800, min(p["domestic"] for p in larger)
    assert len(projects) == N_PROJECTS
    assert sum(1 for p in projects if p["special"]) == N_SPECIAL
    return projects


# --------------------------------------------------------------------------
# Year-end results (illustrative: the source is a plan, not a report)
# --------------------------------------------------------------------------
RESULTS_SEED = 20251231  # its own generator, so the plan above does not change
RESULTS_DATE = "2025-12-31"
# The one commune of the ten to recognize that misses a criterion (17, environment) and
# is not recognized; the one of the six advanced communes whose dossier is not done.
RESULT_NOT_RECOGNIZED = "Nậm Hàng"
RESULT_NOT_ADVANCED = "Mường Than"
# Villages recognized per district, of the 104 to recognize.
VILLAGES_ACHIEVED = {"tam-duong": 9, "than-uyen": 18, "muong-te": 15, "nam-nhun": 9,
                     "phong-tho": 22, "sin-ho": 20}
# Money mobilized per leaf source (million VND).
MOBILIZED = [
    ("ns-tw-dt-trong-nuoc", 67980), ("ns-tw-dt-nuoc-ngoai", 4850), ("ns-tw-sn", 21350),
    ("ns-dp", 149800), ("long-ghep", 1528600), ("tin-dung", 2460300), ("cong-dong", 1240),
]
RESULTS_NOTE = (
    "Kết quả thực hiện đến 31/12/2025 là số liệu minh họa để trình bày chức năng báo cáo "
    "kết quả; nguồn chỉ là kế hoạch năm 2025, không có báo cáo kết quả."
)
RESULTS_ILLUSTRATIVE = (
    "Toàn bộ kết quả thực hiện đến 31/12/2025 (tiêu chí đạt theo xã, công nhận và số, ngày "
    "quyết định, thôn bản đạt chuẩn, vốn huy động theo nguồn, giải ngân từng dự án, tình trạng "
    "nhiệm vụ): minh họa, không lấy từ báo cáo chính thức."
)


def build_results(communes, projects, tasks):
    """The year-end result layer: per commune (criteria met, recognitions granted),
    villages, money mobilized, disbursements, task states. Deterministic."""
    rng = Rng(RESULTS_SEED)
    named = set(AWAITING) | set(TO_RECOGNIZE) | set(ADVANCED_2025)
    results = {}
    for c in communes:
        results[c["name"]] = {"unmet": set(c["target_unmet"]), "granted": [], "note": None}
    # Targets missed: Nậm Hàng (environment), and one targeted criterion in four
    # communes the plan does not name.
    results[RESULT_NOT_RECOGNIZED]["unmet"].add("17")
    results[RESULT_NOT_RECOGNIZED]["note"] = (
        "Tiêu chí 17 (Môi trường và an toàn thực phẩm) chưa đạt; chuyển công nhận sang năm sau.")
    others = [c["name"] for c in communes if c["name"] not in named and c["target_unmet"]]
    for name in rng.shuffled(others)[:4]:
        met = [k for k in ("9", "14", "15", "5") if k not in results[name]["unmet"]]
        results[name]["unmet"].add(met[rng.below(len(met))])
    # Beyond the target: income (10) reached in three communes that were not to reach it.
    for name in [n for n in rng.shuffled(others) if "10" in results[n]["unmet"]][:3]:
        results[name]["unmet"].discard("10")
    # Recognitions granted, with illustrative decisions.
    decision = [1201]

    def grant(name, level, date):
        results[name]["granted"].append(S(
            ("level", Ident(level)), ("year", YEAR),
            ("decision", f"Quyết định số {decision[0]}/QĐ-UBND (minh họa)"), ("date", date)))
        decision[0] += 7

    for name in AWAITING:
        grant(name, "Ntm", f"{YEAR}-06-{rng.between(10, 30):02d}")
    for name in TO_RECOGNIZE:
        if name != RESULT_NOT_RECOGNIZED:
            grant(name, "Ntm", f"{YEAR}-12-{rng.between(10, 30):02d}")
    for name in ADVANCED_2025:
        if name != RESULT_NOT_ADVANCED:
            grant(name, "Advanced", f"{YEAR}-12-{rng.between(10, 30):02d}")
    results[RESULT_NOT_ADVANCED]["note"] = (
        "Hồ sơ đề nghị công nhận nông thôn mới nâng cao chưa hoàn thiện.")
    for r in results.values():
        assert not (r["granted"] and r["unmet"]), "a commune granted recognition meets all"

    # Disbursements: projects under way paid 85–100%, planned ones 40–95%, in one to
    # three instalments after they start.
    disbursed = {}
    for p in projects:
        total = sum(a for _, a in p["amounts"])
        lo, hi = (85, 100) if p["status"] == "InProgress" else (40, 95)
        paid = total * rng.between(lo, hi) // 100
        n = rng.between(1, 3)
        parts = [paid // n] * n
        parts[-1] += paid - sum(parts)
        start_month = int(p["start"][5:7])
        months = sorted(rng.between(min(start_month + 1, 12), 12) for _ in range(n))
        rows = []
        for amount, m in zip(parts, months):
            day = rng.between(5, 28)
            rows.append(S(("amount", amount), ("date", f"{YEAR}-{m:02d}-{day:02d}")))
        rows.sort(key=lambda r: dict(r)["date"])
        disbursed[p["id"]] = rows
        assert sum(dict(r)["amount"] for r in rows) <= total

    # Task states: dossiers done by their deadline; year-end tasks mostly done; tasks
    # without a deadline go on.
    states = []
    for agency, text, deadline, crit, spec in tasks:
        if deadline is None:
            states.append(S(("state", Ident("InProgress")),
                            ("note", "Thực hiện thường xuyên.")))
        elif deadline == DOSSIER_DEADLINE:
            states.append(S(("state", Ident("Done")), ("date", f"{YEAR}-04-{rng.between(20, 30)}")))
        elif rng.below(4) == 0:
            states.append(S(("state", Ident("InProgress")),
                            ("note", "Tiếp tục thực hiện trong năm sau.")))
        else:
            states.append(S(("state", Ident("Done")),
                            ("date", f"{YEAR}-12-{rng.between(1, 30):02d}")))
    return results, disbursed, states


# --------------------------------------------------------------------------
# A tiny RON reader for the bundled criteria sets, and the canonical writer
# --------------------------------------------------------------------------
class Ident(str):
    """A bare RON identifier (enum variant, bool)."""


class Struct(list):
    """An unnamed RON struct: a list of (field, value) pairs, in field order."""


def parse_ron(text):
    i = 0
    n = len(text)

    def skip():
        nonlocal i
        while i < n:
            if text[i].isspace():
                i += 1
            elif text.startswith("//", i):
                while i < n and text[i] != "\n":
                    i += 1
            else:
                break

    def value():
        nonlocal i
        skip()
        ch = text[i]
        if ch == "(":
            i += 1
            out = Struct()
            while True:
                skip()
                if text[i] == ")":
                    i += 1
                    return out
                j = i
                while text[i].isalnum() or text[i] == "_":
                    i += 1
                key = text[j:i]
                skip()
                assert text[i] == ":", text[i:i + 40]
                i += 1
                out.append((key, value()))
                skip()
                if text[i] == ",":
                    i += 1
        if ch == "[":
            i += 1
            out = []
            while True:
                skip()
                if text[i] == "]":
                    i += 1
                    return out
                out.append(value())
                skip()
                if text[i] == ",":
                    i += 1
        if ch == '"':
            i += 1
            buf = []
            while text[i] != '"':
                if text[i] == "\\":
                    esc = text[i + 1]
                    buf.append({"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\",
                                "'": "'"}[esc])
                    i += 2
                else:
                    buf.append(text[i])
                    i += 1
            i += 1
            return nfc("".join(buf))
        j = i
        while i < n and (text[i].isalnum() or text[i] in "_-"):
            i += 1
        word = text[j:i]
        assert word, text[j:j + 40]
        if word.lstrip("-").isdigit():
            return int(word)
        return Ident(word)

    v = value()
    skip()
    assert i == n, "trailing text in RON file"
    return v


def read_set(path):
    with open(path, encoding="utf-8") as f:
        return parse_ron(f.read())


def ron_str(s):
    """A RON string as the program writes it (Rust's char::escape_debug)."""
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "'":
            out.append("\\'")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        else:
            assert ch.isprintable() and not unicodedata.combining(ch), repr(ch)
            out.append(ch)
    out.append('"')
    return "".join(out)


DEPTH_LIMIT = 4  # PrettyConfig::depth_limit in src/format/save.rs
INDENT = "    "


def ron(v, depth=0):
    """Serialize like ron's pretty printer with the program's PrettyConfig.
    `depth` is the nesting level of the enclosing containers."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Ident):
        return str(v)
    if isinstance(v, str):
        return ron_str(v)
    if isinstance(v, Struct):
        items = [f"{k}: {ron(x, depth + 1)}" for k, x in v]
        opener, closer = "(", ")"
    elif isinstance(v, list):
        items = [ron(x, depth + 1) for x in v]
        opener, closer = "[", "]"
    else:
        raise TypeError(type(v))
    if not items:
        return opener + closer
    level = depth + 1
    if level > DEPTH_LIMIT:
        return opener + ", ".join(items) + closer
    pad = INDENT * level
    return opener + "\n" + "".join(f"{pad}{x},\n" for x in items) + INDENT * depth + closer


def S(*pairs):
    """A struct from (field, value) pairs, leaving out the None values (fields the
    model skips when empty are passed as None by the caller)."""
    return Struct((k, v) for k, v in pairs if v is not None)


# --------------------------------------------------------------------------
# The plan
# --------------------------------------------------------------------------
def funding_tree():
    def node(id_, name, kind, amount, children=()):
        pairs = [("id", id_), ("name", name)]
        if kind:
            pairs.append(("kind", Ident(kind)))
        pairs.append(("amount", amount))
        if children:
            pairs.append(("children", list(children)))
        return S(*pairs)

    tree = node("tong", "Tổng nguồn vốn", None, TOTAL, [
        node("ns-tw", "Vốn ngân sách Trung ương", "Central", CENTRAL, [
            node("ns-tw-dt", "Vốn đầu tư", "CentralInvestment", INVEST, [
                node("ns-tw-dt-trong-nuoc", "Vốn trong nước", None, INVEST_DOMESTIC),
                node("ns-tw-dt-nuoc-ngoai", "Vốn nước ngoài", None, INVEST_FOREIGN),
            ]),
            node("ns-tw-sn", "Vốn sự nghiệp", "CentralRecurrent", RECURRENT),
        ]),
        node("ns-dp", "Vốn ngân sách địa phương (vốn đối ứng)", "Local", LOCAL),
        node("long-ghep", "Vốn lồng ghép các Chương trình mục tiêu quốc gia", "Integrated",
             INTEGRATED),
        node("tin-dung", "Vốn tín dụng", "Credit", CREDIT),
        node("cong-dong", "Vốn huy động cộng đồng dân cư", "Community", COMMUNITY),
    ])
    # The plan's arithmetic.
    assert INVEST_DOMESTIC + INVEST_FOREIGN == INVEST
    assert INVEST + RECURRENT == CENTRAL
    assert CENTRAL + LOCAL + INTEGRATED + CREDIT + COMMUNITY == TOTAL
    assert sum(a for _, a, _ in ALLOCATION) + UNALLOCATED[0] == CENTRAL
    return tree


def codes(s):
    return sorted(s, key=int)


def build_plan(rng):
    commune_set = read_set(SET_FILE)
    district_set = read_set(DISTRICT_SET_FILE)
    set_fields = dict(commune_set)
    assert set_fields["id"] == "xa-ntm-2021-2025"
    assert [c[0][1] for c in set_fields["criteria"]] == CODES
    assert [dict(b)["label"] for b in set_fields["bands"]] == list(BASELINE_BANDS)
    components = set_fields["components"]
    assert len(components) == 11

    communes, by_name = build_communes(rng)
    projects = build_projects(rng, communes, by_name)
    ids = {c["name"]: c["id"] for c in communes}
    results, disbursed, task_states = build_results(communes, projects, TASKS)

    header = S(
        ("issuing_body", ISSUING_BODY),
        ("province", PROVINCE),
        ("number", ""),
        ("place", PROVINCE),
        ("title", TITLE),
        ("year", YEAR),
        ("kind", Ident("Yearly")),
        ("draft", False),
        ("legal_bases", LEGAL_BASES),
        ("signer", SIGNER),
        ("recipients", RECIPIENTS),
        ("signature", S(("titles", SIGNATURE_TITLES))),
    )
    goals = S(("general", GOAL_GENERAL), ("targets", GOAL_TARGETS))

    districts = []
    for did, name, planned, unmet in DISTRICTS:
        districts.append(S(
            ("id", did), ("name", name),
            ("baseline_unmet", unmet or None),
            ("target_unmet", (None if planned == YEAR else unmet) or None),
            ("planned", planned),
            ("note", DISTRICT_NOTE.get(did)),
        ))

    # Nậm Chà (Nậm Nhùn) and Nậm Cha (Sìn Hồ) differ only in a tone mark; their
    # statistics-office codes (the national table of the 2025 reorganization) tell the
    # checker they are two communes.
    old_codes = {"Nậm Chà": "03473", "Nậm Cha": "03526"}
    commune_values = []
    for c in communes:
        commune_values.append(S(
            ("id", c["id"]),
            ("name", c["name"]),
            ("code", old_codes.get(c["name"])),
            ("district", c["district"]),
            ("recognized", [S(("level", Ident(l)), ("year", y)) for l, y in c["recognized"]] or None),
            ("planned", [S(("level", Ident(l)), ("year", y)) for l, y in c["planned"]] or None),
            ("baseline_unmet", codes(c["baseline_unmet"]) or None),
            ("target_unmet", codes(c["target_unmet"]) or None),
            ("details", [S(("criterion", k), ("year", y), ("agency", a))
                         for k, y, a in c["details"]] or None),
            ("note", c["note"] or None),
            ("result", S(
                ("unmet", codes(results[c["name"]]["unmet"]) or None),
                ("granted", results[c["name"]]["granted"] or None),
                ("note", results[c["name"]]["note"]),
            )),
        ))

    villages = [S(("unit", u), ("to_recognize", v), ("achieved", VILLAGES_ACHIEVED[u]))
                for u, v in VILLAGES]
    assert sum(v for _, v in VILLAGES) == 104

    allocation = S(
        ("base", "ns-tw"),
        ("lines", [S(("component", k), ("amount", a), ("stated_share", s))
                   for k, a, s in ALLOCATION]),
        ("unallocated", S(("amount", UNALLOCATED[0]), ("stated_share", UNALLOCATED[1]))),
    )

    project_values = []
    for p in projects:
        project_values.append(S(
            ("id", p["id"]),
            ("name", p["name"]),
            ("commune", p["commune"]),
            ("component", "2"),
            ("amounts", [S(("source", s), ("amount", a)) for s, a in p["amounts"]]),
            ("special_mechanism", p["special"]),
            ("start", p["start"]),
            ("end", p["end"]),
            ("status", Ident(p["status"])),
            ("disbursed", disbursed[p["id"]] or None),
        ))

    awaiting_ids = [ids[n] for n in AWAITING]
    new_ids = [ids[n] for n in TO_RECOGNIZE]
    adv_ids = [ids[n] for n in ADVANCED_2025]

    def expand(spec):
        if spec is None:
            return []
        if spec.startswith("@awaiting:"):
            did = spec.split(":", 1)[1]
            return [ids[n] for n in AWAITING if by_name[n]["district"] == did]
        out = []
        for part in spec[1:].split("+"):
            for cid in {"awaiting": awaiting_ids, "new": new_ids, "advanced": adv_ids}[part]:
                if cid not in out:
                    out.append(cid)
        return out

    task_values = []
    dossier = []
    for (agency, text, deadline, crit, spec), state in zip(TASKS, task_states):
        cs = expand(spec)
        if deadline == DOSSIER_DEADLINE:
            dossier.extend(cs)
        task_values.append(S(
            ("agency", agency),
            ("text", text),
            ("deadline", deadline),
            ("criteria", crit or None),
            ("communes", cs or None),
            ("status", Ident("Open")),
            ("result", state),
        ))
    assert sorted(dossier) == sorted(awaiting_ids)

    solutions = [S(("title", t), ("text", x)) for t, x in SOLUTIONS]

    stated_criteria = []
    for k in CODES:
        stated_criteria.append(S(("criterion", k), ("baseline", BASELINE_STATED[k]),
                                 ("target", TARGET[k])))
    stated = S(
        ("criteria", stated_criteria),
        ("communes", 94),
        ("average_baseline", "14.55"),
        ("average_target", "17.3"),
        ("distribution", [S(("band", l), ("baseline", b), ("target", t))
                          for l, b, t in DISTRIBUTION_STATED]),
        ("recognized", 39),
        ("awaiting", 5),
        ("to_recognize", 10),
        ("recognized_after", 54),
        ("advanced_to_recognize", 6),
        ("floor", 15),
        ("villages_to_recognize", 104),
        ("districts_to_complete", 3),
        ("projects", N_PROJECTS),
        ("special_projects", N_SPECIAL),
    )
    provenance = S(("source", PROVENANCE_SOURCE),
                   ("illustrative", ILLUSTRATIVE + [RESULTS_ILLUSTRATIVE]), ("note", NOTE))
    report = S(
        ("date", RESULTS_DATE),
        ("mobilized", [S(("source", s), ("amount", a)) for s, a in MOBILIZED]),
        ("note", RESULTS_NOTE),
    )

    plan = S(
        ("header", header),
        ("goals", goals),
        ("criteria_set", commune_set),
        ("district_set", district_set),
        ("districts", districts),
        ("communes", commune_values),
        ("villages", villages),
        ("funding", funding_tree()),
        ("components", components),
        ("allocation", allocation),
        ("projects", project_values),
        ("tasks", task_values),
        ("solutions", solutions),
        ("stated", stated),
        ("provenance", provenance),
        ("results", report),
    )
    return S(("format", "ntm-plan"), ("version", 3), ("plan", plan)), communes, projects


def main():
    rng = Rng(SEED)
    doc, communes, projects = build_plan(rng)
    text = (
        "#![enable(implicit_some)]\n"
        "// NTM Planner plan file. Format: docs/file-format.md\n"
        + ron(doc) + "\n"
    )
    text = nfc(text)
    out = sys.argv[1] if len(sys.argv) > 1 else OUT_FILE
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    special = sum(1 for p in projects if p["special"])
    print(
        f"{out}: {len(communes)} communes, {len(projects)} projects ({special} special), "
        f"matrix 2024 → 2025: 1.362 → 1.629 criteria met",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
