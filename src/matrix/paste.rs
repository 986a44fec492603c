//! Reading a rectangle of tab-separated text pasted from Excel into the matrix.
//! Nothing changes until the user accepts; every cell that cannot be understood is
//! reported with its place.

/// How a pasted cell reads.
pub fn read_mark(text: &str) -> Option<bool> {
    let t = crate::text::fold(text.trim());
    match t.as_str() {
        "x" | "1" | "dat" | "d" | "co" | "yes" | "true" | "met" | "✓" | "✔" | "v" => Some(true),
        "" | "0" | "-" | "chua dat" | "khong dat" | "khong" | "no" | "false" | "✗" | "✘" | "cd" => {
            Some(false)
        }
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasteProblem {
    /// 1-based row and column within the pasted block.
    pub row: usize,
    pub col: usize,
    pub text: String,
}

/// How many unreadable cells are kept with their text; the rest are counted. (A
/// clipboard of a whole sheet of text holds millions of them.)
pub const MAX_PROBLEMS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Rows × columns of met / not met; None where the cell could not be read.
    pub cells: Vec<Vec<Option<bool>>>,
    /// The first [`MAX_PROBLEMS`] cells that could not be read (their text bounded).
    pub problems: Vec<PasteProblem>,
    /// Cells that could not be read beyond those.
    pub more_problems: usize,
    /// The pasted rows as read, to quote any cell (`rows[r].split('\t')`).
    pub rows: Vec<String>,
}

/// The pasted rows: Windows and old Mac line ends are line ends; trailing empty lines
/// are dropped.
fn rows(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Parse pasted text. Trailing empty lines are dropped; Windows line ends are fine.
pub fn parse(text: &str) -> Parsed {
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    let mut more_problems = 0;
    let rows = rows(text);
    for (r, line) in rows.iter().enumerate() {
        let mut row = Vec::new();
        for (c, cell) in line.split('\t').enumerate() {
            let v = read_mark(cell);
            if v.is_none() {
                if problems.len() < MAX_PROBLEMS {
                    problems.push(PasteProblem {
                        row: r + 1,
                        col: c + 1,
                        text: crate::text::shown(cell),
                    });
                } else {
                    more_problems += 1;
                }
            }
            row.push(v);
        }
        cells.push(row);
    }
    Parsed {
        cells,
        problems,
        more_problems,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_marks_in_several_spellings() {
        for m in ["x", "X", "1", "đạt", "Đạt", "✓", "v"] {
            assert_eq!(read_mark(m), Some(true), "{m}");
        }
        for m in ["", "0", "-", "chưa đạt", "Không đạt", "✗"] {
            assert_eq!(read_mark(m), Some(false), "{m}");
        }
        assert_eq!(read_mark("maybe"), None);
    }

    #[test]
    fn parses_a_block_and_reports_bad_cells() {
        let p = parse("x\t\tđạt\r\n1\t?\t0\r\n\r\n");
        assert_eq!(
            p.cells,
            vec![
                vec![Some(true), Some(false), Some(true)],
                vec![Some(true), None, Some(false)]
            ]
        );
        assert_eq!(
            p.problems,
            vec![PasteProblem {
                row: 2,
                col: 2,
                text: "?".into()
            }]
        );
        assert_eq!(p.more_problems, 0);
    }

    #[test]
    fn a_clipboard_of_text_keeps_a_thousand_problems_and_counts_the_rest() {
        let long = "?".repeat(100_000);
        let text = format!("{long}\t{}", "?\t".repeat(4_999));
        let p = parse(&text);
        assert_eq!(p.cells[0].len(), 5_001);
        assert_eq!(p.problems.len(), MAX_PROBLEMS);
        assert_eq!(p.more_problems, 5_000 - MAX_PROBLEMS);
        assert!(
            p.problems[0].text.chars().count() <= 81,
            "the quote is bounded"
        );
        assert_eq!(rows("a\r\nb\rc\n\n"), vec!["a", "b", "c"]);
    }
}
