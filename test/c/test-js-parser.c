// link: src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c -licuuc
/* Unit tests for lode's JavaScript parser (src/js_parser.c): programs that
 * parse and programs that are rejected (every expectation was checked with
 * node 20's `node --check`), the module records the ES module loader
 * needs, what each identifier is (reference, binding, name, label), error
 * positions, the nesting limit on hostile input, and the shape of the tree
 * (every node inside its parent). The test262-parser-tests corpus runs in
 * `make test-parser`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_lexer.h"
#include "js_parser.h"

static int failures;

#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) {                                                     \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      failures++;                                                      \
    }                                                                  \
  } while (0)

static const char *const valid_scripts[] = {
    "#!/usr/bin/env node\nvar a = 1;",
    "<!-- html comment\nvar a = 1;\n--> not code\n/*\n*/ --> also not code",
    "var async = 1, of = 2, get = 3, set = 4, as = 5, from = 6, meta = 7, target = 8, yield = 9, await = 10, let = 11, static = 12;",
    "let \\u0061b\\u{63} = 1; ab\\u0063 += 1; var ℮ = 2, $_ = 3, _ = 4, ಠ_ಠ = 5;",
    "a = b / c / d; a = /re/g.test(s); x = a++ / 2; if (a) /re/.test(b); {} /foo/; a\n/b/g",
    "x = 1_000_000 + 0xff_ff; y = 0b1010_1010n + 0o7_7n + 10n ** 2n; z = .5e-1_0 + 1_0.0_1;",
    "t = `a${b}c${`d${e}f`}g`; tag`\\unicode and \\u{110000} and \\xg`; t = String.raw`\n${1}`;",
    "a?.b?.[c]?.(d); a ?\?= b; a ||= c; a &&= d; x = a ?\? (b || c);",
    "label: for (;;) { continue label; } outer: { break outer; }",
    "async function f() { for await (const x of y) {} await 1; }",
    "async function* g() { yield* h(); yield await 1; }",
    "function* g() { yield; yield a, yield b; const x = yield* c; }",
    "(a, b = 1, ...[c, d]) => a; async (a) => await a; async a => a; async () => {}; () => ({});",
    "x = async function named() {}; x = async () => async () => 1;",
    "var {a, b: [c, d = 1, ...e], ...f} = obj; [a.b, c[d], ...e.f] = g; ({a: b.c, d = 1} = e);",
    "for (var [a, b] of c); for (let {x} in y); for (const z of w); for (a.b of c); for ([a, b] of c);",
    "class A extends B { #x = 1; static #y; static s = 1; [k] = 2; 'str'; 3; constructor() { super(); } get #z() { return this.#x; } set #z(v) {} static { this.s++; } #m() { return #x in this; } static async *gen() {} get [a]() {} }",
    "x = class { static async = 1; get; set; static; async; await = 1; };",
    "o = { get a() {}, set a(v) {}, async *b() {}, async c() {}, *d() {}, [e]: 1, f, 'g': 2, 3: 4, __proto__: null, ...h, get: 1, set() {}, async: 2, await: 3 };",
    "function f() { new.target; return () => new.target; }",
    "x = { m() { super.x; }, n: function () {} };",
    "if (a) function f() {} else function g() {}",
    "with (a) b;",
    "label: function f() {}",
    "try {} catch { } finally { } try {} catch ([a, b]) { var c; }",
    "switch (a) { case 1: let b; break; default: }",
    "do x; while (0) y",
    "a = b\n++c",
    "var x = 1\nvar y = 2",
    "x = a ? b : c ? d : e; x = a in b; for (var i = 0 in {});",
    "x = function () { \"use strict\"; return 1; }; \"\\08\"; '\\9';",
    "a = b, c = d; void 0; typeof x; delete x.y; delete x; !~-+a;",
    "x = (1, 2); x = ((a)); (a) = 1; (a.b) = 2; [(a)] = 1; f() = 1;",
    "import(\"x\"); import(\"x\", { with: { type: \"json\" } }); x = import(\"y\").then;",
    "let [x1] = [], {y1} = {};",
    "if (1) let\nx = 1",
    "var \\u{1D400} = 1;",
    "a => b => c => d;",
    "x = y => ({ a } = y);",
    "label1: label2: while (0) continue label1;",
    "f(...a, ...b,); new F(...a); new new F()(); new F.G; new (f())();",
    "x = /[/]/; x = /a\\/b/; x = /(?<name>a)\\k<name>/; x = /\\p{L}/u; x = /[\\p{L}--\\p{N}]/v;",
    "x = a ** b ** c; x = (-a) ** b; x = 2 ** -1;",
    "class C { static async *[Symbol.iterator]() {} 'constructor'() {} static constructor() {} }",
    "x = 'use strict'; with (a) {}",
    "yield: 1; await: 2;",
};

