//! `ntm-planner`: the NTM Planner program.

fn main() -> std::process::ExitCode {
    ntm_planner::cli::main(std::env::args_os().collect())
}
