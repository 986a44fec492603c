//! `ntm-planner`: the NTM Planner program.

// No console window for the release build on Windows.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    ntm_planner::app::run::mark_start();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Windows: the subcommands print to the console of the shell they were typed in.
    #[cfg(windows)]
    if ntm_planner::cli::wants_console(&args) {
        ntm_planner::cli::windows_console::attach_parent_console();
    }
    ntm_planner::cli::main(args)
}
