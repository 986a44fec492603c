//! What the plan document says, as plain data: the header block, the title, the
//! body's headings and paragraphs, "Nơi nhận", the signature block and the appendix
//! tables. No file format here: [`super::docx`] lays this out as a Word document,
//! and tests read the sentences straight from it.
//!
//! Text the planner wrote (legal bases, the general goal, solutions, tasks,
//! recipients) is copied verbatim. Every sentence with a figure is generated from
//! [`crate::figures`] — the computation the screen shows — in the seed plans' own
//! wording, with numbers in Vietnamese format ([`crate::numfmt`]), so the document
//! cannot disagree with the data. The document is in Vietnamese whatever the
//! window's language: it is the state's document.

use crate::figures::{self, Figures, shares::percent_shares};
use crate::model::{FundingNode, Level, Plan, PlanKind, SetLevel};
use crate::numfmt;
use rust_decimal::Decimal;

/// One block of the body, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading: "I. MỤC TIÊU" (bold, capitals as given).
    Section(String),
    /// A numbered sub-heading: "1. Mục tiêu chung" (bold).
    Heading(String),
    /// A body paragraph (justified, first line indented).
    Para(String),
    /// A paragraph that starts with a bold lead: "2. Sở Xây dựng:" + text.
    Lead { lead: String, text: String },
    /// A reference to an appendix: "(Chi tiết tại Biểu số 2 kèm theo)" (italic).
    Note(String),
}

/// How a table column's cells are aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// Relative width.
    pub weight: u32,
    pub align: Align,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<String>,
    /// Totals and group rows are bold.
    pub bold: bool,
}

/// An appendix form (biểu) as a table, printed on a landscape page.
#[derive(Debug, Clone, PartialEq)]
pub struct Appendix {
    /// "Biểu số 2".
    pub label: String,
    /// "NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH NĂM 2025".
    pub title: String,
    /// "(Kèm theo Kế hoạch số …/KH-UBND ngày … của …)".
    pub attached: String,
    /// "Đơn vị tính: triệu đồng", when the table has money.
    pub unit: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

/// The whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanDocument {
    /// The issuing body, in capitals, one or two lines ("ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU").
    pub issuer: Vec<String>,
    /// "Số: 125/KH-UBND", or "Số:        /KH-UBND" while the number is not given.
    pub number: String,
    /// "Lai Châu, ngày 16 tháng 3 năm 2025", with blanks for what is not given.
    pub place_date: String,
    pub draft: bool,
    /// "KẾ HOẠCH".
    pub kind: String,
    /// The title under "KẾ HOẠCH": "Thực hiện Chương trình … năm 2025".
    pub title: String,
    pub body: Vec<Block>,
    pub recipients: Vec<String>,
    pub signature_titles: Vec<String>,
    pub signer_name: String,
    pub appendices: Vec<Appendix>,
}

impl PlanDocument {
    /// Every paragraph's text in reading order (body, recipients, signature,
    /// appendix titles and cells): for tests and for a quick look.
    pub fn text_lines(&self) -> Vec<String> {
        let mut out = self.issuer.clone();
        out.push(self.number.clone());
        out.push(self.place_date.clone());
        out.push(self.kind.clone());
        out.push(self.title.clone());
        for b in &self.body {
            out.push(match b {
                Block::Section(t) | Block::Heading(t) | Block::Para(t) | Block::Note(t) => {
                    t.clone()
                }
                Block::Lead { lead, text } => format!("{lead} {text}"),
            });
        }
        out.extend(self.recipients.iter().cloned());
        out.extend(self.signature_titles.iter().cloned());
        out.push(self.signer_name.clone());
        for a in &self.appendices {
            out.push(a.label.clone());
            out.push(a.title.clone());
            out.push(a.attached.clone());
            for r in &a.rows {
                out.push(r.cells.join(" | "));
            }
        }
        out
    }
}

/// The blank left for a number or day not yet given, as the Lạng Sơn draft prints it.
const BLANK: &str = "      ";

/// Roman numerals for section headings (a plan has at most a dozen sections).
fn roman(n: usize) -> &'static str {
    const R: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    R.get(n.saturating_sub(1)).copied().unwrap_or("XII")
}

/// "06" for counts under ten, as the seed plans write counts of communes raised to
/// advanced and of districts ("Công nhận 06 xã …", "03 huyện").
fn two_digits(n: usize) -> String {
    if n < 10 {
        format!("0{n}")
    } else {
        numfmt::count(n as i64)
    }
}

/// The first letter in lower case, for a name inside a sentence ("Giao thông" →
/// "giao thông").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn money(d: Decimal) -> String {
    format!("{} triệu đồng", numfmt::decimal(d))
}

