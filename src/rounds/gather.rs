//! "Tổng hợp từ thư mục…": every returned file in a folder (or dropped on the
//! window) read, matched to its commune and to the manifest of the sending,
//! checked, and three-way merged against exactly what was sent. One board: each
//! commune returned or missing, the file and its date, the checker's findings on
//! the submission, the number of changes, the conflicts with what the province
//! changed since sending; files refused with their reason. Nothing changes until
//! the board is applied, as one undoable edit.

use super::form;
use super::manifest::{MANIFEST_FILE, Manifest};
use super::{RoundError, file_time};
use crate::check::{self, Finding, Severity};
use crate::diff::{self, Difference, Names, Tree};
use crate::document::Edit;
use crate::excel::import::name_key;
use crate::i18n::{Both, tr, tr_args};
use crate::lang::Lang;
use crate::merge::scope::PlanIndex;
use crate::merge::{Choice, MergeError, OwnParts, PlanMerge, Scope, write_back};
use crate::model::Plan;
use crate::progress::Progress;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a file is not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The file cannot be read as a plan or a form (its message).
    Unreadable(Both),
    /// A plan that reads but breaks the plan's rules in several places: how many,
    /// the first (for the board's line) and the whole list (for the detail).
    Problems { n: usize, first: Both, all: Both },
    /// Not a plan file or a form (its extension).
    NotAPlan,
    /// A plan of another province or year.
    Foreign { province: String, year: u16 },
    /// A work file of another sending.
    OtherRound { round: String },
    /// Marked for a commune the sending did not go to.
    UnknownCommune(String),
    /// A plan file without a mark that names none of the sending's communes.
    NoCommune,
    /// A plan file without a mark that has several communes (the province's plan?).
    ManyCommunes(usize),
    /// Another file for the same commune.
    Duplicate(Vec<String>),
    /// It changes rows outside its commune's own (other communes, their projects…).
    TouchesOthers(Vec<Difference>),
}

impl Refusal {
    /// More than the board's line says: every problem listed (up to the first
    /// [`crate::format::MAX_LISTED`], with how many more).
    pub fn details(&self, lang: Lang) -> Option<&str> {
        match self {
            Refusal::Problems { all, .. } => Some(all.text(lang)),
            _ => None,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            Refusal::Unreadable(e) => tr_args(
                lang,
                "gather-refused-unreadable",
                &[("error", e.text(lang).into())],
            ),
            Refusal::Problems { n, first, .. } => tr_args(
                lang,
                "gather-refused-problems",
                &[("n", (*n).into()), ("first", first.text(lang).into())],
            ),
            Refusal::NotAPlan => tr(lang, "gather-refused-not-a-plan"),
            Refusal::Foreign { province, year } => {
                let year = year.to_string();
                tr_args(
                    lang,
                    "gather-refused-foreign",
                    &[
                        ("province", province.as_str().into()),
                        ("year", year.as_str().into()),
                    ],
                )
            }
            Refusal::OtherRound { round } => tr_args(
                lang,
                "gather-refused-other-round",
                &[("round", round.as_str().into())],
            ),
            Refusal::UnknownCommune(c) => tr_args(
                lang,
                "gather-refused-unknown-commune",
                &[("id", c.as_str().into())],
            ),
            Refusal::NoCommune => tr(lang, "gather-refused-no-commune"),
            Refusal::ManyCommunes(n) => {
                tr_args(lang, "gather-refused-many-communes", &[("n", (*n).into())])
            }
            Refusal::Duplicate(files) => tr_args(
                lang,
                "gather-refused-duplicate",
                &[("files", files.join(", ").as_str().into())],
            ),
            Refusal::TouchesOthers(diffs) => {
                let what: Vec<String> = diffs.iter().take(3).map(|d| d.row(lang).what).collect();
                tr_args(
                    lang,
                    "gather-refused-touches-others",
                    &[
                        ("n", diffs.len().into()),
                        ("what", what.join("; ").as_str().into()),
                    ],
                )
            }
        }
    }
}

