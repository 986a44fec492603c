//! A [`PlanDocument`] laid out as a Word document (.docx) the way Decree
//! 30/2020/NĐ-CP sets out administrative documents: A4, Times New Roman, body in
//! 14 pt, margins top and bottom 20 mm, left 30 mm, right 15 mm; the two-column
//! header block (issuing body and number on the left, the national name and motto
//! and the place and date on the right, each with its short rule); "KẾ HOẠCH" and
//! the title; page numbers centred at the top from the second page; "Nơi nhận" and
//! the signature block side by side; each appendix form on landscape pages.
//!
//! The XML is written by the `docx-rs` crate; this module only chooses what goes
//! where.

use super::content::{Align, Appendix, Block, PlanDocument};
use docx_rs::{
    AlignmentType, BorderType, Docx, Header, HeightRule, LineSpacing, LineSpacingType, PageMargin,
    PageNum, PageOrientationType, PageSize, Paragraph, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, Run, RunFonts, Section, SpecialIndentType, Table, TableCell, TableCellBorder,
    TableCellBorderPosition, TableCellBorders, TableLayoutType, TableRow, VAlignType, WidthType,
};

/// A4 in twips (1/1440 inch).
const A4_SHORT: u32 = 11906;
const A4_LONG: u32 = 16838;
/// 20 mm, 30 mm, 15 mm in twips.
const MM20: i32 = 1134;
const MM30: i32 = 1701;
const MM15: i32 = 851;
/// Text width of a portrait page: 210 mm less 30 mm and 15 mm.
const PORTRAIT_TEXT: usize = (A4_SHORT as i32 - MM30 - MM15) as usize;
/// Text width of a landscape page.
const LANDSCAPE_TEXT: usize = (A4_LONG as i32 - MM30 - MM15) as usize;
/// First-line indent of body paragraphs: 1,25 cm.
const INDENT: i32 = 709;

const FONT: &str = "Times New Roman";

/// The height given to a table's heading row (twips, "at least"). docx-rs cannot
/// mark a row as a heading row repeated on every page (`w:tblHeader`); the rows
/// with this height are the heading rows, and [`mark_heading_rows`] adds the mark.
const HEADER_ROW_HEIGHT: u32 = 397;

