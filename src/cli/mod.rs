//! The command line: `check`, `summary`, `fmt`, `new`, `chart`; a bare `ntm-planner [FILE]`
//! opens the window.

mod carry;
mod chart;
mod check;
mod deck;
mod diff;
mod document;
mod export;
mod fmt;
mod gather;
mod import;
mod new;
mod out;
mod send;
mod summary;
mod units;
#[cfg(windows)]
pub mod windows_console;

use crate::lang::Lang;
use clap::{CommandFactory, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "ntm-planner",
    version,
    about = "NTM Planner: kế hoạch xây dựng nông thôn mới / New Rural Development plans",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file (.ntm) to open in the window.
    pub file: Option<PathBuf>,
    /// Force a renderer for the window: glow (OpenGL) or wgpu (Direct3D 12/Vulkan/Metal).
    /// Without it, glow is tried first and wgpu if glow cannot start.
    #[arg(long, value_enum)]
    pub renderer: Option<crate::app::run::RendererChoice>,
    /// Language of everything printed: vi or en. Without it, the system's language
    /// (English for an English locale, Vietnamese otherwise).
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

/// The language of the command line: `--lang`, else the system locale (`LANG` and
/// `LC_*` on Linux, the user's locale on Windows): English when it is English,
/// Vietnamese otherwise — the program's first language.
pub fn lang_of(flag: Option<Lang>) -> Lang {
    flag.unwrap_or_else(|| {
        sys_locale::get_locale()
            .map(|l| lang_of_locale(&l))
            .unwrap_or_default()
    })
}

/// "en-US", "en_GB.UTF-8" → English; "vi-VN", "C", anything else → Vietnamese.
pub fn lang_of_locale(locale: &str) -> Lang {
    let l = locale.trim().to_ascii_lowercase();
    if l == "en" || l.starts_with("en-") || l.starts_with("en_") || l.starts_with("en.") {
        Lang::En
    } else {
        Lang::Vi
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plans and print the findings. Exit code: 0 no errors, 1 errors, 2 unreadable file.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print a plan's key figures.
    Summary {
        file: PathBuf,
        /// Machine-readable output (decimals as strings).
        #[arg(long)]
        json: bool,
    },
    /// Rewrite plan files in the canonical layout (after editing one by hand).
    /// Refuses a file that does not load, and keeps the previous file as a backup.
    Fmt {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Only report files that are not in canonical layout (exit 1 if any).
        #[arg(long)]
        check: bool,
    },
    /// Write the plan as an Excel workbook with a sheet per appendix form (biểu).
    Export {
        file: PathBuf,
        /// The workbook to write (.xlsx).
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: PathBuf,
    },
    /// Read a commune × criteria sheet (.xlsx, or .csv) into a copy of the plan, written
    /// to OUT. Prints the changes and every row or cell it could not use.
    /// Exit code: 0 rows matched (problems are printed), 2 nothing matched or unreadable.
    Import {
        file: PathBuf,
        /// The workbook or CSV file to read.
        #[arg(long, value_name = "IN.xlsx")]
        xlsx: PathBuf,
        /// The sheet to read; default: the export's criteria sheet, else the first.
        #[arg(long)]
        sheet: Option<String>,
        /// Where to write the updated plan (never the input plan itself).
        #[arg(long, value_name = "OUT.ntm")]
        out: PathBuf,
        /// Layer for criteria columns whose heading says neither baseline, target nor
        /// result: target, baseline or result.
        #[arg(long, default_value = "target", value_parser = parse_layer)]
        layer: crate::matrix::Layer,
    },
    /// Next year's plan from this one: prints every change (with its key), each
    /// commune's new baseline and the report, then writes the new plan. Across the 2025
    /// reorganization (onto the province's current units and the 2026–2030 set) when
    /// the plan's set ends before the new year. Exit 0 written, 2 refused.
    Carry {
        file: PathBuf,
        /// The new plan to write (never the plan itself).
        #[arg(long, value_name = "NEXT.ntm")]
        out: PathBuf,
        /// The new plan's year; default the next.
        #[arg(long)]
        year: Option<u16>,
        /// Keep the criteria set and units even when the set has ended.
        #[arg(long)]
        same_set: bool,
        /// A unit register file for the province (default: the shipped and imported ones).
        #[arg(long, value_name = "REGISTER.ron")]
        register: Option<PathBuf>,
        /// An edited criteria crosswalk (default: the shipped one).
        #[arg(long, value_name = "CROSSWALK.ron")]
        crosswalk: Option<PathBuf>,
        /// Decline a change by its key (as printed), e.g. --decline header.title.
        #[arg(long, value_name = "KEY")]
        decline: Vec<String>,
        /// Overwrite NEXT.ntm if it exists.
        #[arg(long)]
        force: bool,
    },
    /// What differs between two versions of a plan, with both values.
    /// Exit code: 0 the same, 1 different, 2 a file cannot be read.
    Diff { a: PathBuf, b: PathBuf },
    /// Send the plan to the communes: one work file per commune into a folder (a
    /// .ntm, or an .xlsx form for offices without the program) and the manifest of
    /// what was sent. Exit code: 0 written, 2 the plan cannot be read or nothing written.
    Send {
        file: PathBuf,
        /// The folder to write the work files and the manifest into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Only these communes (ids, comma-separated); default: every commune.
        #[arg(long, value_delimiter = ',')]
        communes: Vec<String>,
        /// Communes (ids, comma-separated, or `all`) that get an .xlsx form instead of a .ntm.
        #[arg(long, value_delimiter = ',')]
        xlsx: Vec<String>,
        /// Replace an earlier sending in the same folder.
        #[arg(long)]
        replace: bool,
    },
    /// Gather the communes' returns from a folder: each file matched to its commune and
    /// the sending, checked and merged against what was sent; prints the board.
    /// Exit code: 0 all taken or unchanged, 1 a file refused or a conflict met,
    /// 2 the plan, folder or manifest cannot be read.
    Gather {
        file: PathBuf,
        /// The folder of returned files.
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
        /// The sending's manifest; default: _gui-xa.ron in the folder or the folder above.
        #[arg(long)]
        manifest: Option<PathBuf>,
        /// Which returns to take into --out: clean (default) or all (conflicts decided by --conflicts).
        #[arg(long, default_value = "clean", value_parser = ["clean", "all"])]
        accept: String,
        /// How to decide conflicts with --accept all: keep (the province's) or take (the commune's).
        #[arg(long, default_value = "keep", value_parser = ["keep", "take"])]
        conflicts: String,
        /// Where to write the plan with the returns taken (never the input plan).
        #[arg(long, value_name = "OUT.ntm")]
        out: Option<PathBuf>,
        /// Write the consolidation report (.xlsx).
        #[arg(long, value_name = "REPORT.xlsx")]
        report: Option<PathBuf>,
    },
    /// Write a new plan for a province and a year: every current xã of the province's
    /// unit register (shipped, imported with `units import`, or --units), the header
    /// filled in.
    New {
        /// Criteria set: 2026-2030 (default), 2021-2025, 2021-2025-advanced, 2021-2025-district.
        #[arg(long, default_value = "2026-2030")]
        set: String,
        /// Province name, e.g. "Lai Châu".
        #[arg(long)]
        province: String,
        #[arg(long)]
        year: u16,
        /// The province's units: a register file (.ron, from `units import --out`) or a
        /// unit list (.csv, .xlsx) in the layout of the national table.
        #[arg(long, value_name = "FILE")]
        units: Option<PathBuf>,
        /// Take part with this ward or special zone too (name or code); repeatable.
        #[arg(long = "ward", value_name = "NAME")]
        wards: Vec<String>,
        /// Take part with every ward and special zone.
        #[arg(long)]
        all_wards: bool,
        /// Put every commune in this group (1, 2 or 3); otherwise groups are left to choose.
        #[arg(long)]
        group: Option<u8>,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        out: PathBuf,
    },
    /// Unit registers: the communes of a province since 1 July 2025 and the old units
    /// they were formed from.
    Units {
        #[command(subcommand)]
        action: UnitsAction,
    },
    /// Write the plan as the Word document an office signs (.docx, Decree 30/2020
    /// layout): header block, goals and figures from the data, funding, tasks,
    /// recipients, signature, appendix forms.
    Document {
        file: PathBuf,
        /// The document to write (.docx).
        #[arg(long, value_name = "OUT.docx")]
        docx: PathBuf,
    },
    /// Write the presentation deck as a PDF: one 16:9 page per slide, vector charts,
    /// text that can be searched.
    Deck {
        file: PathBuf,
        /// The PDF to write.
        #[arg(long, value_name = "OUT.pdf")]
        pdf: PathBuf,
    },
    /// Draw a chart of a plan to a PNG or SVG file, with no window.
    /// `--kind list` prints the kinds.
    Chart {
        /// The plan file (not needed for --kind list).
        file: Option<PathBuf>,
        /// The chart: funding-by-source, funding-donut, central-by-component,
        /// criteria-baseline-target, distribution-bands, projects-by-component; or list.
        #[arg(long)]
        kind: String,
        /// The picture to write: PATH.png, PATH.svg or PATH.pdf (one 16:9 page).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Picture size in pixels, WIDTHxHEIGHT (at least 1920x1080 for slides).
        #[arg(long, default_value = "1920x1080")]
        size: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum UnitsAction {
    /// Read a unit list (CSV or XLSX, layout of the national table: old_province,
    /// old_district, old_code, old_name, type, new_province, new_code, new_name; other
    /// header names accepted). Without --province: list the provinces in it. With it:
    /// keep that province's register where the window and `new` find it, or in --out.
    Import {
        file: PathBuf,
        /// The province to keep, e.g. "Điện Biên".
        #[arg(long)]
        province: Option<String>,
        /// Write the register to this file (.ron) instead of the program's data folder.
        #[arg(long, value_name = "OUT.ron")]
        out: Option<PathBuf>,
        /// The workbook's sheet (default: the first).
        #[arg(long)]
        sheet: Option<String>,
    },
    /// The registers the program offers: shipped, and imported.
    List,
    /// A register's units with their codes and old units.
    Show {
        /// A province ("Lai Châu") or a register file (.ron).
        name: String,
    },
}

/// Whether two paths name the same file (so a command never writes over its input).
pub(crate) fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b
        || matches!(
            (std::fs::canonicalize(a), std::fs::canonicalize(b)),
            (Ok(x), Ok(y)) if x == y
        )
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language \"{s}\": use vi or en"))
}

fn parse_layer(s: &str) -> Result<crate::matrix::Layer, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "target" | "muc-tieu" => Ok(crate::matrix::Layer::Target),
        "baseline" | "hien-trang" => Ok(crate::matrix::Layer::Baseline),
        "result" | "ket-qua" => Ok(crate::matrix::Layer::Result),
        _ => Err(format!(
            "unknown layer \"{s}\": use target, baseline or result"
        )),
    }
}

