//! Excel in and out: the plan as a workbook of appendix forms ([`export`]), and a
//! commune × criteria sheet read back into the plan with a preview ([`import`],
//! [`csv`] for the same from a CSV file), and a commune list read into the plan
//! ([`communes`]).

pub mod communes;
pub mod csv;
pub mod export;
pub mod grid;
pub mod import;
pub mod indicators;
pub mod xlsx;

pub use export::{ExportError, export_file};
pub use import::{ImportError, ImportOptions, ImportPreview, preview};

/// The sheet with the commune × criteria matrix in an exported workbook.
pub const CRITERIA_SHEET: &str = "Tiêu chí theo xã";

/// Column letters: 0 → "A", 25 → "Z", 26 → "AA".
pub fn column_letters(col: u16) -> String {
    let mut n = col as u32 + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A cell's name from 0-based row and column: (6, 3) → "D7".
pub fn cell_name(row: u32, col: u16) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cells_like_excel() {
        assert_eq!(cell_name(6, 3), "D7");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