/// Mark the appendix tables' heading rows to repeat at the top of every page, in
/// the main part's XML as docx-rs wrote it (see [`HEADER_ROW_HEIGHT`]).
pub fn mark_heading_rows(document_xml: &str) -> String {
    let height = format!(r#"<w:trHeight w:val="{HEADER_ROW_HEIGHT}" w:hRule="atLeast" />"#);
    document_xml.replace(&height, &format!("<w:tblHeader />{height}"))
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .cs(FONT)
        .east_asia(FONT)
}

/// A run of text in Times New Roman at `pt` points. Control characters, which XML
/// 1.0 cannot carry and Word would refuse the file for, become spaces.
fn run(text: &str, pt: usize) -> Run {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    Run::new().add_text(text).size(pt * 2).fonts(fonts())
}

fn spacing(before: u32, after: u32) -> LineSpacing {
    LineSpacing::new()
        .before(before)
        .after(after)
        .line(264)
        .line_rule(LineSpacingType::Auto)
}

fn centered(text: &str, pt: usize, bold: bool, italic: bool) -> Paragraph {
    let mut r = run(text, pt);
    if bold {
        r = r.bold();
    }
    if italic {
        r = r.italic();
    }
    Paragraph::new()
        .add_run(r)
        .align(AlignmentType::Center)
        .line_spacing(spacing(0, 0))
}

/// A short horizontal rule, centred in a width of `within` twips: an empty
/// paragraph with a bottom border, narrowed by indents.
fn rule(line: usize, within: usize) -> Paragraph {
    let side = (within.saturating_sub(line) / 2) as i32;
    let mut p = Paragraph::new()
        .add_run(run("", 2))
        .indent(Some(side), None, Some(side), None)
        .line_spacing(
            LineSpacing::new()
                .before(0)
                .after(60)
                .line(40)
                .line_rule(LineSpacingType::Exact),
        );
    // Only the bottom border: docx-rs' defaults would draw the other three too.
    p.property = p.property.set_borders(
        ParagraphBorders::with_empty().set(
            ParagraphBorder::new(ParagraphBorderPosition::Bottom)
                .val(BorderType::Single)
                .size(6)
                .space(0)
                .color("000000"),
        ),
    );
    p
}

fn no_borders() -> TableCellBorders {
    TableCellBorders::with_empty()
}

fn cell(width: usize) -> TableCell {
    TableCell::new()
        .width(width, WidthType::Dxa)
        .set_borders(no_borders())
}

/// The header block: two columns without borders.
fn header_block(doc: &PlanDocument) -> Table {
    let left_w = 3900;
    let right_w = PORTRAIT_TEXT - left_w;
    let mut left = cell(left_w);
    for line in &doc.issuer {
        left = left.add_paragraph(centered(line, 13, true, false));
    }
    left = left
        .add_paragraph(rule(1300, left_w))
        .add_paragraph(centered(&doc.number, 13, false, false));
    let right = cell(right_w)
        .add_paragraph(centered(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            12,
            true,
            false,
        ))
        .add_paragraph(centered("Độc lập - Tự do - Hạnh phúc", 13, true, false))
        .add_paragraph(rule(2700, right_w))
        .add_paragraph(centered(&doc.place_date, 14, false, true));
    Table::without_borders(vec![TableRow::new(vec![left, right])])
        .set_grid(vec![left_w, right_w])
        .width(PORTRAIT_TEXT, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
}

fn body_para(text: &str) -> Paragraph {
    Paragraph::new()
        .add_run(run(text, 14))
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
        .line_spacing(spacing(120, 0))
}

fn block(b: &Block) -> Paragraph {
    match b {
        Block::Section(t) | Block::Heading(t) => Paragraph::new()
            .add_run(run(t, 14).bold())
            .align(AlignmentType::Both)
            .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
            .line_spacing(spacing(120, 0))
            .keep_next(true),
        Block::Para(t) => body_para(t),
        Block::Lead { lead, text } => Paragraph::new()
            .add_run(run(lead, 14).bold())
            .add_run(run(&format!(" {text}"), 14))
            .align(AlignmentType::Both)
            .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
            .line_spacing(spacing(120, 0)),
        Block::Note(t) => Paragraph::new()
            .add_run(run(t, 14).italic())
            .align(AlignmentType::Both)
            .indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None)
            .line_spacing(spacing(60, 0)),
    }
}

/// "Nơi nhận" on the left, the signature block on the right.
fn signature_block(doc: &PlanDocument) -> Table {
    let left_w = 4700;
    let right_w = PORTRAIT_TEXT - left_w;
    let mut left = cell(left_w);
    if !doc.recipients.is_empty() {
        left = left.add_paragraph(
            Paragraph::new()
                .add_run(run("Nơi nhận:", 12).bold().italic())
                .line_spacing(spacing(0, 0)),
        );
        for r in &doc.recipients {
            left = left.add_paragraph(
                Paragraph::new().add_run(run(r, 11)).line_spacing(
                    LineSpacing::new()
                        .before(0)
                        .after(0)
                        .line(240)
                        .line_rule(LineSpacingType::Auto),
                ),
            );
        }
    } else {
        left = left.add_paragraph(Paragraph::new());
    }
    let mut right = cell(right_w);
    for t in &doc.signature_titles {
        right = right.add_paragraph(centered(t, 14, true, false));
    }
    // Room for the signature and the seal.
    for _ in 0..5 {
        right = right.add_paragraph(centered("", 14, false, false));
    }
    right = right.add_paragraph(centered(&doc.signer_name, 14, true, false));
    Table::without_borders(vec![TableRow::new(vec![left, right]).cant_split()])
        .set_grid(vec![left_w, right_w])
        .width(PORTRAIT_TEXT, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0)
}

fn bordered(width: usize) -> TableCell {
    let line = |p| {
        TableCellBorder::new(p)
            .border_type(BorderType::Single)
            .size(4)
            .color("000000")
    };
    TableCell::new()
        .width(width, WidthType::Dxa)
        .set_borders(
            TableCellBorders::with_empty()
                .set(line(TableCellBorderPosition::Top))
                .set(line(TableCellBorderPosition::Bottom))
                .set(line(TableCellBorderPosition::Left))
                .set(line(TableCellBorderPosition::Right)),
        )
        .vertical_align(VAlignType::Center)
}

fn table_text(text: &str, align: Align, bold: bool, pt: usize) -> Paragraph {
    let mut r = run(text, pt);
    if bold {
        r = r.bold();
    }
    Paragraph::new()
        .add_run(r)
        .align(match align {
            Align::Left => AlignmentType::Left,
            Align::Center => AlignmentType::Center,
            Align::Right => AlignmentType::Right,
        })
        .line_spacing(spacing(30, 30))
}

/// An appendix: label, title, "(Kèm theo …)", unit, and the table inside the
/// landscape page's margins.
fn appendix(a: &Appendix) -> (Vec<Paragraph>, Table) {
    let mut head = vec![
        Paragraph::new()
            .add_run(run(&a.label, 13).bold())
            .align(AlignmentType::Right)
            .line_spacing(spacing(0, 0)),
        centered(&a.title, 13, true, false),
        centered(&a.attached, 13, false, true),
    ];
    if let Some(unit) = &a.unit {
        head.push(
            Paragraph::new()
                .add_run(run(unit, 12).italic())
                .align(AlignmentType::Right)
                .line_spacing(spacing(60, 60)),
        );
    } else {
        head.push(centered("", 6, false, false));
    }
    let total: u32 = a.columns.iter().map(|c| c.weight).sum::<u32>().max(1);
    let widths: Vec<usize> = a
        .columns
        .iter()
        .map(|c| LANDSCAPE_TEXT * c.weight as usize / total as usize)
        .collect();
    // Long tables (the project list) in 11 pt, the others in 12 pt.
    let pt = if a.rows.len() > 40 { 11 } else { 12 };
    let mut rows = vec![
        TableRow::new(
            a.columns
                .iter()
                .zip(&widths)
                .map(|(c, w)| {
                    bordered(*w).add_paragraph(table_text(&c.title, Align::Center, true, pt))
                })
                .collect(),
        )
        .cant_split()
        .row_height(HEADER_ROW_HEIGHT as f32)
        .height_rule(HeightRule::AtLeast),
    ];
    for r in &a.rows {
        rows.push(
            TableRow::new(
                r.cells
                    .iter()
                    .zip(a.columns.iter().zip(&widths))
                    .map(|(text, (c, w))| {
                        bordered(*w).add_paragraph(table_text(text, c.align, r.bold, pt))
                    })
                    .collect(),
            )
            .cant_split(),
        );
    }
    let table = Table::new(rows)
        .set_grid(widths)
        .width(LANDSCAPE_TEXT, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .indent(0);
    (head, table)
}

fn margins() -> PageMargin {
    PageMargin::new()
        .top(MM20)
        .bottom(MM20)
        .left(MM30)
        .right(MM15)
        .header(567)
        .footer(567)
}

/// The page number, centred at the top.
fn page_number_header() -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .add_page_num(PageNum::new())
            .size(28)
            .fonts(fonts())
            .align(AlignmentType::Center),
    )
}