/// The issuing body in capitals, split before the unit's name: "Ủy ban nhân dân
/// tỉnh Lai Châu" → "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU".
fn issuer_lines(body: &str) -> Vec<String> {
    let body = body.trim();
    let folded = crate::text::fold(body);
    for prefix in ["uy ban nhan dan ", "hoi dong nhan dan "] {
        if folded.starts_with(prefix) {
            let cut = body
                .char_indices()
                .nth(prefix.chars().count())
                .map(|(i, _)| i)
                .unwrap_or(body.len());
            let (a, b) = body.split_at(cut);
            return vec![a.trim().to_uppercase(), b.trim().to_uppercase()];
        }
    }
    vec![body.to_uppercase()]
}

/// "KH-UBND": the document kind and the body's abbreviation, after the number.
fn number_suffix(body: &str) -> &'static str {
    let folded = crate::text::fold(body);
    if folded.starts_with("uy ban nhan dan") {
        "KH-UBND"
    } else if folded.starts_with("hoi dong nhan dan") {
        "KH-HĐND"
    } else {
        "KH"
    }
}

/// "Số: 125/KH-UBND"; the number blank while it is not given.
fn number_line(plan: &Plan) -> String {
    let n = plan.header.number.trim();
    if n.is_empty() {
        format!(
            "Số:{BLANK}{BLANK}/{}",
            number_suffix(&plan.header.issuing_body)
        )
    } else {
        format!("Số: {n}")
    }
}

/// "Lai Châu, ngày 16 tháng 3 năm 2025" (days and months under ten with a zero for
/// days, as the state's documents write them: "ngày 05 tháng 7"), blanks while the
/// date is not given.
fn place_date(plan: &Plan) -> String {
    let place = plan.header.place.trim();
    let place = if place.is_empty() {
        plan.header.province.trim()
    } else {
        place
    };
    let date = match plan.header.date {
        Some(d) => format!("ngày {:02} tháng {} năm {}", d.day, d.month, d.year),
        None => format!("ngày{BLANK}tháng{BLANK}năm {}", plan.header.year),
    };
    if place.is_empty() {
        upper_first(&date)
    } else {
        format!("{place}, {date}")
    }
}

/// "(Kèm theo Kế hoạch số 125/KH-UBND ngày 16/3/2025 của Ủy ban nhân dân tỉnh Lai Châu)".
fn attached_line(plan: &Plan) -> String {
    let n = plan.header.number.trim();
    let number = if n.is_empty() {
        format!("{BLANK}/{}", number_suffix(&plan.header.issuing_body))
    } else {
        n.to_string()
    };
    let date = match plan.header.date {
        Some(d) => format!("{:02}/{:02}/{}", d.day, d.month, d.year),
        None => format!("{BLANK}/{BLANK}/{}", plan.header.year),
    };
    format!(
        "(Kèm theo Kế hoạch số {number} ngày {date} của {})",
        plan.header.issuing_body.trim()
    )
}

/// The title under "KẾ HOẠCH": the plan's title without its leading "Kế hoạch".
fn title_under(plan: &Plan) -> String {
    let t = plan.header.title.trim();
    let folded = crate::text::fold(t);
    if folded.starts_with("ke hoach ") {
        let rest: String = t.chars().skip("Kế hoạch ".chars().count()).collect();
        upper_first(rest.trim())
    } else {
        t.to_string()
    }
}

