//! How money and other exact decimals are written in a plan file.
//!
//! A whole amount is written as a plain integer (`4503481`); an amount with a
//! fraction is written as a string with a decimal point (`"1066.5"`). RON's own
//! floating-point numbers are refused, because `80.000` in a Vietnamese hand
//! means eighty thousand, and a float cannot keep an amount exact.

use crate::i18n::Message;
use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

/// Amounts, shares and averages in a plan have at most this many digits before the
/// decimal point: 999.999.999.999.999 triệu đồng is two million times the state budget
/// of the whole 2026–2030 program. The bound makes every sum a plan can hold exact:
/// a 64 MiB file cannot hold enough amounts to reach `Decimal`'s ~7,9·10^28.
pub const MAX_WHOLE_DIGITS: u32 = 15;
/// …and at most this many after it: one đồng, in million VND.
pub const MAX_DECIMALS: u32 = 6;

/// Whether a decimal is within the bounds a plan's numbers keep; the message says why
/// not. Trailing zeros after the point do not count as decimals.
pub fn check_bounds(value: Decimal) -> Result<(), Message> {
    let limit = Decimal::from(10i64.pow(MAX_WHOLE_DIGITS));
    if value.abs() >= limit {
        return Err(Message::new("amount-too-large")
            .arg("value", crate::text::shown(&value.to_string()))
            .arg("digits", MAX_WHOLE_DIGITS));
    }
    let scale = value.normalize().scale();
    if scale > MAX_DECIMALS {
        return Err(Message::new("amount-too-precise")
            .arg("value", crate::text::shown(&value.to_string()))
            .arg("decimals", scale)
            .arg("max", MAX_DECIMALS));
    }
    Ok(())
}

pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    if value.scale() == 0
        && let Ok(i) = i64::try_from(*value)
    {
        return s.serialize_i64(i);
    }
    s.serialize_str(&canonical(*value))
}