static const char *const valid_modules[] = {
    "import a from \"a\"; import * as b from \"b\"; import { c, d as e, \"f g\" as h, default as i } from \"c\"; import j, { k } from \"d\"; import l, * as m from \"e\"; import \"f\";",
    "import json from \"./x.json\" with { type: \"json\" }; export { json };",
    "export var v1 = 1, { v2, v3: [v4] } = {}; export let l1; export const c1 = 1; export function f1() {} export async function f2() {} export function* f3() {} export class C1 {}",
    "export default function () {}",
    "export default class {}",
    "export default async function named() {}",
    "export default 1 + 2;",
    "export * from \"x\"; export * as ns from \"y\"; export * as \"string name\" from \"z\"; export { a as b, c as \"d e\", f as default } from \"w\";",
    "const x = 1; export { x, x as y, x as \"z z\" };",
    "await 1; for await (const a of b) {} x = import.meta.url; import(\"a\");",
    "let await2 = async () => await 1; label: { break label; }",
    "function f() { return this; } class K { #p; m() { return this.#p; } }",
};

/* "s|" scripts, "m|" modules: each is rejected (checked with node 20 too) */
static const char *const invalid[] = {
    "s|let a; let a;",
    "s|let a; var a;",
    "s|const a;",
    "s|let [a];",
    "s|var a = 1 +;",
    "s|a => {} + 1",
    "s|({a = 1});",
    "s|[{a = 1}];",
    "s|({a: 1, __proto__: 1, __proto__: 2});",
    "s|f({a = 1});",
    "s|(a, a) => 1",
    "s|\"use strict\"; function f(a, a) {}",
    "s|function f(a, [b]) { \"use strict\"; }",
    "s|\"use strict\"; with (a) {}",
    "s|\"use strict\"; 010",
    "s|\"use strict\"; \"\\01\"",
    "s|function f() { \"\\01\"; \"use strict\"; }",
    "s|\"use strict\"; var eval;",
    "s|\"use strict\"; arguments = 1;",
    "s|\"use strict\"; delete x;",
    "s|\"use strict\"; var let = 1;",
    "s|\"use strict\"; var yield;",
    "s|function* g() { var yield; }",
    "s|function* g(a = yield) {}",
    "s|async function f(a = await 1) {}",
    "s|async (a = await 1) => 1",
    "s|async (await) => 1",
    "s|async function f() { var await; }",
    "s|break;",
    "s|continue;",
    "s|foo: while (1) { continue bar; }",
    "s|foo: { continue foo; }",
    "s|foo: foo: ;",
    "m|return;",
    "m|new.target",
    "s|super.x",
    "s|class A { constructor() { super(); } }",
    "s|class A { constructor() {} constructor() {} }",
    "s|class A { get constructor() {} }",
    "s|class A { #x; #x; }",
    "s|class A { m() { this.#y; } }",
    "s|this.#x",
    "s|class A { static prototype() {} }",
    "s|class A { constructor = 1 }",
    "s|class A { #constructor() {} }",
    "s|class A { x = arguments; }",
    "s|class A { static { await; } }",
    "s|class A { static { return; } }",
    "s|a?.b = 1",
    "s|a?.b``",
    "s|new a?.b()",
    "s|a ?\? b || c",
    "s|a || b ?\? c",
    "s|-a ** 2",
    "s|1 = 2",
    "s|a + 1 = 2",
    "s|++a++",
    "s|for (let x = 1 of y);",
    "s|for (const x in y) {} for (let [a] = 1 in y);",
    "s|for (async of x);",
    "s|for (let of x);",
    "s|x = 0_1",
    "s|x = 1__0",
    "s|x = 1_",
    "s|x = 08n",
    "s|x = 3in []",
    "s|x = 1.e",
    "s|`\\unicode`",
    "s|x = \"unterminated",
    "s|x = /unterminated",
    "s|x = /a/gg",
    "s|x = /(?<a>.)\\k<b>/",
    "s|x = /{1}/u",
    "s|x = /[z-a]/",
    "s|x = /(/",
    "s|x = /a**/",
    "s|/* unterminated",
    "s|var a\\u0020b;",
    "s|v\\u0061r x = 1;",
    "s|if (1) class C {}",
    "s|if (1) let [a] = b;",
    "s|while (1) function f() {}",
    "s|\"use strict\"; if (1) function f() {}",
    "s|label: function* g() {}",
    "s|try {}",
    "s|try {} catch (e) { let e; }",
    "s|function f() { let a; { var a; } }",
    "s|{ function f() {} let f; }",
    "s|switch (a) { default: default: }",
    "s|throw\nerr;",
    "s|a\n=> 1",
    "s|async (a)\n=> 1",
    "s|({ get a(x) {} })",
    "s|({ set a() {} })",
    "s|({ async *[a]: 1 })",
    "s|class A extends B { m() { super(); } }",
    "s|function f() { super.x; }",
    "s|x = { a: 1 } = 2",
    "s|import x from \"y\";",
    "s|export var a;",
    "s|import.meta",
    "m|import a from \"a\"; import a from \"b\";",
    "m|export { x };",
    "m|var x; export { x, x };",
    "m|export default 1; export default 2;",
    "m|await: 1;",
    "m|var await;",
    "m|<!-- html comment",
    "m|export { \"a\" };",
    "m|import { \"a\" } from \"b\";",
    "m|import { default } from \"b\";",
    "m|export * as \"\\uD800\" from \"x\";",
    "m|import x from \"y\" with { type: \"json\", type: \"json\" };",
    "m|with (a) {}",
    "m|function f() { await 1; }",
    "m|x = 010;",
};

