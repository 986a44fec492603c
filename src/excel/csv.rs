//! CSV files read as one sheet, so they go through the same import as a workbook.
//! The delimiter (comma, semicolon or tab) is detected; quoted fields may hold
//! delimiters, doubled quotes and line breaks; a UTF-8 byte-order mark is dropped.

use super::import::Grid;

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

/// Parse CSV text into a grid named `sheet`.
pub fn parse(sheet: &str, text: &str) -> Grid {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delim = detect_delimiter(text);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else if c == '"' && field.is_empty() {
            quoted = true;
        } else if c == delim {
            row.push(std::mem::take(&mut field));
        } else if c == '\r' {
            continue;
        } else if c == '\n' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        } else {
            field.push(c);
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Grid {
        sheet: sheet.to_string(),
        cells: rows,
        merged: Vec::new(),
    }
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
        );
        assert_eq!(
            g.cells,
            vec![
                vec!["Xã".to_string(), "Ghi chú; có \"dấu\"".to_string()],
                vec!["Tả Lèng".to_string(), "x".to_string()]
            ]
        );
    }
}
