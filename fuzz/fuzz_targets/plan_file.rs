#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| ntm_planner::fuzz_targets::plan_file(data));
