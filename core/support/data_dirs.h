// SPDX-License-Identifier: GPL-3.0-or-later
// Where Forkscope's data (the bundled scenarios, the translations) lives, for
// forkscope-cli and the desktop app alike. Nothing here is a compile-time
// absolute path: installed binaries find their data relative to themselves,
// so a package can be installed (or a tarball unpacked) anywhere.
//
// Data roots, in lookup order (a root holds scenarios/ and translations/):
//   1. $FORKSCOPE_DATA_DIR
//   2. <exe>/../share/forkscope       Linux and other Unix installs (bin/ + share/)
//   3. <exe>/../Resources             a macOS bundle (Contents/MacOS/../Resources)
//   4. <exe>                          Windows: the data next to forkscope.exe
//   5. the build tree: the nearest forkscope-build-tree.txt in <exe> or up
//      to five directories above it (CMake writes it into the build
//      directory, never installs it); each of its lines names a root,
//      normally the source tree.
// Scenarios additionally honour $FORKSCOPE_SCENARIOS, before all of these.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace fs {

// The directory of the running executable (/proc/self/exe on Linux,
// GetModuleFileNameW on Windows, _NSGetExecutablePath on macOS), else from
// argv0; empty when it cannot be found.
std::filesystem::path executable_dir(const std::string& argv0);

// Candidate data roots for an executable in exe_dir (see above). Directories
// that do not exist are kept: callers check.
std::vector<std::filesystem::path> data_roots(const std::filesystem::path& exe_dir);

// Candidate directories of the bundled scenarios: $FORKSCOPE_SCENARIOS, then
// <root>/scenarios for every data root.
std::vector<std::filesystem::path> scenario_search_dirs(const std::filesystem::path& exe_dir);

// Candidate directories of compiled translations (forkscope_<lang>.qm):
// <root>/translations for every data root.
std::vector<std::filesystem::path> translation_search_dirs(const std::filesystem::path& exe_dir);

// UTF-8 <-> path, the same on every platform. On Windows, std::filesystem
// converts char strings with the C library's locale, not UTF-8: a file named
// outside ASCII is only found through these (argv is UTF-8 there too: the
// executables' manifest sets the code page, packaging/windows/).
std::filesystem::path path_from_utf8(const std::string& s);
std::string utf8_string(const std::filesystem::path& p);

// The name of the build-tree marker file (5. above).
inline constexpr const char* kBuildTreeMarker = "forkscope-build-tree.txt";

} // namespace fs
