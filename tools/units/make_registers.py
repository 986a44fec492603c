#!/usr/bin/env python3
"""Write the unit registers shipped with the program: assets/units/lai-chau.ron and
assets/units/lang-son.ron, the commune-level units of Lai Châu and Lạng Sơn since
1 July 2025.

How to regenerate (from the repository root):

    python3 tools/units/make_registers.py

What comes from where:

- From the resolutions (tests/data/reform-2025/resolution-1670-lai-chau.md and
  resolution-1672-lang-son.md, Resolutions 1670 and 1672/NQ-UBTVQH15 of 16/6/2025,
  text converted from the published resolutions): every new unit, its name and kind
  (xã / phường), the clause that forms it, and the old units it is formed from, with
  their kind (xã / phường / thị trấn), whole or part ("một phần diện tích…", "phần
  còn lại…"), the district named in the text where the text names one, and the units
  kept unchanged (Lai Châu clause 37: Mù Cả, Tà Tổng). The names are written as the
  resolution spells them.
- From the statistics office's code list, as the CSV of the dvhcvn/20250701 dataset
  gives it (tests/data/reform-2025/lai-chau-lang-son-units-2025.csv, MIT licence,
  assets/units/LICENSE-dvhcvn.txt): the unit codes (old and new) and the old district
  of each old unit. Where the code list spells a name differently (the README of
  that folder lists the variants), its spelling is kept as an alias.

The script joins the two and stops with an error unless they agree completely: every
new unit of the resolution has exactly the old units (by code) that the code list
puts in it, every part the code list marks "partial" is a part in the resolution,
and the counts are those of the resolutions (Lai Châu 38 units from 106, Lạng Sơn
65 from 194). Standard library only; the output is the same on every run.
"""

import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "tests", "data", "reform-2025")
OUT = os.path.join(ROOT, "assets", "units")

# Resolution spelling → statistics office spelling, where they differ beyond accents
# (tests/data/reform-2025/README.md).
VARIANTS = {
    "lan nhi thang": "la nhi thang",
    "hua bum": "hua bun",
    "can ho": "kan ho",
    "tung qua lin": "tong qua lin",
    "ma li pho": "ma ly pho",
    # Not in that list: the code list abbreviates "Nông trường" (state farm township).
    "nong truong thai binh": "nt thai binh",
}

PROVINCES = [
    {
        "file": "lai-chau.ron",
        "resolution_file": "resolution-1670-lai-chau.md",
        "province": "Lai Châu",
        "csv_province": "Tỉnh Lai Châu",
        "resolution": "Nghị quyết số 1670/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lai Châu năm 2025",
        "new_units": 38,
        "old_units": 106,
        "communes": 36,
        "wards": 2,
    },
    {
        "file": "lang-son.ron",
        "resolution_file": "resolution-1672-lang-son.md",
        "province": "Lạng Sơn",
        "csv_province": "Tỉnh Lạng Sơn",
        "resolution": "Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025",
        "new_units": 65,
        "old_units": 194,
        "communes": 61,
        "wards": 4,
    },
]

KIND_WORDS = [
    ("các phường ", "Ward"),
    ("các xã ", "Commune"),
    ("thị trấn ", "Township"),
    ("phường ", "Ward"),
    ("xã ", "Commune"),
]
CSV_KINDS = [("thị trấn ", "Township"), ("phường ", "Ward"), ("xã ", "Commune"), ("đặc khu ", "SpecialZone")]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    out = []
    for c in unicodedata.normalize("NFD", s):
        if unicodedata.combining(c):
            continue
        out.append("d" if c in "đĐ" else c.lower())
    return " ".join("".join(out).split())


def split_kind(name, kinds):
    """("Xã Tả Lèng") → ("Commune", "Tả Lèng"), case-insensitive."""
    name = " ".join(nfc(name).split())
    low = name.lower()
    for word, kind in kinds:
        if low.startswith(word):
            return kind, name[len(word):].strip()
    raise SystemExit(f"no kind word in {name!r}")