/// Why a returned plan file does not load: one line when it is one reason; the count
/// and the first when the plan breaks its rules in several places (a board line of a
/// hundred problems hid the other communes), the whole list kept for the detail.
fn unreadable_plan(e: &crate::format::LoadError) -> Refusal {
    match e {
        crate::format::LoadError::Invalid(p) if p.total() > 1 && !p.list.is_empty() => {
            Refusal::Problems {
                n: p.total(),
                first: Both::of(|l| p.list[0].text(l)),
                all: Both::of(|l| e.message(l)),
            }
        }
        _ => Refusal::Unreadable(Both::of(|l| e.message(l))),
    }
}

/// A commune's returned file, read and worked out.
#[derive(Debug, Clone)]
pub struct Return {
    pub file: PathBuf,
    /// The file's modification time, "dd/mm/yyyy hh:mm".
    pub modified: Option<String>,
    /// The commune (id) it is for.
    pub commune: String,
    /// Found by its name, the file having no mark of the sending.
    pub by_name: bool,
    /// The merge into the commune's part (None when refused).
    pub merge: Option<Box<PlanMerge>>,
    /// What the commune changed since sending.
    pub changes: Vec<Difference>,
    /// The checker's findings on the submission.
    pub findings: Vec<Finding>,
    /// Changes it made outside its commune's part (header, sources…): not taken.
    pub ignored: Vec<Difference>,
    /// Cells of a workbook form that could not be read.
    pub form_problems: Vec<Both>,
    pub refused: Option<Refusal>,
}

impl Return {
    pub fn conflicts(&self) -> usize {
        self.merge.as_ref().map_or(0, |m| m.conflicts.len())
    }

    /// Taken as it is: read, not refused, no conflict, no checker error.
    pub fn is_clean(&self) -> bool {
        self.refused.is_none()
            && self.conflicts() == 0
            && !self.changes.is_empty()
            && !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    pub fn file_name(&self) -> String {
        super::file_name(&self.file)
    }
}

/// A commune's line on the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// No file for it.
    Missing,
    /// Its file is as it was sent (not returned yet, or returned without changes).
    Unchanged,
    /// Returned with changes, no conflict.
    Returned,
    /// Returned with changes that conflict with the province's since sending.
    Conflicts,
    /// Its file is refused (a reason on the board).
    Refused,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Missing => "gather-status-missing",
            Status::Unchanged => "gather-status-unchanged",
            Status::Returned => "gather-status-returned",
            Status::Conflicts => "gather-status-conflicts",
            Status::Refused => "gather-status-refused",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Line {
    pub commune: String,
    /// The commune's name as the board shows it: quoted to a bounded length (a
    /// manifest from elsewhere may name it with 100.000 letters).
    pub name: String,
    pub status: Status,
    /// The return for it (index in [`Board::returns`]).
    pub ret: Option<usize>,
}

/// Everything gathered.
#[derive(Debug, Clone)]
pub struct Board {
    pub manifest: Manifest,
    pub manifest_path: PathBuf,
    /// One line per commune the sending went to, in the manifest's order.
    pub lines: Vec<Line>,
    pub returns: Vec<Return>,
    /// Files not tied to a commune of the sending (foreign, unreadable…), with why.
    pub refused: Vec<(PathBuf, Refusal)>,
}

/// Gather every file of a folder. The manifest is `manifest` or the one found in
/// the folder (or the folder above).
pub fn gather_dir(
    ours: &Plan,
    dir: &Path,
    manifest: Option<&Path>,
    progress: &dyn Progress,
) -> Result<Board, RoundError> {
    let entries = std::fs::read_dir(dir).map_err(RoundError::io(dir))?;
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let manifest_path = match manifest {
        Some(m) => m.to_path_buf(),
        None => {
            Manifest::find(dir).ok_or_else(|| RoundError::NoManifest(dir.display().to_string()))?
        }
    };
    gather_files(ours, &files, &manifest_path, progress)
}

/// The manifest for files dropped on the window: among them, or beside them.
pub fn manifest_for(files: &[PathBuf]) -> Option<PathBuf> {
    files
        .iter()
        .find(|f| f.file_name().is_some_and(|n| n == MANIFEST_FILE))
        .cloned()
        .or_else(|| {
            files
                .iter()
                .find_map(|f| f.parent().and_then(Manifest::find))
        })
}

/// Whether a file is skipped quietly: the manifest, backups the program keeps
/// beside saved plans, hidden files and the lock files office programs leave.
fn skipped(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    name == MANIFEST_FILE
        || name.ends_with(".bak.ntm")
        || name.starts_with('.')
        || name.starts_with("~$")
}

/// What one file turned out to be, before duplicates are sorted out.
enum Read {
    Skip,
    Refused(Refusal),
    For {
        commune: String,
        by_name: bool,
        plan: Box<Plan>,
        form_problems: Vec<Both>,
    },
}

struct Context<'a> {
    manifest: &'a Manifest,
    sent_index: PlanIndex,
    ours: &'a Plan,
    ours_index: PlanIndex,
    names: Names,
}

