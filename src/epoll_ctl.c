/* epoll_ctl, tried again when a signal interrupts it.
 *
 * Why: libuv (1.44, Debian 12's) takes any epoll_ctl failure but EEXIST as
 * fatal and calls abort(). JSC suspends the main thread with a signal now
 * and then (for its collector), and the kernel of the development VM
 * (6.18) can then fail an EPOLL_CTL_ADD with EINTR: a 1 GiB HTTP download
 * test aborted, without a message, in about one run in five while another
 * heavy test ran beside it. A call that fails with EINTR has done nothing,
 * so making it again is safe.
 *
 * The executable's definition takes the place of libc's for the libraries
 * lode loads (libuv included, as for mmap in huge_pages.c); it makes the
 * system call itself, as libc's does. */
#include <errno.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifdef SYS_epoll_ctl
int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event) {
  long r;
  do {
    r = syscall(SYS_epoll_ctl, epfd, op, fd, event);
  } while (r == -1 && errno == EINTR);
  return (int)r;
}
#endif
