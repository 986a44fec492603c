//! A sheet as text cells, built within limits: whatever a workbook or a CSV file
//! declares, the grid holds at most [`MAX_CELLS`] cells (blank padding included),
//! [`MAX_COLS`] columns, [`MAX_ROWS`] rows, [`MAX_CELL_CHARS`] characters a cell and
//! [`MAX_TEXT_BYTES`] of text in all. Reaching a limit is an error that names the
//! cell, found before the memory is taken.
//!
//! Cells that cannot be read (a formula with no stored value, a damaged boolean) are
//! kept apart with their reason: the import reports them with their address and
//! never reads them as a value (a blank would mean "not met").

use super::column_letters;
use crate::i18n::Message;
use crate::lang::Lang;
use std::collections::HashMap;

/// The fuzz build (`--cfg fuzzing`, see fuzz/run.sh) divides the limits on work —
/// cells, text, merged cells, and in [`super::xlsx`] the bytes a part unpacks to, the
/// longest tag or text and the shared strings — by this: the same checks in the same
/// code, reached sooner, so that a mutated bomb costs the fuzzer milliseconds instead of
/// a second (the workbook target spent 62 % of its time on 90 inputs of its corpus that
/// unpacked shared strings to 256 MB, and ran 60 inputs a second). The program and its
/// tests use the real limits, each of which the bad-input corpus reaches with its message.
/// Excel's own row and column limits are addresses, not work, and are not divided.
pub(crate) const FUZZ_SCALE: usize = if cfg!(fuzzing) { 16 } else { 1 };

/// Excel's own limits.
pub const MAX_ROWS: u32 = 1_048_576;
pub const MAX_COLS: u32 = 16_384;
/// The most cells a grid holds, blank padding included (a national sheet has about
/// 350.000).
pub const MAX_CELLS: usize = 2_000_000 / FUZZ_SCALE;
/// The longest cell text kept; a longer one is cut, with "…" (no mark, name or heading
/// is this long, and the "…" keeps a cut text from reading as one).
pub const MAX_CELL_CHARS: usize = 1_000;
/// The most text a grid holds, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024 / FUZZ_SCALE;
/// The most merged regions read from a sheet.
pub const MAX_MERGED: usize = 10_000;
/// The most cells the merged regions may cover in all, once clipped to the grid.
pub const MAX_MERGED_CELLS: u64 = 1_000_000 / FUZZ_SCALE as u64;

/// Why a cell could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// A formula whose result the file does not store (a workbook written by a script
    /// and never opened in Excel): its value is unknown, not blank.
    FormulaWithoutValue,
    /// A true/false cell holding something else.
    BadBoolean(String),
    /// A number cell holding something that is not a number.
    BadNumber(String),
    /// A text cell pointing at a shared string the workbook does not have.
    MissingSharedString(u64),
    /// A cell type this program does not know.
    UnknownType(String),
}

impl Trouble {
    pub fn message(&self, lang: Lang) -> String {
        let shown = crate::text::shown;
        match self {
            Trouble::FormulaWithoutValue => Message::new("cell-formula-without-value"),
            Trouble::BadBoolean(v) => Message::new("cell-bad-boolean").arg("text", shown(v)),
            Trouble::BadNumber(v) => Message::new("cell-bad-number").arg("text", shown(v)),
            Trouble::MissingSharedString(i) => {
                Message::new("cell-missing-shared-string").arg("n", i.to_string())
            }
            Trouble::UnknownType(t) => Message::new("cell-unknown-type").arg("text", shown(t)),
        }
        .text(lang)
    }
}

/// A sheet as text cells, with its merged regions. Rows and columns are 0-based
/// from A1.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    pub sheet: String,
    pub cells: Vec<Vec<String>>,
    /// Merged regions: (first row, first col, last row, last col), within the grid.
    pub merged: Vec<(u32, u32, u32, u32)>,
    /// Cells that could not be read, by (row, col).
    pub bad: HashMap<(u32, u32), Trouble>,
    /// For each cell inside a merged region, the region's first cell (built by
    /// [`Grid::index_merged`]; empty for a grid built by hand).
    pub merged_at: HashMap<(u32, u32), (u32, u32)>,
}

impl Grid {
    pub fn get(&self, row: usize, col: usize) -> &str {
        self.cells
            .get(row)
            .and_then(|r| r.get(col))
            .map(|s| s.as_str())
            .unwrap_or("")
    }

