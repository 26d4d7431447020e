// SPDX-License-Identifier: GPL-3.0-or-later
// save_file_atomically: the new contents go to a temporary file next to the
// target, are flushed to disk, and only then renamed over the target, so a
// crash or a full disk leaves either the old file or the new one, never half
// of one. The temporary file is on the same file system (same directory),
// which is what makes the rename atomic. The contents are streamed (a trace
// can be gigabytes): a writer callback fills an std::ostream over the file.
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <streambuf>
#include <string>

#include "core/support/atomic_file.h"

#ifdef _WIN32
#include <fstream>
#include <process.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs {
namespace {

std::atomic<unsigned> g_temp_counter{0};

std::string cannot_write(const std::string& path, const std::string& why) {
  return "cannot write " + path + ": " + why;
}

std::string temp_name(const std::string& path) {
#ifdef _WIN32
  const long pid = static_cast<long>(_getpid());
#else
  const long pid = static_cast<long>(::getpid());
#endif
  return path + ".tmp-" + std::to_string(pid) + "-" + std::to_string(g_temp_counter++);
}

// Where the bytes of `path` really live: a symbolic link is followed (as
// editors do), so saving replaces the file it points to and the link stays a
// link. Relative targets are taken from the link's directory; a chain is
// followed at most 40 links deep (ELOOP's usual bound).
std::string final_target(const std::string& path) {
  namespace stdfs = std::filesystem;
  stdfs::path p(path);
  std::error_code ec;
  for (int hops = 0; hops < 40 && stdfs::is_symlink(p, ec); ++hops) {
    const stdfs::path to = stdfs::read_symlink(p, ec);
    if (ec) break;
    p = to.is_absolute() ? to : p.parent_path() / to;
  }
  return p.string();
}

} // namespace

#ifdef _WIN32

static std::string save_to(const std::string& path, const StreamWriter& write) {
  const std::string tmp = temp_name(path);
  std::error_code ignored;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return cannot_write(path, std::strerror(errno));
    write(out);
    out.flush();
    if (!out) {
      const int err = errno;
      out.close();
      std::filesystem::remove(tmp, ignored);
      return cannot_write(path, std::strerror(err != 0 ? err : EIO));
    }
  }
  // std::filesystem::rename replaces an existing target (MoveFileExW with
  // MOVEFILE_REPLACE_EXISTING), which is what ReplaceFile would give us too.
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ignored);
    return cannot_write(path, ec.message());
  }
  return "";
}

#else

// A stream buffer straight over a file descriptor: the writers hand it blocks
// of about a megabyte, so nothing but that block is ever held in memory. The
// first write error is kept (errno) and stops further writes.
class FdBuf : public std::streambuf {
public:
  explicit FdBuf(int fd) : fd_(fd) {}
  int error() const { return error_; }

protected:
  std::streamsize xsputn(const char* p, std::streamsize n) override {
    size_t left = static_cast<size_t>(n);
    while (left > 0 && error_ == 0) {
      const ssize_t w = ::write(fd_, p, left);
      if (w < 0) {
        if (errno != EINTR) error_ = errno;
        continue;
      }
      p += w;
      left -= static_cast<size_t>(w);
    }
    return error_ == 0 ? n : 0;
  }
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
  }

private:
  int fd_;
  int error_ = 0;
};

static std::string save_to(const std::string& path, const StreamWriter& write) {
  const std::string tmp = temp_name(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return cannot_write(path, std::strerror(errno));
  auto fail = [&](int err, bool close_fd) {
    if (close_fd) ::close(fd);
    ::unlink(tmp.c_str());
    return cannot_write(path, std::strerror(err));
  };
  // Keep the permissions of the file being replaced (the new file would
  // otherwise get the default mode).
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode))
    static_cast<void>(::fchmod(fd, st.st_mode & 07777));
  FdBuf buf(fd);
  std::ostream out(&buf);
  write(out);
  out.flush();
  if (buf.error() != 0 || !out) return fail(buf.error() != 0 ? buf.error() : EIO, true);
  if (::fsync(fd) != 0) return fail(errno, true);
  if (::close(fd) != 0) return fail(errno, false);
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail(errno, false);
  // Make the rename itself durable; failing here loses nothing, so it is best effort.
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    static_cast<void>(::fsync(dfd));
    ::close(dfd);
  }
  return "";
}

#endif

std::string save_file_atomically(const std::string& path, const StreamWriter& write) {
  const std::string target = final_target(path);
  std::string err = save_to(target, write);
  if (!err.empty() && target != path) // name the file the user chose, and where it led
    err = "cannot write " + path + " (-> " + target + ")" +
          err.substr(std::string("cannot write " + target).size());
  return err;
}

std::string save_file_atomically(const std::string& path, const std::string& contents) {
  return save_file_atomically(path, [&contents](std::ostream& out) {
    out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  });
}

} // namespace fs
