//! Plans with every field of the model filled in, for the tests of compare and
//! merge. Every struct is written out field by field (no `..Default::default()`):
//! a field added to the model does not compile here until it is filled, and then
//! the tests check it is compared, labelled and merged.
//!
//! `filled(0)` and `filled(1)` have the same shape (same list lengths, every
//! optional value present) and differ in every single value.

use crate::model::*;
use rust_decimal::Decimal;

fn t(v: usize, s: &str) -> String {
    if v == 0 {
        s.to_string()
    } else {
        format!("{s} (sửa)")
    }
}

fn d(v: usize, whole: i64) -> Decimal {
    Decimal::new(whole * 100 + 25 + v as i64 * 50, 2)
}

fn date(v: usize, month: u8) -> Date {
    Date {
        year: 2025 + v as u16,
        month,
        day: 10 + v as u8,
    }
}

fn set(v: usize, id: &str, level: SetLevel) -> CriteriaSet {
    CriteriaSet {
        id: t(v, id),
        name: t(v, "Bộ tiêu chí xã nông thôn mới"),
        name_en: t(v, "Commune NTM criteria"),
        level,
        legal_basis: t(v, "Quyết định 51/2025/QĐ-TTg"),
        period_start: 2026 - v as u16,
        period_end: 2030 + v as u16,
        in_force_from: Some(2026 + v as u16),
        groups: vec![CommuneGroup {
            number: 1 + v as u8,
            name: t(v, "Nhóm 1"),
            name_en: t(v, "Group 1"),
        }],
        criteria: vec![
            Criterion {
                code: t(v, "1"),
                name: t(v, "Quy hoạch"),
                name_en: t(v, "Planning"),
                indicators: Some(3 + v as u16),
            },
            Criterion {
                code: t(v, "2"),
                name: t(v, "Hạ tầng kinh tế - xã hội"),
                name_en: t(v, "Infrastructure"),
                indicators: Some(9 + v as u16),
            },
        ],
        bands: vec![Band {
            label: t(v, "0–2"),
            label_en: t(v, "0 to 2"),
            min: v as u16,
            max: 2 + v as u16,
        }],
        components: vec![component(v)],
        unconfirmed: vec![t(v, "Chỉ tiêu chưa đối chiếu")],
        levels: vec![if v == 0 { Level::Ntm } else { Level::Modern }],
        province_completion: Some(ProvinceCompletion {
            basis: t(v, "Phụ lục III"),
            ntm_percent: 100 - v as u8,
            modern_percent: 10 + v as u8,
            ward_criteria_percent: Some(70 + v as u8),
        }),
        program_targets: Some(ProgramTargets {
            basis: t(v, "Nghị quyết 257/2025/QH15"),
            year: 2030 + v as u16,
            ntm_percent: 65 + v as u8,
            modern_percent: 10 + v as u8,
        }),
        indicator_list: vec![Indicator {
            code: t(v, "1.1"),
            criterion: t(v, "1"),
            name: t(v, "Có quy hoạch chung xã"),
            thresholds: vec![Threshold {
                group: Some(1 + v as u8),
                value: t(v, "Đạt"),
            }],
            note: t(v, "Ghi chú chỉ tiêu"),
        }],
    }
}

fn component(v: usize) -> Component {
    Component {
        code: t(v, "10"),
        name: t(v, "Quốc phòng và an ninh"),
        name_en: t(v, "Defence and security"),
    }
}

fn level(v: usize, year: u16) -> LevelYear {
    LevelYear {
        level: if v == 0 { Level::Ntm } else { Level::Advanced },
        year: year + v as u16,
    }
}

