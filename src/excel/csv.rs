//! CSV files read as one sheet, so they go through the same import as a workbook.
//! The delimiter (comma, semicolon or tab) is detected; quoted fields may hold
//! delimiters, doubled quotes and line breaks; a UTF-8 byte-order mark is dropped.

use super::grid::{Grid, GridBuilder, Limit};
use super::import::{At, ImportError};

/// The delimiter used most often outside quotes in the first lines.
pub fn detect_delimiter(text: &str) -> char {
    let mut counts = [0usize; 3];
    let cands = ['\t', ';', ','];
    let mut quoted = false;
    for (lines, ch) in text.chars().scan(0usize, |l, c| {
        if c == '\n' {
            *l += 1;
        }
        Some((*l, c))
    }) {
        if lines >= 20 {
            break;
        }
        if ch == '"' {
            quoted = !quoted;
        } else if !quoted && let Some(i) = cands.iter().position(|&c| c == ch) {
            counts[i] += 1;
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(2);
    if counts[best] == 0 { ',' } else { cands[best] }
}

/// The most bytes of one field kept while reading (cells are cut to far less).
const FIELD_CAP: usize = 16 * 1024;

/// Parse CSV text into a grid named `sheet`, within the grid's limits (a file that
/// passes one is refused with the line it reached).
pub fn parse(sheet: &str, text: &str) -> Result<Grid, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delim = detect_delimiter(text);
    let mut grid = GridBuilder::new(sheet);
    let (mut row, mut col) = (0u32, 0u32);
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1u64;
    let too_large = |limit: Limit, line: u64| ImportError::TooLarge {
        limit,
        at: Some(At::Line {
            file: sheet.to_string(),
            line,
        }),
    };
    let mut quote_line = 0u64;
    let put = |grid: &mut GridBuilder, row: u32, col: u32, field: &mut String, line: u64| {
        let text = crate::text::clean(field);
        field.clear();
        grid.set(row, col, &text).map_err(|l| too_large(l, line))
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\n' {
            line += 1;
        }
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    if field.len() < FIELD_CAP {
                        field.push('"');
                    }
                    chars.next();
                } else {
                    quoted = false;
                }
            } else if field.len() < FIELD_CAP {
                field.push(c);
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
            quote_line = line;
        } else if c == delim {
            put(&mut grid, row, col, &mut field, line)?;
            col = col.saturating_add(1);
        } else if c == '\r' {
            continue;
        } else if c == '\n' {
            put(&mut grid, row, col, &mut field, line - 1)?;
            row = row.saturating_add(1);
            col = 0;
        } else if field.len() < FIELD_CAP {
            field.push(c);
        }
    }
    if quoted {
        return Err(ImportError::QuoteNeverClosed {
            file: sheet.to_string(),
            line: quote_line,
        });
    }
    if !field.is_empty() {
        put(&mut grid, row, col, &mut field, line)?;
    }
    grid.finish().map_err(|l| too_large(l, line))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_delimiters_and_reads_quotes() {
        assert_eq!(detect_delimiter("a;b;c\n1;2;3\n"), ';');
        assert_eq!(detect_delimiter("a\tb\n"), '\t');
        assert_eq!(detect_delimiter("\"a;b\",c\n1,2\n"), ',');
        let g = parse(
            "s",
            "\u{feff}Xã;\"Ghi chú; có \"\"dấu\"\"\"\r\nTả Lèng;x\r\n",
        )
        .unwrap();
        assert_eq!(
            g.cells,
            vec![
                vec!["Xã".to_string(), "Ghi chú; có \"dấu\"".to_string()],
                vec!["Tả Lèng".to_string(), "x".to_string()]
            ]
        );
    }

    #[test]
    fn a_huge_or_hostile_csv_is_refused_with_its_line() {
        // 20.000 delimiters on each of 300 lines: 6 million cells.
        let line = format!("{}\n", ";".repeat(20_000) + "x");
        let text = line.repeat(300);
        match parse("s", &text) {
            Err(ImportError::TooLarge {
                limit: Limit::Columns,
                at: Some(At::Line { line: 1, .. }),
            }) => {}
            other => panic!("{other:?}"),
        }
        let text = format!("{}x\n", ";".repeat(3000)).repeat(2000);
        assert!(matches!(
            parse("s", &text),
            Err(ImportError::TooLarge {
                limit: Limit::Cells,
                ..
            })
        ));
        // A blank line per row of whitespace costs nothing.
        let g = parse("s", &" \n".repeat(100_000)).unwrap();
        assert!(g.cells.len() <= 100_000);
    }
}
