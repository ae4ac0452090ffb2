; SubmitDesk installer for Windows (NSIS 3, Unicode). It packs a staged folder that stage.ps1 makes:
;   cmake --install build --prefix stage ; windeployqt ; the FFmpeg, libarchive, libxlsxwriter and OpenSSL
;   DLLs beside the programs. Build it with:
;   makensis /DVERSION=0.1.0 /DSTAGE=..\..\stage installer\windows\submitdesk.nsi
; It cannot be built on the Debian build machine; installer/README.md describes the whole Windows build.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass /DSTAGE=<the folder stage.ps1 made>"
!endif

!define APP "SubmitDesk"
!define APP_ZH "终身教育资源报送工作台"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SubmitDesk"

Name "${APP} ${VERSION}"
OutFile "submitdesk-${VERSION}-win64-setup.exe"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "${STAGE}\submitdesk.ico"
!define MUI_UNICON "${STAGE}\submitdesk.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\submitdesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\share\doc\submitdesk\copyright"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The first language is the default; the user's Windows language picks the other one.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "SubmitDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; bin\: submitdesk.exe, submitdesk-cli.exe, Qt (windeployqt), FFmpeg (avformat-59.dll, avcodec-59.dll,
  ; avutil-57.dll, swscale-6.dll, swresample-4.dll) and the other DLLs; share\: the guide and the copyright.
  File /r "${STAGE}\bin"
  File /r "${STAGE}\share"
  File "${STAGE}\submitdesk.ico"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP_ZH}.lnk" "$INSTDIR\bin\submitdesk.exe" "" "$INSTDIR\submitdesk.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_ZH}.lnk" "$INSTDIR\bin\submitdesk.exe" "" "$INSTDIR\submitdesk.ico"

  ; Double-clicking a workspace (*.submitdesk) opens it.
  WriteRegStr HKCR ".submitdesk" "" "SubmitDesk.Workspace"
  WriteRegStr HKCR "SubmitDesk.Workspace" "" "${APP} workspace"
  WriteRegStr HKCR "SubmitDesk.Workspace\DefaultIcon" "" "$INSTDIR\submitdesk.ico"
  WriteRegStr HKCR "SubmitDesk.Workspace\shell\open\command" "" '"$INSTDIR\bin\submitdesk.exe" "%1"'

  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP} (${APP_ZH})"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "SubmitDesk developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\submitdesk.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; The uninstaller removes the program only: workspaces and settings are the user's and stay.
Section "Uninstall"
  Delete "$DESKTOP\${APP_ZH}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\submitdesk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCR "SubmitDesk.Workspace"
  DeleteRegKey HKCR ".submitdesk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd
