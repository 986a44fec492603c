//! The format document's complete example is a real plan: it loads with no errors
//! and the checker finds nothing wrong in it.

use std::path::Path;

#[test]
fn the_annotated_example_in_the_format_doc_loads() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/file-format.md"))
            .unwrap();
    // The complete example is the ```ron block that starts like a saved file.
    let fence = "```ron\n#![enable(implicit_some)]";
    let start = doc
        .find(fence)
        .expect("the doc has a complete ```ron example")
        + "```ron\n".len();
    let end = start
        + doc[start..]
            .find("\n```")
            .expect("the example block is closed");
    let example = &doc[start..end];
    let loaded = ntm_planner::format::load_str(example)
        .unwrap_or_else(|e| panic!("the example does not load: {e}"));
    assert_eq!(loaded.version, ntm_planner::format::FORMAT_VERSION);
    let findings = ntm_planner::check::check(&loaded.plan);
    assert!(!ntm_planner::check::has_errors(&findings), "{findings:#?}");
    // Its comments are reported, not silently dropped.
    assert!(
        loaded
            .notices
            .iter()
            .any(|n| n.to_string().contains("comment"))
    );
}
