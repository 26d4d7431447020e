# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiles Forkscope's engine, CLI and tests for 64-bit Windows with
# Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix: the posix thread model,
# which std::thread and std::mutex need). Installed by scripts/bootstrap-cross.
# ctest runs the .exe files under Wine (CMAKE_CROSSCOMPILING_EMULATOR).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_fs_mingw x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_fs_mingw}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_fs_mingw}-g++-posix)
set(CMAKE_RC_COMPILER ${_fs_mingw}-windres)

# Look for libraries and headers in the MinGW sysroot only; header-only
# packages (nlohmann/json) are allowed from the host through nlohmann_json_DIR.
set(CMAKE_FIND_ROOT_PATH /usr/${_fs_mingw})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# zlib (Debian's libz-mingw-w64-dev) as a static library: FindZLIB would
# otherwise pick the import library and the program would need zlib1.dll.
set(ZLIB_USE_STATIC_LIBS ON)

# Self-contained executables: no libstdc++-6.dll / libgcc_s / libwinpthread
# to ship or to put on Wine's PATH.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Run the test executables (gtest discovery and ctest) under Wine.
find_program(FORKSCOPE_WINE NAMES wine64 wine PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(FORKSCOPE_WINE)
  # A Wine prefix of the build's own (created on first use), no debug chatter.
  set(CMAKE_CROSSCOMPILING_EMULATOR env WINEDEBUG=-all WINEPREFIX=${CMAKE_BINARY_DIR}/wineprefix
      ${FORKSCOPE_WINE})
endif()
