//! When the system's file dialog cannot open (no desktop portal on Linux, as under
//! Xvfb; a broken shell on Windows): say so, and let the user type the path, starting
//! from the plan's folder and name. The path is checked before it is used: a file to
//! open must exist, a file to write needs an existing folder (and gets the kind's
//! extension when it has none).

use super::super::NtmApp;
use super::super::file_dialog::Kind;
use super::Dialog;
use eframe::egui;
use std::path::{Path, PathBuf};

/// The path first shown: the dialog's proposal, made absolute in the user's
/// documents folder (or home) when it is only a file name.
pub fn proposal(kind: Kind, suggested: Option<&Path>) -> String {
    let base = || {
        directories::UserDirs::new()
            .and_then(|u| {
                u.document_dir()
                    .map(Path::to_path_buf)
                    .or_else(|| Some(u.home_dir().to_path_buf()))
            })
            .unwrap_or_default()
    };
    let path = match suggested {
        Some(p) if p.is_absolute() => p.to_path_buf(),
        Some(p) => base().join(p),
        None => base(),
    };
    let mut text = path.display().to_string();
    if !kind.picks_existing() && path.is_dir() {
        // A folder only: end with the separator, ready for a name.
        if !text.ends_with(std::path::MAIN_SEPARATOR) {
            text.push(std::path::MAIN_SEPARATOR);
        }
    }
    text
}

/// The typed path checked for what `kind` needs; the path to use, or why not.
pub fn check(kind: Kind, text: &str, lang: crate::lang::Lang) -> Result<PathBuf, String> {
    use crate::i18n::{tr, tr_args};
    let t = crate::text::nfc(text.trim());
    if kind.picks_folder() {
        return check_folder(kind, &t, lang);
    }
    if t.is_empty() || t.ends_with(['/', '\\']) {
        return Err(tr(lang, "type-path-empty"));
    }
    let mut path = PathBuf::from(&t);
    if kind.picks_existing() {
        if !path.is_file() {
            return Err(tr_args(lang, "type-path-no-file", &[("path", (&t).into())]));
        }
        return Ok(path);
    }
    if path.is_dir() {
        return Err(tr_args(
            lang,
            "type-path-is-folder",
            &[("path", (&t).into())],
        ));
    }
    if path.extension().is_none() {
        path.set_extension(kind.extension());
    }
    let folder = folder_of(&path);
    if !folder.is_dir() {
        let f = folder.display().to_string();
        return Err(tr_args(
            lang,
            "type-path-no-folder",
            &[("folder", (&f).into())],
        ));
    }
    if path.is_dir() {
        return Err(tr_args(
            lang,
            "type-path-is-folder",
            &[("path", (&t).into())],
        ));
    }
    Ok(path)
}

/// The folder a typed path goes in (the current one for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A folder: the returns' folder must exist; the folder to send into may be new (the
/// sending makes it) when the folder it goes in exists.
fn check_folder(kind: Kind, t: &str, lang: crate::lang::Lang) -> Result<PathBuf, String> {
    use crate::i18n::{tr, tr_args};
    let trimmed = t.trim_end_matches(['/', '\\']);
    // The root ("/", "C:\\") is a folder too.
    let t = if trimmed.is_empty() || trimmed.ends_with(':') {
        t
    } else {
        trimmed
    };
    if t.is_empty() {
        return Err(tr(lang, "type-path-empty-folder"));
    }
    let path = PathBuf::from(t);
    if path.is_dir() {
        return Ok(path);
    }
    if path.exists() {
        return Err(tr_args(lang, "type-path-not-folder", &[("path", t.into())]));
    }
    if kind == Kind::SendFolder && folder_of(&path).is_dir() {
        return Ok(path);
    }
    Err(tr_args(
        lang,
        "type-path-no-folder",
        &[("folder", t.into())],
    ))
}

