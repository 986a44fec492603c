//! Windows builds only: embed the program icon and the version information
//! (product name, version, description; language Vietnamese) in the executable.
//! Other targets need nothing from this script. Cross-compiling from Linux uses
//! mingw's `x86_64-w64-mingw32-windres` (see `packaging/windows/build.sh`).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/ntm-planner.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut res = winresource::WindowsResource::new();
    res.set_icon(&format!("{dir}/assets/icon/ntm-planner.ico"))
        // Vietnamese (Vietnam): LANG_VIETNAMESE 0x2A, SUBLANG_VIETNAMESE_VIETNAM 0x01.
        .set_language(0x042A)
        .set("ProductName", "NTM Planner")
        // Windows shows FileDescription as the program's name (Task Manager, "Open with").
        .set(
            "FileDescription",
            "NTM Planner – kế hoạch xây dựng nông thôn mới",
        )
        .set(
            "Comments",
            "Lập, kiểm tra và trình bày kế hoạch xây dựng nông thôn mới hằng năm. \
             Plan, check and present yearly New Rural Development plans.",
        )
        .set("CompanyName", "NTM Planner")
        .set("LegalCopyright", "MIT License")
        .set("InternalName", "ntm-planner")
        .set("OriginalFilename", "ntm-planner.exe");
    // Only the program itself, not the test and benchmark executables.
    if let Err(e) = res.compile_for("ntm-planner") {
        panic!("cannot embed the Windows resources (icon, version information): {e}");
    }
}
