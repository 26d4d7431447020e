// SPDX-License-Identifier: GPL-3.0-or-later
// The real kernel's fork cycle, timed in a process of its own: N times
// fork() + _exit(0) in the child + waitpid() in the parent. It is a separate,
// small program because fork() copies the caller's page tables: timed inside
// the benchmark process (hundreds of MB after the seek benchmark) a fork costs
// several times what it costs a small program (issue #10).
//
//   forkscope_native_fork N
// prints "cycles wall_ns cpu_ns": cpu_ns is the user + system time of the
// parent and of all its children, so the child's half of the work counts too.
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace {
long long ns(const timeval& t) { return t.tv_sec * 1000000000LL + t.tv_usec * 1000LL; }
long long cpu_ns(int who) {
  rusage u{};
  getrusage(who, &u);
  return ns(u.ru_utime) + ns(u.ru_stime);
}
} // namespace

int main(int argc, char** argv) {
  const long cycles = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
  timespec a{}, b{};
  const long long cpu0 = cpu_ns(RUSAGE_SELF) + cpu_ns(RUSAGE_CHILDREN);
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (long i = 0; i < cycles; ++i) {
    const pid_t pid = fork();
    if (pid == 0) _exit(0);
    if (pid < 0) return 1;
    int status = 0;
    waitpid(pid, &status, 0);
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  const long long cpu1 = cpu_ns(RUSAGE_SELF) + cpu_ns(RUSAGE_CHILDREN);
  const long long wall = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
  std::printf("%ld %lld %lld\n", cycles, wall, cpu1 - cpu0);
  return 0;
}
