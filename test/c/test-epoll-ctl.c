/* lode's epoll_ctl (src/epoll_ctl.c) makes the call again when a signal
 * interrupts it (EINTR), and returns every other outcome as it is. The
 * system call is replaced here by a fake that fails with EINTR a given
 * number of times, then gives a chosen result; a real epoll set checks the
 * arguments reach the kernel. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static int fake_eintr;  /* how many calls fail with EINTR first */
static int fake_errno;  /* then: 0 for success, else this errno */
static int fake_calls;
static int fake_real;   /* pass the calls to the kernel */
static long fake_args[4];

long fake_syscall(long nr, ...);
#define syscall fake_syscall
#include "../../src/epoll_ctl.c"
#undef syscall

long fake_syscall(long nr, ...) {
  va_list ap;
  va_start(ap, nr);
  for (int i = 0; i < 4; i++) fake_args[i] = va_arg(ap, long);
  va_end(ap);
  fake_calls++;
  if (fake_real)
    return syscall(nr, fake_args[0], fake_args[1], fake_args[2], fake_args[3]);
  if (fake_calls <= fake_eintr) {
    errno = EINTR;
    return -1;
  }
  if (fake_errno != 0) {
    errno = fake_errno;
    return -1;
  }
  return 0;
}

static int failures;

static void check(int ok, const char *what) {
  if (!ok) {
    printf("FAIL %s\n", what);
    failures++;
  }
}

static int run(int eintr, int err) {
  fake_eintr = eintr;
  fake_errno = err;
  fake_calls = 0;
  fake_real = 0;
  errno = 0;
  struct epoll_event ev = {.events = EPOLLIN};
  return epoll_ctl(7, EPOLL_CTL_ADD, 9, &ev);
}

int main(void) {
  check(run(0, 0) == 0 && fake_calls == 1, "success at once: one call");
  check(fake_args[0] == 7 && fake_args[1] == EPOLL_CTL_ADD && fake_args[2] == 9, "arguments passed on");
  check(run(1, 0) == 0 && fake_calls == 2, "one EINTR, then success");
  check(run(50, 0) == 0 && fake_calls == 51, "many EINTRs, then success");
  check(run(0, EEXIST) == -1 && errno == EEXIST && fake_calls == 1, "EEXIST returned, not retried");
  check(run(3, EBADF) == -1 && errno == EBADF && fake_calls == 4, "EINTRs, then EBADF returned");
  check(run(0, ENOENT) == -1 && errno == ENOENT && fake_calls == 1, "ENOENT returned");

  /* Through the kernel: add, modify, delete a socket on a real set. */
  fake_real = 1;
  int ep = epoll_create1(EPOLL_CLOEXEC), sv[2];
  check(ep >= 0 && socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0, "epoll set and socket pair");
  struct epoll_event ev = {.events = EPOLLIN, .data.fd = sv[0]};
  check(epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev) == 0, "real add");
  check(epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev) == -1 && errno == EEXIST, "real add again: EEXIST");
  ev.events = EPOLLIN | EPOLLOUT;
  check(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev) == 0, "real modify");
  struct epoll_event got;
  check(epoll_wait(ep, &got, 1, 0) == 1 && got.data.fd == sv[0] && (got.events & EPOLLOUT), "the set sees the socket");
  check(epoll_ctl(ep, EPOLL_CTL_DEL, sv[0], &ev) == 0, "real delete");
  check(epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], &ev) == -1 && errno == ENOENT, "modify after delete: ENOENT");
  check(epoll_ctl(-1, EPOLL_CTL_ADD, sv[0], &ev) == -1 && errno == EBADF, "bad set: EBADF");
  close(sv[0]);
  close(sv[1]);
  close(ep);

  if (failures == 0) printf("epoll_ctl: all checks passed\n");
  return failures != 0;
}
