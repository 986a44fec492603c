/*
 * TEST ONLY: never part of the installer, never shipped.
 *
 * Rust's standard library on Windows gets random bytes from ProcessPrng in
 * bcryptprimitives.dll (Windows 10 and later have it). Wine 8.0, the Wine of
 * Debian 12, lacks that function, so the program fails to start under it with
 * status c0000135. packaging/windows/smoke.sh builds this DLL and puts it beside
 * the installed program only while the test runs (the program's folder is searched
 * before Wine's own DLLs), and removes it before uninstalling.
 *
 * ProcessPrng here asks advapi32's RtlGenRandom (exported as SystemFunction036),
 * which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
