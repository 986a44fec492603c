//! Rasterizing a chart's SVG to pixels and PNG with resvg, with the bundled fonts
//! loaded from memory: no display, no GPU and no system fonts needed, so export
//! works the same in the window, on the command line and in CI.

use super::{ChartSpec, svg};
use crate::fonts_data;
use crate::lang::Lang;
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};
use thiserror::Error;

/// Pixel sizes offered for export: slides (1920×1080 first), smaller, and 4K.
pub const SIZES: [(u32, u32); 3] = [(1920, 1080), (1280, 720), (3840, 2160)];
/// The largest side accepted (a 8K picture; larger would take too much memory).
pub const MAX_SIDE: u32 = 8192;

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("{}", self.message(Lang::En))]
    Size(u32, u32),
    /// The library's own words (the SVG reader's, the encoder's) follow the message.
    #[error("{}", self.message(Lang::En))]
    Svg(String),
    #[error("{}", self.message(Lang::En))]
    Png(String),
    #[error("{}", self.message(Lang::En))]
    Pdf(Box<super::pdf::PdfError>),
}

impl ExportError {
    /// The message for a person, in their language.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::tr_args;
        match self {
            ExportError::Size(w, h) => tr_args(
                lang,
                "png-error-size",
                &[
                    ("w", w.to_string().as_str().into()),
                    ("h", h.to_string().as_str().into()),
                    ("max", MAX_SIDE.to_string().as_str().into()),
                ],
            ),
            ExportError::Svg(e) => tr_args(lang, "pdf-error-svg", &[("error", e.as_str().into())]),
            ExportError::Png(e) => {
                tr_args(lang, "png-error-encode", &[("error", e.as_str().into())])
            }
            ExportError::Pdf(e) => e.message(lang),
        }
    }
}

/// The font database with the bundled fonts, built once.
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

/// Parse SVG text with the bundled fonts (also the check that an SVG "parses").
pub fn parse_svg(text: &str) -> Result<usvg::Tree, ExportError> {
    let opt = usvg::Options {
        font_family: fonts_data::FAMILY.to_string(),
        fontdb: fontdb(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(text, &opt).map_err(|e| ExportError::Svg(e.to_string()))
}

fn check_size(width: u32, height: u32) -> Result<(), ExportError> {
    if !(16..=MAX_SIDE).contains(&width) || !(16..=MAX_SIDE).contains(&height) {
        return Err(ExportError::Size(width, height));
    }
    Ok(())
}

/// The chart as straight (not premultiplied) RGBA pixels, `width`×`height`.
pub fn rgba(spec: &ChartSpec, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    Ok(pixmap(spec, width, height)?.take_demultiplied())
}

fn pixmap(spec: &ChartSpec, width: u32, height: u32) -> Result<tiny_skia::Pixmap, ExportError> {
    check_size(width, height)?;
    let tree = parse_svg(&svg::render(spec, width, height))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::Size(width, height))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    let size = tree.size();
    let transform = tiny_skia::Transform::from_scale(
        width as f32 / size.width(),
        height as f32 / size.height(),
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// The chart as a PNG file's bytes.
pub fn encode(spec: &ChartSpec, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    pixmap(spec, width, height)?
        .encode_png()
        .map_err(|e| ExportError::Png(e.to_string()))
}

/// Parse "1920x1080" (or "1920×1080").
pub fn parse_size(text: &str) -> Result<(u32, u32), ExportError> {
    let t = text.trim().to_ascii_lowercase().replace('×', "x");
    let (w, h) = t.split_once('x').ok_or(ExportError::Size(0, 0))?;
    let w: u32 = w.trim().parse().map_err(|_| ExportError::Size(0, 0))?;
    let h: u32 = h.trim().parse().map_err(|_| ExportError::Size(w, 0))?;
    check_size(w, h)?;
    Ok((w, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("1920x1080").unwrap(), (1920, 1080));
        assert_eq!(parse_size(" 3840×2160 ").unwrap(), (3840, 2160));
        assert!(parse_size("1920").is_err());
        assert!(parse_size("0x10").is_err());
        assert!(parse_size("99999x10").is_err());
    }
}