/// The text form of a decimal in a plan file. A value with exactly three decimals
/// and a short whole part ("1.234") would read as a grouped thousand, so it gets a
/// fourth decimal ("1.2340"): same value, no ambiguity.
pub fn canonical(value: Decimal) -> String {
    let text = value.to_string();
    let body = text.trim_start_matches('-');
    match body.split_once('.') {
        Some((int, frac)) if frac.len() == 3 && int.len() <= 3 && !int.starts_with('0') => {
            format!("{text}0")
        }
        _ => text,
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(DecimalVisitor)
}

/// Parse the canonical text form of a decimal in a plan file: optional minus,
/// digits, optionally a point and more digits. Grouped forms such as "80.000"
/// are refused as ambiguous; so are numbers beyond [`check_bounds`].
pub fn parse_canonical(text: &str) -> Result<Decimal, Message> {
    let t = text.trim();
    let body = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits_ok = !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !digits_ok {
        return Err(Message::new("amount-not-a-number").arg("text", crate::text::shown(text)));
    }
    if let Some(f) = frac
        && f.len() == 3
        && int.len() <= 3
        && !int.starts_with('0')
    {
        return Err(Message::new("amount-ambiguous")
            .arg("text", text)
            .arg("whole", format!("{int}{f}")));
    }
    // Bounded before converting: a long run of digits is refused by its length.
    let whole_digits = int.trim_start_matches('0').len() as u32;
    let decimals = frac.map_or(0, |f| f.trim_end_matches('0').len()) as u32;
    if whole_digits > MAX_WHOLE_DIGITS {
        return Err(Message::new("amount-too-large")
            .arg("value", crate::text::shown(t))
            .arg("digits", MAX_WHOLE_DIGITS));
    }
    if decimals > MAX_DECIMALS {
        return Err(Message::new("amount-too-precise")
            .arg("value", crate::text::shown(t))
            .arg("decimals", decimals)
            .arg("max", MAX_DECIMALS));
    }
    let d = Decimal::from_str_exact(t)
        .map_err(|_| Message::new("amount-not-a-number").arg("text", crate::text::shown(text)))?;
    check_bounds(d)?;
    Ok(d)
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "an amount: an integer such as 96569, or a decimal in quotes such as \"1066.5\"",
        )
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        bounded(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        bounded(Decimal::from(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        let d = Decimal::try_from_i128_with_scale(v, 0).map_err(|_| too_large())?;
        bounded(d)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        let d = i128::try_from(v)
            .ok()
            .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
            .ok_or_else(too_large)?;
        bounded(d)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if !v.is_finite() || (v.fract() == 0.0 && v.abs() >= 1e15) {
            return Err(too_large());
        }
        Err(E::custom(
            Message::new("amount-float")
                .arg("value", crate::text::shown(&format!("{v}")))
                .encode(),
        ))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_canonical(v).map_err(|m| E::custom(m.encode()))
    }
}

/// A number too large for the parser's own types: its text is in the excerpt under
/// the message, so the message does not repeat a rounded copy of it.
fn too_large<E: de::Error>() -> E {
    E::custom(
        Message::new("amount-too-large-here")
            .arg("digits", MAX_WHOLE_DIGITS)
            .encode(),
    )
}

fn bounded<E: de::Error>(d: Decimal) -> Result<Decimal, E> {
    check_bounds(d).map_err(|m| E::custom(m.encode()))?;
    Ok(d)
}

/// The same, for optional amounts.
pub mod opt {
    use super::*;
    use serde::Deserialize;

    /// Amounts, shares and averages in a plan have at most this many digits before the
    /// decimal point: 999.999.999.999.999 triệu đồng is two million times the state budget
    /// of the whole 2026–2030 program. The bound makes every sum a plan can hold exact:
    /// a 64 MiB file cannot hold enough amounts to reach `Decimal`'s ~7,9·10^28.
    pub const MAX_WHOLE_DIGITS: u32 = 15;
    /// …and at most this many after it: one đồng, in million VND.
    pub const MAX_DECIMALS: u32 = 6;

    /// Whether a decimal is within the bounds a plan's numbers keep; the message says why
    /// not. Trailing zeros after the point do not count as decimals.
    pub fn check_bounds(value: Decimal) -> Result<(), Message> {
        let limit = Decimal::from(10i64.pow(MAX_WHOLE_DIGITS));
        if value.abs() >= limit {
            return Err(Message::new("amount-too-large")
                .arg("value", crate::text::shown(&value.to_string()))
                .arg("digits", MAX_WHOLE_DIGITS));
        }
        let scale = value.normalize().scale();
        if scale > MAX_DECIMALS {
            return Err(Message::new("amount-too-precise")
                .arg("value", crate::text::shown(&value.to_string()))
                .arg("decimals", scale)
                .arg("max", MAX_DECIMALS));
        }
        Ok(())
    }

    pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.serialize_some(&Wrap(*v)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        Option::<Wrap>::deserialize(d).map(|o| o.map(|w| w.0))
    }

    struct Wrap(Decimal);

    impl serde::Serialize for Wrap {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            super::serialize(&self.0, s)
        }
    }

    impl<'de> Deserialize<'de> for Wrap {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            super::deserialize(d).map(Wrap)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(parse_canonical("4503481").unwrap(), Decimal::from(4503481));
        assert_eq!(parse_canonical("1066.5").unwrap().to_string(), "1066.5");
        assert_eq!(parse_canonical("-3").unwrap(), Decimal::from(-3));
        assert_eq!(parse_canonical("0.125").unwrap().to_string(), "0.125");
        assert_eq!(
            parse_canonical("80.000").unwrap_err().key,
            "amount-ambiguous"
        );
        assert!(parse_canonical("4.503.481").is_err());
        assert!(parse_canonical("1,5").is_err());
        assert!(parse_canonical("").is_err());
        assert!(parse_canonical("99999999999999999999999999999999").is_err());
        assert_eq!(
            parse_canonical("1000000000000000").unwrap_err().key,
            "amount-too-large"
        );
        assert!(parse_canonical("999999999999999.999999").is_ok());
        assert!(parse_canonical("0001.5000000000").is_ok());
        assert_eq!(
            parse_canonical("0.0000000000000000000000000001")
                .unwrap_err()
                .key,
            "amount-too-precise"
        );
        assert!(check_bounds(Decimal::new(1, 28)).is_err());
        assert!(check_bounds(Decimal::from(10i64.pow(15))).is_err());
        // What the writer produces always reads back.
        for v in ["1.000", "1.234", "-17.300", "0.125", "1234.567", "76.73"] {
            let d: Decimal = v.parse().unwrap();
            assert_eq!(parse_canonical(&canonical(d)).unwrap(), d, "{v}");
        }
        assert_eq!(canonical("1.234".parse().unwrap()), "1.2340");
    }
}
