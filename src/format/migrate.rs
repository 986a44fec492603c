//! Upgrading plans written in older file format versions.
//!
//! Each older version gets a module that reads it and converts it to the current
//! model; `upgrade` chains them. Version 1 is the first published version, so there
//! is nothing older to read yet: the chain is where the first step will go when the
//! format changes (and the version goes up).

use super::{FORMAT_VERSION, LoadError, PlanFile};

pub fn upgrade(_text: &str, from: u32) -> Result<PlanFile, LoadError> {
    Err(LoadError::Migration {
        from,
        message: format!(
            "format version {from} never existed; versions run from 1 to {FORMAT_VERSION}"
        ),
    })
}
