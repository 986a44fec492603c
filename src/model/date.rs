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

/// Why a text or a day is not a date. `Display` is English (the loader's messages and
/// logs); [`DateError::message`] is what the window shows, in its language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("impossible year {0} (expected {min}–{max})", min = YEARS.start(), max = YEARS.end())]
    Year(u16),
    #[error("impossible month {0}")]
    Month(u8),
    #[error("{year}-{month:02} has no day {day}")]
    Day { year: u16, month: u8, day: u8 },
    #[error("\"{0}\" is not a date (YYYY-MM-DD)")]
    NotIso(String),
    #[error("\"{0}\" is not a date (dd/mm/yyyy)")]
    NotVietnamese(String),
    #[error("\"{0}\" is not a date")]
    NotADate(String),
}

impl DateError {
    pub fn message(&self, lang: crate::lang::Lang) -> String {
        use crate::i18n::{Arg, tr_args};
        let year = |y: &u16| y.to_string();
        match self {
            DateError::Year(y) => tr_args(
                lang,
                "date-impossible-year",
                &[
                    ("year", Arg::from(&year(y))),
                    ("min", Arg::from(&year(YEARS.start()))),
                    ("max", Arg::from(&year(YEARS.end()))),
                ],
            ),
            DateError::Month(m) => tr_args(
                lang,
                "date-impossible-month",
                &[("month", Arg::from(&m.to_string()))],
            ),
            DateError::Day {
                year: y,
                month,
                day,
            } => tr_args(
                lang,
                "date-no-such-day",
                &[
                    ("year", Arg::from(&year(y))),
                    ("month", Arg::from(&format!("{month:02}"))),
                    ("day", Arg::from(&day.to_string())),
                ],
            ),
            DateError::NotIso(t) | DateError::NotVietnamese(t) | DateError::NotADate(t) => {
                tr_args(lang, "date-not-a-date", &[("text", t.into())])
            }
        }
    }
}

impl Date {
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !YEARS.contains(&year) {
            return Err(DateError::Year(year));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(Date { year, month, day })
    }

    /// Parse "YYYY-MM-DD" (the file form) or "dd/mm/yyyy" (the Vietnamese form,
    /// zero padding optional).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let t = text.trim();
        let parts: Vec<&str>;
        let (y, m, d) = if t.contains('-') {
            parts = t.split('-').collect();
            if parts.len() != 3 {
                return Err(DateError::NotIso(text.to_string()));
            }
            (parts[0], parts[1], parts[2])
        } else {
            parts = t.split('/').collect();
            if parts.len() != 3 {
                return Err(DateError::NotVietnamese(text.to_string()));
            }
            (parts[2], parts[1], parts[0])
        };
        let num = |s: &str| -> Result<u16, DateError> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DateError::NotADate(text.to_string()));
            }
            s.parse::<u16>()
                .map_err(|_| DateError::NotADate(text.to_string()))
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        if m > 255 || d > 255 {
            return Err(DateError::NotADate(text.to_string()));
        }
        Date::new(y, m as u8, d as u8)
    }

    /// Vietnamese display form: 30/04/2025.
    pub fn vi(&self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// Today's date (UTC), from the system clock; `None` if the clock is before 1970.
pub fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    let days = i64::try_from(secs / 86_400).ok()?;
    Some(from_days(days))
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as u16;
    Date {
        year: y,
        month: m,
        day: d,
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
                .to_string()
                .contains("impossible year")
        );
        assert!(Date::parse("30/4").is_err());
        assert_eq!(Date::parse("2025-04-30").unwrap().vi(), "30/04/2025");
    }

    #[test]
    fn days_since_1970_become_dates() {
        assert_eq!(from_days(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(from_days(20_454), Date::new(2026, 1, 1).unwrap());
        assert_eq!(from_days(11_016), Date::new(2000, 2, 29).unwrap());
        assert!(today().is_some_and(|t| t.year >= 2026));
    }

    #[test]
    fn messages_in_both_languages() {
        use crate::lang::Lang;
        let e = Date::parse("31/02/2025").unwrap_err();
        assert_eq!(e.to_string(), "2025-02 has no day 31");
        assert_eq!(e.message(Lang::Vi), "Tháng 02/2025 không có ngày 31.");
        assert_eq!(e.message(Lang::En), "02/2025 has no day 31.");
        let e = Date::parse("abc").unwrap_err();
        assert_eq!(
            e.message(Lang::Vi),
            "“abc” không phải là ngày (dd/mm/yyyy)."
        );
        assert_eq!(
            Date::parse("1/13/2025").unwrap_err().message(Lang::En),
            "There is no month 13."
        );
        assert!(
            Date::parse("01/01/3000")
                .unwrap_err()
                .message(Lang::Vi)
                .contains("1945")
        );
    }
}
