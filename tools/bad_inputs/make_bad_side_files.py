#!/usr/bin/env python3
"""Write the bad-input corpus of the program's other RON files:
tests/bad_crosswalks/ (a criteria crosswalk given to `carry --crosswalk`) and
tests/bad_manifests/ (the manifest of a sending, `_gui-xa.ron`, read by `gather` and
the window's board of returns).

Each file is one way such a file can be wrong, damaged or hostile. The expected
messages beside each (NAME.vi.expected, NAME.en.expected) are written by
`BLESS=1 cargo test --test bad_inputs` and reviewed by hand.

The manifests start from a real one: `ntm-planner send tests/data/small-2026.ntm`
(the sample's plan is illustrative). Run from the repository root, after a build:
    python3 tools/bad_inputs/make_bad_side_files.py
"""
import os
import re
import shutil
import subprocess
import tempfile

CROSSWALKS = "tests/bad_crosswalks"
MANIFESTS = "tests/bad_manifests"
CROSSWALK = open("assets/carry/crosswalk-2021-2025-to-2026-2030.ron", encoding="utf-8").read()


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def crosswalk(mappings, frm="xa-ntm-2021-2025", to="xa-ntm-2026-2030", extra=""):
    body = ",\n".join(f"        {m}" for m in mappings)
    return f"""// Illustrative crosswalk for the bad-input corpus.
(
    from: "{frm}",
    to: "{to}",
    basis: "illustrative",{extra}
    map: [
{body}
    ],
)
"""


# Criteria crosswalks (`carry --crosswalk`).
C = lambda name, data: write(CROSSWALKS, name, data)
C("crosswalk-truncated.ron", CROSSWALK[:1800])
C("crosswalk-bom-only.ron", b"\xef\xbb\xbf")
C("crosswalk-control-character.ron", CROSSWALK.replace("Quy hoạch → Quy hoạch.", "Quy hoạch\x1b[2K\r0 lỗi"))
C("crosswalk-deep.ron", "(map: " + "[" * 5000 + "]" * 5000 + ")\n")
C("crosswalk-other-sets.ron", crosswalk(['(new: "1", old: ["1"])'], frm="xa-ntm-2016-2020"))
C(
    "crosswalk-unknown-codes.ron",
    crosswalk(['(new: "1", old: ["1", "77"])', '(new: "99", old: ["2"])', '(new: "1", old: ["3"])']),
)
C(
    "crosswalk-many-problems.ron",
    crosswalk([f'(new: "{100 + i}", old: ["{200 + i}"])' for i in range(300)]),
)
long = "Dài" * 40000
C("crosswalk-long-codes.ron", crosswalk([f'(new: "{long}", old: ["{long}"], note: "{long}")']))
C("crosswalk-unknown-field.ron", crosswalk(['(new: "1", old: ["1"])'], extra='\n    approved_by: "Bộ Nông nghiệp",'))
C("crosswalk-wrong-shape.ron", '(from: 2021, to: "xa-ntm-2026-2030", map: "1 → 1")\n')
C("crosswalk-empty.ron", "")
# A good crosswalk written by a Windows editor as UTF-16 with a BOM: it is used.
C("crosswalk-utf16.ron", b"\xff\xfe" + CROSSWALK.replace("\n", "\r\n").encode("utf-16-le"))
shutil.copy("tests/bad_workbooks/formulas-without-values.xlsx", os.path.join(CROSSWALKS, "crosswalk-xlsx.ron"))

# Manifests of a sending (`gather --manifest`, the board of returns).
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "sent")
    subprocess.run(
        ["target/debug/ntm-planner", "send", "tests/data/small-2026.ntm", "--out", out, "--lang", "en"],
        check=True,
        capture_output=True,
    )
    MANIFEST = open(os.path.join(out, "_gui-xa.ron"), encoding="utf-8").read()
# Fixed identity, so the files do not change with the day they are made.
MANIFEST = re.sub(r'round: "[0-9a-f]+"', 'round: "0123456789ab"', MANIFEST)
MANIFEST = re.sub(r'sent: "[0-9-]+"', 'sent: "2026-12-02"', MANIFEST)
MANIFEST = MANIFEST.replace(
    "// NTM Planner: what was sent",
    "// Illustrative manifest for the bad-input corpus (the plan is the illustrative sample).\n// NTM Planner: what was sent",
)
M = lambda name, data: write(MANIFESTS, name, data)
M("manifest-truncated.ron", MANIFEST[:2500])
M("manifest-bom-only.ron", b"\xef\xbb\xbf")
M("manifest-control-character.ron", MANIFEST.replace('name: "Mường Nhé", file', 'name: "Mường\x1b[2K\rNhé", file', 1))
M("manifest-deep.ron", "(manifest: " + "(" * 5000 + ")" * 5000 + ")\n")
M("manifest-other-format.ron", MANIFEST.replace('format: "ntm-send-manifest"', 'format: "ntm-plan"'))
M("manifest-newer.ron", MANIFEST.replace("version: 1,", "version: 7,", 1))
M("manifest-unknown-field.ron", MANIFEST.replace("plan_file:", 'signed_by: "Giám đốc Sở",\n    plan_file:', 1))
# The plan inside a manifest is a plan: the same rules as a plan file.
M("manifest-plan-duplicate-commune.ron", MANIFEST.replace('(id: "thanh-nua", name: "Thanh Nưa", group: 2', '(id: "muong-nhe", name: "Thanh Nưa", group: 2', 1))
M("manifest-plan-amount-overflow.ron", MANIFEST.replace('amount: 7000, children', 'amount: "79000000000000000000000000000", children', 1).replace('kind: Local, amount: 3500', 'kind: Local, amount: "79000000000000000000000000000"', 1))
M("manifest-plan-unknown-criterion.ron", MANIFEST.replace('baseline_unmet: ["2", "6", "7"]', 'baseline_unmet: ["2", "6", "77"]', 1))
M("manifest-commune-not-in-plan.ron", MANIFEST.replace('(id: "na-tau", name: "Nà Tấu", file', '(id: "khong-co", name: "Không có", file', 1))
M("manifest-commune-twice.ron", MANIFEST.replace('(id: "na-tau", name: "Nà Tấu", file: "na-tau.ntm"', '(id: "muong-nhe", name: "Nà Tấu", file: "na-tau.ntm"', 1))
long = "Dài" * 40000
M("manifest-long-names.ron", MANIFEST.replace('name: "Mường Nhé", file: "muong-nhe.ntm"', f'name: "{long}", file: "{long}.ntm"', 1))
shutil.copy("tests/bad_workbooks/formulas-without-values.xlsx", os.path.join(MANIFESTS, "manifest-xlsx.ron"))
shutil.copy("tests/data/small-2026.ntm", os.path.join(MANIFESTS, "manifest-a-plan.ron"))