/// The plan as a document.
///
/// Fails, with the place, only when the plan's amounts add up past what the program
/// computes exactly (the same check as the screen's figures).
pub fn build(plan: &Plan) -> Result<PlanDocument, figures::ArithmeticError> {
    let figs = figures::compute(plan)?;
    let mut body = Vec::new();
    for line in &plan.header.legal_bases {
        if !line.trim().is_empty() {
            body.push(Block::Para(line.trim().to_string()));
        }
    }
    body.push(Block::Para(format!(
        "{} ban hành {} với các nội dung như sau:",
        plan.header.issuing_body.trim(),
        plan.header.title.trim()
    )));

    let mut appendices = Vec::new();
    let attached = attached_line(plan);
    let mut section = 0usize;
    let mut next = |title: &str| {
        section += 1;
        Block::Section(format!("{}. {title}", roman(section)))
    };

    // I. Goals.
    body.push(next("MỤC TIÊU"));
    let mut sub = 0;
    if !plan.goals.general.trim().is_empty() {
        sub += 1;
        body.push(Block::Heading(format!("{sub}. Mục tiêu chung")));
        for p in plan.goals.general.lines().filter(|l| !l.trim().is_empty()) {
            body.push(Block::Para(p.trim().to_string()));
        }
    }
    let targets = specific_targets(plan, &figs);
    if !targets.is_empty() {
        sub += 1;
        let heading = match plan.header.kind {
            PlanKind::Yearly => format!("{sub}. Mục tiêu cụ thể năm {}", plan.header.year),
            PlanKind::Remediation => format!("{sub}. Mục tiêu, lộ trình thực hiện"),
        };
        body.push(Block::Heading(heading));
        body.extend(targets.into_iter().map(Block::Para));
    }
    if let Some(a) = roadmap_appendix(plan, &attached) {
        body.push(Block::Note(format!(
            "(Chi tiết theo {} kèm theo)",
            lower_first(&a.label)
        )));
        appendices.push(a);
    }

    // II. Contents: the criteria, commune by commune counts, or the roadmap.
    let criteria = criteria_sentences(plan, &figs);
    if !criteria.is_empty() {
        body.push(next("NỘI DUNG, NHIỆM VỤ THỰC HIỆN"));
        body.extend(criteria.into_iter().map(Block::Para));
        if let Some(a) = criteria_appendix(plan, &figs, &attached) {
            body.push(Block::Note(format!(
                "(Chi tiết theo {} kèm theo)",
                lower_first(&a.label)
            )));
            appendices.push(a);
        }
    }

    // III. Funding: only when the plan has money in it.
    if !figs.total_funding.is_zero() {
        body.push(next("DỰ KIẾN NGUỒN VỐN"));
        body.extend(funding_sentences(plan, &figs).into_iter().map(Block::Para));
        let a = funding_appendix(plan, &figs, &attached);
        body.push(Block::Note(format!("(Chi tiết tại {} kèm theo)", a.label)));
        appendices.push(a);
    }

    // IV. Allocation and projects.
    let allocation = figs.allocation.as_ref().filter(|a| !a.lines.is_empty());
    if allocation.is_some() || figs.projects > 0 {
        body.push(next(
            "VỐN BỐ TRÍ THỰC HIỆN TỪNG NỘI DUNG, DANH MỤC DỰ ÁN VỐN ĐẦU TƯ",
        ));
        let mut n = 0;
        if let Some(a) = allocation {
            n += 1;
            body.push(Block::Heading(format!(
                "{n}. Vốn bố trí, cơ cấu vốn thực hiện theo từng nội dung thành phần"
            )));
            for l in &a.lines {
                let what = match &l.component {
                    Some(code) => format!("Nội dung thành phần số {code}"),
                    None => "Nội dung chưa phân bổ chi tiết".to_string(),
                };
                body.push(Block::Para(format!(
                    "- {what}: {}, chiếm {}.",
                    money(l.amount),
                    numfmt::percent(l.share)
                )));
            }
            let app = allocation_appendix(plan, a, &attached);
            body.push(Block::Note(format!(
                "(Chi tiết theo {})",
                lower_first(&app.label)
            )));
            appendices.push(app);
        }
        if figs.projects > 0 {
            n += 1;
            let special = if figs.special_projects > 0 {
                format!(
                    ", trong đó có {} dự án thực hiện theo cơ chế đặc thù",
                    numfmt::count(figs.special_projects as i64)
                )
            } else {
                String::new()
            };
            body.push(Block::Lead {
                lead: format!("{n}. Danh mục dự án vốn đầu tư năm {}:", plan.header.year),
                text: format!(
                    "Tổng số dự án đã phân bổ: {} dự án{special}.",
                    numfmt::count(figs.projects as i64)
                ),
            });
            let app = projects_appendix(plan, &figs, &attached);
            body.push(Block::Note(format!(
                "(Chi tiết theo {})",
                lower_first(&app.label)
            )));
            appendices.push(app);
        }
    }

    // V. Solutions, as written.
    if !plan.solutions.is_empty() {
        body.push(next("GIẢI PHÁP THỰC HIỆN"));
        for (i, s) in plan.solutions.iter().enumerate() {
            // A title the planner numbered ("2.1. Quán triệt …") keeps its own number.
            let title = s.title.trim();
            let heading = if title.starts_with(|c: char| c.is_ascii_digit()) {
                title.to_string()
            } else {
                format!("{}. {title}", i + 1)
            };
            body.push(Block::Heading(heading));
            for p in s.text.lines().filter(|l| !l.trim().is_empty()) {
                body.push(Block::Para(p.trim().to_string()));
            }
        }
    }

    // VI. The agencies' tasks, as written, agency by agency in the plan's order.
    if !plan.tasks.is_empty() {
        body.push(next("TỔ CHỨC THỰC HIỆN"));
        let mut agencies: Vec<(&str, Vec<&str>)> = Vec::new();
        for t in &plan.tasks {
            let agency = t.agency.trim();
            match agencies.iter_mut().find(|(a, _)| *a == agency) {
                Some((_, v)) => v.push(t.text.trim()),
                None => agencies.push((agency, vec![t.text.trim()])),
            }
        }
        for (i, (agency, texts)) in agencies.iter().enumerate() {
            if let [only] = texts.as_slice() {
                body.push(Block::Lead {
                    lead: format!("{}. {agency}:", i + 1),
                    text: only.to_string(),
                });
            } else {
                body.push(Block::Heading(format!("{}. {agency}", i + 1)));
                for t in texts {
                    body.push(Block::Para(format!("- {t}")));
                }
            }
        }
    }
    body.push(Block::Para(format!(
        "Trên đây là Kế hoạch của {}; đề nghị các cơ quan, đơn vị có liên quan triển khai thực hiện./.",
        plan.header.issuing_body.trim()
    )));

    let signature_titles = plan.header.signature_titles();
    Ok(PlanDocument {
        issuer: issuer_lines(&plan.header.issuing_body),
        number: number_line(plan),
        place_date: place_date(plan),
        draft: plan.header.draft,
        kind: "KẾ HOẠCH".into(),
        title: title_under(plan),
        body,
        recipients: plan
            .header
            .recipients
            .iter()
            .map(|r| r.trim())
            .filter(|r| !r.is_empty())
            .map(|r| {
                if r.starts_with('-') || r.starts_with('+') {
                    r.to_string()
                } else {
                    format!("- {r}")
                }
            })
            .collect(),
        signature_titles,
        signer_name: plan.header.signature.name.trim().to_string(),
        appendices,
    })
}

