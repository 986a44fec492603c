//! Inputs that speak Vietnamese: text normalized to NFC, numbers as planners type
//! them. Every input carries its label as its accessible name.

pub mod date_field;
pub mod number_field;
pub mod text_field;
