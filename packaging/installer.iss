; Inno Setup script: a per-user installer for the meapp bundle (no administrator rights).
;
;   1. Build the bundle on Windows: scripts\build_dist.sh in Git Bash, or the steps in
;      packaging/README.md, giving dist\meapp\ (meapp.exe, meapp-cli.exe, _internal\).
;   2. Compile this script with Inno Setup 6.3 or later:  iscc packaging\installer.iss
;      (or /DMyAppVersion=0.2.0 to override the version). The result is
;      dist\meapp-<version>-setup.exe, which fits on a USB stick.
;
; It installs into %LOCALAPPDATA%\Programs\meapp and adds a Start-menu shortcut (and, if
; ticked, a desktop one). The user's data (database, backups, logs, settings) live in
; %LOCALAPPDATA%\meapp, which the app creates itself: uninstalling leaves them alone.

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppName "meapp"
#define MyAppExe "meapp.exe"

[Setup]
; A fixed AppId keeps upgrades in place; never change it.
AppId={{7C1E5A3B-4D2F-4E8A-9B61-2F0C8D3E5A17}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=meapp
DefaultDirName={localappdata}\Programs\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename={#MyAppName}-{#MyAppVersion}-setup
SetupIconFile=..\meapp\resources\icons\meapp.ico
UninstallDisplayIcon={app}\{#MyAppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; .mepkg exchange packages open in meapp (per user, under HKCU\Software\Classes).
ChangesAssociations=yes
LicenseFile=..\LICENSE

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\meapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Libraries of an older version that the new one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Registry]
; A double click on a .mepkg file starts `meapp.exe FILE.mepkg`, which opens the package import.
Root: HKA; Subkey: "Software\Classes\.mepkg"; ValueType: string; ValueName: ""; ValueData: "meapp.package"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mepkg\OpenWithProgids"; ValueType: string; ValueName: "meapp.package"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\meapp.package"; ValueType: string; ValueName: ""; ValueData: "meapp exchange package"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\meapp.package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#MyAppExe},0"
Root: HKA; Subkey: "Software\Classes\meapp.package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" ""%1"""

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"; Comment: "Monitoring and evaluation of the development programme"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
