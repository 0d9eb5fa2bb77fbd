/* Driver for lode's JavaScript parser (src/js_parser.c), built by
 * tools/test-parser:
 *
 *   js-parse [--module] FILE...          parse; print errors as FILE:LINE:COL: message
 *   js-parse --dump [--module] FILE      print the tree and the module records
 *   js-parse --corpus DIR [--exceptions FILE] [--verbose]
 *                                        test262-parser-tests: every pass/ and
 *                                        pass-explicit/ file parses, every fail/
 *                                        and early/ file is rejected; *.module.js
 *                                        files are modules. Exit 1 on surprises.
 *   js-parse --bench [--module] FILE [--repeat N]   parse speed in MB/s
 *
 * The exceptions file lists "dir/name.js  reason" lines: files whose result
 * is knowingly the opposite of the corpus's expectation. */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "js_parser.h"

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  if (buf == NULL) {
    fclose(f);
    return NULL;
  }
  for (;;) {
    if (n == cap) {
      char *b = realloc(buf, cap * 2);
      if (b == NULL) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = b;
      cap *= 2;
    }
    size_t r = fread(buf + n, 1, cap - n, f);
    if (r == 0) break;
    n += r;
  }
  int err = ferror(f);
  fclose(f);
  if (err) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

static int parse_file(const char *path, int is_module, int quiet) {
  size_t len;
  char *src = read_file(path, &len);
  if (src == NULL) {
    fprintf(stderr, "%s: cannot read\n", path);
    return 2;
  }
  lode_js_parse_result r;
  int rc = lode_js_parse(src, len, is_module, &r);
  if (rc != 0 && !quiet) printf("%s:%u:%u: %s\n", path, r.error_line, r.error_column, r.error_message);
  lode_js_parse_result_free(&r);
  free(src);
  return rc != 0;
}

static void print_str(const char *label, lode_js_str s) {
  if (s.p == NULL) return;
  printf(" %s=\"%.*s\"", label, (int)s.len, s.p);
}

static int dump(const char *path, int is_module) {
  size_t len;
  char *src = read_file(path, &len);
  if (src == NULL) {
    fprintf(stderr, "%s: cannot read\n", path);
    return 2;
  }
  lode_js_parse_result r;
  int rc = lode_js_parse(src, len, is_module, &r);
  if (rc != 0) {
    printf("%s:%u:%u: %s\n", path, r.error_line, r.error_column, r.error_message);
  } else {
    /* depth-first, iteratively, with an explicit stack of (node, depth) */
    uint32_t cap = 64, sp = 0;
    uint32_t *stack = malloc(cap * 2 * sizeof(uint32_t));
    if (stack == NULL) {
      lode_js_parse_result_free(&r);
      free(src);
      return 2;
    }
    stack[sp * 2] = r.root;
    stack[sp * 2 + 1] = 0;
    sp++;
    while (sp > 0) {
      sp--;
      uint32_t n = stack[sp * 2], d = stack[sp * 2 + 1];
      const lode_js_node *x = &r.nodes[n];
      uint32_t span = x->end - x->start;
      printf("%*s%s [%u,%u) op=%u flags=%#x  %.*s\n", (int)d * 2, "", lode_js_node_kind_name(x->kind), x->start,
             x->end, x->op, x->flags, span > 40 ? 40 : (int)span, src + x->start);
      /* push children in reverse order */
      uint32_t count = 0;
      for (uint32_t c = x->first; c; c = r.nodes[c].next) count++;
      while (sp + count >= cap) {
        uint32_t *s2 = realloc(stack, cap * 4 * sizeof(uint32_t));
        if (s2 == NULL) {
          free(stack);
          lode_js_parse_result_free(&r);
          free(src);
          return 2;
        }
        stack = s2;
        cap *= 2;
      }
      uint32_t i = sp + count;
      for (uint32_t c = x->first; c; c = r.nodes[c].next) {
        i--;
        stack[i * 2] = c;
        stack[i * 2 + 1] = d + 1;
      }
      sp += count;
    }
    free(stack);
    static const char *const kinds[] = {"?", "import", "export-from", "export-all", "export-local", "export-default",
                                        "import()", "import.meta"};
    for (uint32_t i = 0; i < r.item_count; i++) {
      const lode_js_module_item *it = &r.items[i];
      printf("item %s [%u,%u)", kinds[it->kind < 8 ? it->kind : 0], it->start, it->end);
      if (it->has_specifier) print_str("specifier", it->specifier);
      print_str("type", it->attr_type);
      printf("\n");
      for (uint32_t e = it->first_entry; e < it->first_entry + it->entry_count; e++) {
        printf("  entry");
        print_str("imported", r.entries[e].imported);
        print_str("local", r.entries[e].local);
        print_str("exported", r.entries[e].exported);
        printf("\n");
      }
    }
    if (r.has_top_level_await) printf("top-level await\n");
  }
  lode_js_parse_result_free(&r);
  free(src);
  return rc != 0;
}