pub fn show(
    app: &mut NtmApp,
    ctx: &egui::Context,
    kind: Kind,
    mut text: String,
    reason: &str,
    error: Option<String>,
) -> bool {
    let lang = app.lang();
    let title = app
        .t(if kind.picks_folder() {
            "type-path-title-folder"
        } else {
            "type-path-title"
        })
        .to_string();
    let (body, label) = if kind.picks_folder() {
        ("type-path-body-folder", "type-path-label-folder")
    } else if kind.picks_existing() {
        ("type-path-body", "type-path-label-open")
    } else {
        ("type-path-body", "type-path-label-save")
    };
    let (body, label) = (app.t(body).to_string(), app.t(label).to_string());
    let (ok, cancel) = (app.t("btn-ok").to_string(), app.t("btn-cancel").to_string());
    let ((go, stop), esc) = super::modal(ctx, "type-path", &title, |ui| {
        ui.add(egui::Label::new(body).wrap());
        ui.add_space(8.0);
        let l = ui.label(label);
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .desired_width(f32::INFINITY)
                    .font(egui::TextStyle::Monospace),
            )
            .labelled_by(l.id);
        if !r.has_focus() && ui.memory(|m| m.focused().is_none()) {
            r.request_focus();
        }
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(e) = &error {
            ui.label(egui::RichText::new(e).color(egui::Color32::from_rgb(200, 40, 40)));
        }
        ui.add_space(8.0);
        let mut go = enter;
        let mut stop = false;
        ui.horizontal(|ui| {
            go |= ui.button(&ok).clicked();
            stop = ui.button(&cancel).clicked();
        });
        (go, stop)
    });
    if stop || esc {
        app.file_chosen(kind, None);
        return true;
    }
    if go {
        match check(kind, &text, lang) {
            Ok(path) => {
                app.file_chosen(kind, Some(path));
                return true;
            }
            Err(e) => {
                app.dialog = Some(Dialog::TypePath {
                    kind,
                    text,
                    reason: reason.to_string(),
                    error: Some(e),
                });
                return false;
            }
        }
    }
    if let Some(Dialog::TypePath { text: t, .. }) = &mut app.dialog {
        *t = text;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn a_typed_path_is_checked_for_what_it_is_for() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().display().to_string();
        let p = check(Kind::SaveAs, &format!("{dir}/ke-hoach"), Lang::Vi).unwrap();
        assert_eq!(p, tmp.path().join("ke-hoach.ntm"), "the extension is added");
        let e = check(Kind::SaveAs, &format!("{dir}/khong-co/a.ntm"), Lang::Vi).unwrap_err();
        assert!(e.contains("khong-co"), "{e}");
        assert!(check(Kind::SaveAs, "  ", Lang::En).is_err());
        assert!(
            check(Kind::SaveAs, &dir, Lang::En).is_err(),
            "a folder is not a file"
        );
        let e = check(Kind::Open, &format!("{dir}/x.ntm"), Lang::En).unwrap_err();
        assert!(e.contains("x.ntm"), "{e}");
        // Folders: the returns' folder must exist; the one to send into may be new.
        let sub = tmp.path().join("gui-xa");
        for typed in [
            dir.clone(),
            format!("{dir}/"),
            format!("  {dir}{}", std::path::MAIN_SEPARATOR),
        ] {
            assert_eq!(
                check(Kind::GatherFolder, &typed, Lang::Vi).unwrap(),
                tmp.path()
            );
            assert_eq!(
                check(Kind::SendFolder, &typed, Lang::Vi).unwrap(),
                tmp.path()
            );
        }
        let e = check(Kind::GatherFolder, &sub.display().to_string(), Lang::Vi).unwrap_err();
        assert!(e.contains("gui-xa") && e.contains("không tồn tại"), "{e}");
        assert_eq!(
            check(Kind::SendFolder, &sub.display().to_string(), Lang::Vi).unwrap(),
            sub
        );
        let deep = tmp.path().join("khong-co").join("gui-xa");
        assert!(check(Kind::SendFolder, &deep.display().to_string(), Lang::En).is_err());
        let file = tmp.path().join("ke-hoach.ntm");
        std::fs::write(&file, "").unwrap();
        for kind in [Kind::GatherFolder, Kind::SendFolder] {
            let e = check(kind, &file.display().to_string(), Lang::En).unwrap_err();
            assert!(e.contains("is a file"), "{e}");
        }
        assert!(check(Kind::GatherFolder, "   ", Lang::En).is_err());
        assert_eq!(
            check(Kind::GatherFolder, "/", Lang::En).unwrap(),
            PathBuf::from("/")
        );
        // A proposal without a folder goes to the user's documents (or home).
        let shown = proposal(Kind::SaveAs, Some(Path::new("lai-chau-2026.ntm")));
        assert!(Path::new(&shown).is_absolute(), "{shown}");
        assert!(shown.ends_with("lai-chau-2026.ntm"));
    }
}