    /// Why the cell could not be read, if it could not.
    pub fn trouble(&self, row: usize, col: usize) -> Option<&Trouble> {
        if self.bad.is_empty() {
            return None;
        }
        self.bad
            .get(&(u32::try_from(row).ok()?, u32::try_from(col).ok()?))
    }

    /// The cell's text, or for a blank cell inside a merged region, the text of the
    /// region (a heading merged across or down).
    pub fn effective(&self, row: usize, col: usize) -> &str {
        let own = self.get(row, col);
        if !own.trim().is_empty() {
            return own;
        }
        if !self.merged_at.is_empty() {
            let key = (row as u32, col as u32);
            return match self.merged_at.get(&key) {
                Some(&(r, c)) => self.get(r as usize, c as usize),
                None => own,
            };
        }
        // A grid built by hand, with few regions.
        for &(r1, c1, r2, c2) in &self.merged {
            if (r1 as usize..=r2 as usize).contains(&row)
                && (c1 as usize..=c2 as usize).contains(&col)
            {
                return self.get(r1 as usize, c1 as usize);
            }
        }
        own
    }

    pub fn width(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// Clip the merged regions to the grid and index their cells, so a lookup is one
    /// hash access: at most [`MAX_MERGED_CELLS`] cells are indexed in all.
    pub fn index_merged(&mut self) -> Result<(), Limit> {
        let rows = self.cells.len() as u32;
        let width = self.width() as u32;
        let mut kept = Vec::new();
        let mut index = HashMap::new();
        for &(r1, c1, r2, c2) in &self.merged {
            if r1 >= rows || c1 >= width || r1 > r2 || c1 > c2 {
                continue;
            }
            let (r2, c2) = (r2.min(rows - 1), c2.min(width - 1));
            // A region whose first cell lies in another one is not a region.
            if index.contains_key(&(r1, c1)) {
                continue;
            }
            let area = (u64::from(r2 - r1) + 1) * (u64::from(c2 - c1) + 1);
            if index.len() as u64 + area > MAX_MERGED_CELLS {
                return Err(Limit::MergedCells);
            }
            for r in r1..=r2 {
                for c in c1..=c2 {
                    index.entry((r, c)).or_insert((r1, c1));
                }
            }
            kept.push((r1, c1, r2, c2));
        }
        self.merged = kept;
        self.merged_at = index;
        Ok(())
    }
}

/// Which limit a file reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The file is larger than an import reads.
    FileSize,
    /// A part of the workbook unpacks to more than it may.
    Unpacked,
    /// One tag or text of a part is longer than any workbook writes.
    XmlRun,
    Rows,
    Columns,
    Cells,
    Text,
    MergedCells,
    SharedStrings,
    Parts,
}

impl Limit {
    pub fn message(self, lang: Lang) -> String {
        let (key, n): (&str, u64) = match self {
            Limit::FileSize => ("limit-file-size", crate::format::MAX_FILE_BYTES),
            Limit::Unpacked => ("limit-unpacked", super::xlsx::MAX_PART_BYTES),
            Limit::XmlRun => ("limit-xml-run", super::xlsx::MAX_RUN_BYTES),
            Limit::Rows => ("limit-rows", u64::from(MAX_ROWS)),
            Limit::Columns => ("limit-columns", u64::from(MAX_COLS)),
            Limit::Cells => ("limit-cells", MAX_CELLS as u64),
            Limit::Text => ("limit-text", MAX_TEXT_BYTES as u64),
            Limit::MergedCells => ("limit-merged", MAX_MERGED_CELLS),
            Limit::SharedStrings => (
                "limit-shared-strings",
                super::xlsx::MAX_SHARED_STRINGS as u64,
            ),
            Limit::Parts => ("limit-parts", super::xlsx::MAX_PARTS as u64),
        };
        Message::new(key).arg("limit", n).text(lang)
    }
}

/// Builds a [`Grid`] cell by cell within the limits.
pub struct GridBuilder {
    grid: Grid,
    cells: usize,
    text: usize,
}

impl GridBuilder {
    pub fn new(sheet: &str) -> GridBuilder {
        GridBuilder {
            grid: Grid {
                sheet: sheet.to_string(),
                ..Grid::default()
            },
            cells: 0,
            text: 0,
        }
    }

