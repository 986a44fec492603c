//! Windows: the release program is a windowed program (no console of its own), so
//! `check`, `summary`, `new` and `fmt` typed in cmd.exe or PowerShell would print
//! nothing. For those, attach to the console of the shell that started us.

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
    SetStdHandle,
};

/// Attach to the parent's console, if it has one. Output the parent already
/// redirected (`> out.txt`, a pipe) keeps going where it was sent.
pub fn attach_parent_console() {
    fn is_set(h: HANDLE) -> bool {
        !h.is_null() && h != INVALID_HANDLE_VALUE
    }
    // SAFETY: plain Win32 calls on this process's standard handles; no pointers are
    // dereferenced and a failure leaves the process as it was.
    unsafe {
        let out = GetStdHandle(STD_OUTPUT_HANDLE);
        let err = GetStdHandle(STD_ERROR_HANDLE);
        if is_set(out) && is_set(err) {
            return;
        }
        if AttachConsole(ATTACH_PARENT_PROCESS) == 0 {
            return; // started from Explorer or a shortcut: no console to attach to
        }
        if is_set(out) {
            SetStdHandle(STD_OUTPUT_HANDLE, out);
        }
        if is_set(err) {
            SetStdHandle(STD_ERROR_HANDLE, err);
        }
    }
}
