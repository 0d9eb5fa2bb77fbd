/* lode's command line: `lode [options] [script.js | -e code | -p code | -] [args…]` */
#include <string.h>
#include <unistd.h>

#include "runtime.h"

typedef struct {
  const char *name;
  const char *alias;
  int takes_value;
} option;

/* Options lode understands or accepts for compatibility; the bootstrap reads
 * their meaning from process.execArgv. */
static const option options[] = {
  {"--eval", "-e", 1},
  {"--print", "-p", 1},
  {"--require", "-r", 1},
  {"--import", NULL, 1},
  {"--check", "-c", 0},
  {"--interactive", "-i", 0},
  {"--unhandled-rejections", NULL, 1},
  {"--max-http-header-size", NULL, 1},
  {"--input-type", NULL, 1},
  {"--title", NULL, 1},
  {"--conditions", "-C", 1},
  {"--stack-size", NULL, 1},
  {"--stack-trace-limit", NULL, 1},
  {"--max-old-space-size", NULL, 1},
  {"--env-file", NULL, 1},
  {"--no-warnings", NULL, 0},
  {"--disable-warning", NULL, 1},
  {"--no-deprecation", NULL, 0},
  {"--throw-deprecation", NULL, 0},
  {"--trace-deprecation", NULL, 0},
  {"--pending-deprecation", NULL, 0},
  {"--trace-warnings", NULL, 0},
  {"--trace-uncaught", NULL, 0},
  {"--expose-gc", NULL, 0},
  {"--expose-internals", NULL, 0},
  {"--enable-source-maps", NULL, 0},
  {"--preserve-symlinks", NULL, 0},
  {"--preserve-symlinks-main", NULL, 0},
  {"--abort-on-uncaught-exception", NULL, 0},
  {"--insecure-http-parser", NULL, 0},
  {"--no-experimental-fetch", NULL, 0},
  {"--experimental-vm-modules", NULL, 0},
  {"--experimental-default-type", NULL, 1},
};

static const char *help_text =
    "Usage: lode [options] [ script.js ] [arguments]\n"
    "       lode [options] -e|-p CODE [arguments]\n"
    "       lode [options] - [arguments]   (script read from stdin)\n"
    "\n"
    "lode is a Node.js-compatible JavaScript runtime.\n"
    "\n"
    "Options:\n"
    "  -                          script read from stdin (default if no file\n"
    "                             name is provided and stdin is not a TTY)\n"
    "  --                         indicate the end of lode options\n"
    "  -e, --eval CODE            evaluate CODE\n"
    "  -p, --print CODE           evaluate CODE and print the result\n"
    "  -r, --require MODULE       module to preload (option can be repeated)\n"
    "  -c, --check                syntax check script without executing\n"
    "  -h, --help                 print this help and exit\n"
    "  -v, --version              print lode's version and exit\n"
    "  --no-warnings              silence all process warnings\n"
    "  --no-deprecation           silence deprecation warnings\n"
    "  --throw-deprecation        throw an exception on deprecations\n"
    "  --trace-warnings           show stack traces on process warnings\n"
    "  --unhandled-rejections=MODE\n"
    "                             throw (default), strict, warn, none,\n"
    "                             warn-with-error-code\n"
    "\n"
    "Environment variables:\n"
    "  NODE_PATH                  ':'-separated list of directories\n"
    "                             prefixed to the module search path\n"
    "  NODE_DEBUG                 ','-separated list of core modules that\n"
    "                             should print debug information\n";

static const option *find_option(const char *arg, size_t len) {
  for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
    const option *o = &options[i];
    if ((strlen(o->name) == len && strncmp(o->name, arg, len) == 0) ||
        (o->alias && strlen(o->alias) == len && strncmp(o->alias, arg, len) == 0))
      return o;
  }
  /* Every --experimental-* flag is accepted, as later Node versions add them. */
  static const option experimental = {"--experimental-", NULL, 0};
  if (len > 15 && strncmp(arg, "--experimental-", 15) == 0) return &experimental;
  return NULL;
}

int main(int argc, char **argv) {
  argv = uv_setup_args(argc, argv);
  int eval = 0;
  int i = 1;
  for (; i < argc; i++) {
    const char *arg = argv[i];
    if (strcmp(arg, "--") == 0) {
      i++;
      break;
    }
    if (arg[0] != '-' || strcmp(arg, "-") == 0) break;
    if (strcmp(arg, "-v") == 0 || strcmp(arg, "--version") == 0) {
      printf("v%s\n", LODE_VERSION);
      return 0;
    }
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      fputs(help_text, stdout);
      return 0;
    }
    const char *eq = strchr(arg, '=');
    size_t len = eq && arg[1] == '-' ? (size_t)(eq - arg) : strlen(arg);
    const option *o = find_option(arg, len);
    if (o == NULL) {
      fprintf(stderr, "%s: bad option: %s\n", argv[0], arg);
      return 9;
    }
    if (strcmp(o->name, "--eval") == 0 || strcmp(o->name, "--print") == 0) eval = 1;
    if (o->takes_value && !(eq && arg[1] == '-')) {
      if (i + 1 >= argc) {
        fprintf(stderr, "%s: %s requires an argument\n", argv[0], arg);
        return 9;
      }
      i++;
    }
  }
  lode_runtime rt;
  memset(&rt, 0, sizeof(rt));
  int script_index = i;
  if (!eval) {
    int from_stdin = i < argc ? strcmp(argv[i], "-") == 0 : !isatty(0);
    if (from_stdin) {
      size_t len;
      int err = 0;
      rt.stdin_script = lode_read_all(0, &len, &err);
      if (rt.stdin_script == NULL) {
        fprintf(stderr, "%s: cannot read stdin: %s\n", argv[0], uv_strerror(err));
        return 1;
      }
    }
    else if (i >= argc) {
      fprintf(stderr, "lode: the interactive REPL is not implemented yet; "
                      "pass a script, -e CODE, or pipe a script on stdin\n");
      return 9;
    }
  }
  if (lode_runtime_init(&rt, argc, argv, script_index) != 0) return 1;
  int code = lode_runtime_run(&rt);
  lode_exit(code);
}
