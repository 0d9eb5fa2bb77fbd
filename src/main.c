/* lode's command line: `lode [options] [script.js | -e code | -p code | -] [args…]` */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

typedef struct {
  const char *name;
  const char *alias;
  int takes_value;
  int cli_only; /* refused in NODE_OPTIONS, as node refuses it */
} option;

/* Options lode understands or accepts for compatibility; the bootstrap reads
 * their meaning from process.execArgv. */
static const option options[] = {
  {"--eval", "-e", 1, 1},
  {"--print", "-p", 1, 1},
  {"--require", "-r", 1, 0},
  {"--import", NULL, 1, 0},
  {"--check", "-c", 0, 1},
  {"--interactive", "-i", 0, 1},
  {"--unhandled-rejections", NULL, 1, 0},
  {"--max-http-header-size", NULL, 1, 0},
  {"--input-type", NULL, 1, 0},
  {"--title", NULL, 1, 0},
  {"--conditions", "-C", 1, 0},
  {"--stack-size", NULL, 1, 1},
  {"--stack-trace-limit", NULL, 1, 0},
  {"--max-old-space-size", NULL, 1, 0},
  {"--dns-result-order", NULL, 1, 0},
  {"--env-file", NULL, 1, 1},
  {"--no-warnings", NULL, 0, 0},
  {"--disable-warning", NULL, 1, 0},
  {"--no-deprecation", NULL, 0, 0},
  {"--throw-deprecation", NULL, 0, 0},
  {"--trace-deprecation", NULL, 0, 0},
  {"--pending-deprecation", NULL, 0, 0},
  {"--trace-warnings", NULL, 0, 0},
  {"--trace-uncaught", NULL, 0, 0},
  {"--expose-gc", NULL, 0, 0},
  {"--expose-internals", NULL, 0, 1},
  {"--enable-source-maps", NULL, 0, 0},
  {"--preserve-symlinks", NULL, 0, 0},
  {"--preserve-symlinks-main", NULL, 0, 0},
  {"--abort-on-uncaught-exception", NULL, 0, 0},
  {"--insecure-http-parser", NULL, 0, 0},
  {"--no-experimental-fetch", NULL, 0, 0},
  {"--experimental-vm-modules", NULL, 0, 0},
  {"--experimental-default-type", NULL, 1, 0},
};

size_t lode_env_option_names(const char **out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < sizeof(options) / sizeof(options[0]); i++) {
    if (options[i].cli_only) continue;
    if (n < cap) out[n] = options[i].name;
    n++;
    if (options[i].alias != NULL) {
      if (n < cap) out[n] = options[i].alias;
      n++;
    }
  }
  return n;
}

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
  static const option experimental = {"--experimental-", NULL, 0, 0};
  if (len > 15 && strncmp(arg, "--experimental-", 15) == 0) return &experimental;
  return NULL;
}

/* Checks the option at args[*i] (moving *i past its value). Returns 0, or
 * node's exit code 9 after printing node's message. */
static int check_option(const char *prog, char **args, int n, int *i, int from_env) {
  const char *arg = args[*i];
  const char *eq = strchr(arg, '=');
  size_t len = eq && arg[1] == '-' ? (size_t)(eq - arg) : strlen(arg);
  const option *o = find_option(arg, len);
  if (from_env && (o == NULL || o->cli_only)) {
    /* node names the option with its '=' when one was given */
    fprintf(stderr, "%s: %.*s is not allowed in NODE_OPTIONS\n", prog, (int)(eq && arg[1] == '-' ? len + 1 : len), arg);
    return 9;
  }
  if (o == NULL) {
    fprintf(stderr, "%s: bad option: %s\n", prog, arg);
    return 9;
  }
  if (o->takes_value && !(eq && arg[1] == '-')) {
    if (*i + 1 >= n) {
      fprintf(stderr, "%s: %s requires an argument\n", prog, arg);
      return 9;
    }
    (*i)++;
  }
  return 0;
}

/* NODE_OPTIONS split as node splits it: on spaces, with "double quotes"
 * grouping and backslash escapes inside quotes. One allocation: the
 * pointer array followed by the strings. */
static char **split_node_options(const char *s, int *count) {
  size_t len = strlen(s);
  size_t max_tokens = len / 2 + 1;
  char **tokens = malloc(max_tokens * sizeof(char *) + len + max_tokens);
  if (tokens == NULL) return NULL;
  char *out = (char *)(tokens + max_tokens);
  int n = 0;
  const char *p = s;
  for (;;) {
    while (*p == ' ') p++;
    if (*p == '\0') break;
    tokens[n++] = out;
    int quoted = 0;
    for (; *p != '\0' && (quoted || *p != ' '); p++) {
      if (*p == '"') {
        quoted = !quoted;
      } else if (quoted && *p == '\\' && p[1] != '\0') {
        *out++ = *++p;
      } else {
        *out++ = *p;
      }
    }
    *out++ = '\0';
  }
  *count = n;
  return tokens;
}

int main(int argc, char **argv) {
  argv = uv_setup_args(argc, argv);
  int eval = 0;
  int interactive = 0;
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
    if (strncmp(arg, "--eval", 6) == 0 || strncmp(arg, "--print", 7) == 0 || strcmp(arg, "-e") == 0 ||
        strcmp(arg, "-p") == 0)
      eval = 1;
    if (strcmp(arg, "-i") == 0 || strcmp(arg, "--interactive") == 0) interactive = 1;
    int err = check_option(argv[0], argv, argc, &i, 0);
    if (err != 0) return err;
  }
  int env_count = 0;
  char **env_options = NULL;
  const char *node_options = getenv("NODE_OPTIONS");
  if (node_options != NULL && node_options[0] != '\0') {
    env_options = split_node_options(node_options, &env_count);
    if (env_options == NULL) {
      fprintf(stderr, "%s: out of memory\n", argv[0]);
      return 1;
    }
    for (int k = 0; k < env_count; k++) {
      int err = check_option(argv[0], env_options, env_count, &k, 1);
      if (err != 0) {
        free(env_options);
        return err;
      }
    }
  }
  lode_runtime rt;
  memset(&rt, 0, sizeof(rt));
  rt.env_options = env_options;
  rt.env_options_count = env_count;
  int script_index = i;
  if (!eval) {
    /* No script: stdin is the script unless it is a terminal or -i asks for the REPL. */
    int from_stdin = i < argc ? strcmp(argv[i], "-") == 0 : !isatty(0) && !interactive;
    if (from_stdin) {
      size_t len;
      int err = 0;
      rt.stdin_script = lode_read_all(0, &len, &err);
      if (rt.stdin_script == NULL) {
        fprintf(stderr, "%s: cannot read stdin: %s\n", argv[0], uv_strerror(err));
        free(env_options);
        return 1;
      }
    }
  }
  if (lode_runtime_init(&rt, argc, argv, script_index) != 0) return 1;
  int code = lode_runtime_run(&rt);
  lode_exit(code);
}