def district_key(d):
    f = fold(d)
    for p in ("huyen ", "thanh pho ", "thi xa ", "quan "):
        if f.startswith(p):
            return f[len(p):]
    return f


# ---------------------------------------------------------------- the resolutions


KEYWORDS = ["một phần", "phần còn lại", "thị trấn", "phường", "của", "các", "thành", "và", "là", "xã"]


def unglue(text):
    """Put back the spaces the conversion lost around lower-case keywords
    ("củathị trấn", "vàcácxã", "Nậm Sỏthành"): names are capitalized, keywords not."""
    for kw in KEYWORDS * 2:
        # keyword glued to a following capital letter or keyword
        text = re.sub(r"(?<![\w])" + kw + r"(?=[A-ZĐÀ-Ỹ])", kw + " ", text)
        text = re.sub(r"(?<=\w)" + kw + r"(?=\s|[A-ZĐ]|$|" + "|".join(KEYWORDS) + ")", " " + kw, text)
    for a in KEYWORDS:
        for b in KEYWORDS:
            text = text.replace(a + b, a + " " + b)
    text = re.sub(r",(?=\S)", ", ", text)
    text = re.sub(r"\)(?=\w)", ") ", text)
    text = re.sub(r"khoản(?=\d)", "khoản ", text)
    return " ".join(text.split())


def clauses(path):
    text = open(path, encoding="utf-8").read()
    text = nfc(text).replace("\\", "").replace("**", "").replace("*", "")
    text = " ".join(text.split())
    start = text.index("Điều 1.")
    end = text.index("Điều 2.")
    body = text[start:end]
    parts = re.split(r"(?:(?<=\s)|(?<=\.))(\d{1,2})\.\s*(?=Sắp xếp|Sau khi sắp xếp)", body)
    out = []
    for i in range(1, len(parts), 2):
        out.append((parts[i], unglue(parts[i + 1].strip())))
    return out


PART_OF = "một phần diện tích tự nhiên, quy mô dân số của "
REST_OF = "phần còn lại của "
WHOLE_OF = "toàn bộ diện tích tự nhiên, quy mô dân số của "


def parse_clause(no, text):
    m = re.match(r"Sắp xếp (.*) thành (xã|phường) mới có tên gọi là (xã|phường) (.+?)\.?$", text)
    if not m:
        return None
    body, kind_word, _, new_name = m.groups()
    new_kind = "Ward" if kind_word == "phường" else "Commune"
    body = body.replace(PART_OF, "#PART# ").replace(REST_OF, "#PART# ")
    body = re.sub(r" sau khi sắp xếp theo quy định tại khoản \d+ Điều này", "", body)
    if not body.startswith(WHOLE_OF):
        raise SystemExit(f"clause {no}: unexpected start {body[:60]!r}")
    body = body[len(WHOLE_OF):]
    items = re.split(r", | và ", body)
    olds = []
    kind = None
    for item in items:
        item = item.strip()
        part = item.startswith("#PART#")
        if part:
            item = item[len("#PART#"):].strip()
        for word, k in KIND_WORDS:
            if item.startswith(word):
                kind = k
                item = item[len(word):].strip()
                break
        if kind is None:
            raise SystemExit(f"clause {no}: no kind before {item!r}")
        hint = None
        h = re.match(r"(.+?) \(huyện (.+)\)$", item)
        if h:
            item, hint = h.group(1), h.group(2)
        olds.append({"name": item, "kind": kind, "part": part, "hint": hint})
    return {"clause": no, "name": new_name.strip(), "kind": new_kind, "olds": olds}