pub fn filled(v: usize) -> Plan {
    let commune_id = t(v, "ta-leng");
    Plan {
        header: Header {
            issuing_body: t(v, "Ủy ban nhân dân tỉnh Lai Châu"),
            province: t(v, "Lai Châu"),
            number: t(v, "123/KH-UBND"),
            date: Some(date(v, 3)),
            place: t(v, "Lai Châu"),
            title: t(v, "Kế hoạch năm 2026"),
            program: t(v, "Chương trình MTQG 2026–2035"),
            year: 2026 + v as u16,
            kind: if v == 0 {
                PlanKind::Yearly
            } else {
                PlanKind::Remediation
            },
            draft: v == 0,
            legal_bases: vec![t(v, "Căn cứ Luật Tổ chức chính quyền địa phương")],
            signer: t(v, "Nguyễn Văn A"),
            recipients: vec![t(v, "TT. Tỉnh ủy (B/c);"), t(v, "Lưu: VT.")],
            signature: crate::model::Signature {
                titles: vec![t(v, "TM. ỦY BAN NHÂN DÂN"), t(v, "KT. CHỦ TỊCH")],
                name: t(v, "Nguyễn Văn A"),
            },
        },
        goals: Goals {
            general: t(v, "Mục tiêu chung"),
            targets: vec![t(v, "54 xã đạt chuẩn")],
            deadline_year: Some(2027 + v as u16),
        },
        criteria_set: set(
            v,
            "xa-2026-2030",
            if v == 0 {
                SetLevel::Commune
            } else {
                SetLevel::AdvancedCommune
            },
        ),
        district_set: Some(set(
            v,
            "huyen-2021-2025",
            if v == 0 {
                SetLevel::District
            } else {
                SetLevel::Commune
            },
        )),
        districts: vec![District {
            id: t(v, "tam-duong"),
            name: t(v, "Tam Đường"),
            baseline_unmet: vec![t(v, "1")],
            target_unmet: vec![t(v, "2")],
            recognized: Some(2020 + v as u16),
            planned: Some(2026 + v as u16),
            note: t(v, "Ghi chú huyện"),
        }],
        communes: vec![Commune {
            id: commune_id.clone(),
            name: t(v, "Tả Lèng"),
            kind: Some(if v == 0 {
                crate::units::UnitKind::Ward
            } else {
                crate::units::UnitKind::SpecialZone
            }),
            code: Some(t(v, "03405")),
            district: Some(t(v, "tam-duong")),
            group: Some(1 + v as u8),
            recognized: vec![level(v, 2019)],
            planned: vec![level(v, 2026)],
            baseline_unmet: vec![t(v, "1")],
            target_unmet: vec![t(v, "2")],
            details: vec![CriterionDetail {
                criterion: t(v, "1"),
                year: Some(2026 + v as u16),
                agency: t(v, "Phòng Kinh tế"),
                note: t(v, "Ghi chú tiêu chí"),
            }],
            note: t(v, "Ghi chú xã"),
            result: Some(CommuneResult {
                unmet: vec![t(v, "3")],
                granted: vec![Granted {
                    level: if v == 0 { Level::Ntm } else { Level::Modern },
                    year: 2025 + v as u16,
                    decision: t(v, "Quyết định số 1234/QĐ-UBND"),
                    date: Some(date(v, 12)),
                }],
                note: t(v, "Ghi chú kết quả"),
            }),
            history: vec![Predecessor {
                name: t(v, "Giang Ma"),
                kind: if v == 0 {
                    crate::units::UnitKind::Township
                } else {
                    crate::units::UnitKind::Commune
                },
                code: t(v, "03406"),
                district: t(v, "Huyện Tam Đường"),
                part: v == 0,
                status: Some(PastStatus {
                    plan_year: 2025 + v as u16,
                    set: t(v, "xa-ntm-2021-2025"),
                    recognized: vec![level(v, 2018)],
                    met: 17 + v as u16,
                    of: 19 - v as u16,
                    basis: if v == 0 {
                        StatusBasis::Result
                    } else {
                        StatusBasis::Target
                    },
                    unmet: vec![t(v, "4")],
                }),
            }],
            unassessed: v == 0,
            proposed: vec![t(v, "5")],
        }],
        villages: vec![VillageCount {
            unit: commune_id.clone(),
            total: Some(10 + v as u32),
            recognized: Some(4 + v as u32),
            to_recognize: 2 + v as u32,
            achieved: Some(1 + v as u32),
        }],
        funding: FundingNode {
            id: t(v, "tong"),
            name: t(v, "Tổng nguồn vốn"),
            kind: Some(if v == 0 {
                SourceKind::Other
            } else {
                SourceKind::Local
            }),
            amount: Some(d(v, 5000)),
            note: t(v, "Ghi chú gốc"),
            children: vec![FundingNode {
                id: t(v, "ns-tw"),
                name: t(v, "Ngân sách trung ương"),
                kind: Some(if v == 0 {
                    SourceKind::Central
                } else {
                    SourceKind::Credit
                }),
                amount: Some(d(v, 4000)),
                note: t(v, "Ghi chú nguồn"),
                children: vec![FundingNode {
                    id: t(v, "ns-tw-dt"),
                    name: t(v, "Vốn đầu tư"),
                    kind: Some(if v == 0 {
                        SourceKind::CentralInvestment
                    } else {
                        SourceKind::CentralRecurrent
                    }),
                    amount: Some(d(v, 3000)),
                    note: t(v, "Ghi chú vốn đầu tư"),
                    children: Vec::new(),
                }],
            }],
        },
        components: vec![component(v)],
        allocation: Some(Allocation {
            base: t(v, "ns-tw"),
            lines: vec![AllocationLine {
                component: t(v, "10"),
                amount: d(v, 680),
                stated_share: Some(d(v, 70)),
            }],
            unallocated: Some(Unallocated {
                amount: d(v, 160),
                stated_share: Some(d(v, 16)),
            }),
        }),
        projects: vec![Project {
            id: t(v, "DA-1"),
            name: t(v, "Đường bản Tả Lèng"),
            commune: Some(commune_id.clone()),
            component: Some(t(v, "10")),
            amounts: vec![ProjectAmount {
                source: t(v, "ns-tw-dt"),
                amount: d(v, 1200),
            }],
            special_mechanism: v == 0,
            start: Some(date(v, 4)),
            end: Some(date(v, 11)),
            status: if v == 0 {
                ProjectStatus::InProgress
            } else {
                ProjectStatus::Suspended
            },
            note: t(v, "Ghi chú dự án"),
            disbursed: vec![Disbursement {
                amount: d(v, 300),
                date: date(v, 10),
                note: t(v, "Giải ngân đợt 1"),
            }],
            carried_from: Some(2025 + v as u16),
        }],
        tasks: vec![Task {
            agency: t(v, "Sở Nông nghiệp và Môi trường"),
            text: t(v, "Hướng dẫn xã hoàn thiện hồ sơ"),
            deadline: Some(date(v, 9)),
            criteria: vec![t(v, "1")],
            communes: vec![commune_id],
            status: if v == 0 {
                TaskStatus::Done
            } else {
                TaskStatus::Open
            },
            result: Some(TaskResult {
                state: if v == 0 {
                    TaskState::Done
                } else {
                    TaskState::Late
                },
                date: Some(date(v, 11)),
                note: t(v, "Ghi chú nhiệm vụ"),
            }),
            carried_from: Some(2024 + v as u16),
        }],
        solutions: vec![Section {
            title: t(v, "Tuyên truyền"),
            text: t(v, "Đẩy mạnh tuyên truyền"),
        }],
        stated: Stated {
            criteria: vec![StatedCriterion {
                criterion: t(v, "1"),
                baseline: Some(60 + v as u32),
                target: Some(90 + v as u32),
            }],
            communes: Some(94 + v as u32),
            average_baseline: Some(d(v, 14)),
            average_target: Some(d(v, 17)),
            distribution: vec![StatedBand {
                band: t(v, "0–2"),
                baseline: Some(5 + v as u32),
                target: Some(7 + v as u32),
            }],
            recognized: Some(39 + v as u32),
            advanced: Some(6 + v as u32),
            awaiting: Some(5 + v as u32),
            to_recognize: Some(10 + v as u32),
            recognized_after: Some(54 + v as u32),
            advanced_to_recognize: Some(3 + v as u32),
            floor: Some(15 + v as u16),
            modern_to_recognize: Some(2 + v as u32),
            modern_after: Some(4 + v as u32),
            completes: Some(2028 + v as u16),
            villages_to_recognize: Some(104 + v as u32),
            districts_to_complete: Some(3 + v as u32),
            projects: Some(86 + v as u32),
            special_projects: Some(63 + v as u32),
        },
        provenance: Provenance {
            source: t(v, "Kế hoạch số 123/KH-UBND"),
            illustrative: vec![t(v, "Số liệu dự án")],
            note: t(v, "Ghi chú nguồn gốc"),
        },
        presentation: Presentation {
            slides: vec![t(v, "funding-donut")],
        },
        register: Some(crate::units::Register {
            province: t(v, "Lai Châu"),
            province_kind: if v == 0 {
                crate::units::ProvinceKind::Province
            } else {
                crate::units::ProvinceKind::City
            },
            effective: date(v, 7),
            resolution: t(v, "Nghị quyết 1670/NQ-UBTVQH15"),
            provenance: vec![t(v, "Danh mục đơn vị hành chính")],
            units: vec![crate::units::Unit {
                code: t(v, "03405"),
                name: t(v, "Tả Lèng"),
                aliases: vec![t(v, "Ta Leng")],
                kind: if v == 0 {
                    crate::units::UnitKind::Commune
                } else {
                    crate::units::UnitKind::Township
                },
                clause: t(v, "Khoản 5"),
                unchanged: v == 0,
                formed_from: vec![crate::units::OldUnit {
                    code: t(v, "03406"),
                    name: t(v, "Giang Ma"),
                    aliases: vec![t(v, "Giang Mà")],
                    kind: if v == 0 {
                        crate::units::UnitKind::Commune
                    } else {
                        crate::units::UnitKind::Ward
                    },
                    district: t(v, "Tam Đường"),
                    province: t(v, "Lai Châu"),
                    part: v == 0,
                }],
            }],
        }),
        work_file: Some(WorkFile {
            round: t(v, "a1b2c3"),
            commune: t(v, "ta-leng"),
            sent: date(v, 6),
        }),
        results: Some(Results {
            date: date(v, 12),
            kind: if v == 0 {
                ReportKind::MidYear
            } else {
                ReportKind::YearEnd
            },
            mobilized: vec![Mobilized {
                source: t(v, "ns-tw-dt"),
                amount: d(v, 2900),
            }],
            note: t(v, "Số liệu đến cuối năm"),
        }),
    }
}
