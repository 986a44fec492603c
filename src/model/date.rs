//! Calendar dates, written in a plan file as "YYYY-MM-DD".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Years a plan may name; anything outside is an impossible year.
pub const YEARS: std::ops::RangeInclusive<u16> = 1945..=2100;

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, String> {
        if !YEARS.contains(&year) {
            return Err(format!(
                "impossible year {year} (expected {}–{})",
                YEARS.start(),
                YEARS.end()
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(format!("impossible month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("{year}-{month:02} has no day {day}"));
        }
        Ok(Date { year, month, day })
    }

    /// Parse "YYYY-MM-DD" (the file form) or "dd/mm/yyyy" (the Vietnamese form,
    /// zero padding optional).
    pub fn parse(text: &str) -> Result<Date, String> {
        let t = text.trim();
        let parts: Vec<&str>;
        let (y, m, d) = if t.contains('-') {
            parts = t.split('-').collect();
            if parts.len() != 3 {
                return Err(format!("\"{text}\" is not a date (YYYY-MM-DD)"));
            }
            (parts[0], parts[1], parts[2])
        } else {
            parts = t.split('/').collect();
            if parts.len() != 3 {
                return Err(format!("\"{text}\" is not a date (dd/mm/yyyy)"));
            }
            (parts[2], parts[1], parts[0])
        };
        let num = |s: &str| -> Result<u16, String> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("\"{text}\" is not a date"));
            }
            s.parse::<u16>()
                .map_err(|_| format!("\"{text}\" is not a date"))
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        if m > 255 || d > 255 {
            return Err(format!("\"{text}\" is not a date"));
        }
        Date::new(y, m as u8, d as u8)
    }

    /// Vietnamese display form: 30/04/2025.
    pub fn vi(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if !s.contains('-') {
            return Err(serde::de::Error::custom(format!(
                "\"{s}\" is not a date: write dates as \"YYYY-MM-DD\", for example \"2025-04-30\""
            )));
        }
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_forms() {
        assert_eq!(
            Date::parse("2025-04-30").unwrap(),
            Date {
                year: 2025,
                month: 4,
                day: 30
            }
        );
        assert_eq!(
            Date::parse("05/7/2022").unwrap(),
            Date {
                year: 2022,
                month: 7,
                day: 5
            }
        );
        assert!(Date::parse("2025-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(
            Date::parse("3025-01-01")
                .unwrap_err()
                .contains("impossible year")
        );
        assert!(Date::parse("30/4").is_err());
        assert_eq!(Date::parse("2025-04-30").unwrap().vi(), "30/04/2025");
    }
}
