"""Writes the hostile workbooks of tests/bad_workbooks/ and the hostile CSV files of
tests/bad_csv/. Run from the repository root:

    python3 tools/bad_inputs/make_bad_workbooks.py

Their expected messages (NAME.vi.expected, NAME.en.expected) are written by
`BLESS=1 cargo test --test bad_inputs` and reviewed by hand. Each workbook is small on
disk; what it declares or unpacks to is what made earlier readers abort.
"""
import io
import pathlib
import struct
import zipfile

root = pathlib.Path(__file__).resolve().parents[2]
wb_dir = root / "tests/bad_workbooks"
csv_dir = root / "tests/bad_csv"

COMMUNES = ["Mường Nhé", "Thanh Nưa", "Nà Tấu", "Thủy Phong"]
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""


def workbook_xml(sheets=("Tiêu chí",)):
    items = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(sheets))
    return ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f"<sheets>{items}</sheets></workbook>")


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def header_row():
    cells = inline("A1", "STT") + inline("B1", "Xã")
    cells += "".join(inline(f"{col(2 + k)}1", str(k + 1)) for k in range(10))
    return f'<row r="1">{cells}</row>'


def commune_rows(mark_cell=lambda r, k: inline(f"{col(2 + k)}{r}", "x")):
    out = []
    for i, name in enumerate(COMMUNES):
        r = i + 2
        cells = f'<c r="A{r}"><v>{i + 1}</v></c>' + inline(f"B{r}", name)
        cells += "".join(mark_cell(r, k) for k in range(10))
        out.append(f'<row r="{r}">{cells}</row>')
    return "".join(out)


def sheet_xml(rows, dimension="A1:L5", extra=""):
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData>{extra}</worksheet>')