/// Gather these files against the manifest at `manifest_path`.
pub fn gather_files(
    ours: &Plan,
    files: &[PathBuf],
    manifest_path: &Path,
    progress: &dyn Progress,
) -> Result<Board, RoundError> {
    let manifest = Manifest::load(manifest_path)?;
    progress.report(0.05);
    let files: Vec<&PathBuf> = files.iter().filter(|f| !skipped(f)).collect();
    let cx = Context {
        sent_index: PlanIndex::of(&manifest.plan),
        ours_index: PlanIndex::of(ours),
        names: Names::of(&[&Tree::of_plan(ours)]),
        manifest: &manifest,
        ours,
    };
    // Read and identify every file, on every core.
    let done = AtomicUsize::new(0);
    let total = files.len().max(1);
    let reads: Vec<Read> = parallel_map(&files, |f| {
        let r = if progress.cancelled() {
            Read::Skip
        } else {
            identify(&cx, f)
        };
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress.report(0.05 + 0.45 * n as f32 / total as f32);
        r
    });
    if progress.cancelled() {
        return Err(RoundError::Cancelled);
    }
    // Two files for one commune: both refused, unless they are the same.
    let mut by_commune: HashMap<String, Vec<usize>> = HashMap::new();
    let mut refused = Vec::new();
    for (i, r) in reads.iter().enumerate() {
        match r {
            Read::For { commune, .. } => by_commune.entry(commune.clone()).or_default().push(i),
            Read::Refused(why) => refused.push((files[i].clone(), why.clone())),
            Read::Skip => {}
        }
    }
    let mut work: Vec<(usize, String, bool)> = Vec::new();
    let mut duplicates: Vec<(usize, String, Refusal)> = Vec::new();
    for (commune, idx) in &by_commune {
        let first = idx[0];
        let same = idx.iter().all(|&i| match (&reads[i], &reads[first]) {
            (Read::For { plan: a, .. }, Read::For { plan: b, .. }) => a == b,
            _ => false,
        });
        if idx.len() == 1 || same {
            work.push((first, commune.clone(), false));
            for &i in &idx[1..] {
                let names = vec![super::file_name(files[first])];
                duplicates.push((i, commune.clone(), Refusal::Duplicate(names)));
            }
        } else {
            for &i in idx {
                let others: Vec<String> = idx
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| super::file_name(files[j]))
                    .collect();
                duplicates.push((i, commune.clone(), Refusal::Duplicate(others)));
            }
        }
    }
    work.sort_by_key(|w| w.0);
    // Merge each return against what was sent.
    let done = AtomicUsize::new(0);
    let total = work.len().max(1);
    let mut returns: Vec<Return> = parallel_map(&work, |(i, commune, _)| {
        let Read::For {
            by_name,
            plan,
            form_problems,
            ..
        } = &reads[*i]
        else {
            unreachable!("only identified files are merged")
        };
        let r = if progress.cancelled() {
            None
        } else {
            Some(work_out(
                &cx,
                files[*i],
                commune,
                *by_name,
                plan,
                form_problems.clone(),
            ))
        };
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress.report(0.5 + 0.5 * n as f32 / total as f32);
        r
    })
    .into_iter()
    .flatten()
    .collect();
    if progress.cancelled() {
        return Err(RoundError::Cancelled);
    }
    for (i, commune, why) in duplicates {
        returns.push(Return {
            file: files[i].clone(),
            modified: file_time(files[i]),
            commune,
            by_name: false,
            merge: None,
            changes: Vec::new(),
            findings: Vec::new(),
            ignored: Vec::new(),
            form_problems: Vec::new(),
            refused: Some(why),
        });
    }
    returns.sort_by(|a, b| a.file.cmp(&b.file));
    let mut lines: Vec<Line> = Vec::new();
    for c in &manifest.communes {
        let mine: Vec<usize> = returns
            .iter()
            .enumerate()
            .filter(|(_, r)| r.commune == c.id)
            .map(|(i, _)| i)
            .collect();
        // The return taken for the line: the one not refused, else the first.
        let ret = mine
            .iter()
            .copied()
            .find(|&i| returns[i].refused.is_none())
            .or(mine.first().copied());
        let status = match ret.map(|i| &returns[i]) {
            None => Status::Missing,
            Some(r) if r.refused.is_some() => Status::Refused,
            Some(r) if r.conflicts() > 0 => Status::Conflicts,
            Some(r) if r.changes.is_empty() => Status::Unchanged,
            Some(_) => Status::Returned,
        };
        lines.push(Line {
            commune: c.id.clone(),
            name: crate::text::shown(&c.name),
            status,
            ret,
        });
    }
    progress.report(1.0);
    Ok(Board {
        manifest,
        manifest_path: manifest_path.to_path_buf(),
        lines,
        returns,
        refused,
    })
}

