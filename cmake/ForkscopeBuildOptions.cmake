# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler warnings and sanitizers for Forkscope's own code, as a usage
# requirement: forkscope_core carries forkscope_build_options publicly, so the
# engine and everything built on it (ui, app, tests, benchmarks, fuzz targets)
# get them, and third-party code built from source (GoogleTest, QCustomPlot)
# does not inherit our warning set.
include_guard(GLOBAL)

add_library(forkscope_build_options INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(forkscope_build_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
if(FORKSCOPE_SANITIZE)
  target_compile_options(forkscope_build_options INTERFACE -fsanitize=address,undefined
                         -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(forkscope_build_options INTERFACE -fsanitize=address,undefined)
endif()
