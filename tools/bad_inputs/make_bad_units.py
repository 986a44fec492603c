#!/usr/bin/env python3
"""Write the bad-input corpus of unit registers and unit lists: tests/bad_units/.

Each file is one way a register file (.ron, kept or given with --units/--register)
or a unit list (CSV/XLSX, `units import`) can be wrong, damaged or hostile. The
expected messages beside each (NAME.vi.expected, NAME.en.expected) are written by
`BLESS=1 cargo test --test bad_inputs` and reviewed by hand.

Run from the repository root: python3 tools/bad_inputs/make_bad_units.py
"""
import os
import shutil

OUT = "tests/bad_units"
LAI_CHAU = open("assets/units/lai-chau.ron", encoding="utf-8").read()


def register(units, province="Điện Biên (illustrative)"):
    body = ",\n".join(
        f"""        (
            code: "{code}",
            name: "{name}",
            kind: Commune,
            formed_from: [
{olds}
            ],
        )"""
        for code, name, olds in units
    )
    return f"""// Illustrative register for the bad-input corpus (not real units).
(
    province: "{province}",
    province_kind: Province,
    effective: "2025-07-01",
    units: [
{body}
    ],
)
"""


def old(name, code="", part=False):
    extra = ", part: true" if part else ""
    return f'                (code: "{code}", name: "{name}", kind: Commune, district: "Huyện A"{extra}),'


def write(name, data):
    path = os.path.join(OUT, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


os.makedirs(OUT, exist_ok=True)
# Registers.
write("register-truncated.ron", LAI_CHAU[:3000])
write("register-bom-only.ron", b"\xef\xbb\xbf")
write(
    "register-duplicate-code.ron",
    register([("100", "Nậm Một", old("Cũ Một")), ("100", "Nậm Hai", old("Cũ Hai"))]),
)
write(
    "register-control-character.ron",
    register([("100", "Mường\x1b[2K\rNhé", old("Cũ Một")), ("101", "Nậm Hai", old("Cũ Hai"))]),
)
write(
    "register-many-problems.ron",
    register([("7", f"Nậm {i}", old(f"Cũ {i}")) for i in range(150)]),
)
long = "Dài" * 40000
write(
    "register-long-names.ron",
    register([("1", long, old("Cũ Một")), ("2", long, old("Cũ Hai"))]),
)
write(
    "register-old-unit-twice.ron",
    register(
        [
            ("1", "Nậm Một", old("Tà Mung") + "\n" + old("Tà Hừa", part=True)),
            ("2", "Nậm Hai", old("Tà Mung")),
        ]
    ),
)
write("register-wrong-shape.ron", '(province: 3, units: [])\n')
write("register-deep.ron", "(units: " + "[" * 5000 + "]" * 5000 + ")\n")
write("register-empty.ron", register([]))
shutil.copy("tests/bad_workbooks/formulas-without-values.xlsx", os.path.join(OUT, "register-xlsx.ron"))

# Unit lists (`units import`).
write("list-no-header.csv", "Danh sách\nmột;hai;ba\n1;2;3\n")
write(
    "list-bad-rows.csv",
    "new_province;new_code;new_name;type;old_name;old_code\n"
    "Lai Châu;03637;Xã Mường Kim;full;Tà Mung;03638\n"
    "Lai Châu;03637;Xã Mường Kim;full;Tà Mung;03638\n"
    "Lai Châu;0A1;Xã Khoen On;full;Ta Gia;03640\n"
    "Lai Châu;03640;Xã Khoen On;nửa;Khoen On;03643\n"
    "Lai Châu;03641;;full;Hua Nà;03632\n"
    "Lai Châu;03637;Xã Than Uyên;full;Mường Than;03619\n",
)
write(
    "list-control-characters.csv",
    "new_province;new_code;new_name;type;old_name\n"
    "Lai Châu;03637;Xã Mường\x1b[2K\rKim;full;Tà\x00Mung\n",
)
write("list-utf16-odd.csv", b"\xff\xfe" + "new_name\nXã A\n".encode("utf-16-le") + b"\x00")
shutil.copy("tests/bad_workbooks/formulas-without-values.xlsx", os.path.join(OUT, "list-formulas-without-values.xlsx"))
shutil.copy("tests/bad_workbooks/cells-bomb.xlsx", os.path.join(OUT, "list-cells-bomb.xlsx"))
