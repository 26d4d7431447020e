# SPDX-License-Identifier: GPL-3.0-or-later
# Third-party libraries, found the same way on every platform:
#   nlohmann/json  header-only: the system's package, or (when cross-compiling,
#                  where the host's /usr/include must not be on the include path)
#                  a copy of just its headers in the build tree.
#   GoogleTest     the system's libgtest, or built from source for the target
#                  (FORKSCOPE_GTEST_FROM_SOURCE: MinGW and libc++ builds, whose
#                  ABI the system's libgtest does not have). Debian's googletest
#                  package ships the sources in /usr/src/googletest.
#   QCustomPlot    forkscope_find_qcustomplot(), called from ui/.
include_guard(GLOBAL)
include(FetchContent)

# --- nlohmann/json -----------------------------------------------------------
find_package(nlohmann_json 3.11 QUIET)
if(NOT nlohmann_json_FOUND)
  find_path(FORKSCOPE_NLOHMANN_INCLUDE_DIR nlohmann/json.hpp
            PATHS /usr/include /usr/local/include /opt/homebrew/include NO_CMAKE_FIND_ROOT_PATH)
  if(NOT FORKSCOPE_NLOHMANN_INCLUDE_DIR)
    message(FATAL_ERROR "nlohmann/json 3.11+ not found: install nlohmann-json3-dev "
                        "(scripts/bootstrap does) or set nlohmann_json_DIR.")
  endif()
  set(_fs_json_copy ${CMAKE_BINARY_DIR}/_deps/nlohmann_json/include)
  file(COPY ${FORKSCOPE_NLOHMANN_INCLUDE_DIR}/nlohmann DESTINATION ${_fs_json_copy})
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED GLOBAL)
  set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
                        INTERFACE_INCLUDE_DIRECTORIES ${_fs_json_copy})
  message(STATUS "nlohmann/json: headers from ${FORKSCOPE_NLOHMANN_INCLUDE_DIR} (copied)")
endif()

# --- GoogleTest ----------------------------------------------------------------
option(FORKSCOPE_GTEST_FROM_SOURCE "Build GoogleTest from FORKSCOPE_GTEST_SOURCE_DIR" OFF)
set(FORKSCOPE_GTEST_SOURCE_DIR /usr/src/googletest CACHE PATH "GoogleTest's sources")
macro(forkscope_find_gtest)
  if(FORKSCOPE_GTEST_FROM_SOURCE)
    if(NOT EXISTS ${FORKSCOPE_GTEST_SOURCE_DIR}/CMakeLists.txt)
      message(FATAL_ERROR "No GoogleTest sources in ${FORKSCOPE_GTEST_SOURCE_DIR}: install "
                          "googletest (scripts/bootstrap-cross does).")
    endif()
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
    set(gtest_disable_pthreads OFF CACHE BOOL "" FORCE)
    add_subdirectory(${FORKSCOPE_GTEST_SOURCE_DIR} ${CMAKE_BINARY_DIR}/_deps/googletest
                     EXCLUDE_FROM_ALL SYSTEM)
    if(NOT TARGET GTest::gtest)
      add_library(GTest::gtest ALIAS gtest)
      add_library(GTest::gtest_main ALIAS gtest_main)
    endif()
  else()
    find_package(GTest REQUIRED)
  endif()
endmacro()

# --- QCustomPlot -----------------------------------------------------------------
# The system's package (Debian: libqcustomplot-dev) when there is one; else
# upstream's release, pinned by URL and hash, compiled into a static library.
# Never a copy inside this repository.
set(FORKSCOPE_QCUSTOMPLOT_URL "https://www.qcustomplot.com/release/2.1.1/QCustomPlot.tar.gz"
    CACHE STRING "QCustomPlot release archive (used when no package is found)")
set(FORKSCOPE_QCUSTOMPLOT_HASH
    "SHA512=2e49a9b3f7ab03bcd580e5f3c3ae0d5e8c57d3ccce0ceed9862cde7ea23e2f3672a963af988be60e504cb5aa50bc462e4b28acf577eae41cc6fea2802642dc19"
    CACHE STRING "Expected hash of FORKSCOPE_QCUSTOMPLOT_URL")
macro(forkscope_find_qcustomplot)
  find_package(QCustomPlotQt6 QUIET)
  if(NOT QCustomPlotQt6_FOUND AND NOT TARGET QCustomPlotQt6::QCustomPlotQt6)
    message(STATUS "QCustomPlotQt6 not found: fetching ${FORKSCOPE_QCUSTOMPLOT_URL}")
    FetchContent_Declare(qcustomplot URL ${FORKSCOPE_QCUSTOMPLOT_URL}
                         URL_HASH ${FORKSCOPE_QCUSTOMPLOT_HASH} DOWNLOAD_EXTRACT_TIMESTAMP ON)
    FetchContent_MakeAvailable(qcustomplot) # the archive has no CMakeLists.txt
    find_package(Qt6 REQUIRED COMPONENTS Widgets PrintSupport)
    add_library(forkscope_qcustomplot STATIC ${qcustomplot_SOURCE_DIR}/qcustomplot.cpp
                ${qcustomplot_SOURCE_DIR}/qcustomplot.h)
    set_target_properties(forkscope_qcustomplot PROPERTIES AUTOMOC ON)
    target_include_directories(forkscope_qcustomplot SYSTEM PUBLIC ${qcustomplot_SOURCE_DIR})
    target_link_libraries(forkscope_qcustomplot PUBLIC Qt6::Widgets Qt6::PrintSupport)
    add_library(QCustomPlotQt6::QCustomPlotQt6 ALIAS forkscope_qcustomplot)
  endif()
endmacro()
