// link: src/js_rewrite.c src/js_cjs.c src/js_scope.c src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c -licuuc
/* Unit tests for the scope analysis (src/js_scope.c), the ES module
 * rewrite and records (src/js_rewrite.c), the import() rewrite of scripts,
 * CommonJS export detection and module syntax detection (src/js_cjs.c).
 *
 * Scope tests annotate the source: a binding is followed by a comment
 * with its label, a reference by `>` and the label of the binding it must
 * resolve to (`>g` for none, a global):
 *     import x/ *1* / from 'm'; function f(x/ *2* /) { x/ *>2* / }
 * (without the spaces). Every annotated reference must be a reference in
 * the tree, and every reference of an annotated source annotated.
 *
 * Expected CommonJS export names and detection results were taken from
 * node 20 (named imports of a .cjs file, and ambiguous .js files). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_parser.h"
#include "js_rewrite.h"
#include "js_scope.h"

static int failures;

#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                      \
    }                                                                  \
  } while (0)

/* ---- scope ---- */

/* The label in a comment right after offset `at` ("/ *L* /" or "/ *>L* /"). */
static int label_after(const char *src, uint32_t at, int ref, char *out, size_t cap) {
  const char *p = src + at;
  if (strncmp(p, "/*", 2) != 0) return 0;
  p += 2;
  if ((*p == '>') != ref) return 0;
  if (ref) p++;
  const char *e = strstr(p, "*/");
  if (e == NULL || (size_t)(e - p) >= cap) return 0;
  memcpy(out, p, (size_t)(e - p));
  out[e - p] = 0;
  return 1;
}

static int count_refs(const char *src) {
  int n = 0;
  for (const char *p = src; (p = strstr(p, "/*>")) != NULL; p++) n++;
  return n;
}

static void check_scope(const char *src, int is_module) {
  lode_js_parse_result r;
  if (lode_js_parse(src, strlen(src), is_module, &r) != 0) {
    fprintf(stderr, "does not parse (%s): %s\n", r.error_message, src);
    failures++;
    lode_js_parse_result_free(&r);
    return;
  }
  lode_js_scope sc;
  CHECK(lode_js_scope_analyze(src, &r, NULL, 0, &sc) == 0);
  int checked = 0;
  for (uint32_t i = 1; i < r.node_count; i++) {
    if (r.nodes[i].kind != N_IDENT_REF) continue;
    char want[16], got[16] = "g";
    if (!label_after(src, r.nodes[i].end, 1, want, sizeof want)) {
      fprintf(stderr, "reference at %u not annotated: %s\n", r.nodes[i].start, src);
      failures++;
      continue;
    }
    checked++;
    uint32_t d = sc.decl[i];
    if (d != 0 && !label_after(src, r.nodes[d].end, 0, got, sizeof got)) strcpy(got, "?");
    if (strcmp(want, got) != 0) {
      fprintf(stderr, "reference at %u: want %s, got %s: %s\n", r.nodes[i].start, want, got, src);
      failures++;
    }
  }
  if (checked != count_refs(src)) {
    fprintf(stderr, "%d annotated references are not references: %s\n", count_refs(src) - checked, src);
    failures++;
  }
  lode_js_scope_free(&sc);
  lode_js_parse_result_free(&r);
}

