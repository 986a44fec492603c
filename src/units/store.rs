//! Registers the user imported, kept as files in the program's data folder
//! (`…/data/units/<province>.ron`), so a province imported once is offered for every
//! new plan after. The same text form as the shipped registers; written atomically.

use super::{Register, RegisterProblem, bundled};
use crate::format::{LoadError, SaveError, WriteStep};
use crate::lang::Lang;
use crate::prefs::AppDirs;
use ron::ser::PrettyConfig;
use std::path::{Path, PathBuf};

/// Where a register came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// Shipped with the program (`assets/units/`).
    Bundled,
    /// Imported by the user, kept at this path.
    Imported(PathBuf),
}

/// A register the program offers, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Available {
    pub register: Register,
    pub source: Source,
}

/// The folder of imported registers.
pub fn dir(dirs: &AppDirs) -> PathBuf {
    dirs.data.join("units")
}

/// Why a register file could not be read, used or written — in both languages, with
/// the file and, for a mistake in its text, the line and column.
#[derive(Debug, thiserror::Error)]
pub enum RegisterFileError {
    /// Not read: the system's refusal, too large, not text, or not RON of a register.
    #[error("{}", self.message(Lang::En))]
    Read { path: PathBuf, error: LoadError },
    /// Read, but it does not hold together (two units with one code, …).
    #[error("{}", self.message(Lang::En))]
    Invalid {
        path: PathBuf,
        problems: Vec<RegisterProblem>,
    },
    /// Not written.
    #[error("{}", self.message(Lang::En))]
    Write(#[from] SaveError),
}

impl RegisterFileError {
    pub fn message(&self, lang: Lang) -> String {
        use crate::format::{file_unreadable, problem_list};
        match self {
            RegisterFileError::Read { path, error } => file_unreadable(
                lang,
                path,
                error,
                "units-file-not-text",
                "units-file-unreadable",
            ),
            RegisterFileError::Invalid { path, problems } => {
                let lines: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                problem_list(lang, "units-file-invalid", path, &lines)
            }
            RegisterFileError::Write(e) => e.message(lang),
        }
    }
}

/// A register as file text, in the layout of the shipped files.
pub fn to_text(register: &Register) -> Result<String, SaveError> {
    let config = PrettyConfig::new()
        .indentor("    ".to_string())
        .new_line("\n".to_string())
        .struct_names(false)
        .compact_arrays(false)
        .depth_limit(4);
    let body = ron::ser::to_string_pretty(register, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    // The heading comment ends at the first line break: a province name may hold one
    // (a register allows line feeds in its text), and the rest of the name would then
    // be read as data. The comment shows the name on one line; the data keeps it whole.
    let title: String = register
        .title()
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    Ok(format!(
        "// Đơn vị hành chính cấp xã của {title} từ ngày {}. Format: docs/file-format.md, section 5.17.\n{body}\n",
        register.effective.vi()
    ))
}

/// Write a register file (atomic replace).
pub fn write(register: &Register, path: &Path) -> Result<(), RegisterFileError> {
    let text = to_text(register)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(SaveError::io(parent, WriteStep::Create))?;
    }
    crate::format::save::write_atomic_located(path, text.as_bytes())?;
    Ok(())
}

/// Read a register file: no more than a plan file may hold (a huge or endless file,
/// a device or a FIFO cannot exhaust memory), decoded and checked as a plan is.
pub fn read(path: &Path) -> Result<Register, RegisterFileError> {
    let failed = |error| RegisterFileError::Read {
        path: path.to_path_buf(),
        error,
    };
    let bytes = crate::format::read_bounded(path).map_err(failed)?;
    let text = crate::format::decode_text(&bytes).map_err(failed)?;
    bundled::parse(&crate::text::nfc(&text)).map_err(|e| match e {
        bundled::ParseFailure::Syntax(error) => failed(error),
        bundled::ParseFailure::Invalid(problems) => RegisterFileError::Invalid {
            path: path.to_path_buf(),
            problems,
        },
    })
}

/// The file name a province's register is kept under: "lai-chau.ron".
pub fn file_name(register: &Register) -> String {
    let stem: String = crate::text::fold(&register.province)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{}.ron", stem.trim_matches('-'))
}

/// Keep an imported register for later (replacing an earlier import of the province).
pub fn save(dirs: &AppDirs, register: &Register) -> Result<PathBuf, RegisterFileError> {
    let path = dir(dirs).join(file_name(register));
    write(register, &path)?;
    Ok(path)
}

/// Every register the program offers: the shipped ones, then those imported (sorted
/// by province), and the files of the folder that could not be read, with why.
pub fn available(dirs: &AppDirs) -> (Vec<Available>, Vec<RegisterFileError>) {
    let mut out: Vec<Available> = bundled::all()
        .into_iter()
        .map(|register| Available {
            register,
            source: Source::Bundled,
        })
        .collect();
    let mut errors = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir(dirs))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for path in files {
        match read(&path) {
            Ok(register) => out.push(Available {
                register,
                source: Source::Imported(path),
            }),
            Err(e) => errors.push(e),
        }
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imported_register_is_kept_and_offered_again() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = AppDirs::under(tmp.path());
        let (before, errors) = available(&dirs);
        assert_eq!(before.len(), 2);
        assert!(errors.is_empty());
        let mut r = bundled::by_province("Lai Châu").unwrap();
        r.province = "Điện Biên".into();
        let path = save(&dirs, &r).unwrap();
        assert!(path.ends_with("units/dien-bien.ron"));
        std::fs::write(dir(&dirs).join("broken.ron"), "(province: ").unwrap();
        let (after, errors) = available(&dirs);
        assert_eq!(after.len(), 3);
        assert_eq!(after[2].register, r);
        assert_eq!(after[2].source, Source::Imported(path));
        assert_eq!(errors.len(), 1);
        // The text form reads back as the same register.
        let lc = bundled::by_province("Lai Châu").unwrap();
        assert_eq!(bundled::parse(&to_text(&lc).unwrap()).unwrap(), lc);
    }

    /// Found by the `unit_list` fuzz target after 9.220.243 inputs: a province name with
    /// a line break broke the heading comment, and the file written did not read (the
    /// rest of the name was read as data). Such a register is now refused, with the
    /// name; what is written still reads as written.
    #[test]
    fn a_province_name_with_a_line_break_stays_in_its_field() {
        let mut r = bundled::by_province("Lai Châu").unwrap();
        r.province = "Điện Biên (thử).\n(\n    protive)".into();
        let text = to_text(&r).unwrap();
        assert_eq!(text.lines().next().unwrap().matches("protive").count(), 1);
        match bundled::parse(&text) {
            Err(bundled::ParseFailure::Invalid(problems)) => assert_eq!(
                problems,
                vec![crate::units::register::RegisterProblem::LineBreak(
                    r.province.clone()
                )]
            ),
            other => panic!("{other:?}"),
        }
    }
}