def parse_unchanged(no, text):
    """Lai Châu clause 37: "… và 02 xã không thực hiện sắp xếp là xã Mù Cả, xã Tà Tổng."""
    m = re.search(r"không thực hiện sắp xếp là (.+?)\.?$", text)
    if not m:
        return []
    names = re.split(r", | và ", m.group(1))
    out = []
    for n in names:
        kind, name = split_kind(n, KIND_WORDS)
        out.append({"clause": no, "name": name, "kind": kind, "unchanged": True,
                    "olds": [{"name": name, "kind": kind, "part": False, "hint": None}]})
    return out


# ---------------------------------------------------------------- the code list


def read_csv(province):
    rows = []
    with open(os.path.join(DATA, "lai-chau-lang-son-units-2025.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            r = {k: " ".join(nfc(v).split()) for k, v in r.items()}
            if r["old_province"] == province:
                rows.append(r)
    return rows


def key_of(name):
    k = fold(name)
    return k


def find(rows, name, kind, field_name, field_kind_split):
    # The name as written first ("Nậm Cha" is not "Nậm Chà"), then without accents.
    exact = [r for r in rows if field_kind_split(r)[1].lower() == name.lower() and field_kind_split(r)[0] == kind]
    if exact:
        return exact
    k = key_of(name)
    cands = [r for r in rows if key_of(field_kind_split(r)[1]) == k and field_kind_split(r)[0] == kind]
    if not cands and k in VARIANTS:
        cands = [r for r in rows if key_of(field_kind_split(r)[1]) == VARIANTS[k] and field_kind_split(r)[0] == kind]
    return cands


def build(p):
    rows = read_csv(p["csv_province"])
    units = []
    for no, text in clauses(os.path.join(DATA, p["resolution_file"])):
        u = parse_clause(no, text)
        if u:
            units.append(u)
        else:
            units.extend(parse_unchanged(no, text))
    old_split = lambda r: split_kind(r["old_name"], CSV_KINDS)
    new_split = lambda r: split_kind(r["new_name"], CSV_KINDS)
    # Old units: by name and kind, narrowed by the district the text names; a name
    # shared by several old units is settled by elimination (the others are named,
    # with their district, in other clauses).
    claimed = set()
    pending = []
    for u in units:
        for o in u["olds"]:
            cands = {r["old_code"]: r for r in find(rows, o["name"], o["kind"], "old_name", old_split)}
            if o["hint"]:
                cands = {c: r for c, r in cands.items() if district_key(r["old_district"]) == fold(o["hint"])}
            o["cands"] = cands
            if len(cands) == 1:
                o["code"] = next(iter(cands))
                if not o["part"]:
                    claimed.add(o["code"])
            elif not cands:
                raise SystemExit(f"{p['province']} clause {u['clause']}: no old unit {o['kind']} {o['name']!r} in the code list")
            else:
                pending.append((u, o))
    for u, o in pending:
        left = [c for c in o["cands"] if c not in claimed]
        if len(left) != 1:
            raise SystemExit(f"{p['province']} clause {u['clause']}: {o['name']!r} stays ambiguous: {left}")
        o["code"] = left[0]
        claimed.add(left[0])
    by_code = {}
    for r in rows:
        by_code.setdefault(r["old_code"], []).append(r)
    for u in units:
        for o in u["olds"]:
            r = by_code[o["code"]][0]
            o["district"] = r["old_district"]
            csv_name = old_split(r)[1]
            o["aliases"] = [csv_name] if fold(csv_name) != fold(o["name"]) else []
        # The new unit's code.
        cands = {r["new_code"]: r for r in find(rows, u["name"], u["kind"], "new_name", new_split)}
        if len(cands) != 1:
            raise SystemExit(f"{p['province']} clause {u['clause']}: new unit {u['name']!r}: {sorted(cands)}")
        u["code"] = next(iter(cands))
        csv_new = new_split(next(iter(cands.values())))[1]
        u["aliases"] = [csv_new] if fold(csv_new) != fold(u["name"]) else []

    # The two sources must agree completely.
    if len(units) != p["new_units"]:
        raise SystemExit(f"{p['province']}: {len(units)} new units, expected {p['new_units']}")
    kinds = [u["kind"] for u in units]
    if kinds.count("Commune") != p["communes"] or kinds.count("Ward") != p["wards"]:
        raise SystemExit(f"{p['province']}: {kinds.count('Commune')} xã and {kinds.count('Ward')} phường")
    old_codes = {r["old_code"] for r in rows}
    if len(old_codes) != p["old_units"]:
        raise SystemExit(f"{p['province']}: the code list has {len(old_codes)} old units")
    placed = {}
    for u in units:
        for o in u["olds"]:
            placed.setdefault(o["code"], []).append((u["code"], o["part"]))
    csv_placed = {}
    for r in rows:
        csv_placed.setdefault(r["old_code"], []).append((r["new_code"], r["type"] == "partial"))
    for code in sorted(old_codes | set(placed)):
        a = sorted(placed.get(code, []))
        b = sorted(csv_placed.get(code, []))
        if a != b:
            raise SystemExit(f"{p['province']}: old unit {code}: resolution {a}, code list {b}")
    return units


# ---------------------------------------------------------------- writing RON


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(p, units):
    lines = []
    lines.append("// Đơn vị hành chính cấp xã của tỉnh " + p["province"] + " từ ngày 01/7/2025.")
    lines.append("// Written by tools/units/make_registers.py from the resolution and the statistics")
    lines.append("// office's code list; see `provenance` below. Format: docs/file-format.md, section 5.18.")
    lines.append("(")
    lines.append(f"    province: {q(p['province'])},")
    lines.append("    province_kind: Province,")
    lines.append('    effective: "2025-07-01",')
    lines.append(f"    resolution: {q(p['resolution'])},")
    lines.append("    provenance: [")
    for s in [
        "Đơn vị mới, loại, khoản và các đơn vị cũ hợp thành (toàn bộ hay một phần): theo " + p["resolution"].split(" của ")[0] + ".",
        "Mã đơn vị (mới và cũ) và huyện cũ của từng đơn vị cũ: theo danh mục mã đơn vị hành chính của cơ quan thống kê, như bộ dữ liệu dvhcvn/20250701 ghi (giấy phép MIT, LICENSE-dvhcvn.txt); tên viết khác trong danh mục được giữ ở `aliases`.",
        "Unit codes (new and old) and the old districts are from the statistics office's code list as the dvhcvn/20250701 dataset gives it (MIT licence, LICENSE-dvhcvn.txt); everything else is from the resolution.",
    ]:
        lines.append(f"        {q(s)},")
    lines.append("    ],")
    lines.append("    units: [")
    for u in units:
        lines.append("        (")
        lines.append(f"            code: {q(u['code'])},")
        lines.append(f"            name: {q(u['name'])},")
        if u["aliases"]:
            lines.append("            aliases: [" + ", ".join(q(a) for a in u["aliases"]) + "],")
        lines.append(f"            kind: {u['kind']},")
        lines.append(f"            clause: {q(u['clause'])},")
        if u.get("unchanged"):
            lines.append("            unchanged: true,")
        lines.append("            formed_from: [")
        for o in u["olds"]:
            fields = [f"code: {q(o['code'])}", f"name: {q(o['name'])}"]
            if o["aliases"]:
                fields.append("aliases: [" + ", ".join(q(a) for a in o["aliases"]) + "]")
            fields.append(f"kind: {o['kind']}")
            fields.append(f"district: {q(o['district'])}")
            if o["part"]:
                fields.append("part: true")
            lines.append("                (" + ", ".join(fields) + "),")
        lines.append("            ],")
        lines.append("        ),")
    lines.append("    ],")
    lines.append(")")
    path = os.path.join(OUT, p["file"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    olds = sum(len(u["olds"]) for u in units)
    print(f"{path}: {len(units)} units, {olds} old-unit entries")


def main():
    for p in PROVINCES:
        write(p, build(p))


if __name__ == "__main__":
    sys.exit(main())
