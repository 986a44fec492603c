//! Generate the Lai Châu 2027 sample plan, `assets/samples/lai-chau-2027.ntm`, from the
//! Lai Châu 2025 sample through the program's own carry-forward (the same code as
//! File → Lập kế hoạch năm sau… and `ntm-planner carry`):
//!
//!     cargo run --example lai_chau_2027            # writes assets/samples/lai-chau-2027.ntm
//!     cargo run --example lai_chau_2027 -- OUT.ntm # elsewhere
//!
//! The carry-forward puts the 2025 plan's 94 old communes onto the 38 units of Lai
//! Châu since 1 July 2025 (Resolution 1670/NQ-UBTVQH15, the shipped unit register),
//! each with its history, under the 2026–2030 criteria set, with the merged 2026–2035
//! program's funding tree and the unfinished tasks (agencies renamed) and projects.
//! Everything the sources do not give is then filled in here, deterministically, and
//! listed as illustrative in the file's `provenance`: the commune groups, the 2026
//! baseline (the crosswalk's proposal, with criterion 7 not yet met in the group-3
//! communes), the 2027 targets (all ten for communes four short or less, else two more
//! criteria), the planned
//! recognitions, the funding amounts, the 2027 tasks and the goals' figures.
//!
//! The output is the program's canonical file: it loads and saves byte-identical.

use ntm_planner::carry;
use ntm_planner::model::{Level, LevelYear, Plan, Task};
use std::path::{Path, PathBuf};

const YEAR: u16 = 2027;

/// The groups (illustrative): the two wards are urban (group 1); the communes that
/// took in a district seat's township are group 2; the rest are mountain communes of
/// ethnic-minority areas, region II/III (group 3).
fn group_of(plan: &Plan, i: usize) -> u8 {
    let c = &plan.communes[i];
    if c.kind.is_some() {
        return 1;
    }
    let township = c
        .history
        .iter()
        .any(|p| p.kind == ntm_planner::units::UnitKind::Township);
    if township { 2 } else { 3 }
}

fn funding(plan: &mut Plan) {
    // (node id, million VND), illustrative.
    let amounts: [(&str, i64); 8] = [
        ("ns-tw-dt", 118_500),
        ("ns-tw-tx", 34_200),
        ("ns-dp-tinh", 61_000),
        ("ns-dp-xa", 12_400),
        ("tin-dung", 452_000),
        ("long-ghep", 905_300),
        ("doanh-nghiep", 41_600),
        ("cong-dong", 8_350),
    ];
    for (id, amount) in amounts {
        let node = plan
            .funding
            .find_mut(id)
            .unwrap_or_else(|| panic!("funding node {id}"));
        node.amount = Some(amount.into());
    }
}

