# SPDX-License-Identifier: GPL-3.0-or-later
# Where an installed Forkscope puts its files, per platform. The binaries find
# their data relative to themselves (core/support/data_dirs.h), so these layouts and
# that search order must agree:
#   Linux/Unix  bin/forkscope[-cli]        share/forkscope/{scenarios,translations}
#   Windows     forkscope[-cli].exe        scenarios/, translations/ next to them
#   macOS       forkscope.app/Contents/MacOS/forkscope[-cli]
#                                          forkscope.app/Contents/Resources/{scenarios,translations}
include_guard(GLOBAL)
include(GNUInstallDirs)
if(WIN32)
  enable_language(RC) # icon, version info and manifest (packaging/windows/forkscope.rc.in)
endif()

set(FORKSCOPE_APP_ID "io.github.forkscope.Forkscope" CACHE STRING
    "Reverse-DNS application id (desktop file, metainfo, icons, macOS bundle id)")
set(FORKSCOPE_HOMEPAGE "https://github.com/forkscope/forkscope" CACHE STRING
    "Project home page (metainfo, packages)")
set(FORKSCOPE_SCREENSHOT_BASE
    "https://raw.githubusercontent.com/forkscope/forkscope/main/docs/screenshots" CACHE STRING
    "Where the metainfo's screenshots (docs/screenshots) are published")
set(FORKSCOPE_RELEASE_DATE "2026-12-03" CACHE STRING "Date of release PROJECT_VERSION")

if(APPLE)
  set(FORKSCOPE_INSTALL_BINDIR "forkscope.app/Contents/MacOS")
  set(FORKSCOPE_INSTALL_DATADIR "forkscope.app/Contents/Resources")
  set(FORKSCOPE_INSTALL_DOCDIR "forkscope.app/Contents/Resources/doc")
elseif(WIN32)
  set(FORKSCOPE_INSTALL_BINDIR ".")
  set(FORKSCOPE_INSTALL_DATADIR ".")
  # Qt's deploy script (app/CMakeLists.txt) puts the DLLs in CMAKE_INSTALL_BINDIR:
  # beside forkscope.exe, where Windows looks for them.
  set(CMAKE_INSTALL_BINDIR ".")
  set(FORKSCOPE_INSTALL_DOCDIR "doc")
else()
  set(FORKSCOPE_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
  set(FORKSCOPE_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/forkscope")
  set(FORKSCOPE_INSTALL_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/forkscope")
endif()

# Windows resources (icon, version info, UTF-8 manifest) for an executable.
function(forkscope_add_windows_resources target description)
  if(NOT WIN32)
    return()
  endif()
  set(FORKSCOPE_RC_DESCRIPTION "${description}")
  set(FORKSCOPE_RC_FILENAME "${target}.exe")
  set(FORKSCOPE_RC_ICON "${PROJECT_SOURCE_DIR}/packaging/icons/forkscope.ico")
  set(FORKSCOPE_RC_MANIFEST "${PROJECT_SOURCE_DIR}/packaging/windows/forkscope.manifest")
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/forkscope.rc.in
                 ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
  if(MSVC)
    target_sources(${target} PRIVATE ${FORKSCOPE_RC_MANIFEST})
  endif()
endfunction()
