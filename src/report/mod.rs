//! The plan as the document an office signs: a Word file (.docx) in the layout of
//! Decree 30/2020/NĐ-CP, built from the plan's data with no UI.
//!
//! [`content`] decides what the document says (the planner's text verbatim, every
//! figure from [`crate::figures`] in Vietnamese number format); [`docx`] lays it
//! out with the `docx-rs` crate. The window runs [`write_docx`] as a background
//! job (File → "Xuất văn bản kế hoạch (Word)…"), the command line as
//! `ntm-planner document FILE --docx OUT.docx`.

pub mod content;
pub mod docx;

use crate::i18n::{Arg, tr_args};
use crate::lang::Lang;
use crate::model::Plan;
use crate::progress::Progress;
use std::path::Path;

pub use content::{Block, PlanDocument, build};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the Word document could not be assembled: {0}")]
    Pack(String),
    /// Not written (atomically: the file is as it was): the step and the reason.
    #[error("{}", .0.message(crate::lang::Lang::En))]
    Write(crate::format::SaveError),
    #[error("export cancelled")]
    Cancelled,
    #[error("{}", .0.message(crate::lang::Lang::En))]
    Arithmetic(#[from] crate::figures::ArithmeticError),
}

impl ReportError {
    /// The message for a person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReportError::Pack(e) => tr_args(lang, "report-error-pack", &[("error", Arg::from(e))]),
            ReportError::Write(e) => e.message(lang),
            ReportError::Cancelled => crate::i18n::tr(lang, "toast-cancelled"),
            ReportError::Arithmetic(e) => e.message(lang),
        }
    }
}

/// The plan as .docx bytes.
pub fn docx_bytes(plan: &Plan) -> Result<Vec<u8>, ReportError> {
    let doc = content::build(plan)?;
    pack(&doc)
}

fn pack(doc: &PlanDocument) -> Result<Vec<u8>, ReportError> {
    let mut stored = std::io::Cursor::new(Vec::new());
    docx::layout(doc)
        .build()
        .pack(&mut stored)
        .map_err(|e| ReportError::Pack(e.to_string()))?;
    deflate(stored.into_inner()).map_err(|e| ReportError::Pack(e.to_string()))
}

/// The same package with every part deflated: docx-rs writes its parts stored
/// (uncompressed), which makes a plan with a long project list ten times larger
/// than it needs to be. The appendix tables' heading rows are marked to repeat on
/// every page on the way ([`docx::mark_heading_rows`]).
fn deflate(stored: Vec<u8>) -> zip::result::ZipResult<Vec<u8>> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(stored))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut buf = Vec::new();
    for i in 0..archive.len() {
        let mut part = archive.by_index(i)?;
        if part.is_dir() {
            continue;
        }
        buf.clear();
        part.read_to_end(&mut buf)?;
        let name = part.name()?.into_owned();
        out.start_file(name.as_str(), options)?;
        if name == "word/document.xml" {
            let xml = String::from_utf8_lossy(&buf);
            out.write_all(docx::mark_heading_rows(&xml).as_bytes())?;
        } else {
            out.write_all(&buf)?;
        }
    }
    Ok(out.finish()?.into_inner())
}

/// Write the plan's document to `path` (atomically: a cancelled or failed export
/// leaves no half-written file).
pub fn write_docx(plan: &Plan, path: &Path, progress: &dyn Progress) -> Result<(), ReportError> {
    progress.report(0.05);
    let doc = content::build(plan)?;
    if progress.cancelled() {
        return Err(ReportError::Cancelled);
    }
    progress.report(0.3);
    let bytes = pack(&doc)?;
    if progress.cancelled() {
        return Err(ReportError::Cancelled);
    }
    progress.report(0.9);
    crate::format::save::write_atomic_located(path, &bytes).map_err(ReportError::Write)?;
    progress.report(1.0);
    Ok(())
}