def write_xlsx(name, sheet, shared=None, workbook=None, rels=WB_RELS, extra_parts=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", workbook or workbook_xml())
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        if sheet is not None:
            z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for part, data in extra_parts:
            z.writestr(part, data)
    data = buf.getvalue()
    (wb_dir / name).write_bytes(data)
    return data


# A used range declared as the whole sheet, and beyond it: the data is four rows.
write_xlsx("dimension-last-cell.xlsx", sheet_xml(header_row() + commune_rows(), "A1:XFD1048576"))
write_xlsx("dimension-beyond-sheet.xlsx", sheet_xml(header_row() + commune_rows(), "A1:ZZZZ4294967295"))
# A cell at the last row a u32 can count.
write_xlsx("row-u32-max.xlsx", sheet_xml(header_row() + commune_rows() + '<row r="4294967295"><c r="A4294967295"><v>1</v></c></row>'))
# Formulas without stored results (a workbook written by a script): never "not met".
write_xlsx("formulas-without-values.xlsx", sheet_xml(header_row() + commune_rows(
    lambda r, k: f'<c r="{col(2 + k)}{r}"><f>IF(TRUE,"x","")</f></c>' if k < 3 else inline(f"{col(2 + k)}{r}", "x"))))
# A shared formula whose index is 2^64 - 2 (made one reader reserve all memory).
write_xlsx("shared-formula-huge-index.xlsx", sheet_xml(header_row() + commune_rows(
    lambda r, k: f'<c r="{col(2 + k)}{r}"><f t="shared" si="18446744073709551614" ref="C2:C5">1</f></c>' if k == 0 else inline(f"{col(2 + k)}{r}", "x"))))
# One damaged boolean: that cell is named, the rest is read.
write_xlsx("bad-boolean.xlsx", sheet_xml(header_row() + commune_rows(
    lambda r, k: f'<c r="{col(2 + k)}{r}" t="b"><v>maybe</v></c>' if (r, k) == (3, 4) else inline(f"{col(2 + k)}{r}", "x"))))
# Excel errors in mark cells: shown as Excel shows them.
write_xlsx("excel-errors.xlsx", sheet_xml(header_row() + commune_rows(
    lambda r, k: f'<c r="{col(2 + k)}{r}" t="e"><v>#DIV/0!</v></c>' if k == 1 else inline(f"{col(2 + k)}{r}", "x"))))
# A mark pointing at a shared string that does not exist.
write_xlsx("missing-shared-string.xlsx", sheet_xml(header_row() + commune_rows(
    lambda r, k: f'<c r="{col(2 + k)}{r}" t="s"><v>99999999</v></c>' if (r, k) == (2, 0) else inline(f"{col(2 + k)}{r}", "x"))),
    shared='<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>x</t></si></sst>')
# Shared strings that unpack to 300 MB (a few hundred KB on disk): one text of 300 MB
# (stopped at the length of one text), and 300 texts of 1 MB (stopped at the part's size).
big = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + "a" * (300 * 1024 * 1024) + "</t></si></sst>"
write_xlsx("shared-strings-bomb.xlsx", sheet_xml(header_row() + commune_rows()), shared=big)
big = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + ("<si><t>" + "a" * (1024 * 1024) + "</t></si>") * 300 + "</sst>"
write_xlsx("shared-strings-many.xlsx", sheet_xml(header_row() + commune_rows()), shared=big)
# One tag of 300 MB of "<" (the XML reader gathers it as one tag: found by a fuzzer).
big = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>a</t></si>" + "<" * (300 * 1024 * 1024) + "</sst>"
write_xlsx("shared-strings-open-tag.xlsx", sheet_xml(header_row() + commune_rows()), shared=big)
del big
# Over two million cells: a value at the end of each of 2.000 rows 1.500 columns wide (a
# grid is as wide as its widest row; the reader counts the padding, so it stops early).
rows = "".join(f'<row r="{r}"><c r="{col(1499)}{r}"><v>1</v></c></row>' for r in range(6, 2006))
write_xlsx("cells-bomb.xlsx", sheet_xml(header_row() + commune_rows() + rows))
# A merged region over the whole sheet: clipped to the data.
write_xlsx("merged-whole-sheet.xlsx", sheet_xml(header_row() + commune_rows(), extra='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))
# Ten thousand and one merged regions.
merges = "".join(f'<mergeCell ref="M{i + 1}:N{i + 1}"/>' for i in range(10_001))
write_xlsx("merged-too-many.xlsx", sheet_xml(header_row() + commune_rows(), extra=f"<mergeCells>{merges}</mergeCells>"))
# Control characters in a name: removed, the commune is found.
write_xlsx("control-characters.xlsx", sheet_xml(header_row() + commune_rows().replace("Nà Tấu", "Nà&#x9;Tấu").replace("Thanh Nưa", "Thanh\u0085Nưa")))
# No sheets; a workbook part that is not XML; a truncated sheet.
write_xlsx("no-sheets.xlsx", None, workbook='<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>')
write_xlsx("truncated-sheet.xlsx", sheet_xml(header_row() + commune_rows())[:900])
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr("word/document.xml", "<w:document/>")
(wb_dir / "zip-without-workbook.xlsx").write_bytes(buf.getvalue())
# Not a zip: a CSV, an old .xls, a PDF, nothing.
(wb_dir / "csv-named-xlsx.xlsx").write_bytes("STT;Xã;1;2\n1;Mường Nhé;x;x\n".encode())
(wb_dir / "old-xls.xlsx").write_bytes(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
(wb_dir / "pdf-named-xlsx.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
(wb_dir / "empty.xlsx").write_bytes(b"")
# A zip whose end record declares 60.000 parts (and one whose zip64 record declares 2^62).
data = bytearray(write_xlsx("many-parts.xlsx", sheet_xml(header_row() + commune_rows())))
eocd = data.rindex(b"PK\x05\x06")
struct.pack_into("<HH", data, eocd + 8, 60000, 60000)
(wb_dir / "many-parts.xlsx").write_bytes(bytes(data))
data = bytearray(write_xlsx("zip64-huge-count.xlsx", sheet_xml(header_row() + commune_rows())))
eocd = data.rindex(b"PK\x05\x06")
cd_size, cd_off = struct.unpack_from("<II", data, eocd + 12)
z64 = struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, 1 << 62, 1 << 62, cd_size, cd_off)
loc = struct.pack("<4sIQI", b"PK\x06\x07", 0, eocd, 1)
tail = bytearray(data[eocd:])
struct.pack_into("<HH", tail, 8, 0xFFFF, 0xFFFF)
(wb_dir / "zip64-huge-count.xlsx").write_bytes(bytes(data[:eocd]) + z64 + loc + bytes(tail))

# CSV files.
head = "STT;Xã;" + ";".join(str(k + 1) for k in range(10)) + "\n"
rows = "".join(f"{i + 1};{n};" + ";".join(["x"] * 10) + "\n" for i, n in enumerate(COMMUNES))
(csv_dir / "columns-beyond-sheet.csv").write_text(head + rows + ";" * 20_000 + "x\n", encoding="utf-8")
# (The cell and whitespace bombs, several MB, are made by tests/bad_inputs.rs itself.)
(csv_dir / "control-characters.csv").write_text(head + rows.replace("Nà Tấu", "Nà\x1b[2K Tấu"), encoding="utf-8")
(csv_dir / "old-encoding.csv").write_bytes(b"STT;T\xEAn x\xE3\n1;T\xE1 L\xE8ng\n")
(csv_dir / "utf16-odd.csv").write_bytes(b"\xFF\xFE" + (head + rows).encode("utf-16-le") + b"\x00")
(csv_dir / "xlsx-named-csv.csv").write_bytes((wb_dir / "dimension-last-cell.xlsx").read_bytes())
(csv_dir / "long-cell.csv").write_text(head + rows.replace("Thủy Phong;x", "Thủy Phong;x" + " " * 100_000, 1), encoding="utf-8")
(csv_dir / "quote-never-closed.csv").write_text(head + '1;"Mường Nhé;x;x\n' + rows * 50, encoding="utf-8")
(csv_dir / "bom-only.csv").write_bytes(b"\xef\xbb\xbf")