static const char *const scope_modules[] = {
    "import { x/*1*/ } from 'm'; x/*>1*/; function f/*f*/(x/*2*/) { return x/*>2*/; } x/*>1*/; f/*>f*/();",
    "import x/*1*/ from 'm'; { let x/*2*/ = 1; x/*>2*/; } x/*>1*/;",
    /* var hoisting: the whole function body sees its var */
    "import x/*1*/ from 'm'; function f/*f*/() { x/*>2*/; { var x/*2*/; } x/*>2*/; } x/*>1*/;",
    "import x/*1*/ from 'm'; try {} catch (x/*2*/) { x/*>2*/ } x/*>1*/;",
    "import x/*1*/ from 'm'; try {} catch ({ a: [x/*2*/] }) { x/*>2*/ } finally { x/*>1*/ }",
    "import x/*1*/ from 'm'; (function x/*2*/() { x/*>2*/ }); x/*>1*/;",
    "import x/*1*/ from 'm'; (function x/*2*/(x/*3*/) { x/*>3*/ });",
    "import x/*1*/ from 'm'; (function x/*2*/() { var x/*3*/; x/*>3*/ });",
    "import x/*1*/ from 'm'; (class x/*2*/ { m() { return x/*>2*/; } }); x/*>1*/;",
    "import x/*1*/ from 'm'; (class C/*2*/ extends C/*>2*/ {}); (class extends x/*>1*/ {});",
    "import x/*1*/ from 'm'; class C/*2*/ extends x/*>1*/ { [x/*>1*/] = x/*>1*/; static s = C/*>2*/; "
    "static { let x/*3*/; x/*>3*/; var v/*4*/; v/*>4*/; } m(x/*5*/) { x/*>5*/ } }",
    "import x/*1*/ from 'm'; const o/*o*/ = { x: 1, [x/*>1*/]: 2, x/*>1*/, m() { return x/*>1*/; }, get x() { return 1; } }; o/*>o*/.x;",
    "import x/*1*/ from 'm'; x: for (;;) { break x; } y: { continue_: x/*>1*/; }",
    "import x/*1*/ from 'm'; for (let x/*2*/ of x/*>2*/) x/*>2*/; for (let x/*3*/ = x/*>3*/;;) {} for (const k/*4*/ in x/*>1*/) k/*>4*/;",
    "import x/*1*/ from 'm'; for (var x2/*2*/ of x/*>1*/) {} x2/*>2*/;",
    "import x/*1*/ from 'm'; const f/*f*/ = (x/*2*/ = x/*>2*/) => x/*>2*/; const g/*g*/ = async x/*3*/ => x/*>3*/; const h/*h*/ = () => x/*>1*/;",
    /* parameter defaults do not see the body's declarations */
    "import x/*1*/ from 'm'; function f/*f*/(a/*2*/ = x/*>1*/) { var x/*3*/; x/*>3*/; a/*>2*/; }",
    "import x/*1*/ from 'm'; function f/*f*/(a/*2*/ = () => x/*>1*/) { let x/*3*/; }",
    "import x/*1*/ from 'm'; function f/*f*/(x/*2*/, y/*3*/ = x/*>2*/) {}",
    /* a function declared in a block is block-scoped in a module */
    "import x/*1*/ from 'm'; { function x/*2*/() {} x/*>2*/; } x/*>1*/;",
    "import x/*1*/ from 'm'; { class x/*2*/ {} x/*>2*/; } x/*>1*/;",
    "import x/*1*/ from 'm'; switch (x/*>1*/) { case x/*>2*/: let x/*2*/; x/*>2*/; } x/*>1*/;",
    "import x/*1*/ from 'm'; const { a/*2*/ = x/*>1*/, b: [c/*3*/ = x/*>1*/], ...d/*4*/ } = {}; [a/*>2*/, c/*>3*/, d/*>4*/];",
    "import x/*1*/ from 'm'; const x2/*2*/ = 1; export { x/*>1*/, x2/*>2*/ as y }; export { x as z } from 'm';",
    "export default function f/*1*/() { f/*>1*/; } f/*>1*/;",
    "export default class C/*1*/ { m() { C/*>1*/; } } C/*>1*/;",
    "let y/*1*/; ({ y/*>1*/ } = {}); [y/*>1*/] = []; y/*>1*/ = 1; ({ a: y/*>1*/ = 2 } = {}); ({ y/*>1*/ = 3 } = {});",
    "u/*>g*/; globalThis/*>g*/.x; function f/*f*/() { return arguments/*>g*/; }",
    "import x/*1*/ from 'm'; class A/*2*/ { x = x/*>1*/; #x = 1; m() { return this.#x; } }",
    "import x/*1*/ from 'm'; function g/*2*/() { return typeof x/*>1*/; } { let x/*3*/ = () => x/*>3*/; }",
    "import x/*1*/ from 'm'; const t/*t*/ = `${x/*>1*/}`; x/*>1*/`tag`; new x/*>1*/(); x/*>1*/?.y; (x/*>1*/)();",
    "import * as ns/*1*/ from 'm'; ns/*>1*/.a; { const ns/*2*/ = 1; ns/*>2*/; }",
    "const a/*1*/ = 1; { const a/*2*/ = a/*>2*/; } function h/*h*/() { return a/*>1*/; }",
    "import x/*1*/ from 'm'; label: { x/*>1*/; } await x/*>1*/; for await (const x/*2*/ of []) x/*>2*/;",
    "import x/*1*/ from 'm'; class K/*k*/ { static m() { var x/*2*/; return x/*>2*/; } static n = () => x/*>1*/; }",
    "import x/*1*/ from 'm'; ({ m(x/*2*/ = x/*>2*/) {} }); ({ set x(x/*3*/) { x/*>3*/; } });",
};

static const char *const scope_scripts[] = {
    /* Annex B: a function in a sloppy block is also var-scoped */
    "{ function f/*1*/() {} } f/*>1*/;",
    "var a/*1*/; function g/*g*/() { a/*>1*/ = 1; let b/*2*/; b/*>2*/; }",
    "function f/*1*/() { arguments/*>g*/; f/*>1*/; } (function () { var f/*2*/; f/*>2*/; })();",
    "var \\u0061b/*1*/; ab/*>1*/; a\\u0062/*>1*/;",
    "try { throw 1; } catch (e/*1*/) { var e/*2*/ = 2; e/*>1*/; }",
};

static void test_scope(void) {
  for (size_t i = 0; i < sizeof scope_modules / sizeof scope_modules[0]; i++) check_scope(scope_modules[i], 1);
  for (size_t i = 0; i < sizeof scope_scripts / sizeof scope_scripts[0]; i++) check_scope(scope_scripts[i], 0);
}

/* The filter: only the named references are resolved. */
static void test_scope_filter(void) {
  const char *src = "let a = 1, b = 2; a; b; { let a; a; }";
  lode_js_parse_result r;
  CHECK(lode_js_parse(src, strlen(src), 1, &r) == 0);
  lode_js_str only[1] = {{"a", 1}};
  lode_js_scope sc;
  CHECK(lode_js_scope_analyze(src, &r, only, 1, &sc) == 0);
  int resolved_a = 0, resolved_b = 0;
  for (uint32_t i = 1; i < r.node_count; i++) {
    if (r.nodes[i].kind != N_IDENT_REF || sc.decl[i] == 0) continue;
    if (src[r.nodes[i].start] == 'a') resolved_a++;
    else resolved_b++;
  }
  CHECK(resolved_a == 2 && resolved_b == 0);
  lode_js_scope_free(&sc);
  lode_js_parse_result_free(&r);
}