/* Every node lies inside its parent and inside the source. */
static int tree_ok(const lode_js_parse_result *r, size_t len) {
  uint32_t cap = 1024, sp = 1;
  uint32_t *stack = malloc(cap * 2 * sizeof(uint32_t));
  if (stack == NULL) return 0;
  stack[0] = r->root;
  stack[1] = 0;
  int ok = r->nodes[r->root].kind == N_PROGRAM;
  while (sp > 0 && ok) {
    sp--;
    uint32_t n = stack[sp * 2], parent = stack[sp * 2 + 1];
    const lode_js_node *x = &r->nodes[n];
    if (x->start > x->end || x->end > len) ok = 0;
    if (parent && (x->start < r->nodes[parent].start || x->end > r->nodes[parent].end)) ok = 0;
    for (uint32_t c = x->first; c && ok; c = r->nodes[c].next) {
      if (sp == cap) {
        uint32_t *s2 = realloc(stack, cap * 4 * sizeof(uint32_t));
        if (s2 == NULL) {
          ok = 0;
          break;
        }
        stack = s2;
        cap *= 2;
      }
      stack[sp * 2] = c;
      stack[sp * 2 + 1] = n;
      sp++;
    }
  }
  free(stack);
  return ok;
}

static void expect_ok(const char *src, int module) {
  lode_js_parse_result r;
  size_t len = strlen(src);
  if (lode_js_parse(src, len, module, &r) != 0) {
    fprintf(stderr, "should parse (%s): %s\n  %u:%u: %s\n", module ? "module" : "script", src, r.error_line,
            r.error_column, r.error_message);
    failures++;
  } else if (!tree_ok(&r, len)) {
    fprintf(stderr, "bad tree: %s\n", src);
    failures++;
  }
  lode_js_parse_result_free(&r);
}

