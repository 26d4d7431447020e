// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/support/data_dirs.h"

#include <cstdlib>
#include <fstream>
#include <system_error>

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#elif defined(__APPLE__)
#include <cstdint>
#include <mach-o/dyld.h>
#endif

namespace fs {
namespace stdfs = std::filesystem;

namespace {

stdfs::path from_utf8(const std::string& s) {
  return stdfs::path(std::u8string(s.begin(), s.end()));
}

stdfs::path running_executable() {
#if defined(_WIN32)
  std::wstring buf(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
    if (n == 0) return {};
    if (n < buf.size()) {
      buf.resize(n);
      return stdfs::path(buf);
    }
    buf.resize(buf.size() * 2);
  }
#elif defined(__APPLE__)
  std::uint32_t size = 0;
  _NSGetExecutablePath(nullptr, &size);
  std::string buf(size, '\0');
  if (_NSGetExecutablePath(buf.data(), &size) != 0) return {};
  buf.resize(std::char_traits<char>::length(buf.c_str()));
  std::error_code ec;
  stdfs::path p = stdfs::canonical(buf, ec);
  return ec ? stdfs::path(buf) : p;
#else
  std::error_code ec;
  stdfs::path p = stdfs::read_symlink("/proc/self/exe", ec);
  return ec ? stdfs::path() : p;
#endif
}

// Roots listed in the nearest build-tree marker at or above dir.
void add_build_tree_roots(const stdfs::path& dir, std::vector<stdfs::path>& roots) {
  stdfs::path d = dir;
  for (int up = 0; up <= 5 && !d.empty(); ++up) {
    std::error_code ec;
    const stdfs::path marker = d / kBuildTreeMarker;
    if (stdfs::is_regular_file(marker, ec)) {
      std::ifstream in(marker, std::ios::binary);
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) roots.push_back(from_utf8(line));
      }
      return;
    }
    const stdfs::path parent = d.parent_path();
    if (parent == d) return;
    d = parent;
  }
}

std::vector<stdfs::path> with_subdir(const std::vector<stdfs::path>& roots, const char* sub) {
  std::vector<stdfs::path> out;
  out.reserve(roots.size());
  for (const stdfs::path& r : roots) out.push_back((r / sub).lexically_normal());
  return out;
}

} // namespace

stdfs::path path_from_utf8(const std::string& s) { return from_utf8(s); }

std::string utf8_string(const stdfs::path& p) {
  const std::u8string u = p.u8string();
  return std::string(u.begin(), u.end());
}

stdfs::path executable_dir(const std::string& argv0) {
  stdfs::path exe = running_executable();
  if (exe.empty()) {
    if (argv0.find_first_of("/\\") == std::string::npos) return {};
    std::error_code ec;
    exe = stdfs::absolute(stdfs::path(argv0), ec);
    if (ec) return {};
  }
  return exe.parent_path();
}

std::vector<stdfs::path> data_roots(const stdfs::path& exe_dir) {
  std::vector<stdfs::path> roots;
  if (const char* env = std::getenv("FORKSCOPE_DATA_DIR"); env && *env)
    roots.push_back(stdfs::path(env));
  if (!exe_dir.empty()) {
    roots.push_back(exe_dir / ".." / "share" / "forkscope");
    roots.push_back(exe_dir / ".." / "Resources");
    roots.push_back(exe_dir);
    add_build_tree_roots(exe_dir, roots);
  }
  return roots;
}

std::vector<stdfs::path> scenario_search_dirs(const stdfs::path& exe_dir) {
  std::vector<stdfs::path> dirs;
  if (const char* env = std::getenv("FORKSCOPE_SCENARIOS"); env && *env)
    dirs.push_back(stdfs::path(env));
  for (stdfs::path& d : with_subdir(data_roots(exe_dir), "scenarios")) dirs.push_back(std::move(d));
  return dirs;
}

std::vector<stdfs::path> translation_search_dirs(const stdfs::path& exe_dir) {
  return with_subdir(data_roots(exe_dir), "translations");
}

} // namespace fs