fn portrait() -> PageSize {
    PageSize::new()
        .width(A4_SHORT)
        .height(A4_LONG)
        .orient(PageOrientationType::Portrait)
}

fn landscape() -> PageSize {
    PageSize::new()
        .width(A4_LONG)
        .height(A4_SHORT)
        .orient(PageOrientationType::Landscape)
}

/// The body's paragraphs and tables, in order.
enum Item {
    P(Box<Paragraph>),
    T(Box<Table>),
}

fn body_items(doc: &PlanDocument) -> Vec<Item> {
    let p = |p: Paragraph| Item::P(Box::new(p));
    let mut items = vec![Item::T(Box::new(header_block(doc)))];
    if doc.draft {
        items.push(p(
            centered("DỰ THẢO", 13, true, false).line_spacing(spacing(240, 0))
        ));
    }
    items.push(p(
        centered(&doc.kind, 14, true, false).line_spacing(spacing(360, 0))
    ));
    items.push(p(centered(&doc.title, 14, true, false)));
    items.push(p(rule(2000, PORTRAIT_TEXT)));
    let last = doc.body.len().saturating_sub(1);
    for (i, b) in doc.body.iter().enumerate() {
        // The closing paragraph stays on the page of the signature block.
        let para = block(b);
        items.push(p(if i == last {
            para.keep_next(true)
        } else {
            para
        }));
    }
    items.push(p(centered("", 10, false, false).keep_next(true)));
    items.push(Item::T(Box::new(signature_block(doc))));
    items
}

/// The document as a `docx-rs` value, ready to pack.
pub fn layout(doc: &PlanDocument) -> Docx {
    let mut docx = Docx::new()
        .default_fonts(fonts())
        .default_size(28)
        .add_doc_var("generator", "NTM Planner");
    let body = body_items(doc);
    if doc.appendices.is_empty() {
        for item in body {
            docx = match item {
                Item::P(p) => docx.add_paragraph(*p),
                Item::T(t) => docx.add_table(*t),
            };
        }
        return docx
            .page_size(A4_SHORT, A4_LONG)
            .page_orient(PageOrientationType::Portrait)
            .page_margin(margins())
            .header(page_number_header())
            .first_header(Header::new())
            .title_pg();
    }
    // The body is a portrait section with the page number from page 2; each
    // appendix but the last is a landscape section; the last one's page settings
    // are the document's own (Word keeps the last section's settings there).
    let mut first = Section::new()
        .page_size(portrait())
        .page_margin(margins())
        .header(page_number_header())
        .first_header(Header::new())
        .title_pg();
    for item in body {
        first = match item {
            Item::P(p) => first.add_paragraph(*p),
            Item::T(t) => first.add_table(*t),
        };
    }
    docx = docx.add_section(first);
    let n = doc.appendices.len();
    for (i, a) in doc.appendices.iter().enumerate() {
        let (head, table) = appendix(a);
        if i + 1 < n {
            let mut s = Section::new()
                .page_size(landscape())
                .page_margin(margins())
                .header(page_number_header());
            for p in head {
                s = s.add_paragraph(p);
            }
            docx = docx.add_section(s.add_table(table));
        } else {
            for p in head {
                docx = docx.add_paragraph(p);
            }
            docx = docx
                .add_table(table)
                .page_size(A4_LONG, A4_SHORT)
                .page_orient(PageOrientationType::Landscape)
                .page_margin(margins())
                .header(page_number_header());
        }
    }
    docx
}