static void expect_error(const char *src, int module, const char *message, uint32_t line, uint32_t column) {
  lode_js_parse_result r;
  if (lode_js_parse(src, strlen(src), module, &r) == 0) {
    fprintf(stderr, "should be rejected (%s): %s\n", module ? "module" : "script", src);
    failures++;
  } else {
    if (r.error_message == NULL || (message != NULL && strstr(r.error_message, message) == NULL)) {
      fprintf(stderr, "%s: message \"%s\", expected \"%s\"\n", src, r.error_message ? r.error_message : "(null)", message);
      failures++;
    }
    if (line && (r.error_line != line || r.error_column != column)) {
      fprintf(stderr, "%s: error at %u:%u, expected %u:%u\n", src, r.error_line, r.error_column, line, column);
      failures++;
    }
  }
  lode_js_parse_result_free(&r);
}

static void test_lists(void) {
  for (size_t i = 0; i < sizeof valid_scripts / sizeof *valid_scripts; i++) expect_ok(valid_scripts[i], 0);
  for (size_t i = 0; i < sizeof valid_modules / sizeof *valid_modules; i++) expect_ok(valid_modules[i], 1);
  for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++) expect_error(invalid[i] + 2, invalid[i][0] == 'm', NULL, 0, 0);
}

static void test_messages(void) {
  expect_error("let a = 1;\nlet a = 2;", 0, "already been declared", 2, 5);
  expect_error("\n\n  @", 0, "Invalid or unexpected token", 3, 3);
  expect_error("x = '\xc3\xa9' + @", 0, "Invalid or unexpected token", 1, 11);
  expect_error("a\r\nb\rc\xe2\x80\xa8" "d @", 0, NULL, 4, 3);
  expect_error("var x = {", 0, "Unexpected end of input", 1, 10);
  expect_error("foo bar", 0, "Unexpected identifier 'bar'", 1, 5);
  expect_error("(a, b) + 1 => 2", 0, "Unexpected token '=>'", 1, 12);
  expect_error("({a = 1})", 0, "Invalid shorthand property initializer", 1, 3);
  expect_error("x = /(/", 0, "Invalid regular expression", 0, 0);
  expect_error("import x from 'y'", 0, "Cannot use import statement outside a module", 1, 1);
  expect_error("import.meta", 0, "Cannot use 'import.meta' outside a module", 1, 1);
  expect_error("export { nope }", 1, "not defined", 1, 10);
}

/* Kind of the identifier node spanning the n-th occurrence of the whole
 * word text. */
