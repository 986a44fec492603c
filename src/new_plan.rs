//! A new plan for a province and a year: the criteria set, the province's current
//! communes from its unit register (each with its code; wards and special zones only
//! when chosen), and a header filled in from these choices — title, issuing body,
//! place, program, legal bases — with no placeholder left.
//!
//! Also how the header follows a later change of province or year, and what counts as
//! placeholder text (the checker reports any left in a header).
//!
//! No egui: the window's new-plan dialog and `ntm-planner new` both build a
//! [`NewPlan`] and call [`NewPlan::build`].

use crate::model::{CriteriaSet, Header, Plan};
use crate::units::{ProvinceKind, Register, UnitKind};

/// The program a plan carries out in a year. From 2026 the three national target
/// programs are one (Resolution 257/2025/QH15).
pub fn program_name(year: u16) -> &'static str {
    if year >= 2026 {
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035"
    } else {
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
    }
}

/// "tỉnh Lai Châu", "thành phố Hà Nội".
fn province_title(province: &str, kind: ProvinceKind) -> String {
    format!("{} {province}", kind.word())
}

/// The texts of a header made for a province and a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderTexts {
    pub title: String,
    pub issuing_body: String,
    pub place: String,
    pub program: String,
}

pub fn header_texts(province: &str, kind: ProvinceKind, year: u16) -> HeaderTexts {
    let program = program_name(year).to_string();
    let where_ = province_title(province, kind);
    HeaderTexts {
        title: format!("Kế hoạch thực hiện {program} trên địa bàn {where_} năm {year}"),
        issuing_body: format!("Ủy ban nhân dân {where_}"),
        place: province.to_string(),
        program,
    }
}

/// Whether a text still holds a placeholder: "(tên tỉnh)", "[tên xã]", "…", "...",
/// "___". Returns the placeholder found.
pub fn placeholder(text: &str) -> Option<String> {
    for (open, close) in [('(', ')'), ('[', ']'), ('<', '>'), ('{', '}')] {
        let mut rest = text;
        while let Some(a) = rest.find(open) {
            let Some(len) = rest[a..].find(close) else {
                break;
            };
            let inner = &rest[a + open.len_utf8()..a + len];
            let f = crate::text::fold(inner);
            let f = f.trim();
            let blank = f
                .chars()
                .all(|c| c == '.' || c == '…' || c == '_' || c == ' ');
            if blank
                || f.starts_with("ten ")
                || matches!(
                    f,
                    "tinh" | "nam" | "so" | "ngay" | "province" | "province name" | "year" | "name"
                )
            {
                return Some(rest[a..a + len + close.len_utf8()].to_string());
            }
            rest = &rest[a + len + close.len_utf8()..];
        }
    }
    for run in ["…", "...", "___"] {
        if text.contains(run) {
            return Some(run.to_string());
        }
    }
    None
}

/// What the user chose for a new plan.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlan {
    pub set: CriteriaSet,
    /// The province's name without "tỉnh": "Lai Châu".
    pub province: String,
    pub province_kind: ProvinceKind,
    pub year: u16,
    /// The province's unit register, when there is one.
    pub register: Option<Register>,
    /// Codes of the register's units to put in the plan (see [`default_selection`]).
    pub include: Vec<String>,
    /// A group for every commune (set with groups only); None leaves them to be chosen.
    pub group: Option<u8>,
}

/// The units a plan takes part with by default: every xã. Wards and special zones take
/// part only when formed with communes and at least 70% agricultural land on 1/7/2025
/// (Phụ lục III of Decision 51/2025/QĐ-TTg), which the register does not say: the
/// planner ticks them in.
pub fn default_selection(register: &Register) -> Vec<String> {
    register
        .of_kind(UnitKind::Commune)
        .map(|u| u.code.clone())
        .collect()
}

/// An id for a name, unique among `taken`: "Tả Lèng" → "ta-leng", then "ta-leng-2".
pub fn unique_id(name: &str, taken: &std::collections::HashSet<String>) -> String {
    let base: String = crate::text::fold(name)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "xa".to_string()
    } else {
        base
    };
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|k| format!("{base}-{k}"))
        .find(|id| !taken.contains(id))
        .unwrap_or(base)
}

impl NewPlan {
    /// A new plan for a province without a register: the header filled in, no communes.
    pub fn without_register(set: CriteriaSet, province: &str, year: u16) -> NewPlan {
        let (province, province_kind) = crate::units::names::split_province(province);
        NewPlan {
            set,
            province,
            province_kind,
            year,
            register: None,
            include: Vec::new(),
            group: None,
        }
    }