static double now(clockid_t clock) {
  struct timespec ts;
  if (clock_gettime(clock, &ts) != 0) return 0;
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int bench(const char *path, int is_module, int repeat) {
  size_t len;
  char *src = read_file(path, &len);
  if (src == NULL) {
    fprintf(stderr, "%s: cannot read\n", path);
    return 2;
  }
  /* CPU time as well as wall time: the machine may be shared */
  double best = 1e9, best_cpu = 1e9;
  uint32_t nodes = 0;
  for (int i = 0; i < repeat; i++) {
    lode_js_parse_result r;
    double t0 = now(CLOCK_MONOTONIC), c0 = now(CLOCK_PROCESS_CPUTIME_ID);
    int rc = lode_js_parse(src, len, is_module, &r);
    double t = now(CLOCK_MONOTONIC) - t0, c = now(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (c < best_cpu) best_cpu = c;
    if (rc != 0) {
      printf("%s:%u:%u: %s\n", path, r.error_line, r.error_column, r.error_message);
      lode_js_parse_result_free(&r);
      free(src);
      return 1;
    }
    nodes = r.node_count;
    lode_js_parse_result_free(&r);
    if (t < best) best = t;
  }
  printf("%s: %.1f MB, best of %d: %.1f ms wall (%.0f MB/s), %.1f ms CPU (%.0f MB/s); %u nodes (%.1f MB tree)\n", path,
         len / 1e6, repeat, best * 1e3, len / 1e6 / best, best_cpu * 1e3, len / 1e6 / best_cpu, nodes,
         nodes * (double)sizeof(lode_js_node) / 1e6);
  free(src);
  return 0;
}

/* ---- corpus ---- */

typedef struct {
  char **lines;
  size_t n;
  char *text;
} list;

static int in_list(const list *l, const char *key) {
  size_t k = strlen(key);
  for (size_t i = 0; i < l->n; i++)
    if (strncmp(l->lines[i], key, k) == 0 && (l->lines[i][k] == ' ' || l->lines[i][k] == '\t' || l->lines[i][k] == 0))
      return 1;
  return 0;
}

static int load_list(const char *path, list *l) {
  size_t len;
  char *s = read_file(path, &len);
  if (s == NULL) return -1;
  char *text = realloc(s, len + 1);
  if (text == NULL) {
    free(s);
    return -1;
  }
  text[len] = 0;
  l->text = text;
  for (char *line = strtok(text, "\n"); line != NULL; line = strtok(NULL, "\n")) {
    if (line[0] == '#' || line[0] == 0) continue;
    char **nl = realloc(l->lines, (l->n + 1) * sizeof(char *));
    if (nl == NULL) return -1;
    l->lines = nl;
    l->lines[l->n++] = line;
  }
  return 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int corpus(const char *dir, const char *exceptions, int verbose) {
  static const char *const sub[] = {"pass", "pass-explicit", "fail", "early"};
  list exc = {NULL, 0, NULL};
  if (exceptions != NULL && load_list(exceptions, &exc) != 0) {
    fprintf(stderr, "%s: cannot read\n", exceptions);
    return 2;
  }
  int surprises = 0, stale = 0;
  for (int s = 0; s < 4; s++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, sub[s]);
    DIR *d = opendir(path);
    if (d == NULL) {
      fprintf(stderr, "%s: cannot open\n", path);
      return 2;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      size_t l = strlen(e->d_name);
      if (l < 3 || strcmp(e->d_name + l - 3, ".js") != 0) continue;
      char **nn = realloc(names, (n + 1) * sizeof(char *));
      if (nn == NULL || (nn[n] = strdup(e->d_name)) == NULL) {
        closedir(d);
        return 2;
      }
      names = nn;
      n++;
    }
    closedir(d);
    qsort(names, n, sizeof(char *), cmp_str);
    int expect_ok = s < 2, good = 0, bad = 0, excepted = 0;
    for (size_t i = 0; i < n; i++) {
      snprintf(path, sizeof path, "%s/%s/%s", dir, sub[s], names[i]);
      int is_module = strstr(names[i], ".module.js") != NULL;
      size_t len;
      char *src = read_file(path, &len);
      if (src == NULL) {
        fprintf(stderr, "%s: cannot read\n", path);
        return 2;
      }
      lode_js_parse_result r;
      int ok = lode_js_parse(src, len, is_module, &r) == 0;
      char key[512];
      snprintf(key, sizeof key, "%s/%s", sub[s], names[i]);
      int is_exc = in_list(&exc, key);
      if (ok == expect_ok) {
        good++;
        if (is_exc) {
          printf("STALE EXCEPTION %s (now as expected)\n", key);
          stale++;
        }
      } else if (is_exc) {
        excepted++;
      } else {
        bad++;
        if (ok) printf("UNEXPECTED PASS %s\n", key);
        else printf("UNEXPECTED FAIL %s: %u:%u: %s\n", key, r.error_line, r.error_column, r.error_message);
        if (verbose) printf("    %.*s\n", (int)(len > 300 ? 300 : len), src);
      }
      lode_js_parse_result_free(&r);
      free(src);
      free(names[i]);
    }
    free(names);
    printf("%-14s %4d as expected, %3d unexpected, %3d listed exceptions (of %zu)\n", sub[s], good, bad, excepted, n);
    surprises += bad;
  }
  free(exc.text);
  free(exc.lines);
  if (stale) printf("%d stale exceptions: remove them from the list\n", stale);
  return surprises + stale ? 1 : 0;
}

int main(int argc, char **argv) {
  int is_module = 0, verbose = 0, repeat = 5, mode = 0, rc = 0;
  const char *exceptions = NULL, *dir = NULL;
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    if (strcmp(argv[i], "--module") == 0) is_module = 1;
    else if (strcmp(argv[i], "--verbose") == 0) verbose = 1;
    else if (strcmp(argv[i], "--dump") == 0) mode = 'd';
    else if (strcmp(argv[i], "--bench") == 0) mode = 'b';
    else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) mode = 'c', dir = argv[++i];
    else if (strcmp(argv[i], "--exceptions") == 0 && i + 1 < argc) exceptions = argv[++i];
    else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) repeat = atoi(argv[++i]);
    else {
      fprintf(stderr, "js-parse: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (mode == 'c') return corpus(dir, exceptions, verbose);
  if (i >= argc) {
    fprintf(stderr, "usage: js-parse [--module] [--dump|--bench] FILE... | --corpus DIR [--exceptions FILE]\n");
    return 2;
  }
  for (; i < argc; i++) {
    int r = mode == 'd' ? dump(argv[i], is_module) : mode == 'b' ? bench(argv[i], is_module, repeat < 1 ? 1 : repeat)
                                                                 : parse_file(argv[i], is_module, 0);
    if (r > rc) rc = r;
  }
  return rc;
}
