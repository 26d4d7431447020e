# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts besides the binaries, and the installers `cpack`
# makes from it:
#   Linux    .deb and .tar.gz (bin/, share/forkscope, share/doc/forkscope,
#            desktop file, hicolor icons, AppStream metainfo, MIME types)
#   Windows  NSIS installer (Start menu entry, file associations, uninstaller)
#   macOS    DragNDrop .dmg of forkscope.app
# The version is project(VERSION) everywhere.
include_guard(GLOBAL)

# --- data and documentation (every platform) -----------------------------------
# The translations (.qm): installed by ui/CMakeLists.txt, where lrelease makes them.
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${FORKSCOPE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${FORKSCOPE_INSTALL_DOCDIR}/docs
        PATTERN "screenshots" EXCLUDE)
if(WIN32)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt)
elseif(APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${FORKSCOPE_INSTALL_DOCDIR})
else()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/licenses/forkscope)
endif()

# --- Linux desktop integration -----------------------------------------------------
if(UNIX AND NOT APPLE)
  set(_fs_gen ${PROJECT_BINARY_DIR}/packaging)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/forkscope.desktop.in
                 ${_fs_gen}/${FORKSCOPE_APP_ID}.desktop @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/forkscope.metainfo.xml.in
                 ${_fs_gen}/${FORKSCOPE_APP_ID}.metainfo.xml @ONLY)
  if(TARGET forkscope)
    install(FILES ${_fs_gen}/${FORKSCOPE_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_fs_gen}/${FORKSCOPE_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/forkscope-mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME forkscope.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/forkscope.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${FORKSCOPE_APP_ID}.svg)
    foreach(_n 16 24 32 48 64 128 256 512)
      install(FILES ${PROJECT_SOURCE_DIR}/packaging/icons/hicolor/${_n}x${_n}/forkscope.png
              DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_n}x${_n}/apps
              RENAME ${FORKSCOPE_APP_ID}.png)
    endforeach()
  endif()
  # Debian policy files: copyright and a changelog (lintian requires both).
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/copyright.in ${_fs_gen}/copyright @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/linux/changelog.in ${_fs_gen}/changelog @ONLY)
  execute_process(COMMAND gzip -9 -n -c ${_fs_gen}/changelog
                  OUTPUT_FILE ${_fs_gen}/changelog.gz)
  install(FILES ${_fs_gen}/copyright ${_fs_gen}/changelog.gz
          DESTINATION ${FORKSCOPE_INSTALL_DOCDIR})
endif()

# --- CPack -------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME forkscope)
set(CPACK_PACKAGE_VENDOR "The Forkscope developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${FORKSCOPE_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT "The Forkscope developers <forkscope@users.noreply.github.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Forkscope)
if(TARGET forkscope)
  set(CPACK_PACKAGE_EXECUTABLES forkscope Forkscope) # Start menu (NSIS)
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_THREADS 2)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
    GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
  include(${PROJECT_SOURCE_DIR}/packaging/windows/nsis.cmake)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "Forkscope ${PROJECT_VERSION}")
  set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/packaging/icons/forkscope.icns)
  set(CPACK_PACKAGE_FILE_NAME "Forkscope-${PROJECT_VERSION}-macOS")
else()
  set(CPACK_GENERATOR DEB TGZ)
  # The .deb installs into /usr (CPack's default for DEB); the .tar.gz has bin/
  # and share/ at its top and runs from wherever it is unpacked.
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION education)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
  # The synopsis (first line) is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Forkscope is a teaching tool: it shows NetBSD's fork1() running on a simulated
 SMP machine, one step at a time, each step tagged with the kern_fork.c line it
 models and explained in plain words. It includes classroom scenarios, quizzes,
 scheduler challenges and a command-line runner, forkscope-cli.")
  set(CPACK_PACKAGE_FILE_NAME "forkscope-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR}")
endif()
include(CPack)
