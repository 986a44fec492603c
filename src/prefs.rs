//! Preferences (language, theme, zoom, recent files, window size) and the folders the
//! program keeps them and its recovery copies in. Documents are never stored here.
//!
//! `NTM_PLANNER_HOME`, when set, puts both folders under it (tests, portable use).

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

pub const MAX_RECENT: usize = 10;
pub const ZOOM_STEPS: [f32; 9] = [0.75, 0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub lang: Lang,
    pub theme: Theme,
    pub zoom: f32,
    pub recent: Vec<PathBuf>,
    pub window_size: Option<[f32; 2]>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            lang: Lang::Vi,
            theme: Theme::Light,
            zoom: 1.0,
            recent: Vec::new(),
            window_size: None,
        }
    }
}

impl Preferences {
    /// Read the preferences; anything unreadable gives the defaults (never an error:
    /// a broken preferences file must not stop the program).
    pub fn load(dirs: &AppDirs) -> Preferences {
        std::fs::read_to_string(dirs.prefs_file())
            .ok()
            .and_then(|t| ron::from_str::<Preferences>(&t).ok())
            .map(Preferences::sanitized)
            .unwrap_or_default()
    }

    pub fn save(&self, dirs: &AppDirs) -> std::io::Result<()> {
        std::fs::create_dir_all(&dirs.config)?;
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        crate::format::save::write_atomic(&dirs.prefs_file(), text.as_bytes())
    }

    fn sanitized(mut self) -> Preferences {
        if !self.zoom.is_finite() || !(0.5..=3.0).contains(&self.zoom) {
            self.zoom = 1.0;
        }
        self.recent.truncate(MAX_RECENT);
        if let Some([w, h]) = self.window_size
            && !(w.is_finite()
                && h.is_finite()
                && (320.0..20000.0).contains(&w)
                && (240.0..20000.0).contains(&h))
        {
            self.window_size = None;
        }
        self
    }

    /// Put a file at the top of the recent list.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path)
            .map(without_verbatim_prefix)
            .unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn zoom_in(&mut self) {
        self.zoom = ZOOM_STEPS
            .iter()
            .copied()
            .find(|z| *z > self.zoom + 0.01)
            .unwrap_or(self.zoom);
    }

    pub fn zoom_out(&mut self) {
        self.zoom = ZOOM_STEPS
            .iter()
            .rev()
            .copied()
            .find(|z| *z < self.zoom - 0.01)
            .unwrap_or(self.zoom);
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppDirs {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl AppDirs {
    pub fn from_env() -> AppDirs {
        if let Some(home) = std::env::var_os("NTM_PLANNER_HOME") {
            return AppDirs::under(Path::new(&home));
        }
        match directories::ProjectDirs::from("vn", "NTM", "NTM Planner") {
            Some(p) => AppDirs {
                config: p.config_dir().to_path_buf(),
                data: p.data_dir().to_path_buf(),
            },
            None => AppDirs::under(&std::env::temp_dir().join("ntm-planner")),
        }
    }

    pub fn under(root: &Path) -> AppDirs {
        AppDirs {
            config: root.join("config"),
            data: root.join("data"),
        }
    }

    pub fn prefs_file(&self) -> PathBuf {
        self.config.join("preferences.ron")
    }

    pub fn recovery_dir(&self) -> PathBuf {
        self.data.join("recovery")
    }
}

/// On Windows `canonicalize` gives verbatim paths (`\\?\C:\Plans\a.ntm`), which the
/// recent list would show as they are; keep the ordinary form, which means the same.
fn without_verbatim_prefix(path: PathBuf) -> PathBuf {
    let Some(s) = path.to_str() else {
        return path;
    };
    if let Some(rest) = s.strip_prefix(r"\\?\UNC\") {
        return PathBuf::from(format!(r"\\{rest}"));
    }
    match s.strip_prefix(r"\\?\") {
        Some(rest) if rest.as_bytes().get(1) == Some(&b':') => PathBuf::from(rest),
        _ => path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_keep_the_ordinary_windows_form() {
        let plain = |s: &str| without_verbatim_prefix(PathBuf::from(s));
        assert_eq!(
            plain(r"\\?\C:\Plans\a.ntm"),
            PathBuf::from(r"C:\Plans\a.ntm")
        );
        assert_eq!(
            plain(r"\\?\UNC\server\share\a.ntm"),
            PathBuf::from(r"\\server\share\a.ntm")
        );
        assert_eq!(
            plain(r"\\?\Volume{1}\a.ntm"),
            PathBuf::from(r"\\?\Volume{1}\a.ntm")
        );
        assert_eq!(
            plain("/home/a/plans/a.ntm"),
            PathBuf::from("/home/a/plans/a.ntm")
        );
    }

    #[test]
    fn preferences_round_trip_and_survive_garbage() {
        let tmp = tempfile::tempdir().unwrap();
        let dirs = AppDirs::under(tmp.path());
        assert_eq!(Preferences::load(&dirs), Preferences::default());
        let mut p = Preferences {
            lang: Lang::En,
            theme: Theme::Dark,
            ..Preferences::default()
        };
        p.zoom_in();
        p.add_recent(Path::new("/a.ntm"));
        p.add_recent(Path::new("/b.ntm"));
        p.add_recent(Path::new("/a.ntm"));
        assert_eq!(p.recent, [PathBuf::from("/a.ntm"), PathBuf::from("/b.ntm")]);
        assert_eq!(p.zoom, 1.15);
        p.save(&dirs).unwrap();
        assert_eq!(Preferences::load(&dirs), p);
        std::fs::write(dirs.prefs_file(), "(zoom: 99.0, lang: Fr").unwrap();
        assert_eq!(Preferences::load(&dirs), Preferences::default());
        std::fs::write(dirs.prefs_file(), "(zoom: 99.0)").unwrap();
        assert_eq!(Preferences::load(&dirs).zoom, 1.0);
    }
}