/// "xã A, B, C": names after the first one's kind word, as the seeds write lists.
fn commune_list(names: &[String]) -> String {
    format!("xã {}", names.join(", "))
}

/// The year a commune awaiting recognition was planned for, when they share one.
fn awaiting_year(plan: &Plan, names: &[String]) -> Option<u16> {
    let names: std::collections::HashSet<&str> = names.iter().map(String::as_str).collect();
    let mut years = plan
        .communes
        .iter()
        .filter(|c| names.contains(c.name.as_str()))
        .filter_map(|c| {
            c.planned
                .iter()
                .filter(|p| p.level == Level::Ntm && p.year < plan.header.year)
                .map(|p| p.year)
                .max()
        });
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// The set's name in a sentence: "Bộ tiêu chí xã nông thôn mới".
fn set_phrase(plan: &Plan) -> &'static str {
    match plan.criteria_set.level {
        SetLevel::Commune => "Bộ tiêu chí xã nông thôn mới",
        SetLevel::AdvancedCommune => "Bộ tiêu chí xã nông thôn mới nâng cao",
        SetLevel::District => "Bộ tiêu chí huyện nông thôn mới",
    }
}

/// I.2: the specific targets. A yearly plan with communes gets them from the data
/// in the Lai Châu plan's sentences; otherwise (a remediation plan, or a plan
/// without communes) the targets are printed as the planner wrote them, followed
/// by the roadmap's figures for a remediation plan.
fn specific_targets(plan: &Plan, f: &Figures) -> Vec<String> {
    let year = plan.header.year;
    let prev = year.saturating_sub(1);
    if plan.header.kind == PlanKind::Remediation || f.communes == 0 {
        let mut out: Vec<String> = plan
            .goals
            .targets
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(|t| {
                if t.starts_with('-') {
                    t.to_string()
                } else {
                    format!("- {t}")
                }
            })
            .collect();
        if plan.header.kind == PlanKind::Remediation {
            out.extend(roadmap_sentences(f));
        }
        return out;
    }
    let mut out = Vec::new();
    let mut first = format!(
        "- Tiếp tục duy trì và nâng cao chất lượng tiêu chí nông thôn mới của {} xã đã được công nhận đạt chuẩn",
        numfmt::count(f.recognized as i64)
    );
    if !f.awaiting.is_empty() {
        let when = awaiting_year(plan, &f.awaiting)
            .map(|y| format!(" năm {y}"))
            .unwrap_or_default();
        first.push_str(&format!(
            ", hoàn thiện hồ sơ trình công nhận đạt chuẩn nông thôn mới {} xã{when} theo kế hoạch ({})",
            numfmt::count(f.awaiting.len() as i64),
            commune_list(&f.awaiting)
        ));
    }
    first.push(';');
    out.push(first);
    if !f.to_recognize.is_empty() {
        out.push(format!(
            "- Công nhận mới {} xã nông thôn mới năm {year} ({}) nâng tổng số xã được công nhận đạt chuẩn toàn tỉnh {} xã;",
            numfmt::count(f.to_recognize.len() as i64),
            commune_list(&f.to_recognize),
            numfmt::count(f.recognized_after as i64)
        ));
    }
    if !f.advanced_to_recognize.is_empty() {
        out.push(format!(
            "- Công nhận {} xã nông thôn mới nâng cao ({});",
            two_digits(f.advanced_to_recognize.len()),
            commune_list(&f.advanced_to_recognize)
        ));
    }
    let districts: Vec<&str> = plan
        .districts
        .iter()
        .filter(|d| d.planned == Some(year))
        .map(|d| d.name.trim())
        .collect();
    if !districts.is_empty() {
        out.push(format!(
            "- Hoàn thiện hồ sơ trình công nhận {} huyện {} đạt chuẩn nông thôn mới;",
            two_digits(districts.len()),
            districts.join(", ")
        ));
    }
    let villages: Vec<String> = f
        .villages
        .iter()
        .filter(|v| v.to_recognize > 0)
        .map(|v| {
            let kind = if plan.district(&v.unit).is_some() {
                "huyện"
            } else {
                "xã"
            };
            format!("{kind} {}: {} bản", v.name, numfmt::count(v.to_recognize))
        })
        .collect();
    if f.villages_to_recognize > 0 {
        out.push(format!(
            "- Công nhận mới {} thôn, bản đạt chuẩn nông thôn mới ({});",
            numfmt::count(f.villages_to_recognize),
            villages.join(", ")
        ));
    }
    if let (Some(b), Some(t)) = (f.average_baseline, f.average_target) {
        let floor = match plan.stated.floor {
            Some(floor) if f.below_floor.is_empty() => {
                format!(" và không còn xã dưới {floor} tiêu chí")
            }
            Some(floor) => format!(
                " (còn {} xã dưới {floor} tiêu chí)",
                numfmt::count(f.below_floor.len() as i64)
            ),
            None => String::new(),
        };
        out.push(format!(
            "- Phấn đấu bình quân tiêu chí nông thôn mới toàn tỉnh đạt {} tiêu chí/xã{floor} (Bình quân tiêu chí toàn tỉnh năm {prev} đạt {} tiêu chí/xã);",
            numfmt::fixed(t, 2),
            numfmt::fixed(b, 2)
        ));
    }
    let top = f.criteria_in_set as u16;
    let bands: Vec<&figures::BandCount> = f
        .distribution
        .iter()
        .filter(|b| b.baseline > 0 || b.target > 0)
        .collect();
    let last = bands.len();
    for (i, b) in bands.into_iter().enumerate() {
        let range = if b.min == b.max {
            format!("{}", b.min)
        } else if b.min == 0 {
            format!("dưới {}", b.max + 1)
        } else if b.max >= top && b.min < top {
            format!("từ {} trở lên", b.min)
        } else {
            format!("từ {}-{}", b.min, b.max)
        };
        let end = if i + 1 == last { '.' } else { ';' };
        out.push(format!(
            "- Số xã đạt {range} tiêu chí: {} xã (năm {prev} có {} xã đạt){end}",
            numfmt::count(b.target as i64),
            numfmt::count(b.baseline as i64)
        ));
    }
    out
}

