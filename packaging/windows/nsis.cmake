# SPDX-License-Identifier: GPL-3.0-or-later
# CPack NSIS installer for Windows (included from cmake/ForkscopePackaging.cmake).
# Start menu entry, uninstaller (CPack's own, listed in Apps & features), and
# file associations. Scenarios and traces are *.json files and Windows picks a
# handler by the last extension only, so Forkscope does not take .json over:
# it adds itself to the .json "Open with" list (OpenWithProgids) with a
# ProgID of its own, which the user can make the default in one click. The
# uninstaller removes every key the installer wrote.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_FILE_NAME "Forkscope-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "Forkscope ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Forkscope ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "forkscope.exe")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/icons/forkscope.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/icons/forkscope.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${FORKSCOPE_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${FORKSCOPE_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_IGNORE_LICENSE_PAGE OFF)
# Start menu: the app (CPACK_PACKAGE_EXECUTABLES, set in ForkscopePackaging)
# and the README; the uninstaller gets its own entry.
set(CPACK_NSIS_MENU_LINKS "doc/README.md" "Forkscope README")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Uninstall Forkscope.lnk' '$INSTDIR\\\\Uninstall.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$MUI_TEMP\\\\Uninstall Forkscope.lnk'")

set(_fs_progid "Forkscope.Document")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_fs_progid}' '' 'Forkscope scenario or trace'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_fs_progid}\\\\DefaultIcon' '' '$INSTDIR\\\\forkscope.exe,0'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\${_fs_progid}\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\forkscope.exe\\\" \\\"%1\\\"'
  WriteRegStr SHCTX 'Software\\\\Classes\\\\.json\\\\OpenWithProgids' '${_fs_progid}' ''
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Applications\\\\forkscope.exe\\\\SupportedTypes' '.json' ''
  WriteRegStr SHCTX 'Software\\\\Classes\\\\Applications\\\\forkscope.exe\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\forkscope.exe\\\" \\\"%1\\\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegValue SHCTX 'Software\\\\Classes\\\\.json\\\\OpenWithProgids' '${_fs_progid}'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\${_fs_progid}'
  DeleteRegKey SHCTX 'Software\\\\Classes\\\\Applications\\\\forkscope.exe'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
