; NTM Planner installer: NSIS 3, 64-bit, Unicode, Vietnamese and English.
; Built by packaging/windows/build.sh, which passes:
;   VERSION   the version from Cargo.toml (0.1.0)
;   VERSION4  the same as four numbers for Windows (0.1.0.0)
;   EXE       the release ntm-planner.exe
;   ICONS     assets/icon (ntm-planner.ico, ntm-document.ico)
;   OUTFILE   dist/ntm-planner-VERSION-setup-x64.exe
;
; Installs for all users into Program Files, adds a Start-menu shortcut, opens .ntm
; plan files with the program (with their own icon and type name) and registers an
; uninstaller in Programs and Features. The uninstaller removes all of that and
; nothing else: the user's plans, preferences and recovery copies stay.
; Silent: setup.exe /S [/D=C:\path]; uninstall.exe /S.

Unicode true
Target amd64-unicode ; the 32-bit installer crashes under 64-bit-only Wine
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel admin

!ifndef VERSION | VERSION4 | EXE | ICONS | OUTFILE
  !error "run packaging/windows/build.sh (it defines VERSION, VERSION4, EXE, ICONS, OUTFILE)"
!endif

!define APP "NTM Planner"
!define EXE_NAME "ntm-planner.exe"
!define DOC_ICON "ntm-document.ico"
!define UNINSTALLER "uninstall.exe"
!define PROGID "NTMPlanner.Plan"
!define PUBLISHER "NTM Planner"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\NTMPlanner"
!define CLASSES "Software\Classes"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
; An upgrade goes where the previous version is.
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

; ---- Pages -----------------------------------------------------------------------
!define MUI_ICON "${ICONS}\ntm-planner.ico"
!define MUI_UNICON "${ICONS}\ntm-planner.ico"
!define MUI_ABORTWARNING
; The installer's language, remembered for the uninstaller (in the uninstall key,
; so it goes with it).
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; "Run NTM Planner" starts it as the signed-in user, not elevated like the installer
; (an elevated window would refuse files dragged from Explorer).
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION RunAsUser
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; ---- Texts -----------------------------------------------------------------------
LangString TYPE_NAME ${LANG_VIETNAMESE} "Kế hoạch nông thôn mới (NTM)"
LangString TYPE_NAME ${LANG_ENGLISH} "New Rural Development plan (NTM)"
LangString APP_DESC ${LANG_VIETNAMESE} "Lập, kiểm tra và trình bày kế hoạch xây dựng nông thôn mới"
LangString APP_DESC ${LANG_ENGLISH} "Plan, check and present New Rural Development (NTM) plans"

; Version information of setup.exe itself.
VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Chương trình cài đặt ${APP}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "MIT License"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License"

; ---- Install ---------------------------------------------------------------------
Function .onInit
  SetShellVarContext all
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function RunAsUser
  ; Explorer starts programs as the user who is signed in.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${EXE_NAME}"'
FunctionEnd

; Tell Explorer that file associations changed (icons, "Open with").
!macro NotifyAssociationsChanged
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED, SHCNF_IDLIST
!macroend

Section "Install"
  SetOutPath "$INSTDIR"
  File "/oname=${EXE_NAME}" "${EXE}"
  File "${ICONS}\${DOC_ICON}"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0 SW_SHOWNORMAL "" "$(APP_DESC)"

  ; .ntm plan files open with the program.
  WriteRegStr HKLM "${CLASSES}\.ntm" "" "${PROGID}"
  WriteRegStr HKLM "${CLASSES}\.ntm\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKLM "${CLASSES}\${PROGID}" "" "$(TYPE_NAME)"
  WriteRegStr HKLM "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\${DOC_ICON}"
  WriteRegStr HKLM "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'
  ; The program's name and file type in "Open with".
  WriteRegStr HKLM "${CLASSES}\Applications\${EXE_NAME}" "FriendlyAppName" "${APP}"
  WriteRegStr HKLM "${CLASSES}\Applications\${EXE_NAME}\SupportedTypes" ".ntm" ""
  WriteRegStr HKLM "${CLASSES}\Applications\${EXE_NAME}\shell\open\command" "" '"$INSTDIR\${EXE_NAME}" "%1"'
  !insertmacro NotifyAssociationsChanged

  ; Programs and Features.
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  ; The uninstaller speaks the installer's language (MUI saves it only after the
  ; install page, which a silent install skips).
  WriteRegStr HKLM "${UNINST_KEY}" "InstallerLanguage" "$LANGUAGE"
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- Uninstall -------------------------------------------------------------------
Function un.onInit
  SetShellVarContext all
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: never the user's plans or preferences.
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${DOC_ICON}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"

  ; .ntm: leave it alone if another program has taken it over since.
  ReadRegStr $0 HKLM "${CLASSES}\.ntm" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKLM "${CLASSES}\.ntm" ""
  ${EndIf}
  DeleteRegValue HKLM "${CLASSES}\.ntm\OpenWithProgids" "${PROGID}"
  ; Remove the keys only if nothing else is left in them.
  DeleteRegKey /ifnosubkeys /ifnovalues HKLM "${CLASSES}\.ntm\OpenWithProgids"
  DeleteRegKey /ifnosubkeys /ifnovalues HKLM "${CLASSES}\.ntm"
  DeleteRegKey HKLM "${CLASSES}\${PROGID}"
  DeleteRegKey HKLM "${CLASSES}\Applications\${EXE_NAME}"
  DeleteRegKey HKLM "${UNINST_KEY}"
  !insertmacro NotifyAssociationsChanged
SectionEnd
