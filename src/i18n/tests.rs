use super::*;

#[test]
fn catalogues_are_valid_fluent_and_have_the_same_keys() {
    for (name, text) in [("vi.ftl", VI_FTL), ("en.ftl", EN_FTL)] {
        let errors = syntax_errors(text);
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let c = catalog();
    assert_eq!(c.keys(Lang::Vi), c.keys(Lang::En));
    assert!(c.keys(Lang::Vi).len() > 300);
}

#[test]
fn a_key_is_not_defined_twice() {
    for (name, text) in [("vi.ftl", VI_FTL), ("en.ftl", EN_FTL)] {
        let mut seen = std::collections::HashSet::new();
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && !key.starts_with(' ')
                && !key.starts_with('#')
                && !key.is_empty()
            {
                assert!(seen.insert(key.to_string()), "{name}: {key} twice");
            }
        }
    }
}

#[test]
fn plurals_follow_each_languages_rules() {
    let c = catalog();
    let one = c.format(
        Lang::En,
        "compare-summary",
        &[
            ("n", 1.into()),
            ("a", "a.ntm".into()),
            ("b", "b.ntm".into()),
        ],
    );
    assert_eq!(one, "1 difference between a.ntm (open) and b.ntm.");
    let many = c.format(
        Lang::En,
        "compare-summary",
        &[
            ("n", 1234.into()),
            ("a", "a.ntm".into()),
            ("b", "b.ntm".into()),
        ],
    );
    assert_eq!(many, "1.234 differences between a.ntm (open) and b.ntm.");
    let vi = c.format(
        Lang::Vi,
        "compare-summary",
        &[
            ("n", 1.into()),
            ("a", "a.ntm".into()),
            ("b", "b.ntm".into()),
        ],
    );
    assert_eq!(vi, "1 chỗ khác nhau giữa a.ntm (đang mở) và b.ntm.");
}

#[test]
fn text_arguments_are_kept_as_written_and_missing_keys_fall_back() {
    let c = catalog();
    // A year handed in as text is not grouped.
    let s = c.format(Lang::Vi, "about-version", &[("version", "2026".into())]);
    assert!(s.contains("2026") && !s.contains("2.026"), "{s}");
    // No Unicode isolation marks around placeables.
    assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'), "{s:?}");
    assert_eq!(c.get(Lang::En, "no-such-key"), "no-such-key");
    assert_eq!(tr(Lang::Vi, "menu-file"), "Tệp");
    assert_eq!(tr(Lang::En, "menu-file"), "File");
}

/// Every key the code asks for exists in both catalogues.
#[test]
fn every_key_used_in_the_code_exists() {
    let c = catalog();
    let mut missing = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                // Keys are written as t("key"), tf("key", …), tr(lang, "key"),
                // tr_args(lang, "key", …), fmt(lang, "key" …), or `key: "key"` in tables.
                for pat in ["t(\"", "tf(\"", "key: \"", ", \""] {
                    for (idx, _) in src.match_indices(pat) {
                        let before = src[..idx].chars().next_back().unwrap_or(' ');
                        if pat.ends_with("(\"") && (before.is_alphanumeric() || before == '_') {
                            continue;
                        }
                        if pat == ", \"" {
                            // Only the key argument of tr / tr_args / get / fmt with a language.
                            let line_start = src[..idx].rfind('\n').map_or(0, |i| i + 1);
                            let head = &src[line_start..idx];
                            let call = ["tr(", "tr_args(", ".get(", ".fmt(", ".format("]
                                .iter()
                                .any(|c| head.trim_start().starts_with(c) || head.contains(c));
                            if !call || !head.contains("lang") {
                                continue;
                            }
                        }
                        let rest = &src[idx + pat.len()..];
                        let Some(end) = rest.find('"') else { continue };
                        let key = &rest[..end];
                        if key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            && key.contains('-')
                            && key != "no-such-key"
                        {
                            for lang in [Lang::Vi, Lang::En] {
                                if !c.has(lang, key) {
                                    missing.push(format!(
                                        "{}: {key} ({})",
                                        p.display(),
                                        lang.code()
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(
        missing.is_empty(),
        "missing catalogue keys:\n{}",
        missing.join("\n")
    );
}

#[test]
fn counts_in_the_window_take_the_singular_in_english() {
    use super::{Arg, tr_args};
    let en = |key: &str, args: &[(&str, Arg)]| tr_args(Lang::En, key, args);
    assert_eq!(
        en(
            "merge-will-change",
            &[("n", Arg::from(1usize)), ("conflicts", Arg::from(1usize))]
        ),
        "The merge will change 1 item; 1 conflict. One Ctrl+Z undoes it."
    );
    assert_eq!(
        en(
            "status-findings",
            &[
                ("errors", Arg::from(0usize)),
                ("warnings", Arg::from(1usize))
            ]
        ),
        "0 errors, 1 warning"
    );
    assert_eq!(
        en("funding-used-by-projects", &[("count", Arg::from(2usize))]),
        "2 projects use it"
    );
    assert_eq!(
        en("import-accept", &[("n", Arg::from(1234usize))]),
        "Accept (1.234 changes)"
    );
    // Vietnamese has one form, with the number grouped the Vietnamese way.
    assert_eq!(
        tr_args(Lang::Vi, "import-accept", &[("n", Arg::from(1234usize))]),
        tr_args(Lang::Vi, "import-accept", &[("n", Arg::from("1.234"))])
    );
}
