/*
 * TEST ONLY: never part of the installer, never shipped.
 *
 * Types text into the focused window the way Vietnamese keyboard programs
 * (Unikey, EVKey) do on Windows: every character as a KEYEVENTF_UNICODE key
 * press (VK_PACKET, arriving as WM_CHAR), and real Backspace presses to take back
 * letters already typed. packaging/windows/smoke.sh uses it under Wine.
 *
 *   sendtext.exe ARG...    each ARG is text to type, or {BS} for one Backspace
 */
#include <windows.h>
#include <wchar.h>

static void send_key(WORD vk, WORD scan, DWORD flags)
{
    INPUT in[2];
    ZeroMemory(in, sizeof in);
    in[0].type = INPUT_KEYBOARD;
    in[0].ki.wVk = vk;
    in[0].ki.wScan = scan;
    in[0].ki.dwFlags = flags;
    in[1] = in[0];
    in[1].ki.dwFlags |= KEYEVENTF_KEYUP;
    SendInput(2, in, sizeof(INPUT));
    Sleep(40);
}

int wmain(int argc, wchar_t **argv)
{
    for (int i = 1; i < argc; i++) {
        if (wcscmp(argv[i], L"{BS}") == 0) {
            send_key(VK_BACK, 0, 0);
            continue;
        }
        for (const wchar_t *c = argv[i]; *c; c++)
            send_key(0, *c, KEYEVENTF_UNICODE);
    }
    return 0;
}