    /// Put a cell's text (blank cells need not be put). The limit reached, if any.
    pub fn set(&mut self, row: u32, col: u32, text: &str) -> Result<(), Limit> {
        // Blank and whitespace-only cells mean nothing to an import: not kept, and
        // not counted (a file of blank lines costs nothing).
        if text.trim().is_empty() {
            return Ok(());
        }
        if row >= MAX_ROWS {
            return Err(Limit::Rows);
        }
        if col >= MAX_COLS {
            return Err(Limit::Columns);
        }
        let (r, c) = (row as usize, col as usize);
        // Rows up to this one (an empty row costs a few bytes, but counts).
        if self.grid.cells.len() <= r {
            let add = r + 1 - self.grid.cells.len();
            self.cells = self.cells.saturating_add(add);
            if self.cells > MAX_CELLS {
                return Err(Limit::Cells);
            }
            self.grid.cells.resize_with(r + 1, Vec::new);
        }
        let line = &mut self.grid.cells[r];
        if line.len() <= c {
            let add = c + 1 - line.len();
            self.cells = self.cells.saturating_add(add);
            if self.cells > MAX_CELLS {
                return Err(Limit::Cells);
            }
            line.resize_with(c + 1, String::new);
        }
        let kept = cut(text);
        self.text = self.text.saturating_add(kept.len());
        if self.text > MAX_TEXT_BYTES {
            return Err(Limit::Text);
        }
        line[c] = kept;
        Ok(())
    }

    /// Mark a cell unreadable.
    pub fn bad(&mut self, row: u32, col: u32, trouble: Trouble) -> Result<(), Limit> {
        if row >= MAX_ROWS {
            return Err(Limit::Rows);
        }
        if col >= MAX_COLS {
            return Err(Limit::Columns);
        }
        if self.grid.bad.len() >= MAX_CELLS {
            return Err(Limit::Cells);
        }
        self.grid.bad.insert((row, col), trouble);
        Ok(())
    }

    pub fn merge(&mut self, region: (u32, u32, u32, u32)) -> Result<(), Limit> {
        if self.grid.merged.len() >= MAX_MERGED {
            return Err(Limit::MergedCells);
        }
        self.grid.merged.push(region);
        Ok(())
    }

    pub fn finish(mut self) -> Result<Grid, Limit> {
        self.grid.index_merged()?;
        Ok(self.grid)
    }
}

/// The text kept for a cell: at most [`MAX_CELL_CHARS`] characters, then "…".
fn cut(text: &str) -> String {
    if text.len() <= MAX_CELL_CHARS {
        return text.to_string();
    }
    match text.char_indices().nth(MAX_CELL_CHARS) {
        None => text.to_string(),
        Some((at, _)) => format!("{}…", &text[..at]),
    }
}

/// "D7" for a 0-based row and column within the limits.
pub fn address(row: u32, col: u32) -> String {
    format!(
        "{}{}",
        column_letters(col.min(u32::from(u16::MAX)) as u16),
        u64::from(row) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_reached_before_the_memory_is_taken() {
        let mut b = GridBuilder::new("s");
        assert_eq!(b.set(MAX_ROWS, 0, "x"), Err(Limit::Rows));
        assert_eq!(b.set(MAX_ROWS, 0, " "), Ok(()));
        assert_eq!(b.set(0, MAX_COLS, "x"), Err(Limit::Columns));
        assert_eq!(b.set(u32::MAX, 0, "x"), Err(Limit::Rows));
        // The last cell of a sheet, alone: a million empty rows and a full-width row
        // would be 17 billion cells; the builder refuses at the limit.
        assert_eq!(b.set(MAX_ROWS - 1, MAX_COLS - 1, "x"), Ok(()));
        let mut b = GridBuilder::new("s");
        let mut err = Ok(());
        for r in 0..1000 {
            err = b.set(r, MAX_COLS - 1, "x");
            if err.is_err() {
                break;
            }
        }
        assert_eq!(err, Err(Limit::Cells));
    }

    #[test]
    fn long_cells_are_cut_and_never_read_as_a_mark() {
        let mut b = GridBuilder::new("s");
        let long = format!("x{}", " ".repeat(5000));
        b.set(0, 0, &long).unwrap();
        let g = b.finish().unwrap();
        assert_eq!(g.get(0, 0).chars().count(), MAX_CELL_CHARS + 1);
        assert_eq!(crate::matrix::paste::read_mark(g.get(0, 0)), None);
    }

    #[test]
    fn merged_regions_are_clipped_and_indexed() {
        let mut b = GridBuilder::new("s");
        b.set(0, 0, "Tiêu đề").unwrap();
        b.set(2, 3, "x").unwrap();
        b.merge((0, 0, MAX_ROWS - 1, MAX_COLS - 1)).unwrap();
        let g = b.finish().unwrap();
        assert_eq!(g.merged, vec![(0, 0, 2, 3)]);
        assert_eq!(g.effective(1, 2), "Tiêu đề");
    }
}
