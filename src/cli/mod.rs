//! The command line: `check`, `summary`, `fmt`, `new`; a bare `ntm-planner [FILE]`
//! opens the window.

mod check;
mod fmt;
mod new;
mod summary;
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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plans and print the findings. Exit code: 0 no errors, 1 errors, 2 unreadable file.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the messages: vi or en.
        #[arg(long, default_value = "vi", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Print a plan's key figures.
    Summary {
        file: PathBuf,
        /// Machine-readable output (decimals as strings).
        #[arg(long)]
        json: bool,
        #[arg(long, default_value = "vi", value_parser = parse_lang)]
        lang: Lang,
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
    /// Write an empty plan for a criteria set.
    New {
        /// Criteria set: 2026-2030 (default), 2021-2025, 2021-2025-advanced, 2021-2025-district.
        #[arg(long, default_value = "2026-2030")]
        set: String,
        /// Province name, e.g. "Lai Châu".
        #[arg(long)]
        province: String,
        #[arg(long)]
        year: u16,
        /// Overwrite OUT if it exists.
        #[arg(long)]
        force: bool,
        out: PathBuf,
    },
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language \"{s}\": use vi or en"))
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
    match cli.command {
        Some(Command::Check { files, lang }) => check::run(&files, lang),
        Some(Command::Summary { file, json, lang }) => summary::run(&file, json, lang),
        Some(Command::Fmt { files, check }) => fmt::run(&files, check),
        Some(Command::New {
            set,
            province,
            year,
            force,
            out,
        }) => new::run(&set, &province, year, force, &out),
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
}
