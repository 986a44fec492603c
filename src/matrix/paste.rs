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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// Rows × columns of met / not met; None where the cell could not be read.
    pub cells: Vec<Vec<Option<bool>>>,
    pub problems: Vec<PasteProblem>,
}

/// Parse pasted text. Trailing empty lines are dropped; Windows line ends are fine.
pub fn parse(text: &str) -> Parsed {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.split('\n').collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let mut cells = Vec::new();
    let mut problems = Vec::new();
    for (r, line) in lines.iter().enumerate() {
        let mut row = Vec::new();
        for (c, cell) in line.split('\t').enumerate() {
            let v = read_mark(cell);
            if v.is_none() {
                problems.push(PasteProblem {
                    row: r + 1,
                    col: c + 1,
                    text: cell.to_string(),
                });
            }
            row.push(v);
        }
        cells.push(row);
    }
    Parsed { cells, problems }
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
    }
}
