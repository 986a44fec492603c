//! The plan as a Word document: each test writes the .docx, reads it back with a
//! .docx reader (docx-rs' own) and looks for the sentences and figures a planner
//! would look for — the seed plans' sentences with the seed's figures, computed
//! from the data.

use docx_rs::{DocumentChild, SectionChild, TableCellContent, TableChild, TableRowChild};
use ntm_planner::format;
use ntm_planner::model::{Date, Plan, Signature};
use std::io::Read;

fn sample(name: &str) -> Plan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/samples")
        .join(name);
    format::load_file(&path).unwrap().plan
}

fn table_lines(t: &docx_rs::Table, out: &mut Vec<String>) {
    for TableChild::TableRow(row) in &t.rows {
        for TableRowChild::TableCell(cell) in &row.cells {
            for c in &cell.children {
                match c {
                    TableCellContent::Paragraph(p) => out.push(p.raw_text()),
                    TableCellContent::Table(t) => table_lines(t, out),
                    _ => {}
                }
            }
        }
    }
}

/// Every paragraph's text, in order, as a reader of the file sees it.
fn read_back(bytes: &[u8]) -> Vec<String> {
    let docx = docx_rs::read_docx(bytes).expect("the .docx reads back");
    let mut out = Vec::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => out.push(p.raw_text()),
            DocumentChild::Table(t) => table_lines(t, &mut out),
            DocumentChild::Section(s) => {
                for c in s.children() {
                    match c {
                        SectionChild::Paragraph(p) => out.push(p.raw_text()),
                        SectionChild::Table(t) => table_lines(t, &mut out),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    out.into_iter().filter(|l| !l.trim().is_empty()).collect()
}

/// The main part's XML, for the page set-up.
fn document_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

fn has(lines: &[String], needle: &str) -> bool {
    lines.iter().any(|l| l.contains(needle))
}

#[track_caller]
fn assert_has(lines: &[String], needle: &str) {
    assert!(
        has(lines, needle),
        "the document has no line with {needle:?}; it has:\n{}",
        lines.join("\n")
    );
}

#[test]
fn lai_chau_document_has_the_seed_sentences_with_the_seed_figures() {
    let plan = sample("lai-chau-2025.ntm");
    let bytes = ntm_planner::report::docx_bytes(&plan).unwrap();
    let lines = read_back(&bytes);

    // Header block, title.
    for s in [
        "ỦY BAN NHÂN DÂN",
        "TỈNH LAI CHÂU",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "KẾ HOẠCH",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lai Châu năm 2025",
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ",
    ] {
        assert_has(&lines, s);
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Lai Châu, ngày") && l.ends_with("năm 2025"))
    );

    // I. Goals: the general goal verbatim, the specific targets from the data.
    assert_has(
        &lines,
        "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới gắn với",
    );
    assert_has(
        &lines,
        "- Tiếp tục duy trì và nâng cao chất lượng tiêu chí nông thôn mới của 39 xã đã được công nhận đạt chuẩn, hoàn thiện hồ sơ trình công nhận đạt chuẩn nông thôn mới 5 xã năm 2024 theo kế hoạch (xã ",
    );
    let to_recognize = lines
        .iter()
        .find(|l| l.starts_with("- Công nhận mới 10 xã nông thôn mới năm 2025 (xã "))
        .expect("the communes to recognize");
    for name in ["Tả Lèng", "Nà Tăm", "Sùng Phài", "Nậm Hàng"] {
        assert!(to_recognize.contains(name), "{to_recognize}");
    }
    assert!(to_recognize.ends_with("nâng tổng số xã được công nhận đạt chuẩn toàn tỉnh 54 xã;"));
    assert_has(&lines, "- Công nhận 06 xã nông thôn mới nâng cao (xã ");
    assert_has(
        &lines,
        "- Hoàn thiện hồ sơ trình công nhận 03 huyện Tam Đường, Than Uyên, Tân Uyên đạt chuẩn nông thôn mới;",
    );
    assert_has(
        &lines,
        "- Công nhận mới 104 thôn, bản đạt chuẩn nông thôn mới (huyện Tam Đường: 10 bản, huyện Than Uyên: 20 bản, huyện Mường Tè: 18 bản, huyện Nậm Nhùn: 9 bản, huyện Phong Thổ: 25 bản, huyện Sìn Hồ: 22 bản);",
    );
    // The averages are the data's (1.629 / 94 and 1.362 / 94), not the 14,55 printed.
    assert_has(
        &lines,
        "- Phấn đấu bình quân tiêu chí nông thôn mới toàn tỉnh đạt 17,33 tiêu chí/xã và không còn xã dưới 15 tiêu chí (Bình quân tiêu chí toàn tỉnh năm 2024 đạt 14,49 tiêu chí/xã);",
    );
    assert!(!has(&lines, "14,55"));
    assert_has(
        &lines,
        "- Số xã đạt từ 15-18 tiêu chí: 40 xã (năm 2024 có 5 xã đạt);",
    );
    assert_has(
        &lines,
        "- Số xã đạt từ 10-14 tiêu chí: 0 xã (năm 2024 có 27 xã đạt);",
    );
    assert_has(
        &lines,
        "- Số xã đạt từ 5-9 tiêu chí: 0 xã (năm 2024 có 18 xã đạt).",
    );

    // II. Per criterion, the seed's sentence.
    assert_has(
        &lines,
        "- Có 93/94 xã đạt tiêu chí số 2 về giao thông thuộc Bộ tiêu chí xã nông thôn mới (năm 2024 có 64/94 xã đạt tiêu chí số 2 về giao thông).",
    );
    assert_has(&lines, "Có 78/94 xã đạt tiêu chí số 5 về trường học");
    assert_has(
        &lines,
        "(năm 2024 có 91/94 xã đạt tiêu chí số 19 về quốc phòng và an ninh)",
    );

    // III. Funding, as the seed writes it.
    assert_has(
        &lines,
        "Dự kiến nguồn vốn thực hiện Chương trình xây dựng nông thôn mới năm 2025 là: 4.503.481 triệu đồng:",
    );
    assert_has(
        &lines,
        "- Vốn ngân sách Trung ương: 96.569 triệu đồng, trong đó:",
    );
    assert_has(
        &lines,
        "+ Vốn đầu tư: 74.098 triệu đồng (vốn trong nước 67.980 triệu đồng, vốn nước ngoài 6.118 triệu đồng).",
    );
    assert_has(&lines, "+ Vốn sự nghiệp: 22.471 triệu đồng.");
    assert_has(
        &lines,
        "- Vốn ngân sách địa phương (vốn đối ứng): 157.707 triệu đồng;",
    );
    assert_has(
        &lines,
        "- Vốn lồng ghép các Chương trình mục tiêu quốc gia: 1.667.139 triệu đồng;",
    );
    assert_has(&lines, "- Vốn tín dụng: 2.581.000 triệu đồng;");
    assert_has(&lines, "- Vốn huy động cộng đồng dân cư: 1.066 triệu đồng.");

    // IV. Allocation: the corrected 0,32%, shares adding up to exactly 100,00%.
    assert_has(
        &lines,
        "- Nội dung thành phần số 2: 74.098 triệu đồng, chiếm 76,73%.",
    );
    assert_has(
        &lines,
        "- Nội dung thành phần số 3: 307 triệu đồng, chiếm 0,32%.",
    );
    assert!(!has(&lines, "0,31%"));
    assert_has(
        &lines,
        "- Nội dung chưa phân bổ chi tiết: 16.089 triệu đồng, chiếm 16,66%.",
    );
    let sum: i64 = lines
        .iter()
        .filter(|l| l.starts_with("- Nội dung"))
        .filter_map(|l| l.split("chiếm ").nth(1))
        .map(|s| {
            s.trim_end_matches("%.")
                .replace(',', "")
                .parse::<i64>()
                .unwrap()
        })
        .sum();
    assert_eq!(sum, 10000, "the shares add up to 100,00%");
    assert_has(
        &lines,
        "Tổng số dự án đã phân bổ: 86 dự án, trong đó có 63 dự án thực hiện theo cơ chế đặc thù.",
    );

    // V, VI: the planner's text verbatim.
    assert_has(&lines, "Về công tác chỉ đạo điều hành");
    assert_has(&lines, "1. Sở Nông nghiệp và Môi trường");
    assert_has(
        &lines,
        "2. Sở Xây dựng: Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường",
    );

    // Recipients and the signature block.
    assert_has(&lines, "Nơi nhận:");
    assert_has(&lines, "- TT. Tỉnh ủy (B/c);");
    assert_has(&lines, "- Lưu: VT, Kt6.");
    let sig: Vec<&String> = lines
        .iter()
        .skip_while(|l| !l.starts_with("TM. ỦY BAN NHÂN DÂN"))
        .take(3)
        .collect();
    assert_eq!(sig, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);

    // Appendix forms, attached to the plan.
    for s in ["Biểu số 2", "Biểu số 4", "Biểu số 8", "Biểu số 9"] {
        assert_has(&lines, s);
    }
    assert_has(&lines, "(Kèm theo Kế hoạch số");
    assert_has(&lines, "TỔNG SỐ: 86 dự án");

    // A4 portrait body, landscape appendices, page numbers, Times New Roman.
    let xml = document_xml(&bytes);
    assert!(xml.contains(r#"w:w="11906""#) && xml.contains(r#"w:h="16838""#));
    assert!(xml.contains(r#"w:orient="landscape""#));
    assert!(xml.contains("Times New Roman"));
    assert!(xml.contains(r#"w:left="1701""#), "left margin 30 mm");
    assert!(
        xml.contains("<w:tblHeader />"),
        "appendix headings repeat on every page"
    );
}

/// Every per-criterion sentence is the screen's figure: the same computation.
#[test]
fn every_criterion_sentence_is_the_figure_the_screen_shows() {
    let plan = sample("lai-chau-2025.ntm");
    let figures = ntm_planner::figures::compute(&plan).unwrap();
    let lines = read_back(&ntm_planner::report::docx_bytes(&plan).unwrap());
    for c in &figures.per_criterion {
        let sentence = format!(
            "- Có {}/94 xã đạt tiêu chí số {} về {}",
            c.target,
            c.code,
            c.name.to_lowercase()
        );
        assert_has(&lines, &sentence);
        assert_has(
            &lines,
            &format!(
                "(năm 2024 có {}/94 xã đạt tiêu chí số {} ",
                c.baseline, c.code
            ),
        );
    }
}

#[test]
fn lang_son_draft_leaves_number_and_day_blank() {
    let plan = sample("lang-son-2023.ntm");
    assert!(plan.header.draft && plan.header.number.is_empty() && plan.header.date.is_none());
    let lines = read_back(&ntm_planner::report::docx_bytes(&plan).unwrap());
    let number = lines.iter().find(|l| l.starts_with("Số:")).unwrap();
    assert!(number.ends_with("/KH-UBND"), "{number}");
    assert!(
        !number.chars().any(|c| c.is_ascii_digit()),
        "no number in a draft: {number}"
    );
    let date = lines
        .iter()
        .find(|l| l.starts_with("Lạng Sơn, ngày"))
        .unwrap();
    assert!(date.ends_with("năm 2023"), "{date}");
    assert!(
        !date.chars().take(20).any(|c| c.is_ascii_digit()),
        "no day: {date}"
    );
    assert_has(&lines, "DỰ THẢO");
    assert_has(&lines, "ỦY BAN NHÂN DÂN");
    assert_has(&lines, "TỈNH LẠNG SƠN");
    // The written targets and the roadmap's figures.
    assert_has(
        &lines,
        "Lộ trình triển khai, thực hiện hoàn thiện các chỉ tiêu, tiêu chí",
    );
    assert_has(&lines, "- Năm 2023: hoàn thiện 106 tiêu chí chưa đạt tại ");
    assert_has(&lines, "Biểu số 03");
    // Signature block with the signer's name, recipients.
    assert_has(&lines, "Lương Trọng Quỳnh");
    assert_has(&lines, "- Lưu: VT, KT(PVĐ).");
    // No money in this plan: no funding section.
    assert!(!has(&lines, "DỰ KIẾN NGUỒN VỐN"));
}

#[test]
fn a_numbered_dated_plan_prints_its_number_and_date() {
    let mut plan = sample("lai-chau-2025.ntm");
    plan.header.number = "125/KH-UBND".into();
    plan.header.date = Some(Date {
        year: 2025,
        month: 3,
        day: 6,
    });
    plan.header.signature = Signature {
        titles: vec!["TM. ỦY BAN NHÂN DÂN".into(), "CHỦ TỊCH".into()],
        name: "Nguyễn Văn A".into(),
    };
    let lines = read_back(&ntm_planner::report::docx_bytes(&plan).unwrap());
    assert_has(&lines, "Số: 125/KH-UBND");
    assert_has(&lines, "Lai Châu, ngày 06 tháng 3 năm 2025");
    assert_has(
        &lines,
        "(Kèm theo Kế hoạch số 125/KH-UBND ngày 06/03/2025 của Ủy ban nhân dân tỉnh Lai Châu)",
    );
    assert_has(&lines, "Nguyễn Văn A");
    assert!(!has(&lines, "DỰ THẢO"));
}

#[test]
fn a_plan_without_funding_gets_no_funding_section() {
    let set = ntm_planner::criteria_sets::by_name("2026-2030").unwrap();
    let mut plan = Plan::new_empty(set, "Lai Châu", 2026);
    plan.header.issuing_body = "Ủy ban nhân dân tỉnh Lai Châu".into();
    let lines = read_back(&ntm_planner::report::docx_bytes(&plan).unwrap());
    assert!(!has(&lines, "NGUỒN VỐN"), "{lines:#?}");
    assert!(!has(&lines, "triệu đồng"), "{lines:#?}");
    assert!(!has(&lines, "Biểu số 2"));
    assert!(!has(&lines, "Tổng số dự án"));
    // Still a document: header, title, signature from the one-line signer.
    assert_has(&lines, "KẾ HOẠCH");
    assert_has(&lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

#[test]
fn a_plan_from_before_the_signature_block_signs_with_its_signer_line() {
    let mut plan = sample("lai-chau-2025.ntm");
    plan.header.signature = Signature::default();
    plan.header.recipients.clear();
    let lines = read_back(&ntm_planner::report::docx_bytes(&plan).unwrap());
    let i = lines.iter().position(|l| l == "KT. CHỦ TỊCH").unwrap();
    assert_eq!(lines[i + 1], "PHÓ CHỦ TỊCH");
    assert!(!has(&lines, "Nơi nhận:"));
}

#[test]
fn the_command_line_writes_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ke-hoach.docx");
    let plan =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/samples/lai-chau-2025.ntm");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ntm-planner"))
        .args(["document"])
        .arg(&plan)
        .arg("--docx")
        .arg(&out)
        .output()
        .unwrap();
    assert!(run.status.success(), "{run:?}");
    let lines = read_back(&std::fs::read(&out).unwrap());
    assert_has(&lines, "4.503.481 triệu đồng");
    // A plan that cannot be read: exit 2, nothing written.
    let bad = dir.path().join("bad.ntm");
    std::fs::write(&bad, "not a plan").unwrap();
    let out2 = dir.path().join("none.docx");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_ntm-planner"))
        .arg("document")
        .arg(&bad)
        .arg("--docx")
        .arg(&out2)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(!out2.exists());
}

#[test]
fn control_characters_in_the_plan_do_not_break_the_document() {
    let mut plan = sample("lai-chau-2025.ntm");
    plan.goals.general = "Mục tiêu\u{1}chung\u{7} có ký tự điều khiển\ttab".into();
    plan.header.recipients.push("Sở Tài chính\u{b};".into());
    let bytes = ntm_planner::report::docx_bytes(&plan).unwrap();
    let lines = read_back(&bytes);
    assert_has(&lines, "Mục tiêu chung  có ký tự điều khiển");
    assert_has(&lines, "- Sở Tài chính ;");
}
