//! The deck and single charts as PDF: one 16:9 page per chart, drawn from the very
//! SVG the PNG export rasterizes ([`super::svg`]), so the pages look as the screen
//! and the pictures do. The PDF is written by `krilla` (with `krilla-svg` for the
//! SVG): the charts stay vectors, the bundled fonts are embedded (subset), and the
//! text stays text — a Vietnamese title or figure can be searched and copied.
//! No display, GPU or system font is needed.

use super::{ChartSpec, svg};
use crate::fonts_data;
use crate::i18n::{Arg, tr, tr_args};
use crate::lang::Lang;
use crate::progress::Progress;
use krilla::Document;
use krilla::geom::Size;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use usvg_pdf as usvg;

/// A slide's page: 16:9, 960 × 540 pt (the 13,33 × 7,5 inch of a widescreen
/// presentation).
pub const PAGE_WIDTH: f32 = 960.0;
pub const PAGE_HEIGHT: f32 = 540.0;
/// The SVG is laid out for this pixel size (the slide's own layout).
const SVG_SIZE: (u32, u32) = (1920, 1080);

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the chart's SVG cannot be read: {0}")]
    Svg(String),
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
    /// Not written (atomically: the file is as it was): the step and the reason.
    #[error("{}", .0.message(crate::lang::Lang::En))]
    Write(crate::format::SaveError),
    #[error("no chart has data to put in the PDF")]
    Empty,
    #[error("export cancelled")]
    Cancelled,
}

impl PdfError {
    /// The message for a person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            PdfError::Svg(e) => tr_args(lang, "pdf-error-svg", &[("error", Arg::from(e))]),
            PdfError::Pdf(e) => tr_args(lang, "pdf-error-pdf", &[("error", Arg::from(e))]),
            PdfError::Write(e) => e.message(lang),
            PdfError::Empty => tr(lang, "pdf-error-empty"),
            PdfError::Cancelled => tr(lang, "toast-cancelled"),
        }
    }
}

/// The bundled fonts for the PDF's SVG reader, built once.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(fonts_data::REGULAR.to_vec());
        db.load_font_data(fonts_data::SEMIBOLD.to_vec());
        db.load_font_data(fonts_data::SYMBOLS.to_vec());
        db.set_sans_serif_family(fonts_data::FAMILY);
        Arc::new(db)
    })
    .clone()
}

fn parse(text: &str) -> Result<usvg::Tree, PdfError> {
    let opt = usvg::Options {
        font_family: fonts_data::FAMILY.to_string(),
        fontdb: fontdb(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(text, &opt).map_err(|e| PdfError::Svg(e.to_string()))
}

/// The charts as a PDF, one page each, with the document's title and language.
pub fn render(
    specs: &[ChartSpec],
    title: &str,
    lang: Lang,
    progress: &dyn Progress,
) -> Result<Vec<u8>, PdfError> {
    if specs.is_empty() {
        return Err(PdfError::Empty);
    }
    let size =
        Size::from_wh(PAGE_WIDTH, PAGE_HEIGHT).ok_or_else(|| PdfError::Pdf("page size".into()))?;
    let mut doc = Document::new();
    for (i, spec) in specs.iter().enumerate() {
        if progress.cancelled() {
            return Err(PdfError::Cancelled);
        }
        let tree = parse(&svg::render(spec, SVG_SIZE.0, SVG_SIZE.1))?;
        let mut page = doc.start_page_with(PageSettings::new(size));
        let mut surface = page.surface();
        surface.draw_svg(&tree, size, SvgSettings::default());
        surface.finish();
        page.finish();
        progress.report(0.9 * (i + 1) as f32 / specs.len() as f32);
    }
    doc.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language(lang.code().to_string())
            .creator("NTM Planner".to_string()),
    );
    doc.finish().map_err(|e| PdfError::Pdf(format!("{e:?}")))
}

/// Write the charts to `path` as a PDF (atomically: a cancelled or failed export
/// leaves no file behind).
pub fn write(
    specs: &[ChartSpec],
    title: &str,
    lang: Lang,
    path: &Path,
    progress: &dyn Progress,
) -> Result<(), PdfError> {
    let bytes = render(specs, title, lang, progress)?;
    if progress.cancelled() {
        return Err(PdfError::Cancelled);
    }
    crate::format::save::write_atomic_located(path, &bytes).map_err(PdfError::Write)?;
    progress.report(1.0);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::SharedProgress;

    fn lai_chau_deck() -> Vec<ChartSpec> {
        let text = include_str!("../../assets/samples/lai-chau-2025.ntm");
        let plan = crate::format::load_str(text).unwrap().plan;
        let figures = crate::figures::compute(&plan).unwrap();
        super::super::deck(&plan, &figures, Lang::Vi)
    }

    #[test]
    fn a_cancelled_export_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deck.pdf");
        let progress = SharedProgress::new();
        progress.cancel();
        let err = write(&lai_chau_deck(), "x", Lang::Vi, &path, &progress).unwrap_err();
        assert!(matches!(err, PdfError::Cancelled));
        assert!(!path.exists());
    }

    #[test]
    fn a_deck_is_a_pdf_with_a_page_per_slide() {
        let slides = lai_chau_deck();
        let bytes = render(&slides, "Kế hoạch", Lang::Vi, &crate::progress::NoProgress).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        assert!(bytes.len() > 10_000);
    }
}