/// The roadmap's figures: unmet criteria planned for completion, year by year.
fn roadmap_sentences(f: &Figures) -> Vec<String> {
    f.roadmap
        .iter()
        .map(|r| match r.year {
            Some(y) => format!(
                "- Năm {y}: hoàn thiện {} tiêu chí chưa đạt tại {} xã;",
                numfmt::count(r.items as i64),
                numfmt::count(r.communes as i64)
            ),
            None => format!(
                "- Chưa xác định năm hoàn thành: {} tiêu chí chưa đạt tại {} xã;",
                numfmt::count(r.items as i64),
                numfmt::count(r.communes as i64)
            ),
        })
        .collect()
}

/// II: one sentence per criterion, in the set's order: "Có 93/94 xã đạt tiêu chí
/// số 2 về giao thông thuộc Bộ tiêu chí xã nông thôn mới (năm 2024 có 64/94 xã đạt
/// tiêu chí số 2 về giao thông)."
fn criteria_sentences(plan: &Plan, f: &Figures) -> Vec<String> {
    if f.communes == 0 || plan.header.kind == PlanKind::Remediation {
        return Vec::new();
    }
    let n = numfmt::count(f.communes as i64);
    let prev = plan.header.year.saturating_sub(1);
    let set = set_phrase(plan);
    f.per_criterion
        .iter()
        .map(|c| {
            let what = format!("tiêu chí số {} về {}", c.code, c.name.trim().to_lowercase());
            format!(
                "- Có {}/{n} xã đạt {what} thuộc {set} (năm {prev} có {}/{n} xã đạt {what}).",
                numfmt::count(c.target as i64),
                numfmt::count(c.baseline as i64)
            )
        })
        .collect()
}

/// III: "Dự kiến nguồn vốn … là: 4.503.481 triệu đồng:" and each source with its
/// parts, as the Lai Châu plan writes them.
fn funding_sentences(plan: &Plan, f: &Figures) -> Vec<String> {
    let mut out = vec![format!(
        "Dự kiến nguồn vốn thực hiện Chương trình xây dựng nông thôn mới năm {} là: {}:",
        plan.header.year,
        money(f.total_funding)
    )];
    let nodes = &plan.funding.children;
    for (i, node) in nodes.iter().enumerate() {
        let end = if i + 1 == nodes.len() { '.' } else { ';' };
        if node.children.is_empty() {
            out.push(format!(
                "- {}: {}{end}",
                node.name.trim(),
                money(node.total())
            ));
            continue;
        }
        out.push(format!(
            "- {}: {}, trong đó:",
            node.name.trim(),
            money(node.total())
        ));
        for child in &node.children {
            out.push(format!("+ {}.", part_with_details(child)));
        }
    }
    out
}

/// "Vốn đầu tư: 74.098 triệu đồng (vốn trong nước 67.980 triệu đồng, vốn nước
/// ngoài 6.118 triệu đồng)": a source and, in brackets, its parts.
fn part_with_details(node: &FundingNode) -> String {
    format!(
        "{}: {}{}",
        node.name.trim(),
        money(node.total()),
        details(node)
    )
}

