//! Progress and cancellation for long operations (Excel export and import of a
//! national plan). The work runs on a thread; the window polls the fraction and
//! sets the cancel flag.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// What a long operation reports to, and asks whether to stop.
pub trait Progress: Sync {
    /// How far the work is, 0.0 to 1.0.
    fn report(&self, fraction: f32);
    /// Whether the user asked to stop.
    fn cancelled(&self) -> bool;
}

/// For callers that neither show progress nor cancel (the command line, tests).
#[derive(Debug, Default, Clone, Copy)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn report(&self, _fraction: f32) {}
    fn cancelled(&self) -> bool {
        false
    }
}

/// Shared between the worker thread and the window.
#[derive(Debug, Default)]
pub struct SharedProgress {
    fraction: AtomicU32,
    cancel: AtomicBool,
}

impl SharedProgress {
    pub fn new() -> SharedProgress {
        SharedProgress::default()
    }

    pub fn fraction(&self) -> f32 {
        f32::from_bits(self.fraction.load(Ordering::Relaxed))
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

impl Progress for SharedProgress {
    fn report(&self, fraction: f32) {
        self.fraction
            .store(fraction.clamp(0.0, 1.0).to_bits(), Ordering::Relaxed);
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }
}

/// Reports at most every `every` steps of `total`, so a loop over 8.000 communes
/// does not touch the atomics on every row.
pub struct Steps<'a> {
    progress: &'a dyn Progress,
    total: usize,
    done: usize,
    every: usize,
    start: f32,
    span: f32,
}

impl<'a> Steps<'a> {
    /// Steps covering the part `start .. start + span` of the whole operation.
    pub fn new(progress: &'a dyn Progress, total: usize, start: f32, span: f32) -> Steps<'a> {
        Steps {
            progress,
            total: total.max(1),
            done: 0,
            every: (total / 100).max(1),
            start,
            span,
        }
    }

    /// One step done; returns false when the user cancelled.
    pub fn step(&mut self) -> bool {
        self.done += 1;
        if self.done.is_multiple_of(self.every) {
            self.progress
                .report(self.start + self.span * self.done as f32 / self.total as f32);
            return !self.progress.cancelled();
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_progress_reports_and_cancels() {
        let p = SharedProgress::new();
        let mut steps = Steps::new(&p, 10, 0.0, 1.0);
        for _ in 0..5 {
            assert!(steps.step());
        }
        assert!((p.fraction() - 0.5).abs() < 1e-6);
        p.cancel();
        assert!(!steps.step());
    }
}
