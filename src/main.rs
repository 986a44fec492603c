//! `ntm-planner`: the NTM Planner program.

// No console window for the release build on Windows.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    ntm_planner::app::run::mark_start();
    ntm_planner::cli::main(std::env::args_os().collect())
}