/// Whether these arguments (the program name first) ask for a command-line
/// subcommand, help or the version, whose output is text, rather than the window.
/// On Windows those attach to the console of the shell that started the program.
pub fn wants_console(args: &[OsString]) -> bool {
    let Some(first) = args.get(1).and_then(|a| a.to_str()) else {
        return false;
    };
    matches!(first, "help" | "-h" | "--help" | "-V" | "--version")
        || Cli::command()
            .get_subcommands()
            .any(|c| c.get_name() == first)
}

/// Run the command line; returns the process exit code.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    run(cli)
}

pub fn run(cli: Cli) -> ExitCode {
    let lang = lang_of(cli.lang);
    match cli.command {
        Some(Command::Check { files }) => check::run(&files, lang),
        Some(Command::Summary { file, json }) => summary::run(&file, json, lang),
        Some(Command::Fmt { files, check }) => fmt::run(&files, check, lang),
        Some(Command::Diff { a, b }) => diff::run(&a, &b, lang),
        Some(Command::Export { file, xlsx }) => export::run(&file, &xlsx, lang),
        Some(Command::Document { file, docx }) => document::run(&file, &docx, lang),
        Some(Command::Deck { file, pdf }) => deck::run(&file, &pdf, lang),
        Some(Command::Import {
            file,
            xlsx,
            sheet,
            out,
            layer,
        }) => import::run(&file, &xlsx, sheet.as_deref(), &out, layer, lang),
        Some(Command::Send {
            file,
            out,
            communes,
            xlsx,
            replace,
        }) => send::run(&file, &out, &communes, &xlsx, replace, lang),
        Some(Command::Gather {
            file,
            from,
            manifest,
            accept,
            conflicts,
            out,
            report,
        }) => gather::run(
            &file,
            &from,
            manifest.as_deref(),
            accept == "all",
            conflicts == "take",
            out.as_deref(),
            report.as_deref(),
            lang,
        ),
        Some(Command::New {
            set,
            province,
            year,
            units,
            wards,
            all_wards,
            group,
            force,
            out,
        }) => new::run(&new::Args {
            set: &set,
            province: &province,
            year,
            units: units.as_deref(),
            wards: &wards,
            all_wards,
            group,
            force,
            out: &out,
            lang,
        }),
        Some(Command::Units { action }) => match action {
            UnitsAction::Import {
                file,
                province,
                out,
                sheet,
            } => units::import(
                &file,
                sheet.as_deref(),
                province.as_deref(),
                out.as_deref(),
                lang,
            ),
            UnitsAction::List => units::list(lang),
            UnitsAction::Show { name } => units::show(&name, lang),
        },
        Some(Command::Carry {
            file,
            out,
            year,
            same_set,
            register,
            crosswalk,
            decline,
            force,
        }) => carry::run(carry::Args {
            file,
            out,
            year,
            same_set,
            register,
            crosswalk,
            decline,
            force,
            lang,
        }),
        Some(Command::Chart {
            file,
            kind,
            out,
            size,
        }) => chart::run(file.as_deref(), &kind, out.as_ref(), &size, lang),
        None => crate::app::run::run(cli.file, cli.renderer),
    }
}