/* ---- the module rewrite ---- */

/* The rewritten body (after `yield;`, before the final "\n})") with runs
 * of spaces made one, for readable expectations. */
static char *body_of(const lode_esm_module *m) {
  const char *y = strstr(m->code, "yield;");
  if (y == NULL) return NULL;
  y += 6;
  size_t n = m->code_len - (size_t)(y - m->code);
  if (n < 3 || memcmp(y + n - 3, "\n})", 3) != 0) return NULL;
  n -= 3;
  char *out = malloc(n + 1), *o = out;
  if (out == NULL) return NULL;
  for (size_t i = 0; i < n; i++) {
    if (y[i] == ' ' && o > out && o[-1] == ' ') continue;
    *o++ = y[i];
  }
  *o = 0;
  return out;
}

static int count_lines(const char *s, size_t n) {
  int l = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '\n') l++;
  return l;
}

static void check_rewrite(const char *src, const char *want_body, const char *want_getters) {
  lode_esm_module m;
  if (lode_esm_parse_module(src, strlen(src), &m) != 0) {
    fprintf(stderr, "does not parse (%s): %s\n", m.error_message, src);
    failures++;
    lode_esm_module_free(&m);
    return;
  }
  char *body = body_of(&m);
  if (body == NULL || strcmp(body, want_body) != 0) {
    fprintf(stderr, "rewrite of:\n%s\nwant:\n%s\ngot:\n%s\n", src, want_body, body ? body : m.code);
    failures++;
  }
  /* lines are kept: the source's, plus the final "\n})" */
  CHECK(count_lines(m.code, m.code_len) == count_lines(src, strlen(src)) + 1);
  if (want_getters != NULL) {
    const char *g = strstr(m.code, ".e({");
    size_t n = strlen(want_getters);
    if (g == NULL || strncmp(g + 3, want_getters, n) != 0 || strncmp(g + 3 + n, ");yield;", 8) != 0) {
      fprintf(stderr, "getters of %s: want %s, got %s\n", src, want_getters, m.code);
      failures++;
    }
  }
  free(body);
  lode_esm_module_free(&m);
}