    /// A new plan on a register's communes (every xã; see [`default_selection`]).
    pub fn with_register(set: CriteriaSet, register: Register, year: u16) -> NewPlan {
        NewPlan {
            set,
            province: register.province.clone(),
            province_kind: register.province_kind,
            year,
            include: default_selection(&register),
            register: Some(register),
            group: None,
        }
    }

    pub fn build(&self) -> Plan {
        let mut plan = Plan::new_empty(self.set.clone(), &self.province, self.year);
        let texts = header_texts(&self.province, self.province_kind, self.year);
        plan.header = Header {
            title: texts.title,
            issuing_body: texts.issuing_body,
            place: texts.place,
            program: texts.program,
            legal_bases: self.legal_bases(),
            ..plan.header
        };
        let Some(register) = &self.register else {
            return plan;
        };
        let all_unmet: Vec<String> = self.set.criteria.iter().map(|c| c.code.clone()).collect();
        let group = self
            .group
            .filter(|g| self.set.groups.iter().any(|x| x.number == *g));
        let mut taken = std::collections::HashSet::new();
        for u in &register.units {
            if !self.include.contains(&u.code) {
                continue;
            }
            let id = unique_id(&u.name, &taken);
            taken.insert(id.clone());
            plan.communes.push(crate::model::Commune {
                id,
                name: u.name.clone(),
                kind: (u.kind != UnitKind::Commune).then_some(u.kind),
                code: (!u.code.is_empty()).then(|| u.code.clone()),
                group,
                // Nothing is known to be met yet: the planner marks what is.
                baseline_unmet: all_unmet.clone(),
                target_unmet: all_unmet.clone(),
                ..Default::default()
            });
        }
        plan.provenance.note = format!(
            "Các xã theo danh mục đơn vị hành chính cấp xã của {} từ ngày {}{}.",
            register.title(),
            register.effective.vi(),
            if register.resolution.is_empty() {
                String::new()
            } else {
                format!(" ({})", register.resolution)
            }
        );
        plan.register = Some(register.clone());
        plan
    }

    /// "Căn cứ …" lines from the choices: the criteria set's decision and the
    /// resolution that formed the province's units.
    fn legal_bases(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(r) = &self.register
            && !r.resolution.is_empty()
        {
            out.push(format!("Căn cứ {};", r.resolution));
        }
        let basis = self.set.legal_basis.trim();
        if !basis.is_empty() {
            // "Quyết định … (hiệu lực từ …)": the decision itself, then what it issued.
            let basis = basis.split(" (").next().unwrap_or(basis);
            out.push(format!("Căn cứ {basis} ban hành {};", self.set.name));
        }
        out
    }
}