static int is_word_char(char c) { return c == '_' || c == '$' || c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

static int kind_of(const lode_js_parse_result *r, const char *src, const char *text, int n) {
  size_t tl = strlen(text);
  const char *at = NULL;
  for (const char *s = src; (s = strstr(s, text)) != NULL; s++) {
    if ((s > src && is_word_char(s[-1])) || is_word_char(s[tl])) continue;
    if (n-- == 0) {
      at = s;
      break;
    }
  }
  if (at == NULL) return -1;
  uint32_t s = (uint32_t)(at - src), e = s + (uint32_t)tl;
  for (uint32_t i = 1; i < r->node_count; i++)
    if (r->nodes[i].start == s && r->nodes[i].end == e &&
        (r->nodes[i].kind == N_IDENT_REF || r->nodes[i].kind == N_IDENT_BIND || r->nodes[i].kind == N_IDENT_NAME ||
         r->nodes[i].kind == N_LABEL || r->nodes[i].kind == N_PRIVATE_NAME))
      return r->nodes[i].kind;
  return -1;
}

static void test_identifiers(void) {
  const char *src =
      "import { a as b } from 'm';\n"
      "let c = b.d + e[f];\n"
      "lbl: for (const g of h) { if (g) break lbl; }\n"
      "({ i: j, k, l = m } = n);\n"
      "const { o: p, q = r } = s;\n"
      "function t(u, [v] = w) { return x => x + u; }\n"
      "class Y { #z = 1; aa() { return this.#z; } }\n"
      "export { c as bb };\n";
  lode_js_parse_result r;
  CHECK(lode_js_parse(src, strlen(src), 1, &r) == 0);
  if (r.error_message) fprintf(stderr, "%u:%u: %s\n", r.error_line, r.error_column, r.error_message);
  CHECK(kind_of(&r, src, "a", 0) == N_IDENT_NAME);
  CHECK(kind_of(&r, src, "b", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "c", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "b", 1) == N_IDENT_REF);  /* b.d */
  CHECK(kind_of(&r, src, "d", 0) == N_IDENT_NAME); /* property */
  CHECK(kind_of(&r, src, "e", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "f", 0) == N_IDENT_REF);  /* e[f] */
  CHECK(kind_of(&r, src, "lbl", 0) == N_LABEL);
  CHECK(kind_of(&r, src, "lbl", 1) == N_LABEL);
  CHECK(kind_of(&r, src, "g", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "h", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "i", 0) == N_IDENT_NAME); /* key i: */
  CHECK(kind_of(&r, src, "j", 0) == N_IDENT_REF);  /* assignment target */
  CHECK(kind_of(&r, src, "k", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "l", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "m", 1) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "o", 0) == N_IDENT_NAME);
  CHECK(kind_of(&r, src, "p", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "q", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "r", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "u", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "v", 0) == N_IDENT_BIND);
  CHECK(kind_of(&r, src, "w", 0) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "x", 0) == N_IDENT_BIND);  /* arrow parameter */
  CHECK(kind_of(&r, src, "x", 1) == N_IDENT_REF);
  CHECK(kind_of(&r, src, "#z", 0) == N_PRIVATE_NAME);
  CHECK(kind_of(&r, src, "c", 1) == N_IDENT_REF); /* export { c as bb } */
  CHECK(kind_of(&r, src, "bb", 0) == N_IDENT_NAME);
  lode_js_parse_result_free(&r);
}

static int str_is(lode_js_str s, const char *v) { return s.p != NULL && s.len == strlen(v) && memcmp(s.p, v, s.len) == 0; }