/// " (vốn trong nước 67.980 triệu đồng, vốn nước ngoài 6.118 triệu đồng)", or
/// nothing for a source without parts.
fn details(node: &FundingNode) -> String {
    if node.children.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = node
        .children
        .iter()
        .map(|c| {
            format!(
                "{} {}{}",
                lower_first(c.name.trim()),
                money(c.total()),
                details(c)
            )
        })
        .collect();
    format!(" ({})", parts.join(", "))
}

fn col(title: &str, weight: u32, align: Align) -> Column {
    Column {
        title: title.into(),
        weight,
        align,
    }
}

/// Biểu số 2: the funding sources as a tree, with each first-level source's share
/// of the total (shares that add up to 100,00%).
fn funding_appendix(plan: &Plan, f: &Figures, attached: &str) -> Appendix {
    let top: Vec<Decimal> = plan.funding.children.iter().map(|n| n.total()).collect();
    // figures::compute has already checked these sums and shares.
    let shares = percent_shares(&top, f.total_funding, 2).unwrap_or_default();
    let mut rows = vec![Row {
        cells: vec![
            String::new(),
            "TỔNG SỐ".into(),
            numfmt::decimal(f.total_funding),
            numfmt::percent(Decimal::ONE_HUNDRED),
        ],
        bold: true,
    }];
    fn walk(node: &FundingNode, depth: usize, number: String, rows: &mut Vec<Row>) {
        for (i, c) in node.children.iter().enumerate() {
            let n = format!("{number}{}.", i + 1);
            rows.push(Row {
                cells: vec![
                    n.clone(),
                    format!("{}{}", "   ".repeat(depth), c.name.trim()),
                    numfmt::decimal(c.total()),
                    String::new(),
                ],
                bold: false,
            });
            walk(c, depth + 1, n, rows);
        }
    }
    for (i, (node, share)) in plan.funding.children.iter().zip(&shares).enumerate() {
        rows.push(Row {
            cells: vec![
                roman(i + 1).to_string(),
                node.name.trim().to_string(),
                numfmt::decimal(node.total()),
                numfmt::percent(*share),
            ],
            bold: true,
        });
        walk(node, 1, String::new(), &mut rows);
    }
    Appendix {
        label: "Biểu số 2".into(),
        title: format!(
            "DỰ KIẾN NGUỒN VỐN THỰC HIỆN CHƯƠNG TRÌNH XÂY DỰNG NÔNG THÔN MỚI NĂM {}",
            plan.header.year
        ),
        attached: attached.into(),
        unit: Some("Đơn vị tính: triệu đồng".into()),
        columns: vec![
            col("STT", 8, Align::Center),
            col("Nguồn vốn", 60, Align::Left),
            col("Số vốn", 18, Align::Right),
            col("Tỷ lệ", 14, Align::Right),
        ],
        rows,
    }
}

/// Biểu số 4: communes meeting each criterion, baseline and target.
fn criteria_appendix(plan: &Plan, f: &Figures, attached: &str) -> Option<Appendix> {
    if f.communes == 0 {
        return None;
    }
    let prev = plan.header.year.saturating_sub(1);
    let n = f.communes as i64;
    let pct = |k: usize| {
        numfmt::percent(figures::round2(
            Decimal::from(k as i64) * Decimal::ONE_HUNDRED / Decimal::from(n),
        ))
    };
    let mut rows: Vec<Row> = f
        .per_criterion
        .iter()
        .enumerate()
        .map(|(i, c)| Row {
            cells: vec![
                (i + 1).to_string(),
                format!("Tiêu chí số {}: {}", c.code, c.name.trim()),
                format!("{}/{}", numfmt::count(c.baseline as i64), numfmt::count(n)),
                pct(c.baseline),
                format!("{}/{}", numfmt::count(c.target as i64), numfmt::count(n)),
                pct(c.target),
            ],
            bold: false,
        })
        .collect();
    if let (Some(b), Some(t)) = (f.average_baseline, f.average_target) {
        rows.push(Row {
            cells: vec![
                String::new(),
                "Bình quân tiêu chí/xã".into(),
                numfmt::fixed(b, 2),
                String::new(),
                numfmt::fixed(t, 2),
                String::new(),
            ],
            bold: true,
        });
    }
    for b in &f.distribution {
        rows.push(Row {
            cells: vec![
                String::new(),
                format!("Số xã đạt {} tiêu chí", b.label),
                numfmt::count(b.baseline as i64),
                pct(b.baseline),
                numfmt::count(b.target as i64),
                pct(b.target),
            ],
            bold: false,
        });
    }
    Some(Appendix {
        label: "Biểu số 4".into(),
        title: format!(
            "SỐ XÃ ĐẠT TỪNG TIÊU CHÍ NÔNG THÔN MỚI NĂM {prev} VÀ MỤC TIÊU NĂM {}",
            plan.header.year
        ),
        attached: attached.into(),
        unit: None,
        columns: vec![
            col("STT", 6, Align::Center),
            col("Tiêu chí", 46, Align::Left),
            col(&format!("Năm {prev}: số xã đạt"), 14, Align::Center),
            col("Tỷ lệ", 10, Align::Right),
            col(
                &format!("Mục tiêu năm {}: số xã đạt", plan.header.year),
                14,
                Align::Center,
            ),
            col("Tỷ lệ", 10, Align::Right),
        ],
        rows,
    })
}

