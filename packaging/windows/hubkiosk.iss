; Inno Setup script for Hub Kiosk on Windows hub machines.
;
; Build on Windows, after `pyinstaller --noconfirm build.spec` made dist\hubkiosk:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVersion=0.1.0 packaging\windows\hubkiosk.iss
; It cannot be built on the Linux build machines: Inno Setup runs on Windows only.
;
; Installs the program in C:\Program Files\Hub Kiosk, the settings template (every setting
; commented, from `hubkiosk --config-template`) in C:\ProgramData\HubKiosk\kiosk.toml (kept
; on upgrade), the data dir C:\ProgramData\HubKiosk\data, and the machine-wide
; HUBKIOSK_CONFIG and HUBKIOSK_DATA_DIR variables. The kiosk account is then set up with
; Assigned Access or Shell Launcher (README: "Windows hub machines").

#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C7E1C61-2B0B-4C55-9B0E-4D1C5A2F7A11}
AppName=Hub Kiosk
AppVersion={#Version}
AppPublisher=Tower Hamlets Residents' Hubs
DefaultDirName={autopf}\Hub Kiosk
DisableProgramGroupPage=yes
OutputBaseFilename=hubkiosk-{#Version}-setup
OutputDir=..\..\dist
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
ChangesEnvironment=yes
CloseApplications=force

[Dirs]
Name: "{commonappdata}\HubKiosk"
Name: "{commonappdata}\HubKiosk\data"; Permissions: users-modify

[Files]
Source: "..\..\dist\hubkiosk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\README.md"; DestDir: "{app}"; Flags: ignoreversion

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "HUBKIOSK_CONFIG"; ValueData: "{commonappdata}\HubKiosk\kiosk.toml"; Flags: preservestringtype
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "HUBKIOSK_DATA_DIR"; ValueData: "{commonappdata}\HubKiosk\data"; Flags: preservestringtype

[Run]
; The settings template, written once: IT's edits survive upgrades.
Filename: "{cmd}"; Parameters: "/C if not exist ""{commonappdata}\HubKiosk\kiosk.toml"" ""{app}\hubkiosk.exe"" --config-template > ""{commonappdata}\HubKiosk\kiosk.toml"""; Flags: runhidden waituntilterminated
; IT runs the self-test after every install.
Filename: "{app}\hubkiosk.exe"; Parameters: "--self-test --data-dir ""{commonappdata}\HubKiosk\data"""; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation (hubkiosk --self-test)..."

[UninstallDelete]
; The data dir (store, backups, device token) stays: IT removes it by hand.