/// Map over items on a few threads (the machine's cores, at most 8), in order.
fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    if threads == 1 || items.len() < 8 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                let f = &f;
                s.spawn(move || part.iter().map(f).collect::<Vec<R>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Read one file and find the commune it is for.
fn identify(cx: &Context, path: &Path) -> Read {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "ntm" => identify_plan(cx, path),
        "xlsx" => identify_form(cx, path),
        _ => Read::Refused(Refusal::NotAPlan),
    }
}

fn identify_plan(cx: &Context, path: &Path) -> Read {
    let plan = match crate::format::load_file(path) {
        Ok(l) => l.plan,
        Err(e) => return Read::Refused(unreadable_plan(&e)),
    };
    let m = cx.manifest;
    if let Some(w) = &plan.work_file {
        if w.round != m.round {
            return Read::Refused(Refusal::OtherRound {
                round: format!("{} ({}, {})", w.round, plan.header.province, w.sent.vi()),
            });
        }
        if m.commune(&w.commune).is_none() {
            return Read::Refused(Refusal::UnknownCommune(w.commune.clone()));
        }
        return Read::For {
            commune: w.commune.clone(),
            by_name: false,
            plan: Box::new(plan),
            form_problems: Vec::new(),
        };
    }
    if name_key(&plan.header.province) != name_key(&m.province) || plan.header.year != m.year {
        return Read::Refused(Refusal::Foreign {
            province: plan.header.province.clone(),
            year: plan.header.year,
        });
    }
    // No mark: the commune by id, else by name.
    let hits: Vec<String> = plan
        .communes
        .iter()
        .filter_map(|c| {
            m.commune(&c.id).map(|s| s.id.clone()).or_else(|| {
                let key = name_key(&c.name);
                let found: Vec<&str> = m
                    .communes
                    .iter()
                    .filter(|s| name_key(&s.name) == key)
                    .map(|s| s.id.as_str())
                    .collect();
                (found.len() == 1).then(|| found[0].to_string())
            })
        })
        .collect();
    match (hits.as_slice(), plan.communes.len()) {
        ([one], 1) => {
            let mut plan = plan;
            let old = plan.communes[0].id.clone();
            if old != *one {
                crate::merge::rename_communes(&mut plan, &HashMap::from([(old, one.clone())]));
            }
            Read::For {
                commune: one.clone(),
                by_name: true,
                plan: Box::new(plan),
                form_problems: Vec::new(),
            }
        }
        (_, n) if n > 1 => Read::Refused(Refusal::ManyCommunes(n)),
        _ => Read::Refused(Refusal::NoCommune),
    }
}

