//! Turning a file's bytes into the text the parser reads: BOMs, UTF-16, CRLF, NFC.

use super::LoadError;

/// Decode bytes to normalized text: UTF-8 (with or without BOM) or UTF-16 with a
/// BOM (Notepad's "Unicode"); line ends to LF. (The loader normalizes to NFC.)
pub fn decode(bytes: &[u8]) -> Result<String, LoadError> {
    if bytes.is_empty() || bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty);
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes, "UTF-16 LE")?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes, "UTF-16 BE")?
    } else if looks_like_utf16(bytes) {
        let le = bytes.len() > 1 && bytes[1] == 0;
        if le {
            utf16(bytes, u16::from_le_bytes, "UTF-16 LE")?
        } else {
            utf16(bytes, u16::from_be_bytes, "UTF-16 BE")?
        }
    } else {
        utf8(bytes)?
    };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    Ok(text)
}

fn looks_like_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(200)];
    sample.len() >= 4 && sample.iter().filter(|&&b| b == 0).count() * 3 >= sample.len()
}

fn utf8(bytes: &[u8]) -> Result<String, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let good = String::from_utf8_lossy(good);
            let line = good.matches('\n').count() + 1;
            let col = good
                .rsplit('\n')
                .next()
                .map(|l| l.chars().count())
                .unwrap_or(0)
                + 1;
            Err(LoadError::Encoding(format!(
                "line {line}, column {col}: the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8 — it may be in an old Vietnamese encoding such as TCVN3 or VNI, or Windows-1258",
                bytes[e.valid_up_to()]
            )))
        }
    }
}

fn utf16(bytes: &[u8], conv: fn([u8; 2]) -> u16, name: &str) -> Result<String, LoadError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(LoadError::Encoding(format!(
            "the file looks like {name} but has an odd number of bytes; it is truncated"
        )));
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| conv([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| {
        LoadError::Encoding(format!(
            "the file looks like {name} but holds invalid characters"
        ))
    })
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
    }
}