#[cfg(test)]
mod tests {
    use super::wants_console;
    use std::ffi::OsString;

    fn args(a: &[&str]) -> Vec<OsString> {
        std::iter::once("ntm-planner")
            .chain(a.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn subcommands_help_and_version_want_the_console_the_window_does_not() {
        for a in [
            &["check", "a.ntm"][..],
            &["summary", "a.ntm", "--json"],
            &["fmt", "a.ntm"],
            &["new", "--province", "X"],
            &["units", "list"],
            &["help"],
            &["--help"],
            &["-V"],
        ] {
            assert!(wants_console(&args(a)), "{a:?}");
        }
        for a in [
            &[][..],
            &["a.ntm"],
            &["C:\\Plans\\lai-chau-2025.ntm"],
            &["--renderer", "wgpu", "a.ntm"],
        ] {
            assert!(!wants_console(&args(a)), "{a:?}");
        }
    }

    #[test]
    fn the_system_locale_chooses_the_language() {
        use super::{Lang, lang_of, lang_of_locale};
        for l in ["en-US", "en_GB.UTF-8", "EN", "en"] {
            assert_eq!(lang_of_locale(l), Lang::En, "{l}");
        }
        for l in [
            "vi-VN",
            "vi_VN.UTF-8",
            "C",
            "C.UTF-8",
            "POSIX",
            "fr-FR",
            "",
            "eng",
        ] {
            assert_eq!(lang_of_locale(l), Lang::Vi, "{l}");
        }
        assert_eq!(lang_of(Some(Lang::En)), Lang::En, "--lang wins");
    }
}