/// Biểu số 03 of a remediation plan: each commune's unmet criteria with the year
/// each is to be completed and the agency in charge.
fn roadmap_appendix(plan: &Plan, attached: &str) -> Option<Appendix> {
    if plan.header.kind != PlanKind::Remediation {
        return None;
    }
    let mut rows = Vec::new();
    let mut i = 0;
    for c in &plan.communes {
        if c.baseline_unmet.is_empty() {
            continue;
        }
        i += 1;
        for (j, code) in c.baseline_unmet.iter().enumerate() {
            let d = c.detail(code);
            let name = plan
                .criteria_set
                .criteria
                .iter()
                .find(|k| &k.code == code)
                .map(|k| k.name.trim())
                .unwrap_or("");
            rows.push(Row {
                cells: vec![
                    if j == 0 { i.to_string() } else { String::new() },
                    if j == 0 {
                        c.name.trim().to_string()
                    } else {
                        String::new()
                    },
                    format!("{code}. {name}"),
                    d.and_then(|d| d.year)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    d.map(|d| d.agency.trim().to_string()).unwrap_or_default(),
                    d.map(|d| d.note.trim().to_string()).unwrap_or_default(),
                ],
                bold: false,
            });
        }
    }
    if rows.is_empty() {
        return None;
    }
    Some(Appendix {
        label: "Biểu số 03".into(),
        title: "LỘ TRÌNH HOÀN THIỆN CÁC TIÊU CHÍ CHƯA ĐẠT THEO BỘ TIÊU CHÍ".into(),
        attached: attached.into(),
        unit: None,
        columns: vec![
            col("STT", 5, Align::Center),
            col("Xã", 14, Align::Left),
            col("Tiêu chí chưa đạt", 27, Align::Left),
            col("Năm hoàn thành", 10, Align::Center),
            col("Cơ quan phụ trách", 18, Align::Left),
            col("Ghi chú", 26, Align::Left),
        ],
        rows,
    })
}

/// Biểu số 8: the base (the central budget) by component content, shares adding up
/// to 100,00%.
fn allocation_appendix(plan: &Plan, a: &figures::AllocationFigures, attached: &str) -> Appendix {
    let mut rows = vec![Row {
        cells: vec![
            String::new(),
            format!("TỔNG SỐ ({})", a.base_name.trim()),
            numfmt::decimal(a.base),
            numfmt::percent(Decimal::ONE_HUNDRED),
        ],
        bold: true,
    }];
    for (i, l) in a.lines.iter().enumerate() {
        let what = match &l.component {
            Some(code) => format!("Nội dung thành phần số {code}: {}", l.name.trim()),
            None => "Nội dung chưa phân bổ chi tiết".into(),
        };
        rows.push(Row {
            cells: vec![
                (i + 1).to_string(),
                what,
                numfmt::decimal(l.amount),
                numfmt::percent(l.share),
            ],
            bold: false,
        });
    }
    Appendix {
        label: "Biểu số 8".into(),
        title: {
            let base = a.base_name.trim().to_uppercase();
            let base = if base.starts_with("VỐN ") {
                base
            } else {
                format!("VỐN {base}")
            };
            format!(
                "CƠ CẤU {base} THỰC HIỆN THEO TỪNG NỘI DUNG THÀNH PHẦN NĂM {}",
                plan.header.year
            )
        },
        attached: attached.into(),
        unit: Some("Đơn vị tính: triệu đồng".into()),
        columns: vec![
            col("STT", 8, Align::Center),
            col("Nội dung", 60, Align::Left),
            col("Số vốn", 18, Align::Right),
            col("Tỷ lệ", 14, Align::Right),
        ],
        rows,
    }
}

