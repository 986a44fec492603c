//! Registers the user imported, kept as files in the program's data folder
//! (`…/data/units/<province>.ron`), so a province imported once is offered for every
//! new plan after. The same text form as the shipped registers; written atomically.

use super::{Register, bundled};
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

/// A register as file text, in the layout of the shipped files.
pub fn to_text(register: &Register) -> Result<String, String> {
    let config = PrettyConfig::new()
        .indentor("    ".to_string())
        .new_line("\n".to_string())
        .struct_names(false)
        .compact_arrays(false)
        .depth_limit(4);
    let body = ron::ser::to_string_pretty(register, config).map_err(|e| e.to_string())?;
    Ok(format!(
        "// Đơn vị hành chính cấp xã của {} từ ngày {}. Format: docs/file-format.md, section 5.17.\n{body}\n",
        register.title(),
        register.effective.vi()
    ))
}

/// Write a register file (atomic replace).
pub fn write(register: &Register, path: &Path) -> Result<(), String> {
    let text = to_text(register)?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    crate::format::save::write_atomic(path, text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// Read a register file.
pub fn read(path: &Path) -> Result<Register, String> {
    use std::io::Read;
    // A register is a few hundred units: read no more than a plan file may hold, so a
    // huge or endless file (a device, a FIFO) cannot exhaust memory.
    let limit = crate::format::MAX_FILE_BYTES;
    let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "{}: {}",
            path.display(),
            crate::i18n::tr_args(
                crate::lang::Lang::Vi,
                "load-too-large",
                &[("size", (limit + 1).into()), ("limit", limit.into())]
            )
        ));
    }
    let text =
        crate::format::decode_text(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    bundled::parse(&crate::text::nfc(&text)).map_err(|e| format!("{}: {e}", path.display()))
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
pub fn save(dirs: &AppDirs, register: &Register) -> Result<PathBuf, String> {
    let path = dir(dirs).join(file_name(register));
    write(register, &path)?;
    Ok(path)
}

/// Every register the program offers: the shipped ones, then those imported (sorted
/// by province), and the files of the folder that could not be read, with why.
pub fn available(dirs: &AppDirs) -> (Vec<Available>, Vec<String>) {
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
}
