//! Calendar dates, written in a plan file as "YYYY-MM-DD".

use crate::i18n::Message;
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
        Date::checked(year, month, day).map_err(|m| m.to_string())
    }

    /// A date, or why it cannot be one, in both languages.
    pub fn checked(year: u16, month: u8, day: u8) -> Result<Date, Message> {
        if !YEARS.contains(&year) {
            return Err(Message::new("date-impossible-year")
                .arg("year", year.to_string())
                .arg("from", YEARS.start().to_string())
                .arg("to", YEARS.end().to_string()));
        }
        if !(1..=12).contains(&month) {
            return Err(Message::new("date-impossible-month").arg("month", month.to_string()));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(Message::new("date-no-such-day")
                .arg("day", day.to_string())
                .arg("month", format!("{month:02}"))
                .arg("year", year.to_string()));
        }
        Ok(Date { year, month, day })
    }

    /// Parse "YYYY-MM-DD" (the file form) or "dd/mm/yyyy" (the Vietnamese form,
    /// zero padding optional). The error in English; [`Date::read`] gives it in both
    /// languages.
    pub fn parse(text: &str) -> Result<Date, String> {
        Date::read(text).map_err(|m| m.to_string())
    }

    /// [`Date::parse`] with the reason as a message in both languages.
    pub fn read(text: &str) -> Result<Date, Message> {
        let not_a_date = || Message::new("date-not-a-date").arg("text", crate::text::shown(text));
        let t = text.trim();
        let parts: Vec<&str>;
        let (y, m, d) = if t.contains('-') {
            parts = t.split('-').collect();
            if parts.len() != 3 {
                return Err(not_a_date());
            }
            (parts[0], parts[1], parts[2])
        } else {
            parts = t.split('/').collect();
            if parts.len() != 3 {
                return Err(not_a_date());
            }
            (parts[2], parts[1], parts[0])
        };
        let num = |s: &str| -> Result<u16, Message> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(not_a_date());
            }
            s.parse::<u16>().map_err(|_| not_a_date())
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        if m > 255 || d > 255 {
            return Err(not_a_date());
        }
        Date::checked(y, m as u8, d as u8)
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
            return Err(serde::de::Error::custom(
                Message::new("date-file-form")
                    .arg("text", crate::text::shown(&s))
                    .encode(),
            ));
        }
        Date::read(&s).map_err(|m| serde::de::Error::custom(m.encode()))
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