fn tasks(plan: &mut Plan) {
    let date = |m: u8, d: u8| ntm_planner::model::Date::new(YEAR, m, d).ok();
    let all: Vec<String> = plan
        .criteria_set
        .criteria
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let group3: Vec<String> = plan
        .communes
        .iter()
        .filter(|c| c.group == Some(3))
        .map(|c| c.id.clone())
        .collect();
    let new = [
        (
            "Sở Nông nghiệp và Môi trường",
            "Tham mưu Ủy ban nhân dân tỉnh tổ chức rà soát, đánh giá mức độ đạt các tiêu chí của từng xã theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030; tổng hợp kết quả, đề xuất điều chỉnh mục tiêu năm 2027.",
            date(3, 31),
            all.clone(),
            Vec::new(),
        ),
        (
            "Sở Tài chính",
            "Tham mưu cân đối, bố trí vốn ngân sách địa phương đối ứng và kinh phí thường xuyên thực hiện Chương trình năm 2027; hướng dẫn các xã lập dự toán.",
            date(6, 30),
            Vec::new(),
            Vec::new(),
        ),
        (
            "Sở Xây dựng",
            "Hướng dẫn thực hiện tiêu chí số 2 (Hạ tầng kinh tế - xã hội) theo ngưỡng của từng nhóm xã; thẩm định các công trình hạ tầng thực hiện theo cơ chế đặc thù.",
            date(6, 30),
            vec!["2".to_string()],
            Vec::new(),
        ),
        (
            "Sở Khoa học và Công nghệ",
            "Hướng dẫn, hỗ trợ các xã thực hiện tiêu chí số 7 (Khoa học công nghệ và chuyển đổi số), ưu tiên các xã nhóm 3.",
            date(9, 30),
            vec!["7".to_string()],
            group3.clone(),
        ),
        (
            "Sở Dân tộc và Tôn giáo",
            "Phối hợp lồng ghép các nội dung phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi với xây dựng nông thôn mới tại các xã nhóm 3.",
            date(12, 31),
            vec!["3".to_string(), "6".to_string()],
            group3,
        ),
        (
            "Sở Giáo dục và Đào tạo",
            "Chủ trì hướng dẫn, kiểm tra các chỉ tiêu về giáo dục thuộc tiêu chí số 5 (Văn hóa, giáo dục, y tế).",
            date(11, 30),
            vec!["5".to_string()],
            Vec::new(),
        ),
        (
            "UBND các xã, phường",
            "Xây dựng và tổ chức thực hiện kế hoạch năm 2027 của xã; báo cáo kết quả thực hiện 6 tháng đầu năm và cả năm về Sở Nông nghiệp và Môi trường.",
            date(12, 31),
            Vec::new(),
            Vec::new(),
        ),
    ];
    for (agency, text, deadline, criteria, communes) in new {
        plan.tasks.push(Task {
            agency: agency.to_string(),
            text: text.to_string(),
            deadline,
            criteria,
            communes,
            ..Task::default()
        });
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("assets/samples/lai-chau-2027.ntm"));
    let source = ntm_planner::format::load_file(&root.join("assets/samples/lai-chau-2025.ntm"))
        .expect("the 2025 sample loads")
        .plan;

    // The program's carry-forward, every change kept as proposed.
    let options = carry::default_options(&source, Some(YEAR));
    assert!(options.across.is_some(), "Lai Châu has a shipped register");
    let proposal = carry::propose(&source, &options).expect("carry-forward");
    assert!(proposal.report.unknown.is_empty() && proposal.report.duplicates.is_empty());
    let mut plan = proposal.build();
    assert_eq!(plan.communes.len(), 38);

    // Groups, the 2026 baseline and the 2027 targets (illustrative).
    let set = plan.criteria_set.clone();
    let crosswalk = carry::crosswalk::bundled();
    for i in 0..plan.communes.len() {
        let group = group_of(&plan, i);
        let c = &mut plan.communes[i];
        c.group = Some(group);
        // The crosswalk's proposal, or the same rule over the old communes the 2025
        // plan had where another old unit (a township, a ward) joined them.
        let known: Vec<_> = c.history.iter().filter_map(|p| p.status.as_ref()).collect();
        let mut met = if c.proposed.is_empty() {
            crosswalk.propose(&set, &known)
        } else {
            c.proposed.clone()
        };
        if group == 3 && known.iter().any(|s| s.met < s.of) {
            met.retain(|k| k != "7");
        }
        let baseline: Vec<String> = set
            .criteria
            .iter()
            .filter(|k| !met.contains(&k.code))
            .map(|k| k.code.clone())
            .collect();
        // By the end of 2027: the communes four criteria short or less reach all ten; the
        // others two more criteria, in the set's order.
        let gain = if baseline.len() <= 4 { 4 } else { 2 };
        let target: Vec<String> = baseline.iter().skip(gain).cloned().collect();
        c.baseline_unmet = baseline;
        c.target_unmet = target;
        c.unassessed = false;
        c.proposed.clear();
        if c.target_unmet.is_empty() {
            let level = if c.baseline_unmet.is_empty()
                && c.history.iter().all(|p| {
                    p.status
                        .as_ref()
                        .and_then(|s| s.level())
                        .is_some_and(|l| l.level >= Level::Advanced)
                }) {
                Level::Modern
            } else {
                Level::Ntm
            };
            c.planned = vec![LevelYear { level, year: YEAR }];
        }
    }
    funding(&mut plan);
    tasks(&mut plan);

    // Goals, from the data above.
    let figures = ntm_planner::figures::compute(&plan).expect("the sample's sums fit");
    let n = plan.communes.len();
    let full_base = figures
        .met_baseline
        .iter()
        .filter(|m| **m == set.len())
        .count();
    let full_target = figures
        .met_target
        .iter()
        .filter(|m| **m == set.len())
        .count();
    let planned = |level: Level| {
        plan.communes
            .iter()
            .filter(|c| c.planned.iter().any(|p| p.level == level && p.year == YEAR))
            .count()
    };
    plan.goals.general = "Tiếp tục xây dựng nông thôn mới theo Bộ tiêu chí quốc gia giai đoạn 2026 - 2030 trên địa bàn các xã sau sắp xếp đơn vị hành chính, gắn với giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; nâng cao đời sống vật chất, tinh thần của người dân nông thôn.".to_string();
    plan.goals.targets = vec![
        format!(
            "Số xã đạt đủ 10 tiêu chí theo Bộ tiêu chí giai đoạn 2026 - 2030: từ {full_base}/{n} xã (đánh giá năm 2026) lên {full_target}/{n} xã;"
        ),
        format!(
            "Bình quân tiêu chí/xã: từ {} lên {} tiêu chí;",
            ntm_planner::numfmt::fixed(figures.average_baseline_2dp().unwrap_or_default(), 2),
            ntm_planner::numfmt::fixed(figures.average_target_2dp().unwrap_or_default(), 2)
        ),
        format!(
            "Đề nghị công nhận {} xã đạt chuẩn nông thôn mới và {} xã nông thôn mới hiện đại (thí điểm) năm 2027.",
            planned(Level::Ntm),
            planned(Level::Modern)
        ),
    ];
    plan.header.signer = "KT. CHỦ TỊCH – PHÓ CHỦ TỊCH".to_string();
    plan.provenance.illustrative.extend(
        [
            "Nhóm xã (1, 2, 3) của 38 đơn vị: phường nhóm 1, xã có thị trấn cũ nhóm 2, các xã còn lại nhóm 3 — minh họa, chưa theo quyết định phân nhóm của tỉnh.",
            "Năm gốc 2026 (đánh giá theo Bộ tiêu chí 2026 - 2030): theo đề xuất của bảng chuyển đổi tiêu chí từ kết quả năm 2025 của mẫu Lai Châu 2025, riêng tiêu chí 7 (Khoa học công nghệ và chuyển đổi số) coi là chưa đạt ở các xã nhóm 3 có xã cũ chưa đạt đủ 19 tiêu chí — minh họa.",
            "Mục tiêu năm 2027 (xã còn thiếu 4 tiêu chí trở xuống đạt đủ 10, các xã khác đạt thêm 2 tiêu chí), các xã dự kiến công nhận năm 2027 và số liệu mục tiêu cụ thể suy ra từ đó — minh họa.",
            "Số tiền các nguồn vốn năm 2027 — minh họa; cơ cấu nguồn theo Nghị quyết số 257/2025/QH15.",
            "Bảy nhiệm vụ năm 2027 theo tên các sở từ năm 2025 (hạn, tiêu chí, xã liên quan) — minh họa; các nhiệm vụ và dự án mang sang từ mẫu năm 2025 cũng là minh họa như ở mẫu đó.",
        ]
        .map(String::from),
    );
    plan.provenance.note = format!(
        "{} Tạo bằng tools/samples/lai_chau_2027.rs (cargo run --example lai_chau_2027) từ assets/samples/lai-chau-2025.ntm qua chức năng lập kế hoạch năm sau của chương trình.",
        plan.provenance.note
    );

    let problems = ntm_planner::format::validate::problems(&plan);
    assert!(problems.is_empty(), "{problems:#?}");
    ntm_planner::format::save_file(&plan, &out).expect("written");
    let _ = std::fs::remove_file(ntm_planner::format::save::backup_path(&out));
    // The file is canonical: it loads and saves to the same bytes.
    let text = std::fs::read_to_string(&out).expect("read back");
    let back = ntm_planner::format::load_str(&text).expect("loads").plan;
    assert_eq!(ntm_planner::format::save::to_string(&back).unwrap(), text);
    let findings = ntm_planner::check::check(&back);
    assert!(!ntm_planner::check::has_errors(&findings), "{findings:#?}");
    eprintln!(
        "{}: {} units, 2026 → 2027: {full_base} → {full_target} at 10/10, {} warnings",
        out.display(),
        back.communes.len(),
        findings.len()
    );
}
