//! Numbers the Vietnamese way: "." groups thousands, "," marks decimals
//! (4.503.481; 76,73%; 17,33), and parsing what planners type.

use rust_decimal::{Decimal, RoundingStrategy};

/// 4503481 → "4.503.481"; 1066.5 → "1.066,5". Keeps the value's own decimals.
pub fn decimal(value: Decimal) -> String {
    let s = value.normalize().to_string();
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.as_str()),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&group(int));
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// A decimal rounded half away from zero to `places`, always showing them: 17.333 → "17,33".
pub fn fixed(value: Decimal, places: u32) -> String {
    let r = value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    let s = format!("{:.*}", places as usize, r);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&group(int));
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

/// A percentage with two decimals: 76.73 → "76,73%".
pub fn percent(value: Decimal) -> String {
    format!("{}%", fixed(value, 2))
}

/// An integer count: 1629 → "1.629".
pub fn count(n: impl Into<i64>) -> String {
    decimal(Decimal::from(n.into()))
}

fn group(int: &str) -> String {
    let bytes = int.as_bytes();
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(*b as char);
    }
    out
}

/// Parse a number as a Vietnamese planner types it.
///
/// "1.667.139" and "1667139" are the same; "1,5" is one and a half; "80.000" is
/// eighty thousand; "1.066,5" works; spaces and a trailing "%" or "đ" are ignored.
/// A lone "." followed by other than three digits ("1.5") is read as a decimal
/// point, as an English-keyboard user means it.
pub fn parse(input: &str) -> Result<Decimal, NumberError> {
    let t: String = input
        .trim()
        .trim_end_matches(['%', 'đ', 'Đ'])
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let text = || input.trim().to_string();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.as_str()),
    };
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !body.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberError::NotANumber(text()));
    }
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let canonical = if commas > 1 {
        return Err(NumberError::Commas(text()));
    } else if commas == 1 {
        // "," is the decimal mark; every "." must group thousands.
        let (int, frac) = body.split_once(',').unwrap_or((body, ""));
        if dots > 0 && !grouped(int) {
            return Err(NumberError::Grouping(text()));
        }
        if frac.is_empty() || frac.contains('.') {
            return Err(NumberError::NotANumber(text()));
        }
        format!("{}.{}", int.replace('.', ""), frac)
    } else if dots == 0 {
        body.to_string()
    } else if grouped(body) {
        body.replace('.', "")
    } else if dots == 1 {
        body.to_string()
    } else {
        return Err(NumberError::Grouping(text()));
    };
    let mut d = Decimal::from_str_exact(&canonical).map_err(|_| NumberError::TooLarge(text()))?;
    if neg {
        d.set_sign_negative(true);
    }
    Ok(d)
}

/// Why typed text is not a number. `Display` is English (logs); [`NumberError::message`]
/// is what the user reads, in their language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("no number entered")]
    Empty,
    #[error("\"{0}\" is not a number")]
    NotANumber(String),
    #[error("\"{0}\": the comma is the decimal mark and may appear only once")]
    Commas(String),
    #[error("\"{0}\": dots must separate groups of three digits")]
    Grouping(String),
    #[error("\"{0}\" is too large")]
    TooLarge(String),
}

impl NumberError {
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::i18n::tr_args;
        let (key, text) = match self {
            NumberError::Empty => return crate::i18n::tr(lang, "number-empty"),
            NumberError::NotANumber(t) => ("number-not-a-number", t),
            NumberError::Commas(t) => ("number-commas", t),
            NumberError::Grouping(t) => ("number-grouping", t),
            NumberError::TooLarge(t) => ("number-too-large", t),
        };
        tr_args(lang, key, &[("text", text.into())])
    }
}

fn grouped(int: &str) -> bool {
    let parts: Vec<&str> = int.split('.').collect();
    parts.len() > 1
        && !parts[0].is_empty()
        && parts[0].len() <= 3
        && parts[1..].iter().all(|p| p.len() == 3)
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn formats_like_the_plans() {
        assert_eq!(decimal(d("4503481")), "4.503.481");
        assert_eq!(decimal(d("96569")), "96.569");
        assert_eq!(decimal(d("307")), "307");
        assert_eq!(decimal(d("1066.50")), "1.066,5");
        assert_eq!(decimal(d("-1234567")), "-1.234.567");
        assert_eq!(percent(d("76.7306")), "76,73%");
        assert_eq!(percent(d("0.315")), "0,32%");
        assert_eq!(fixed(d("17.3297"), 2), "17,33");
        assert_eq!(fixed(d("1234.5"), 2), "1.234,50");
        assert_eq!(count(1629), "1.629");
    }

    #[test]
    fn parses_what_planners_type() {
        assert_eq!(parse("1.667.139").unwrap(), d("1667139"));
        assert_eq!(parse("1667139").unwrap(), d("1667139"));
        assert_eq!(parse("1,5").unwrap(), d("1.5"));
        assert_eq!(parse("80.000").unwrap(), d("80000"));
        assert_eq!(parse("1.066,5").unwrap(), d("1066.5"));
        assert_eq!(parse(" 2 581 000 ").unwrap(), d("2581000"));
        assert_eq!(parse("76,73%").unwrap(), d("76.73"));
        assert_eq!(parse("1.5").unwrap(), d("1.5"));
        assert_eq!(parse("-307").unwrap(), d("-307"));
        assert!(parse("1,5,6").is_err());
        assert!(parse("12.34.5").is_err());
        assert!(parse("abc").is_err());
        assert!(parse("").is_err());
        assert!(parse("1.23,4").is_err());
    }
}