static void test_rewrite(void) {
  check_rewrite("import { a } from 'm';\na;", "; \n$lode$n0.a;", "{}");
  check_rewrite("import a from 'm'; a; a.b; a['c']; a?.d;", "; $lode$n0.default; $lode$n0.default.b; $lode$n0.default['c']; $lode$n0.default?.d;", NULL);
  check_rewrite("import * as ns from 'm'; ns.f(); ns;", "; $lode$n0.f(); $lode$n0;", NULL);
  check_rewrite("import { 'a b' as c, default as d } from 'm'; c + d;", "; $lode$n0[\"a b\"] + $lode$n0.default;", NULL);
  /* call position: `this` is undefined, as for a module binding */
  check_rewrite("import { f } from 'm'; f(); f`t`; f?.(); (f)(); new f(); x.y(f());",
                "; ;(0, $lode$n0.f)(); ;(0, $lode$n0.f)`t`; ;(0, $lode$n0.f)?.(); ((0, $lode$n0.f))(); new $lode$n0.f(); x.y((0, $lode$n0.f)());", NULL);
  /* a `(` put first on a line cannot continue the line before */
  check_rewrite("import { f } from 'm';\nlet a = 1\nf()\nif (a) f()\nL: f()",
                "; \nlet a = 1\n;(0, $lode$n0.f)()\nif (a) (0, $lode$n0.f)()\nL: (0, $lode$n0.f)()", NULL);
  check_rewrite("import { a, b } from 'm'; const o = { a, b: b, [a]: 1, c() { return a; } };",
                "; const o = { a: $lode$n0.a, b: $lode$n0.b, [$lode$n0.a]: 1, c() { return $lode$n0.a; } };", "{}");
  /* shadowing */
  check_rewrite("import { a } from 'm'; function f(a) { return a; } { let a = 1; a; } try {} catch (a) { a; } a;",
                "; function f(a) { return a; } { let a = 1; a; } try {} catch (a) { a; } $lode$n0.a;", NULL);
  check_rewrite("import { a } from 'm'; const o = { a: 1 }; o.a; a: for (;;) break a; class C { a = a; a() {} }",
                "; const o = { a: 1 }; o.a; a: for (;;) break a; class C { a = $lode$n0.a; a() {} }", NULL);
  /* assignments to imports throw at run time, after evaluating the right side */
  check_rewrite("import { a } from 'm'; a = 1; a += 2; a++; --a; a ||= 3;",
                "; $lode$c(() => $lode$n0.a).v = 1; $lode$c(() => $lode$n0.a).v += 2; $lode$c(() => $lode$n0.a).v++; "
                "--$lode$c(() => $lode$n0.a).v; $lode$c(() => $lode$n0.a).v ||= 3;", NULL);
  check_rewrite("import { a } from 'm'; [a] = [1]; ({ a } = {}); ({ a = 1 } = {}); ({ x: a } = {}); [...a] = []; for (a of []); for (a in {}); (a) = 2;",
                "; [$lode$c(() => $lode$n0.a).v] = [1]; ({ a: $lode$c(() => $lode$n0.a).v } = {}); ({ a: $lode$c(() => $lode$n0.a).v = 1 } = {}); "
                "({ x: $lode$c(() => $lode$n0.a).v } = {}); [...$lode$c(() => $lode$n0.a).v] = []; for ($lode$c(() => $lode$n0.a).v of []); "
                "for ($lode$c(() => $lode$n0.a).v in {}); ($lode$c(() => $lode$n0.a).v) = 2;", NULL);
  /* exports */
  check_rewrite("export let n = 1; export function inc() { n++; } export class K {} export var { p, q: [r] } = {};",
                " let n = 1; function inc() { n++; } class K {} var { p, q: [r] } = {};",
                "{\"n\": () => n, \"inc\": () => inc, \"K\": () => K, \"p\": () => p, \"r\": () => r}");
  check_rewrite("const a = 1, b = 2; export { a, b as \"b c\", a as default };", "const a = 1, b = 2; ; ",
                "{\"a\": () => a, \"b c\": () => b, \"default\": () => a}");
  check_rewrite("export default 1 + 2;", "const $lode$default = 1 + 2;", "{\"default\": () => $lode$default}");
  check_rewrite("export default (function () {});", "const $lode$default = ({default: (function () {})}).default;;", NULL);
  check_rewrite("export default () => 1\nfoo()", "const $lode$default = ({default: () => 1}).default;\nfoo()", NULL);
  check_rewrite("export default class {}\n(foo)", "const $lode$default = ({default: class {}}).default;\n(foo)", NULL);
  check_rewrite("export default class extends B { m() {} }", "const $lode$default = ({default: class extends B { m() {} }}).default;", NULL);
  check_rewrite("export default function () {}", " function $lode$default() {}", "{\"default\": () => $lode$default}");
  check_rewrite("export default async function* () {}", " async function* $lode$default() {}", NULL);
  check_rewrite("export default function f() {} f();", " function f() {} f();", "{\"default\": () => f}");
  check_rewrite("export default class C {}", " class C {}", "{\"default\": () => C}");
  check_rewrite("import { a } from 'm'; export default a;", "; const $lode$default = $lode$n0.a;", NULL);
  check_rewrite("export\ndefault\n(1)", "const $lode$default = \n\n(1)", NULL);
  /* module syntax elsewhere */
  check_rewrite("import.meta.url; import('x'); import ('y', { with: {} });",
                "$lode$.meta.url; $lode$.import('x'); $lode$.import ('y', { with: {} });", NULL);
  check_rewrite("import\n.\nmeta", "$lode$.meta\n\n", NULL);
  check_rewrite("#!/usr/bin/env node\nx;", " \nx;", NULL);
  check_rewrite("export * from 'a'; export * as b from 'b'; export { c } from 'c';\nx", "; ; ; \nx", "{}");
  check_rewrite("import {\n  a,\n  b\n} from 'm'\n(a)", "; \n \n \n \n($lode$n0.a)", NULL);
  /* a module has no `arguments` */
  check_rewrite("typeof arguments; const f = () => arguments; function g() { return arguments; } ({ m() { arguments; } }); ({ arguments });",
                "typeof $lode$arguments; const f = () => $lode$arguments; function g() { return arguments; } ({ m() { arguments; } }); ({ arguments: $lode$arguments });", NULL);
  check_rewrite("class A { static m = () => 1; n() { return () => arguments; } } a\\u0072guments;",
                "class A { static m = () => 1; n() { return () => arguments; } } $lode$arguments;", NULL);
  /* `<!--` would start a comment in script code */
  check_rewrite("x = a<!--b; y = '<!--' + `<!--${a<!--b}` + /<!--/.source; // <!--", "x = a< !--b; y = '<!--' + `<!--${a< !--b}` + /<!--/.source; // < !--", NULL);
  /* U+2028 in an export name stays on line 1 */
  check_rewrite("const a = 1; export { a as '\xe2\x80\xa8' };", "const a = 1; ; \xe2\x80\xa8 ", "{\"\\u2028\": () => a}");
  /* the source names the prefix: a longer one */
  check_rewrite("import { a } from 'm'; const $lode$n0 = 1; a;", "; const $lode$n0 = 1; $lode$$n0.a;", NULL);
  /* an import used before its declaration (imports are hoisted) */
  check_rewrite("a(); import { a } from 'm';", ";(0, $lode$n0.a)(); ; ", NULL);
  /* import names that are reserved words or need quotes */
  check_rewrite("import { default as d, if as i, 'x-y' as z } from 'm'; d; i; z;",
                "; $lode$n0.default; $lode$n0.if; $lode$n0[\"x-y\"];", NULL);
}

