//! Rules on the plan's header: placeholder text left in it ("(tên tỉnh)", "…"), an
//! issuing body of another province, a title that ends with another year.

use super::{Finding, Place, Severity};
use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::Plan;
use crate::units::names;

fn finding(rule: &'static str, key: &str, args: &[(&str, Arg)], stated: Option<String>) -> Finding {
    Finding {
        severity: Severity::Warning,
        rule,
        place: Place::Header,
        stated,
        computed: None,
        message_vi: tr_args(Lang::Vi, key, args),
        message_en: tr_args(Lang::En, key, args),
    }
}

pub fn all(plan: &Plan, out: &mut Vec<Finding>) {
    let h = &plan.header;
    for (field, text) in [
        ("field-title", &h.title),
        ("field-program", &h.program),
        ("field-issuing-body", &h.issuing_body),
        ("field-province", &h.province),
        ("field-place", &h.place),
        ("field-number", &h.number),
        ("field-signer", &h.signer),
    ] {
        if let Some(p) = crate::new_plan::placeholder(text) {
            let message = |lang| {
                tr_args(
                    lang,
                    "check-header-placeholder",
                    &[
                        ("field", Arg::Str(&crate::i18n::tr(lang, field))),
                        ("text", (&p).into()),
                    ],
                )
            };
            out.push(Finding {
                message_vi: message(Lang::Vi),
                message_en: message(Lang::En),
                ..finding(
                    "header-placeholder",
                    "check-header-placeholder",
                    &[],
                    Some(p.clone()),
                )
            });
        }
    }
    // "Ủy ban nhân dân tỉnh X" where X is not the plan's province.
    let body = names::clean(&h.issuing_body);
    let folded = crate::text::fold(&body);
    let province = names::province_key(&h.province);
    for word in ["tinh ", "thanh pho "] {
        if let Some(at) = folded.rfind(word)
            && !province.is_empty()
            && crate::new_plan::placeholder(&body).is_none()
        {
            let named = folded[at + word.len()..].trim();
            if !named.is_empty() && named != province && named.split(' ').count() <= 4 {
                out.push(finding(
                    "header-province",
                    "check-header-province",
                    &[
                        ("body", (&h.issuing_body).into()),
                        ("province", (&h.province).into()),
                    ],
                    Some(h.issuing_body.clone()),
                ));
            }
            break;
        }
    }
    // A title ending "… năm 2026" in a 2027 plan ("trước năm 2022", "đến năm 2030"
    // name other years on purpose).
    let words: Vec<&str> = h.title.split_whitespace().collect();
    if let [.., before, nam, year] = words.as_slice()
        && crate::text::fold(nam) == "nam"
        && let Ok(y) = year.trim_end_matches(['.', ';']).parse::<u16>()
        && y != h.year
        && !matches!(
            crate::text::fold(before).as_str(),
            "truoc" | "den" | "tu" | "sau" | "cuoi" | "het" | "toi"
        )
    {
        out.push(finding(
            "header-year",
            "check-header-year",
            &[
                ("stated", Arg::Str(&y.to_string())),
                ("year", Arg::Str(&h.year.to_string())),
            ],
            Some(y.to_string()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(plan: &Plan) -> Vec<&'static str> {
        let mut out = Vec::new();
        all(plan, &mut out);
        out.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn placeholders_another_province_and_a_stale_year_are_reported() {
        let set = crate::criteria_sets::by_name("2026-2030").unwrap();
        let mut plan = crate::new_plan::NewPlan::without_register(set, "Lai Châu", 2027).build();
        assert!(rules(&plan).is_empty());
        plan.header.title = "Kế hoạch thực hiện … tỉnh (tên tỉnh) năm 2026".into();
        plan.header.issuing_body = "Ủy ban nhân dân tỉnh Lạng Sơn".into();
        let found = rules(&plan);
        assert_eq!(
            found,
            ["header-placeholder", "header-province", "header-year"]
        );
        let mut out = Vec::new();
        all(&plan, &mut out);
        assert!(
            out[0].message_vi.contains("(tên tỉnh)"),
            "{}",
            out[0].message_vi
        );
        assert!(
            out[0].message_vi.contains("Tên kế hoạch"),
            "{}",
            out[0].message_vi
        );
        assert!(out[0].message_en.contains("Title"), "{}", out[0].message_en);
        assert_eq!(out[0].place, Place::Header);
        // The samples' own headers are fine.
        for text in [
            include_str!("../../assets/samples/lai-chau-2025.ntm"),
            include_str!("../../assets/samples/lang-son-2023.ntm"),
        ] {
            let plan = crate::format::load_str(text).unwrap().plan;
            assert!(rules(&plan).is_empty(), "{}", plan.header.title);
        }
    }
}
