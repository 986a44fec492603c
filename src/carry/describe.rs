//! The proposal in words, one line each: the changes (with their keys and whether
//! kept), the communes and where their baselines come from, what stays behind, and the
//! report. The command line prints it; the window copies it.

use super::{Proposal, Report, Section, Text};
use crate::i18n::{Arg, tr, tr_args};
use crate::lang::Lang;

impl Report {
    /// Every entry of the report, in words.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for (name, district) in &self.unknown {
            out.push(tr_args(
                lang,
                "carry-report-unknown",
                &[("name", name.into()), ("district", district.into())],
            ));
        }
        for (name, district, candidates) in &self.ambiguous {
            out.push(tr_args(
                lang,
                "carry-report-ambiguous",
                &[
                    ("name", name.into()),
                    ("district", district.into()),
                    ("list", Arg::Str(&candidates.join("; "))),
                ],
            ));
        }
        for (name, district, other) in &self.duplicates {
            out.push(tr_args(
                lang,
                "carry-report-duplicate",
                &[
                    ("name", name.into()),
                    ("district", district.into()),
                    ("other", other.into()),
                ],
            ));
        }
        for (name, units) in &self.partial {
            out.push(tr_args(
                lang,
                "carry-report-partial",
                &[("name", name.into()), ("list", Arg::Str(&units.join(", ")))],
            ));
        }
        for (unit, olds) in &self.outside {
            out.push(tr_args(
                lang,
                "carry-report-outside",
                &[("unit", unit.into()), ("list", Arg::Str(&olds.join(", ")))],
            ));
        }
        out.extend(self.notes.iter().map(|t| t.get(lang)));
        out
    }
}

impl Proposal {
    /// The whole proposal as lines of text.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let mut out = vec![tr_args(
            lang,
            if self.across {
                "carry-title-across"
            } else {
                "carry-title"
            },
            &[
                ("from", Arg::Str(&self.from_year.to_string())),
                ("to", Arg::Str(&self.year.to_string())),
            ],
        )];
        for section in Section::ALL {
            let changes: Vec<_> = self
                .changes
                .iter()
                .filter(|c| c.section == section)
                .collect();
            if changes.is_empty() {
                continue;
            }
            out.push(String::new());
            out.push(tr(lang, section.key()));
            for c in changes {
                let mark = if c.accepted { "[x]" } else { "[ ]" };
                let mut line = format!("  {mark} {}: {}", c.key, c.what.get(lang));
                match (c.before.is_empty(), c.after.is_empty()) {
                    (true, true) => {}
                    (false, true) => {
                        line.push_str(&format!(" — \"{}\" → ∅", first_line(&c.before)))
                    }
                    (true, false) => line.push_str(&format!(" — {}", first_line(&c.after))),
                    (false, false) => line.push_str(&format!(
                        " — \"{}\" → \"{}\"",
                        first_line(&c.before),
                        first_line(&c.after)
                    )),
                }
                out.push(line);
            }
        }
        out.push(String::new());
        out.push(tr(lang, "carry-communes"));
        for c in &self.communes {
            out.push(format!(
                "  {}: {} ({}/{})",
                c.name,
                tr(lang, c.baseline.key()),
                c.met,
                c.of
            ));
            for n in &c.notes {
                out.push(format!("      {}", n.get(lang)));
            }
        }
        push_list(&mut out, lang, "carry-left-behind", &self.left_behind);
        push_list(&mut out, lang, "carry-notes", &self.notes);
        let report = self.report.lines(lang);
        if !report.is_empty() {
            out.push(String::new());
            out.push(tr(lang, "carry-report"));
            out.extend(report.into_iter().map(|l| format!("  {l}")));
        }
        out
    }
}

fn push_list(out: &mut Vec<String>, lang: Lang, key: &str, items: &[Text]) {
    if items.is_empty() {
        return;
    }
    out.push(String::new());
    out.push(tr(lang, key));
    out.extend(items.iter().map(|t| format!("  {}", t.get(lang))));
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    super::same_set::short(line)
}