static int starts_with(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

static void test_wrapper(void) {
  lode_esm_module m;
  const char *src = "import a from 'a'; import b from 'b'; await a;";
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(starts_with(m.code, "(async function* ($lode$, $lode$n0, $lode$n1) {\"use strict\";"));
  CHECK(m.has_tla == 1 && strcmp(m.prefix, "$lode$") == 0);
  lode_esm_module_free(&m);
  src = "x = '$lode$'";
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(starts_with(m.code, "(function* ($lode$$) {\"use strict\";$lode$$.e({});yield;"));
  CHECK(strcmp(m.prefix, "$lode$$") == 0 && m.has_tla == 0);
  lode_esm_module_free(&m);
  /* the name fix of an anonymous default function, before the getters */
  src = "export default function () {}";
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(strstr(m.code, "Object.defineProperty($lode$default, \"name\", { value: \"default\" });$lode$.e(") != NULL);
  lode_esm_module_free(&m);
  src = "for await (const x of y) {}";
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(m.has_tla == 1 && starts_with(m.code, "(async function* ("));
  lode_esm_module_free(&m);
  src = "async function f() { await 1; }";
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(m.has_tla == 0 && m.uses_meta == 0);
  lode_esm_module_free(&m);
}

/* LODE_ESM_PLAIN: the same code without the `*` and the `yield;`, which
 * yield_at locates in both forms. */
static void check_plain(const char *src, size_t len) {
  lode_esm_module g, p;
  CHECK(lode_esm_parse_module(src, len, &g) == 0);
  CHECK(lode_esm_parse_module_ex(src, len, LODE_ESM_PLAIN, &p) == 0);
  if (g.code == NULL || p.code == NULL) {
    lode_esm_module_free(&g);
    lode_esm_module_free(&p);
    return;
  }
  size_t star = starts_with(g.code, "(async ") ? 15 : 9;
  CHECK(g.code[star] == '*' && p.code[star] == ' ');
  CHECK(g.yield_at == p.yield_at + 1 && strncmp(g.code + g.yield_at, "yield;", 6) == 0);
  CHECK(strncmp(p.code + p.yield_at - 3, "});", 3) == 0);
  CHECK(g.code_len == p.code_len + 7);
  CHECK(memcmp(g.code, p.code, star) == 0);
  CHECK(memcmp(g.code + star + 1, p.code + star, p.yield_at - star) == 0);
  CHECK(memcmp(g.code + g.yield_at + 6, p.code + p.yield_at, p.code_len - p.yield_at) == 0);
  lode_esm_module_free(&g);
  lode_esm_module_free(&p);
}

static void test_plain(void) {
  const char *srcs[] = {"export const a = 1;", "import x from 'x'; export { x as y }; await x;", "",
                        "export default function () {}", "import { a } from 'm'; a = 1; export const \u00e9 = 2;"};
  for (size_t i = 0; i < sizeof srcs / sizeof srcs[0]; i++) check_plain(srcs[i], strlen(srcs[i]));
  /* a module of several MB: the tree, the scope tables and the code
   * are large arrays (mapped, see js_lexer.h), grown past their guesses */
  size_t cap = 3u << 20, n = 0;
  char *big = malloc(cap);
  CHECK(big != NULL);
  if (big == NULL) return;
  n += (size_t)sprintf(big, "import { h, t } from './dep.mjs';\n");
  for (int i = 0; n + 512 < cap; i++)
    n += (size_t)sprintf(big + n, "export function f%d(a) { return h(a, t.x) + [%d,%d,%d,,,][0] + `${a}`; }\n"
                                   "export class C%d { #s = h; m() { return this.#s(t); } }\n", i, i, i, i, i);
  check_plain(big, n);
  lode_esm_module m;
  CHECK(lode_esm_parse_module(big, n, &m) == 0);
  CHECK(m.nlocal_exports > 10000 && m.nimports == 2);
  CHECK(m.code != NULL && strstr(m.code, "(0, $lode$n0.h)(a, $lode$n0.t.x)") != NULL);
  lode_esm_module_free(&m);
  /* the array literal holes: a node every byte or so, past the tree's first guess */
  n = (size_t)sprintf(big, "export const holes = [");
  while (n + 16 < cap) big[n++] = ',';
  n += (size_t)sprintf(big + n, "];\n");
  check_plain(big, n);
  free(big);
}

static int str_is(lode_js_str s, const char *want) {
  if (want == NULL) return s.p == NULL;
  return s.p != NULL && s.len == strlen(want) && memcmp(s.p, want, s.len) == 0;
}

static void test_records(void) {
  const char *src =
      "import a, { b as c, 'd e' as f } from './m.js';\n"
      "import * as ns from 'node:fs';\n"
      "import data from './d.json' with { type: 'json', extra: 'x' };\n"
      "import again from './m.js';\n"
      "import json2 from './m.js' with { type: 'json' };\n"
      "export * from './star.js';\n"
      "export * as all from './all.js';\n"
      "export { x as y, default } from './re.js';\n"
      "export { c as cc, ns, local };\n"
      "const local = 1;\n"
      "import.meta;\n";
  lode_esm_module m;
  CHECK(lode_esm_parse_module(src, strlen(src), &m) == 0);
  CHECK(m.nrequests == 7);
  if (m.nrequests == 7) {
    CHECK(str_is(m.requests[0].specifier, "./m.js") && str_is(m.requests[0].type, NULL));
    CHECK(str_is(m.requests[1].specifier, "node:fs"));
    CHECK(str_is(m.requests[2].specifier, "./d.json") && str_is(m.requests[2].type, "json"));
    CHECK(str_is(m.requests[3].specifier, "./m.js") && str_is(m.requests[3].type, "json"));
    CHECK(str_is(m.requests[4].specifier, "./star.js"));
    CHECK(str_is(m.requests[5].specifier, "./all.js"));
    CHECK(str_is(m.requests[6].specifier, "./re.js"));
  }
  CHECK(m.nunsupported == 1 && m.unsupported[0].request == 2 && str_is(m.unsupported[0].key, "extra") &&
        str_is(m.unsupported[0].value, "x"));
  CHECK(m.nimports == 7);
  if (m.nimports == 7) {
    CHECK(str_is(m.imports[0].name, "a") && m.imports[0].request == 0 && str_is(m.imports[0].imported, "default"));
    CHECK(str_is(m.imports[1].name, "c") && str_is(m.imports[1].imported, "b"));
    CHECK(str_is(m.imports[2].name, "f") && str_is(m.imports[2].imported, "d e"));
    CHECK(str_is(m.imports[3].name, "ns") && m.imports[3].request == 1 && str_is(m.imports[3].imported, "*"));
    CHECK(str_is(m.imports[4].name, "data") && m.imports[4].request == 2);
    CHECK(str_is(m.imports[5].name, "again") && m.imports[5].request == 0);
    CHECK(str_is(m.imports[6].name, "json2") && m.imports[6].request == 3);
  }
  CHECK(m.nstar_exports == 1 && m.star_exports[0] == 4);
  CHECK(m.nindirect_exports == 5);
  if (m.nindirect_exports == 5) {
    CHECK(str_is(m.indirect_exports[0].name, "all") && m.indirect_exports[0].request == 5 &&
          str_is(m.indirect_exports[0].imported, "*"));
    CHECK(str_is(m.indirect_exports[1].name, "y") && m.indirect_exports[1].request == 6 &&
          str_is(m.indirect_exports[1].imported, "x"));
    CHECK(str_is(m.indirect_exports[2].name, "default") && str_is(m.indirect_exports[2].imported, "default"));
    CHECK(str_is(m.indirect_exports[3].name, "cc") && m.indirect_exports[3].request == 0 &&
          str_is(m.indirect_exports[3].imported, "b"));
    CHECK(str_is(m.indirect_exports[4].name, "ns") && m.indirect_exports[4].request == 1 &&
          str_is(m.indirect_exports[4].imported, "*"));
  }
  CHECK(m.nlocal_exports == 1 && str_is(m.local_exports[0].exported, "local") && str_is(m.local_exports[0].local, "local"));
  CHECK(m.uses_meta == 1 && m.has_tla == 0);
  lode_esm_module_free(&m);
}

static void check_error(const char *src, const char *msg, uint32_t line, uint32_t column) {
  lode_esm_module m;
  int rc = lode_esm_parse_module(src, strlen(src), &m);
  CHECK(rc == -1);
  if (rc == -1 && (strcmp(m.error_message, msg) != 0 || m.error_line != line || m.error_column != column)) {
    fprintf(stderr, "%s: want %s at %u:%u, got %s at %u:%u\n", src, msg, line, column, m.error_message, m.error_line,
            m.error_column);
    failures++;
  }
  lode_esm_module_free(&m);
}

static void test_errors(void) {
  check_error("let x = ;", "Unexpected token ';'", 1, 8);
  check_error("\n\n  let let = 1;", "Unexpected strict mode reserved word", 3, 6);
  /* the column counts UTF-16 units: é is one, 😀 two */
  check_error("'é😀'; )", "Unexpected token ')'", 1, 7);
  check_error("a\r\nb\u2028c )", "Unexpected token ')'", 3, 2);
  check_error("import { a } from 'm'; let a;", "Identifier 'a' has already been declared", 1, 27);
  /* the names V8 puts in its messages */
  check_error("export { x };", "Export 'x' is not defined in module", 1, 9);
  check_error("const x = 1; export { x, x };", "Duplicate export of 'x'", 1, 25);
  check_error("const x = 1; export { x as 'a b' }; export { x as 'a b' };", "Duplicate export of 'a b'", 1, 50);
  check_error("export default 1; export default 2;", "Identifier '.default' has already been declared", 1, 25);
  check_error("x: x: ;", "Label 'x' has already been declared", 1, 3);
  check_error("break foo;", "Undefined label 'foo'", 1, 6);
  check_error("class A { #a; #a; }", "Identifier '#a' has already been declared", 1, 14);
  check_error("this.#x", "Private field '#x' must be declared in an enclosing class", 1, 5);
  check_error("let x = 08;", "Decimals with leading zeros are not allowed in strict mode.", 1, 8);
  check_error("let x = 07;", "Octal literals are not allowed in strict mode.", 1, 8);
  check_error("yield 1", "Unexpected strict mode reserved word", 1, 0);
  check_error("return 1", "Illegal return statement", 1, 0);
  check_error("with (a) {}", "Strict mode code may not include a with statement", 1, 0);
}

/* ---- scripts ---- */

static void check_script(const char *src, const char *want) {
  char *out;
  size_t n;
  lode_esm_error err;
  int rc = lode_esm_parse_script(src, strlen(src), &out, &n, &err);
  CHECK(rc == 0);
  if (rc != 0) fprintf(stderr, "%s: %s\n", src, err.message);
  if (want == NULL) {
    CHECK(out == NULL);
  } else if (out == NULL || strcmp(out, want) != 0 || n != strlen(want)) {
    fprintf(stderr, "script %s: want %s, got %s\n", src, want, out ? out : "null");
    failures++;
  }
  free(out);
}

static void test_scripts(void) {
  check_script("x = 1", NULL);
  check_script("x.import(y); reimport(z); const imported = 1;", NULL);
  check_script("import('a').then(f)", "$lode$import('a').then(f)");
  check_script("return import ( 'a', { with: { type: 'json' } } )", "return $lode$import ( 'a', { with: { type: 'json' } } )");
  check_script("#!/usr/bin/env node\nimport(/* c */ 'x'); 'import(y)'", "#!/usr/bin/env node\n$lode$import(/* c */ 'x'); 'import(y)'");
  check_script("// import(x)\n/* import(y) */ s = 'import(z)'", NULL);
  check_script("import\xc2\xa0('x')", "$lode$import\xc2\xa0('x')");
  char *out;
  size_t n;
  lode_esm_error err;
  const char *bad = "import('x');\nlet = ;";
  CHECK(lode_esm_parse_script(bad, strlen(bad), &out, &n, &err) == -1);
  CHECK(out == NULL && err.line == 2 && err.column == 6 && strcmp(err.message, "Unexpected token ';'") == 0);
}

/* ---- CommonJS exports ---- */

/* want: space-separated names, then '|', then re-exports */
static void check_cjs(const char *src, const char *want) {
  lode_cjs_exports e;
  CHECK(lode_cjs_exports_parse(src, strlen(src), &e) == 0);
  char got[512] = "";
  size_t at = 0;
  for (uint32_t i = 0; i < e.nnames; i++)
    at += (size_t)snprintf(got + at, sizeof got - at, "%s%.*s", i ? " " : "", (int)e.names[i].len, e.names[i].p);
  at += (size_t)snprintf(got + at, sizeof got - at, "|");
  for (uint32_t i = 0; i < e.nreexports; i++)
    at += (size_t)snprintf(got + at, sizeof got - at, "%s%.*s", i ? " " : "", (int)e.reexports[i].len, e.reexports[i].p);
  if (strcmp(got, want) != 0) {
    fprintf(stderr, "cjsExports of %s: want %s, got %s\n", src, want, got);
    failures++;
  }
  lode_cjs_exports_free(&e);
}

static void test_cjs(void) {
  check_cjs("exports.a = 1; module.exports.b = 2; exports['c-d'] = 3; exports[\"\\u0065x\"] = 4;", "a b c-d ex|");
  check_cjs("exports.default = 1; exports.let = 2; exports['let'] = 3; exports.u\\u0061 = 4; exports.ü = 5; exports.if = 6;", "default let ü if|");
  /* the lexer takes any token starting with `=` */
  check_cjs("if (exports.a === 0) {} x(exports.b == 1); exports['c'] /* c */ === 1; exports.e >= 1; exports.f // x\n = 1", "a b c f|");
  check_cjs("exports.c += 1; (exports).d = 1; exports[`f`] = 1; module['exports'].g = 1; exports . h = 1;", "h|");
  check_cjs("function f(exports) { exports.a = 1; } exports.b = exports.c = void 0;", "a b c|");
  check_cjs("Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return q.p; } });"
            "Object.defineProperty(exports, 'b', { get () { return q; } });"
            "Object.defineProperty(module.exports, 'c', { value: 1 });"
            "Object.defineProperty(exports, 'd', { enumerable: false, value: 1 });"
            "Object.defineProperty(exports, 'e', { enumerable: true, get: function get() { return a['b']; } });"
            "Object.defineProperty(exports, '__esModule', { value: true });",
            "a b c e __esModule|");
  /* an unsafe getter removes the name, even when found elsewhere */
  check_cjs("exports.z = 1; Object.defineProperty(exports, 'z', { get() { return 'x' } });", "|");
  check_cjs("Object.defineProperty(exports, 'a', { value: 1, configurable: true });"
            "Object.defineProperty(exports, 'b', { enumerable: true, get() { return a }, configurable: true });"
            "Object.defineProperty(exports, 'c', { get: function () { return a.b.c } });"
            "Object.defineProperty(exports, 'd', { get() { return a; }, });"
            "Object.defineProperty(exports, 'e', { get() { return a['x-y'] } });"
            "Object.defineProperty(exports, 'f', { 'enumerable': true, value: 1 });"
            "Object.defineProperty(exports, 'g', { get: async function () { return x } });"
            "Object.defineProperty(exports, 'h', { get(a) { return x } });"
            "Object.defineProperty(exports, 'i-j', { value: 1 });",
            "a d e i-j|");
  check_cjs("module.exports = { a, b: c, 'd': e, \"f\": g, ...h, i, j: k.l, m }", "a b d f i j|");
  check_cjs("module.exports = { a: 1, b }", "|");
  check_cjs("module.exports = { a: true, b: null, c: this, d: void 0, e }", "a b c d|");
  check_cjs("module.exports = { a: b , c }", "a|");
  check_cjs("module.exports = { a /* x */, c }", "a c|");
  check_cjs("module.exports = { a, get b() { return 1 }, c }", "a get|");
  check_cjs("module.exports = { async a() {}, c }", "async|");
  check_cjs("module.exports = { let, b, ...a.b, c }", "let b|");
  check_cjs("module.exports = { a: (b), c }", "|");
  check_cjs("module.exports = require('./r1'); if (0) module.exports = require('./r2')", "|./r2");
  check_cjs("module.exports = { ...require('./r1'), a, ...require('./r2') }", "a|./r1 ./r2");
  check_cjs("module.exports = { ...require('./r1').x, a }", "|./r1");
  check_cjs("module.exports = require('./r1'); module.exports = { a }", "a|");
  check_cjs("module.exports = { a }; module.exports = require('./r1')", "a|./r1");
  check_cjs("function f() { module.exports = require('./r6') }", "|./r6");
  check_cjs("module.exports = require('a').b;", "|a");
  check_cjs("module.exports = require('a')(exports);", "|a");
  check_cjs("module.exports = require('a') + 1, 2;", "|a");
  check_cjs("module.exports = (require('a'));", "|");
  check_cjs("exports = module.exports = { a, b }; module.exports.c = exports.d = 1", "a b c d|");
  check_cjs("0 && (module.exports = { a, b });", "a b|");
  /* star re-exports: top-level only */
  check_cjs("\"use strict\";\nvar _x = require(\"./r3\");\nObject.keys(_x).forEach(function (key) {\n"
            "  if (key === \"default\" || key === \"__esModule\") return;\n  exports[key] = _x[key];\n});",
            "|./r3");
  check_cjs("var _y = require('./r4');\nObject.keys(_y).forEach(function (k) {\n"
            "  if (k === 'default' || k === '__esModule') return;\n"
            "  if (Object.prototype.hasOwnProperty.call(_exportNames, k)) return;\n"
            "  if (k in exports && exports[k] === _y[k]) return;\n"
            "  Object.defineProperty(exports, k, { enumerable: true, get: function () { return _y[k]; } });\n});",
            "|./r4");
  check_cjs("var _z = require('./r5'); Object.keys(_z).forEach(function (k) { if (k !== 'default') exports[k] = _z[k]; });",
            "|./r5");
  check_cjs("var _w = require('./r5'); Object.keys(_w).forEach(function (k) { exports[k] = _w[k]; });", "|");
  check_cjs("function __export(m) { for (var p in m) if (!exports.hasOwnProperty(p)) exports[p] = m[p]; }\n"
            "__export(require('./r6')); tslib.__exportStar(require('./r7'), exports); __exportStar(require('./r8'), exports);",
            "|./r6 ./r7 ./r8");
  check_cjs("function f() { __export(require('./r9')); }", "|");
  check_cjs("if (true) { __export(require('./r7')) }; if (true) __exportStar(require('./r8'), exports);", "|./r8");
  check_cjs("var _q = require('./r7'); if (1) Object.keys(_q).forEach(function (k) { if (k === 'default' || k === '__esModule') return; exports[k] = _q[k]; });",
            "|./r7");
  check_cjs("if (1) { var _q = require('./r7'); } Object.keys(_q).forEach(function (k) { if (k === 'default' || k === '__esModule') return; exports[k] = _q[k]; });",
            "|");
  check_cjs("const _q = require('./r7'), _r = require('./r8'); Object.keys(_r).forEach(function (k) { if (k === 'default' || k === '__esModule') return; exports[k] = _r[k]; });",
            "|");
  /* syntax errors: nothing */
  check_cjs("exports.a = 1; let = ;", "|");
  check_cjs("#!/usr/bin/env node\nexports.a = 1; return;", "a|");
}

static void test_detect(void) {
  static const struct {
    const char *src;
    int want;
  } cases[] = {
      {"import fs from 'fs';", 1},
      {"export const a = 1;", 1},
      {"console.log(import.meta.url)", 1},
      {"const x = await Promise.resolve(1);", 1},
      {"const require = 1;", 1},
      {"let module = 1; await 0;", 1},
      {"x = 1", 0},
      {"import('x'); require('y')", 0},
      {"return 1", 0},
      {"var require = 1;", 0},
      {"function f() { await 1; }", 0},
      {"let = ;", 0},
      {"import x from 'y'; let let = 1;", 1},
      {"<!-- html comment\nx = 1", 0},
      {"with (a) {}", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int got = lode_esm_detect_module(cases[i].src, strlen(cases[i].src));
    if (got != cases[i].want) {
      fprintf(stderr, "detectModule(%s): want %d, got %d\n", cases[i].src, cases[i].want, got);
      failures++;
    }
  }
}

int main(void) {
  test_scope();
  test_scope_filter();
  test_rewrite();
  test_wrapper();
  test_plain();
  test_records();
  test_errors();
  test_scripts();
  test_cjs();
  test_detect();
  if (failures) {
    fprintf(stderr, "%d failures\n", failures);
    return 1;
  }
  printf("ok\n");
  return 0;
}
