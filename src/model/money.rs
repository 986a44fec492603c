//! How money and other exact decimals are written in a plan file.
//!
//! A whole amount is written as a plain integer (`4503481`); an amount with a
//! fraction is written as a string with a decimal point (`"1066.5"`). RON's own
//! floating-point numbers are refused, because `80.000` in a Vietnamese hand
//! means eighty thousand, and a float cannot keep an amount exact.

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};
use std::fmt;

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
/// are refused as ambiguous.
pub fn parse_canonical(text: &str) -> Result<Decimal, String> {
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
        return Err(format!(
            "\"{text}\" is not a number: write digits with an optional decimal point, such as 4503481 or \"1066.5\""
        ));
    }
    if let Some(f) = frac
        && f.len() == 3
        && int.len() <= 3
        && !int.starts_with('0')
    {
        return Err(format!(
            "\"{text}\" is ambiguous: in Vietnamese \".\" groups thousands; write {int}{f} for the whole number, or drop the trailing zeros of a fraction"
        ));
    }
    Decimal::from_str_exact(t)
        .map_err(|_| format!("\"{text}\" is too large or has too many decimals"))
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
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Decimal, E> {
        Decimal::try_from_i128_with_scale(v, 0)
            .map_err(|_| E::custom(format!("the number {v} is too large for an amount")))
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Decimal, E> {
        i128::try_from(v)
            .ok()
            .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
            .ok_or_else(|| E::custom(format!("the number {v} is too large for an amount")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        if v.fract() == 0.0 && v.abs() >= 1e18 {
            return Err(E::custom("the number is too large for an amount"));
        }
        Err(E::custom(format!(
            "the amount {v} is written as a floating-point number; write whole amounts without a point (80000) and fractions in quotes (\"1066.5\")"
        )))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_canonical(v).map_err(E::custom)
    }
}

/// The same, for optional amounts.
pub mod opt {
    use super::*;
    use serde::Deserialize;

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
        assert!(parse_canonical("80.000").unwrap_err().contains("ambiguous"));
        assert!(parse_canonical("4.503.481").is_err());
        assert!(parse_canonical("1,5").is_err());
        assert!(parse_canonical("").is_err());
        assert!(parse_canonical("99999999999999999999999999999999").is_err());
        // What the writer produces always reads back.
        for v in ["1.000", "1.234", "-17.300", "0.125", "1234.567", "76.73"] {
            let d: Decimal = v.parse().unwrap();
            assert_eq!(parse_canonical(&canonical(d)).unwrap(), d, "{v}");
        }
        assert_eq!(canonical("1.234".parse().unwrap()), "1.2340");
    }
}