/// The header after the province or the year changes: the title, issuing body, place
/// and program follow wherever they still say what the old choices made them say, or
/// hold a placeholder; text the planner wrote otherwise has the old province and year
/// replaced where they appear as such ("tỉnh Lai Châu", "năm 2026" at the end).
pub fn follow(header: &Header, kind: ProvinceKind, province: &str, year: u16) -> Header {
    let old = header_texts(&header.province, kind, header.year);
    let new = header_texts(province, kind, year);
    let mut h = header.clone();
    let pick = |current: &str, was: &str, now: &str| -> String {
        if current.trim().is_empty() || current == was || placeholder(current).is_some() {
            now.to_string()
        } else {
            current.to_string()
        }
    };
    h.issuing_body = pick(&header.issuing_body, &old.issuing_body, &new.issuing_body);
    h.place = pick(&header.place, &old.place, &new.place);
    h.program = if header.program == old.program {
        new.program.clone()
    } else {
        header.program.clone()
    };
    h.title = if header.title == old.title || placeholder(&header.title).is_some() {
        new.title
    } else {
        let mut t = header.title.clone();
        if !header.province.trim().is_empty() && header.province != province {
            t = t.replace(
                &province_title(&header.province, kind),
                &province_title(province, kind),
            );
        }
        let old_end = format!("năm {}", header.year);
        if header.year != year && t.ends_with(&old_end) {
            t.truncate(t.len() - old_end.len());
            t.push_str(&format!("năm {year}"));
        }
        t
    };
    h.province = province.to_string();
    h.year = year;
    h
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::criteria_sets;
    use crate::units::bundled;

    #[test]
    fn a_2027_plan_for_lai_chau_has_its_communes_and_a_filled_header() {
        let set = criteria_sets::by_name("2026-2030").unwrap();
        let register = bundled::by_province("Lai Châu").unwrap();
        let plan = NewPlan::with_register(set, register, 2027).build();
        assert_eq!(plan.communes.len(), 36, "every xã, no phường");
        assert!(
            plan.communes
                .iter()
                .all(|c| c.kind.is_none() && c.code.is_some())
        );
        assert!(
            plan.communes.iter().all(|c| c.group.is_none()),
            "no silent group"
        );
        assert_eq!(plan.communes[0].name, "Mường Kim");
        assert_eq!(plan.communes[0].id, "muong-kim");
        let h = &plan.header;
        assert_eq!(h.year, 2027);
        assert_eq!(h.issuing_body, "Ủy ban nhân dân tỉnh Lai Châu");
        assert_eq!(h.place, "Lai Châu");
        assert!(
            h.title.ends_with("trên địa bàn tỉnh Lai Châu năm 2027"),
            "{}",
            h.title
        );
        assert!(h.program.contains("giảm nghèo bền vững"));
        assert!(h.program.ends_with("giai đoạn 2026 - 2035"));
        assert!(h.legal_bases[0].contains("1670/NQ-UBTVQH15"));
        assert!(h.legal_bases[1].starts_with("Căn cứ Quyết định số 51/2025/QĐ-TTg"));
        for text in [&h.title, &h.issuing_body, &h.place, &h.program, &h.province] {
            assert_eq!(placeholder(text), None, "{text}");
        }
        assert_eq!(plan.register.as_ref().unwrap().units.len(), 38);
        // The file loads back the same.
        let text = crate::format::to_string(&plan).unwrap();
        assert_eq!(crate::format::load_str(&text).unwrap().plan, plan);
    }

    #[test]
    fn wards_when_ticked_and_a_group_for_all() {
        let set = criteria_sets::by_name("2026-2030").unwrap();
        let register = bundled::by_province("Lạng Sơn").unwrap();
        let mut spec = NewPlan::with_register(set, register.clone(), 2027);
        assert_eq!(spec.include.len(), 61);
        let ward = register
            .of_kind(UnitKind::Ward)
            .next()
            .unwrap()
            .code
            .clone();
        spec.include.push(ward);
        spec.group = Some(3);
        let plan = spec.build();
        assert_eq!(plan.communes.len(), 62);
        let w = plan.communes.iter().find(|c| c.kind.is_some()).unwrap();
        assert_eq!(w.kind, Some(UnitKind::Ward));
        assert!(plan.communes.iter().all(|c| c.group == Some(3)));
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(
            placeholder("Kế hoạch … tỉnh (tên tỉnh) năm 2026").as_deref(),
            Some("(tên tỉnh)")
        );
        assert_eq!(
            placeholder("Ủy ban nhân dân tỉnh [Tên tỉnh]").as_deref(),
            Some("[Tên tỉnh]")
        );
        assert_eq!(placeholder("Số: ..../KH-UBND").as_deref(), Some("..."));
        assert_eq!(placeholder("Kế hoạch … năm 2026").as_deref(), Some("…"));
        assert_eq!(placeholder("Ủy ban nhân dân tỉnh Lai Châu"), None);
        assert_eq!(placeholder("Xã Tả Lèng (huyện Tam Đường)"), None);
        assert_eq!(placeholder("Phòng Kinh tế (cũ)"), None);
    }

    #[test]
    fn the_header_follows_a_change_of_province_and_year() {
        let set = criteria_sets::by_name("2026-2030").unwrap();
        let plan = NewPlan::without_register(set, "Lai Châu", 2026).build();
        let h = follow(&plan.header, ProvinceKind::Province, "Lạng Sơn", 2027);
        assert_eq!(
            h.title,
            header_texts("Lạng Sơn", ProvinceKind::Province, 2027).title
        );
        assert_eq!(h.issuing_body, "Ủy ban nhân dân tỉnh Lạng Sơn");
        assert_eq!(h.place, "Lạng Sơn");
        // A title the planner wrote keeps its words; the province and year follow.
        let mut mine = plan.header.clone();
        mine.title = "Kế hoạch xây dựng nông thôn mới tỉnh Lai Châu năm 2026".into();
        mine.place = "Thành phố Lai Châu".into();
        let h = follow(&mine, ProvinceKind::Province, "Lạng Sơn", 2028);
        assert_eq!(
            h.title,
            "Kế hoạch xây dựng nông thôn mới tỉnh Lạng Sơn năm 2028"
        );
        assert_eq!(h.place, "Thành phố Lai Châu");
        // A placeholder left by an older version is replaced.
        mine.issuing_body = "Ủy ban nhân dân tỉnh (tên tỉnh)".into();
        let h = follow(&mine, ProvinceKind::Province, "Lạng Sơn", 2026);
        assert_eq!(h.issuing_body, "Ủy ban nhân dân tỉnh Lạng Sơn");
        // Before 2026 the program is the NTM program alone.
        assert_eq!(
            header_texts("Lai Châu", ProvinceKind::Province, 2025).program,
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
        );
    }
}