fn identify_form(cx: &Context, path: &Path) -> Read {
    let mark = match form::read_mark(path) {
        Ok(m) => m,
        Err(RoundError::Form { why, .. }) => return Read::Refused(Refusal::Unreadable(why)),
        Err(e) => return Read::Refused(Refusal::Unreadable(Both::of(|l| e.message(l)))),
    };
    let m = cx.manifest;
    if mark.round != m.round {
        return Read::Refused(Refusal::OtherRound { round: mark.round });
    }
    if m.commune(&mark.commune).is_none() {
        return Read::Refused(Refusal::UnknownCommune(mark.commune));
    }
    let sent = sent_work_file(cx, &mark.commune);
    match form::read_return(path, &sent) {
        Ok((plan, problems)) => Read::For {
            commune: mark.commune,
            by_name: false,
            plan: Box::new(plan),
            form_problems: problems,
        },
        Err(RoundError::Form { why, .. }) => Read::Refused(Refusal::Unreadable(why)),
        Err(e) => Read::Refused(Refusal::Unreadable(Both::of(|l| e.message(l)))),
    }
}

/// The work file as it was sent to a commune.
fn sent_work_file(cx: &Context, commune: &str) -> Plan {
    let m = cx.manifest;
    let mut sent = Scope::of([commune]).extract_indexed(&m.plan, &cx.sent_index);
    sent.work_file = Some(crate::model::WorkFile {
        round: m.round.clone(),
        commune: commune.to_string(),
        sent: m.sent,
    });
    sent
}

/// The parts of a plan outside a scope's own rows that a return may not touch.
fn touches_others(d: &Difference) -> bool {
    matches!(
        d.path.first(),
        Some(diff::Seg::Field(f)) if ["communes", "villages", "projects", "tasks"].contains(&f.as_str())
    )
}

/// The checker's findings on a submission that concern the commune's own part
/// (its record, criteria, villages, projects, tasks). Findings about the shared
/// parts a work file carries for reference (a district with only this commune in
/// the file, say) say nothing about the submission.
fn own_findings(plan: &Plan, commune: &str) -> Vec<Finding> {
    use crate::check::Place;
    check::check(plan)
        .into_iter()
        .filter(|f| match &f.place {
            Place::Commune(c) | Place::CommuneCriterion(c, _) => c == commune,
            Place::Villages | Place::Projects | Place::Task(_) => true,
            _ => false,
        })
        .collect()
}

fn work_out(
    cx: &Context,
    path: &Path,
    commune: &str,
    by_name: bool,
    theirs: &Plan,
    form_problems: Vec<Both>,
) -> Return {
    let scope = Scope::of([commune]);
    let m = cx.manifest;
    let sent = sent_work_file(cx, commune);
    // What the return changed outside its commune's own rows.
    let mut theirs = theirs.clone();
    if by_name {
        // A plan without the mark: compare it as if it had it.
        theirs.work_file = sent.work_file.clone();
    }
    let outside = diff::diff(&scope.without_own(&sent), &scope.without_own(&theirs));
    let (others, ignored): (Vec<Difference>, Vec<Difference>) =
        outside.into_iter().partition(touches_others);
    let mut ret = Return {
        file: path.to_path_buf(),
        modified: file_time(path),
        commune: commune.to_string(),
        by_name,
        merge: None,
        changes: Vec::new(),
        findings: own_findings(&theirs, commune),
        ignored,
        form_problems,
        refused: None,
    };
    if !others.is_empty() {
        ret.refused = Some(Refusal::TouchesOthers(others));
        return ret;
    }
    let own_sent = scope.own_indexed(&m.plan, &cx.sent_index);
    ret.changes = diff::diff_trees_named(&own_sent.tree(), &scope.own(&theirs).tree(), &cx.names);
    let mut merge = merge_scoped_with(cx, &theirs, &scope, own_sent);
    merge.outside = ret.ignored.clone();
    ret.merge = Some(Box::new(merge));
    ret
}