/// Biểu số 9: the investment projects.
fn projects_appendix(plan: &Plan, f: &Figures, attached: &str) -> Appendix {
    let mut rows = vec![Row {
        cells: vec![
            String::new(),
            format!("TỔNG SỐ: {} dự án", numfmt::count(f.projects as i64)),
            String::new(),
            String::new(),
            numfmt::decimal(f.projects_amount),
            numfmt::count(f.special_projects as i64),
            String::new(),
        ],
        bold: true,
    }];
    let date = |d: Option<crate::model::Date>| {
        d.map(|d| format!("{:02}/{:02}/{}", d.day, d.month, d.year))
            .unwrap_or_default()
    };
    // Commune names by id, once: a national plan has 16.000 projects in 8.000 communes.
    let names: std::collections::HashMap<&str, &str> = plan
        .communes
        .iter()
        .map(|c| (c.id.as_str(), c.name.as_str()))
        .collect();
    for (i, p) in plan.projects.iter().enumerate() {
        let time = match (p.start, p.end) {
            (None, None) => String::new(),
            (s, e) => format!("{} – {}", date(s), date(e)),
        };
        rows.push(Row {
            cells: vec![
                (i + 1).to_string(),
                p.name.trim().to_string(),
                p.commune
                    .as_deref()
                    .map(|c| names.get(c).copied().unwrap_or(c).to_string())
                    .unwrap_or_default(),
                p.component.clone().unwrap_or_default(),
                numfmt::decimal(p.total()),
                if p.special_mechanism {
                    "x".into()
                } else {
                    String::new()
                },
                time,
            ],
            bold: false,
        });
    }
    Appendix {
        label: "Biểu số 9".into(),
        title: format!("DANH MỤC DỰ ÁN VỐN ĐẦU TƯ NĂM {}", plan.header.year),
        attached: attached.into(),
        unit: Some("Đơn vị tính: triệu đồng".into()),
        columns: vec![
            col("STT", 5, Align::Center),
            col("Tên dự án", 38, Align::Left),
            col("Xã", 12, Align::Left),
            col("Nội dung thành phần", 8, Align::Center),
            col("Tổng vốn", 10, Align::Right),
            col("Cơ chế đặc thù", 8, Align::Center),
            col("Thời gian thực hiện", 19, Align::Center),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;

    fn plan() -> Plan {
        let text = include_str!("../../assets/samples/lai-chau-2025.ntm");
        crate::format::load_str(text).unwrap().plan
    }

    #[test]
    fn the_issuing_body_is_split_before_the_unit_name() {
        assert_eq!(
            issuer_lines("Ủy ban nhân dân tỉnh Lai Châu"),
            ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"]
        );
        assert_eq!(
            issuer_lines("Ủy ban nhân dân xã Mường Tè"),
            ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG TÈ"]
        );
        assert_eq!(
            issuer_lines("Sở Nông nghiệp và Môi trường"),
            ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"]
        );
        assert_eq!(number_suffix("Ủy ban nhân dân tỉnh Lai Châu"), "KH-UBND");
        assert_eq!(number_suffix("Sở Xây dựng"), "KH");
    }

    #[test]
    fn the_title_under_ke_hoach_drops_the_word() {
        let p = plan();
        assert_eq!(
            title_under(&p),
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lai Châu năm 2025"
        );
    }

    #[test]
    fn place_and_date_blank_until_given() {
        let mut p = plan();
        assert_eq!(
            place_date(&p),
            format!("Lai Châu, ngày{BLANK}tháng{BLANK}năm 2025")
        );
        p.header.date = Some(Date {
            year: 2025,
            month: 12,
            day: 1,
        });
        assert_eq!(place_date(&p), "Lai Châu, ngày 01 tháng 12 năm 2025");
        p.header.place = String::new();
        p.header.province = String::new();
        assert_eq!(place_date(&p), "Ngày 01 tháng 12 năm 2025");
    }

    #[test]
    fn sections_are_numbered_in_order_whatever_is_left_out() {
        let mut p = plan();
        p.funding = crate::model::FundingNode::root();
        p.allocation = None;
        p.projects.clear();
        let doc = build(&p).unwrap();
        let sections: Vec<&str> = doc
            .body
            .iter()
            .filter_map(|b| match b {
                Block::Section(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            sections,
            [
                "I. MỤC TIÊU",
                "II. NỘI DUNG, NHIỆM VỤ THỰC HIỆN",
                "III. GIẢI PHÁP THỰC HIỆN",
                "IV. TỔ CHỨC THỰC HIỆN"
            ]
        );
        assert!(doc.appendices.iter().all(|a| a.label == "Biểu số 4"));
    }

    #[test]
    fn appendix_totals_are_the_figures() {
        let p = plan();
        let doc = build(&p).unwrap();
        let funding = doc
            .appendices
            .iter()
            .find(|a| a.label == "Biểu số 2")
            .unwrap();
        assert_eq!(funding.rows[0].cells[2], "4.503.481");
        assert_eq!(funding.rows[0].cells[3], "100,00%");
        let alloc = doc
            .appendices
            .iter()
            .find(|a| a.label == "Biểu số 8")
            .unwrap();
        let shares: Vec<&str> = alloc.rows[1..]
            .iter()
            .map(|r| r.cells[3].as_str())
            .collect();
        assert_eq!(
            shares,
            ["76,73%", "0,32%", "2,90%", "0,70%", "2,69%", "16,66%"]
        );
        assert!(alloc.title.starts_with("CƠ CẤU VỐN NGÂN SÁCH TRUNG ƯƠNG"));
        let projects = doc
            .appendices
            .iter()
            .find(|a| a.label == "Biểu số 9")
            .unwrap();
        assert_eq!(projects.rows.len(), 87, "a total row and 86 projects");
        assert_eq!(projects.rows[0].cells[5], "63");
    }
}
