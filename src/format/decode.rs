//! Turning a file's bytes into the text the parser reads: BOMs, UTF-16, CRLF; and
//! saying what a file is when it is not text at all (a workbook, a PDF, a picture).

use super::LoadError;
use super::locate::Pos;
use crate::i18n::Message;

/// Decode bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM
/// (Notepad's "Unicode"); line ends to LF. (The loader normalizes to NFC.)
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    let (rest, kind) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (rest, Kind::Utf8)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (rest, Kind::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (rest, Kind::Utf16Be)
    } else if let Some(what) = not_text(bytes) {
        return Err(LoadError::NotText { what });
    } else if looks_like_utf16(bytes) {
        if bytes.len() > 1 && bytes[1] == 0 {
            (bytes, Kind::Utf16Le)
        } else {
            (bytes, Kind::Utf16Be)
        }
    } else {
        (bytes, Kind::Utf8)
    };
    let text = match kind {
        Kind::Utf8 => utf8(rest)?,
        Kind::Utf16Le => utf16(rest, u16::from_le_bytes, "UTF-16 LE")?,
        Kind::Utf16Be => utf16(rest, u16::from_be_bytes, "UTF-16 BE")?,
    };
    finish(text)
}

/// The same as [`decode`], taking the bytes: a file in UTF-8 without a byte-order
/// mark (what the program writes) becomes the text without being copied.
pub fn decode_owned(bytes: Vec<u8>) -> Result<String, LoadError> {
    let marked = [&[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE], &[0xFE, 0xFF]]
        .iter()
        .any(|m| bytes.starts_with(m));
    if marked || not_text(&bytes).is_some() || looks_like_utf16(&bytes) {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => finish(text),
        Err(e) => decode(e.as_bytes()),
    }
}

fn finish(text: String) -> Result<String, LoadError> {
    // Whitespace, a byte-order mark, or both: nothing to read.
    if text.chars().all(|c| c.is_whitespace() || c == '\u{feff}') {
        return Err(LoadError::Empty);
    }
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    Ok(text)
}

enum Kind {
    Utf8,
    Utf16Le,
    Utf16Be,
}

/// What a file is when its first bytes say it is not text: the kinds of file that
/// arrive by email beside plans (a message such as "a PDF file"), or None for text.
pub fn sniff(bytes: &[u8]) -> Option<Message> {
    not_text(bytes)
}

fn not_text(bytes: &[u8]) -> Option<Message> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"PK\x03\x04", "file-kind-zip"),
        (b"PK\x05\x06", "file-kind-zip"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "file-kind-ole"),
        (b"%PDF", "file-kind-pdf"),
        (b"\x89PNG", "file-kind-picture"),
        (b"\xFF\xD8\xFF", "file-kind-picture"),
        (b"GIF8", "file-kind-picture"),
        (b"Rar!", "file-kind-archive"),
        (b"7z\xBC\xAF", "file-kind-archive"),
        (b"\x1F\x8B", "file-kind-archive"),
        (b"MZ", "file-kind-program"),
        (b"\x7FELF", "file-kind-program"),
    ];
    if let Some((_, key)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(Message::new(key));
    }
    // NUL bytes, or many control bytes, in a file that is not UTF-16: binary data.
    let sample = &bytes[..bytes.len().min(8192)];
    if looks_like_utf16(bytes) {
        return None;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
        .count();
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Some(Message::new("file-kind-binary"));
    }
    None
}

fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(200)];
    sample.len() >= 4 && {
        let zeros_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
        let zeros_odd = sample
            .iter()
            .skip(1)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count();
        // Text in UTF-16 has zeros on one side of its byte pairs (the high bytes of
        // its ASCII letters) and hardly any on the other.
        let (most, least) = (zeros_even.max(zeros_odd), zeros_even.min(zeros_odd));
        most * 3 >= sample.len() / 2 && least * 4 <= most
    }
}

/// The position of a byte offset in text that is valid up to there.
fn pos_of(good: &[u8]) -> Pos {
    let good = String::from_utf8_lossy(good);
    let line = good.matches('\n').count() + 1;
    let col = good
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    Pos { line, col }
}

fn utf8(bytes: &[u8]) -> Result<String, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = format!("0x{:02X}", bytes[at]);
            // A cut-off letter at the very end: the file was truncated.
            let key = if e.error_len().is_none() {
                "encoding-utf8-truncated"
            } else {
                "encoding-not-utf8"
            };
            Err(LoadError::Encoding {
                pos: Some(pos_of(&bytes[..at])),
                message: Message::new(key).arg("byte", byte),
            })
        }
    }
}

fn utf16(bytes: &[u8], conv: fn([u8; 2]) -> u16, name: &str) -> Result<String, LoadError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(LoadError::Encoding {
            pos: None,
            message: Message::new("encoding-utf16-odd").arg("name", name),
        });
    }
    let units = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2 + bytes.len() / 8);
    let (mut line, mut col) = (1usize, 1usize);
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => {
                out.push(c);
                if c == '\n' {
                    line += 1;
                    col = 1;
                } else {
                    col += 1;
                }
            }
            Err(_) => {
                return Err(LoadError::Encoding {
                    pos: Some(Pos { line, col }),
                    message: Message::new("encoding-utf16-invalid").arg("name", name),
                });
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_forms_planners_send() {
        assert_eq!(decode(b"\xEF\xBB\xBFab\r\ncd").unwrap(), "ab\ncd");
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Lai Châu".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16le).unwrap(), "Lai Châu");
        let no_bom: Vec<u8> = "(format: 1)"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&no_bom).unwrap(), "(format: 1)");
        assert!(matches!(decode(b""), Err(LoadError::Empty)));
        let err = decode(b"(a: \"L\xE0i\")").unwrap_err().to_string();
        assert!(err.contains("line 1, column 7"), "{err}");
        // Taking the bytes changes nothing but the copy.
        let forms: [&[u8]; 9] = [
            b"\xEF\xBB\xBFab\r\ncd",
            &utf16le,
            &no_bom,
            b"",
            b"  \n ",
            b"(a: \"L\xE0i\")",
            b"(a: \"L\xC3",
            b"PK\x03\x04rest",
            "(tên: \"Lai Châu\")\r\n".as_bytes(),
        ];
        for bytes in forms {
            let owned = decode_owned(bytes.to_vec()).map_err(|e| e.to_string());
            assert_eq!(owned, decode(bytes).map_err(|e| e.to_string()), "{bytes:?}");
        }
    }

    #[test]
    fn empty_in_every_form_is_empty() {
        for bytes in [
            &b""[..],
            b"   \n\t ",
            b"\xEF\xBB\xBF",
            b"\xEF\xBB\xBF  \r\n",
            b"\xFF\xFE",
            b"\xFF\xFE \x00\n\x00",
            b"\xFE\xFF",
        ] {
            assert!(
                matches!(decode(bytes), Err(LoadError::Empty)),
                "{bytes:?}: {:?}",
                decode(bytes)
            );
        }
    }

    #[test]
    fn other_kinds_of_file_are_named() {
        for (bytes, key) in [
            (&b"PK\x03\x04\x14\x00"[..], "file-kind-zip"),
            (b"%PDF-1.7\n", "file-kind-pdf"),
            (b"\x89PNG\r\n\x1a\n", "file-kind-picture"),
            (b"\x00\x01\x02\x03\x04 binary", "file-kind-binary"),
        ] {
            match decode(bytes) {
                Err(LoadError::NotText { what }) => assert_eq!(what.key, key),
                other => panic!("{bytes:?}: {other:?}"),
            }
        }
    }
}