static void test_module_records(void) {
  const char *src =
      "import def, { a, b as c, 'd e' as f } from './x.js';\n"
      "import * as ns from \"n\\u0073\";\n"
      "import data from './d.json' with { type: 'json' };\n"
      "export const g = import('dyn'), [h] = [];\n"
      "export default function named() {}\n"
      "export * as star from 'all';\n"
      "export { a as \"quoted\", c } from 're';\n"
      "const u = import.meta.url; await import(`t${1}`);\n";
  lode_js_parse_result r;
  CHECK(lode_js_parse(src, strlen(src), 1, &r) == 0);
  if (r.error_message) fprintf(stderr, "%u:%u: %s\n", r.error_line, r.error_column, r.error_message);
  CHECK(r.has_top_level_await);
  CHECK(r.item_count == 10);
  if (r.item_count != 10) {
    lode_js_parse_result_free(&r);
    return;
  }
  const lode_js_module_item *it = r.items;
  const lode_js_entry *e = r.entries;
  CHECK(it[0].kind == LODE_JS_IMPORT && str_is(it[0].specifier, "./x.js") && it[0].entry_count == 4);
  CHECK(it[0].spec_end - it[0].spec_start == 8 && memcmp(src + it[0].spec_start, "'./x.js'", 8) == 0);
  CHECK(str_is(e[it[0].first_entry].imported, "default") && str_is(e[it[0].first_entry].local, "def"));
  CHECK(str_is(e[it[0].first_entry + 1].imported, "a") && str_is(e[it[0].first_entry + 1].local, "a"));
  CHECK(str_is(e[it[0].first_entry + 2].imported, "b") && str_is(e[it[0].first_entry + 2].local, "c"));
  CHECK(str_is(e[it[0].first_entry + 3].imported, "d e") && str_is(e[it[0].first_entry + 3].local, "f"));
  CHECK(it[1].kind == LODE_JS_IMPORT && str_is(it[1].specifier, "ns")); /* escape decoded */
  CHECK(str_is(e[it[1].first_entry].imported, "*") && str_is(e[it[1].first_entry].local, "ns"));
  CHECK(it[2].kind == LODE_JS_IMPORT && str_is(it[2].attr_type, "json"));
  CHECK(it[3].kind == LODE_JS_EXPORT_LOCAL && it[3].entry_count == 2);
  CHECK(str_is(e[it[3].first_entry].exported, "g") && str_is(e[it[3].first_entry + 1].exported, "h"));
  CHECK(it[4].kind == LODE_JS_IMPORT_CALL && str_is(it[4].specifier, "dyn")); /* inside the export */
  CHECK(it[5].kind == LODE_JS_EXPORT_DEFAULT && str_is(e[it[5].first_entry].local, "named") &&
        str_is(e[it[5].first_entry].exported, "default"));
  CHECK((r.nodes[it[5].node].flags & NF_DECL) && memcmp(src + it[5].decl_start, "function named", 14) == 0);
  CHECK(it[6].kind == LODE_JS_EXPORT_ALL && str_is(it[6].specifier, "all") && str_is(e[it[6].first_entry].exported, "star"));
  CHECK(it[7].kind == LODE_JS_EXPORT_FROM && it[7].entry_count == 2);
  CHECK(str_is(e[it[7].first_entry].imported, "a") && str_is(e[it[7].first_entry].exported, "quoted"));
  CHECK(it[8].kind == LODE_JS_IMPORT_META && it[8].end - it[8].start == 11);
  CHECK(it[9].kind == LODE_JS_IMPORT_CALL && !it[9].has_specifier); /* a template: not a plain string */
  CHECK(memcmp(src + it[9].start, "import(`t${1}`)", it[9].end - it[9].start) == 0);
  lode_js_parse_result_free(&r);

  const char *exp = "export default (1 + 2);";
  CHECK(lode_js_parse(exp, strlen(exp), 1, &r) == 0);
  CHECK(r.item_count == 1 && !(r.nodes[r.items[0].node].flags & NF_DECL));
  CHECK(r.item_count == 1 && r.items[0].decl_end - r.items[0].decl_start == 7 && str_is(r.entries[0].local, "*default*"));
  lode_js_parse_result_free(&r);
}

/* Hostile nesting is refused with an error, never a stack overflow. */
static void test_depth(void) {
  static const struct {
    const char *pre, *open, *mid, *close, *post;
  } forms[] = {
      {"", "[", "0", "]", ""}, {"", "(", "0", ")", ""}, {"", "{", "", "}", ""}, {"", "x={a:", "0", "}", ""},
      {"", "- ", "0", "", ""}, {"", "!", "0", "", ""}, {"", "a=", "0", "", ""}, {"", "a**", "0", "", ""},
      {"", "function f(){", "", "}", ""}, {"", "`${", "0", "}`", ""}, {"", "if(1)", ";", "", ""},
      {"", "a=>", "0", "", ""}, {"", "new ", "a", "", ""}, {"", "class A extends(", "B", "){}", ""},
      {"x=/", "(", "a", ")", "/"}, {"var ", "[", "a", "]", "=0"}, {"", "a?", "0", ":0", ""}, {"", "f(", "0", ")", ""},
      {"", "a.b(", "", ")", ""}, {"", "async()=>", "0", "", ""}, {"", "for(;;)", ";", "", ""}, {"", "a[", "0", "]", ""},
      {"", "({a:", "0", "})", ""}, {"[", "[", "a", "]", "]=0"}, {"", "typeof ", "a", "", ""}, {"", "void ", "a", "", ""},
  };
  for (size_t f = 0; f < sizeof forms / sizeof *forms; f++) {
    for (int deep = 0; deep < 2; deep++) {
      size_t n = deep ? 100000 : 200;
      size_t lp = strlen(forms[f].pre), lo = strlen(forms[f].open), lm = strlen(forms[f].mid);
      size_t lc = strlen(forms[f].close), ls = strlen(forms[f].post);
      char *s = malloc(n * (lo + lc) + lp + lm + ls + 1), *o = s;
      if (s == NULL) return;
      memcpy(o, forms[f].pre, lp);
      o += lp;
      for (size_t i = 0; i < n; i++, o += lo) memcpy(o, forms[f].open, lo);
      memcpy(o, forms[f].mid, lm);
      o += lm;
      for (size_t i = 0; i < n; i++, o += lc) memcpy(o, forms[f].close, lc);
      memcpy(o, forms[f].post, ls);
      o += ls;
      *o = 0;
      lode_js_parse_result r;
      int rc = lode_js_parse(s, (size_t)(o - s), 0, &r);
      if (deep) {
        if (rc == 0 || (strcmp(r.error_message, "too deeply nested") != 0 && strstr(r.error_message, "too large") == NULL)) {
          fprintf(stderr, "depth %zu of %s: %s\n", n, forms[f].open, rc == 0 ? "parsed" : r.error_message);
          failures++;
        }
      } else if (rc != 0) {
        fprintf(stderr, "depth %zu of %s: %s\n", n, forms[f].open, r.error_message);
        failures++;
      }
      lode_js_parse_result_free(&r);
      free(s);
    }
  }
}

