"""Writes the hostile plan files of tests/bad_files/ that are made from the small sample
plan (tests/data/small-2026.ntm). Run from the repository root:

    python3 tools/bad_inputs/make_bad_plans.py

Each file's expected messages (NAME.vi.expected, NAME.en.expected) are written by
`BLESS=1 cargo test --test file_format` and reviewed by hand.
"""
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
base = (root / "tests/data/small-2026.ntm").read_text(encoding="utf-8")
out = root / "tests/bad_files"


def write(name, text):
    (out / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)


def sub(old, new, text=base):
    assert old in text, old
    return text.replace(old, new, 1)


# Amounts beyond the bounds of a plan (they made check, summary, export and chart panic).
write("allocation-huge.ntm", sub('(component: "HT", amount: 5000, stated_share: "71.43")',
                                 '(component: "HT", amount: "1000000000000000000000000000", stated_share: "71.43")'))
write("funding-child-huge.ntm", sub('amount: "2000.5"),', 'amount: "79000000000000000000000000000"),'))
write("project-amount-huge.ntm", sub('amounts: [(source: "ns-tw-dt", amount: 2000)]',
                                     'amounts: [(source: "ns-tw-dt", amount: 999999999999999999)]'))
write("share-huge.ntm", sub('stated_share: "71.43"', 'stated_share: "70000000000000000000000000000"'))
write("base-tiny.ntm", sub('kind: Central, amount: 7000,', 'kind: Central, amount: "0.0000000000000000000000000001",'))
write("amount-sixteen-digits.ntm", sub('kind: Local, amount: 3500)', 'kind: Local, amount: 1000000000000000)'))

# Control characters: raw, and written as escapes.
write("control-esc-in-name.ntm", sub('name: "Nà Tấu",', 'name: "Nà Tấu\x1b[2K\x1b[1A",'))
write("control-escape-in-name.ntm", sub('name: "Thủy Phong",', 'name: "Thủy Phong\\u{1b}[2K0 lỗi, 0 cảnh báo",'))
write("control-nul-escape.ntm", sub('agency: "UBND xã Mường Nhé",', 'agency: "UBND\\0 xã Mường Nhé",'))
write("control-c1.ntm", sub('name: "Mường Nhé",', 'name: "Mường\u0085Nhé",'))
write("control-bell-in-comment.ntm", sub("(\n    format:", "// chuông \x07\n(\n    format:"))

# Not plans at all, or not text.
write("bom-only.ntm", b"\xef\xbb\xbf")
write("bom-and-whitespace.ntm", b"\xef\xbb\xbf \r\n\t\r\n")
write("whitespace-only.ntm", b"  \n\n\t \n")
write("xlsx-as-plan.ntm", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 4)
write("pdf-as-plan.ntm", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
write("utf8-cut-mid-letter.ntm", base.encode("utf-8")[: base.encode("utf-8").index("Mường".encode("utf-8")) + 4])

# Nesting: 40 levels of brackets is within the limit (the parser's own limit must not
# fire first); 70 is refused where it passes 64.
def nested(levels):
    inner = "(id: \"n\", name: \"x\")"
    for k in range(levels):
        inner = f"(id: \"n{k}\", name: \"x\", children: [{inner}])"
    return inner
write("nesting-40-brackets.ntm", sub('(id: "ns-dp", name: "Ngân sách địa phương", kind: Local, amount: 3500)',
                                     nested(19)))
write("nesting-70-brackets.ntm", sub('(id: "ns-dp", name: "Ngân sách địa phương", kind: Local, amount: 3500)',
                                     nested(35)))

# Many problems quoting a huge identifier: the message lists 100 and counts the rest,
# each quote cut to 80 characters.
huge = "X" * 100_000
text = sub('(code: "10", name: "Tiếp cận pháp luật và an ninh, quốc phòng", name_en: "Access to law, security and defence"),',
           f'(code: "10", name: "Tiếp cận pháp luật và an ninh, quốc phòng", name_en: "Access to law, security and defence"),\n                (code: "{huge}", name: "x", name_en: "x"),')
text = sub('bands: [\n                (label: "10", min: 10, max: 10),', 'bands: [\n                (label: "10", min: 10, max: 11),', text)
unmet = ", ".join(['"99"'] * 30_000)
text = sub('baseline_unmet: ["2", "6", "7"],', f'baseline_unmet: [{unmet}],', text)
write("many-problems-huge-id.ntm", text)

# Many comments: the notice names a few lines and counts them all.
write("many-comments.ntm", sub("        communes: [\n", "        // ghi chú\n" * 500 + "        communes: [\n"))