fn merge_scoped_with(cx: &Context, theirs: &Plan, scope: &Scope, own_sent: OwnParts) -> PlanMerge {
    let base_part = own_sent;
    let ours_part = scope.own_indexed(cx.ours, &cx.ours_index);
    crate::merge::merge_parts(
        base_part,
        ours_part,
        scope.own(theirs),
        scope.clone(),
        cx.names.clone(),
    )
}

impl Board {
    /// Lines with their return, by status.
    pub fn count(&self, status: Status) -> usize {
        self.lines.iter().filter(|l| l.status == status).count()
    }

    /// The communes whose return is clean (taken by "accept all clean").
    pub fn clean(&self) -> Vec<String> {
        self.lines
            .iter()
            .filter(|l| l.ret.is_some_and(|i| self.returns[i].is_clean()))
            .map(|l| l.commune.clone())
            .collect()
    }

    pub fn line_return(&self, commune: &str) -> Option<&Return> {
        let l = self.lines.iter().find(|l| l.commune == commune)?;
        l.ret.map(|i| &self.returns[i])
    }

    /// The plan with the accepted returns merged in, conflicts decided by
    /// `choices` (commune → conflict id → choice; ours when not chosen).
    pub fn result(
        &self,
        ours: &Plan,
        accepted: &HashSet<String>,
        choices: &HashMap<String, HashMap<String, Choice>>,
    ) -> Result<Plan, MergeError> {
        let empty = HashMap::new();
        let mut parts = Vec::new();
        for l in &self.lines {
            if !accepted.contains(&l.commune) {
                continue;
            }
            let Some(r) = l.ret.map(|i| &self.returns[i]) else {
                continue;
            };
            let (None, Some(m)) = (&r.refused, &r.merge) else {
                continue;
            };
            let own = m.own_result(choices.get(&l.commune).unwrap_or(&empty))?;
            parts.push((Scope::of([l.commune.clone()]), own));
        }
        let mut plan = ours.clone();
        write_back(&mut plan, &parts);
        Ok(plan)
    }

    /// The one edit that applies the accepted returns (one undo step).
    pub fn edit(
        &self,
        ours: &Plan,
        accepted: &HashSet<String>,
        choices: &HashMap<String, HashMap<String, Choice>>,
    ) -> Result<Edit, MergeError> {
        Ok(Edit::Plan(Box::new(self.result(ours, accepted, choices)?)))
    }

    /// The board as lines of text, for the command line.
    pub fn summary(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        for l in &self.lines {
            let r = l.ret.map(|i| &self.returns[i]);
            let mut line = format!("{}: {}", l.name, tr(lang, l.status.key()));
            if let Some(r) = r {
                line.push_str(&format!(" — {}", r.file_name()));
                if let Some(why) = &r.refused {
                    line.push_str(&format!(": {}", why.message(lang)));
                    see_check(&mut line, why, &r.file, lang);
                } else {
                    line.push_str(&format!(
                        "; {}",
                        tr_args(
                            lang,
                            "gather-cli-counts",
                            &[
                                ("changes", r.changes.len().into()),
                                ("conflicts", r.conflicts().into()),
                                ("findings", r.findings.len().into()),
                            ],
                        )
                    ));
                    // What it changed in the shared parts is not taken: say so, with
                    // each place, rather than let "no changes" hide it.
                    if !r.ignored.is_empty() {
                        line.push_str(&format!(
                            "; {}",
                            tr_args(lang, "gather-cli-ignored", &[("n", r.ignored.len().into())])
                        ));
                        for d in &r.ignored {
                            line.push_str(&format!("\n    {}", d.message(lang)));
                        }
                    }
                }
            }
            out.push(line);
        }
        for (f, why) in &self.refused {
            let mut line = format!("{}: {}", super::file_name(f), why.message(lang));
            see_check(&mut line, why, f, lang);
            out.push(line);
        }
        out
    }
}

/// Under a refusal that lists less than it knows, the command that lists it all.
fn see_check(line: &mut String, why: &Refusal, file: &Path, lang: Lang) {
    if why.details(lang).is_some() {
        let file = crate::text::shown_max(&file.display().to_string(), 400);
        line.push_str("\n    ");
        line.push_str(&tr_args(
            lang,
            "gather-cli-see-check",
            &[("file", file.as_str().into())],
        ));
    }
}