/* Every prefix of a program: parsed or rejected, never a crash. */
static void test_prefixes(void) {
  const char *src =
      "import a, { b as c } from 'x' with { type: 'json' };\n"
      "export default class extends a { #p = 1; static { this.q = `t${c}u`; } get [Symbol.x]() { return /r[/]e/g; } }\n"
      "label: for await (const [d = 1, ...e] of f?.g ?? h) { if (d) continue label; else break; }\n"
      "x = async ({ i, j: [k] }, ...l) => { try { yield_ = 0x1_0n ** 2n; } catch { } finally { } };\n";
  size_t len = strlen(src);
  expect_ok(src, 1);
  for (size_t i = 0; i <= len; i++) {
    char *s = malloc(i + 1);
    if (s == NULL) return;
    memcpy(s, src, i); /* no terminator: the parser must not read past len */
    lode_js_parse_result r;
    if (lode_js_parse(s, i, 1, &r) == 0) CHECK(tree_ok(&r, i));
    else CHECK(r.error_offset <= i && r.error_message != NULL);
    lode_js_parse_result_free(&r);
    free(s);
  }
}

static void test_tree(void) {
  const char *src = "a = (b, c) => b + c * 2;";
  lode_js_parse_result r;
  CHECK(lode_js_parse(src, strlen(src), 0, &r) == 0);
  const lode_js_node *n = r.nodes;
  uint32_t stmt = n[r.root].first, assign = n[stmt].first;
  CHECK(n[stmt].kind == N_EXPR_STMT && n[assign].kind == N_ASSIGN && n[assign].op == T_ASSIGN);
  uint32_t arrow = n[n[assign].first].next;
  CHECK(n[arrow].kind == N_ARROW && (n[arrow].flags & NF_EXPR_BODY));
  uint32_t params = n[arrow].first, body = n[params].next;
  CHECK(n[params].kind == N_PARAMS && n[n[params].first].kind == N_IDENT_BIND && n[n[params].first].op == B_PARAM);
  CHECK(n[body].kind == N_BINARY && n[body].op == T_PLUS);
  CHECK(n[n[n[body].first].next].kind == N_BINARY && n[n[n[body].first].next].op == T_STAR);
  CHECK(n[body].start == 14 && n[body].end == 23);
  lode_js_parse_result_free(&r);
}

int main(void) {
  test_lists();
  test_messages();
  test_identifiers();
  test_module_records();
  test_tree();
  test_depth();
  test_prefixes();
  if (failures) {
    fprintf(stderr, "%d failures\n", failures);
    return 1;
  }
  printf("ok\n");
  return 0;
}
