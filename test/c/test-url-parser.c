// link: src/url_parser.c src/url_fast.c src/url_idna.c src/utf8.c -licuuc
/* Unit tests for the engine-free WHATWG URL parser: parsing, setters,
 * hosts, the serializer's component offsets and the href segments. */
#include <stdio.h>
#include <string.h>

#include "url_parser.h"
#include "utf8.h"

static int failures, checks;

/* UTF-8 literal to UTF-16 units. */
static size_t u16(const char *s, uint16_t *out) {
  return lode_utf8_to_utf16((const unsigned char *)s, strlen(s), out);
}

static const char *href_of(lode_url *u, lode_url_components *c) {
  static lode_sbuf out;
  lode_url_serialize(u, &out, c);
  static char buf[4096];
  memcpy(buf, out.p, out.len);
  buf[out.len] = '\0';
  return buf;
}

/* Parses input (against base when not NULL); want NULL means failure. */
static void check_parse(const char *input, const char *base, const char *want) {
  uint16_t in[1024], b[1024];
  lode_url u, bu;
  lode_url_init(&u);
  lode_url_init(&bu);
  checks++;
  size_t n = u16(input, in);
  const lode_url *basep = NULL;
  if (base != NULL) {
    size_t bn = u16(base, b);
    if (lode_url_parse(&bu, b, bn, NULL) < 0) {
      printf("FAIL base <%s> does not parse\n", base);
      failures++;
      goto done;
    }
    basep = &bu;
  }
  int r = lode_url_parse(&u, in, n, basep);
  if (want == NULL) {
    if (r == 0) {
      lode_url_components c;
      printf("FAIL <%s>: parsed as <%s>, want failure\n", input, href_of(&u, &c));
      failures++;
    }
  } else if (r != 0) {
    printf("FAIL <%s>: failure, want <%s>\n", input, want);
    failures++;
  } else {
    lode_url_components c;
    const char *got = href_of(&u, &c);
    if (strcmp(got, want) != 0) {
      printf("FAIL <%s>: got <%s>, want <%s>\n", input, got, want);
      failures++;
    }
  }
done:
  lode_url_free(&u);
  lode_url_free(&bu);
}

static void check_set(const char *href, int which, const char *value, const char *want) {
  uint16_t in[1024], v[1024];
  lode_url u;
  lode_url_init(&u);
  checks++;
  size_t n = u16(href, in);
  if (lode_url_parse(&u, in, n, NULL) < 0) {
    printf("FAIL setter base <%s> does not parse\n", href);
    failures++;
  } else {
    size_t vn = u16(value, v);
    int r = lode_url_set(&u, which, v, vn);
    lode_url_components c;
    const char *got = r < 0 ? "(failure)" : href_of(&u, &c);
    if (strcmp(got, want) != 0) {
      printf("FAIL set %d <%s> = \"%s\": got <%s>, want <%s>\n", which, href, value, got, want);
      failures++;
    }
  }
  lode_url_free(&u);
}

static void check_components(const char *input, int pe, int ue, int hs, int he, int port, int ps,
                             int ss, int hash) {
  uint16_t in[1024];
  lode_url u;
  lode_url_init(&u);
  checks++;
  size_t n = u16(input, in);
  if (lode_url_parse(&u, in, n, NULL) < 0) {
    printf("FAIL components <%s>: does not parse\n", input);
    failures++;
  } else {
    lode_url_components c;
    href_of(&u, &c);
    if (c.protocol_end != pe || c.username_end != ue || c.host_start != hs || c.host_end != he ||
        c.port != port || c.pathname_start != ps || c.search_start != ss || c.hash_start != hash) {
      printf("FAIL components <%s>: %d %d %d %d %d %d %d %d\n", input, c.protocol_end,
             c.username_end, c.host_start, c.host_end, c.port, c.pathname_start, c.search_start,
             c.hash_start);
      failures++;
    }
  }
  lode_url_free(&u);
}

/* The segments must rebuild the href exactly. */
static void check_segments(const char *input, const char *base, int max_expected) {
  uint16_t in[1024], b[1024];
  lode_url u, bu;
  lode_url_init(&u);
  lode_url_init(&bu);
  checks++;
  size_t n = u16(input, in), bn = 0;
  if (base != NULL) {
    bn = u16(base, b);
    lode_url_parse(&bu, b, bn, NULL);
  }
  if (lode_url_parse(&u, in, n, base != NULL ? &bu : NULL) < 0) {
    printf("FAIL segments <%s>: does not parse\n", input);
    failures++;
    goto done;
  }
  lode_url_components c;
  const char *href = href_of(&u, &c);
  lode_url_seg segs[16];
  char lit[256];
  int k = lode_url_segments(href, strlen(href), in, n, base != NULL ? b : NULL, bn, segs, 16, lit,
                            sizeof(lit));
  if (k < 0 || k > max_expected) {
    printf("FAIL segments <%s>: %d segments, want at most %d\n", input, k, max_expected);
    failures++;
    goto done;
  }
  char rebuilt[4096];
  size_t o = 0;
  for (int i = 0; i < k; i++) {
    for (int j = 0; j < segs[i].len; j++) {
      int s = segs[i].start + j;
      char ch;
      switch (segs[i].type) {
      case LODE_URL_SEG_INPUT: ch = (char)in[s]; break;
      case LODE_URL_SEG_BASE: ch = (char)b[s]; break;
      case LODE_URL_SEG_LOWER: ch = (char)(in[s] >= 'A' && in[s] <= 'Z' ? in[s] + 32 : in[s]); break;
      default: ch = lit[s]; break;
      }
      rebuilt[o++] = ch;
    }
  }
  rebuilt[o] = '\0';
  if (strcmp(rebuilt, href) != 0) {
    printf("FAIL segments <%s>: rebuilt <%s>, want <%s>\n", input, rebuilt, href);
    failures++;
  }
done:
  lode_url_free(&u);
  lode_url_free(&bu);
}


/* The fast path must give exactly the state machine's result. */
static void check_fast(const char *input) {
  uint16_t in[1024];
  lode_url u;
  lode_url_init(&u);
  checks++;
  size_t n = u16(input, in);
  lode_sbuf a = {0}, b = {0};
  lode_url_components ca, cb;
  memset(&ca, 0, sizeof(ca));
  memset(&cb, 0, sizeof(cb));
  int same = 0, same_b = 0;
  lode_url_fast_path = 1;
  int ra = lode_url_parse_href(&u, in, n, NULL, &a, &ca, &same);
  lode_url_fast_path = 0;
  int rb = lode_url_parse_href(&u, in, n, NULL, &b, &cb, &same_b);
  lode_url_fast_path = 1;
  /* "same" must be exact when claimed. */
  int really_same = ra == 0 && a.len == n;
  for (size_t i = 0; really_same && i < n; i++) really_same = in[i] == (unsigned char)a.p[i];
  if (same && !really_same) {
    printf("FAIL fast path <%s>: claims the href equals the input\n", input);
    failures++;
  }
  if (ra != rb || (ra == 0 && (a.len != b.len || memcmp(a.p, b.p, a.len) != 0 ||
                               memcmp(&ca, &cb, sizeof(ca)) != 0))) {
    printf("FAIL fast path <%s>: %d <%.*s> vs %d <%.*s>\n", input, ra, (int)a.len, a.p, rb,
           (int)b.len, b.p);
    failures++;
  }
  lode_sbuf_free(&a);
  lode_sbuf_free(&b);
  lode_url_free(&u);
}

int main(void) {
  /* Special URLs */
  check_parse("http://example.com", NULL, "http://example.com/");
  check_parse("HTTPS://EXAMPLE.COM:443/A/./b/../c?Q#F", NULL, "https://example.com/A/c?Q#F");
  check_parse("  http://x/ \t\n", NULL, "http://x/");
  check_parse("http://x/a\tb\nc", NULL, "http://x/abc");
  check_parse("http:\\\\x\\y", NULL, "http://x/y");
  check_parse("http://user:pa:ss@x/", NULL, "http://user:pa%3Ass@x/");
  check_parse("http://a@b@c/", NULL, "http://a%40b@c/");
  check_parse("http://@x/", NULL, "http://x/");
  check_parse("http://:@x/", NULL, "http://x/");
  check_parse("http://@/", NULL, NULL);
  check_parse("http://x:65535/", NULL, "http://x:65535/");
  check_parse("http://x:65536/", NULL, NULL);
  check_parse("http://x:080/", NULL, "http://x/");
  check_parse("http://x:8a/", NULL, NULL);
  check_parse("http://x/ a?b c#d e", NULL, "http://x/%20a?b%20c#d%20e");
  check_parse("http://x/é?é#é", NULL, "http://x/%C3%A9?%C3%A9#%C3%A9");
  check_parse("https://x/?'", NULL, "https://x/?%27");
  check_parse("sc://x/?'", NULL, "sc://x/?'");
  check_parse("http://x/%2e%2E/a/.%2e/b", NULL, "http://x/b");
  check_parse("http://", NULL, NULL);
  check_parse("http:", NULL, NULL);
  check_parse("", NULL, NULL);
  check_parse("x", NULL, NULL);
  /* Hosts */
  check_parse("http://0x7f.1/", NULL, "http://127.0.0.1/");
  check_parse("http://0300.0250.1/", NULL, "http://192.168.0.1/");
  check_parse("http://4294967295/", NULL, "http://255.255.255.255/");
  check_parse("http://4294967296/", NULL, NULL);
  check_parse("http://1.2.3.4.5/", NULL, NULL);
  check_parse("http://1.2.3.09/", NULL, NULL);
  check_parse("http://foo.09/", NULL, NULL);
  check_parse("http://foo.0x/", NULL, NULL);
  check_parse("http://1.2.3.4./", NULL, "http://1.2.3.4/");
  check_parse("http://[::1]/", NULL, "http://[::1]/");
  check_parse("http://[0:0:0:0:0:0:0:1]/", NULL, "http://[::1]/");
  check_parse("http://[1:0:0:2:0:0:0:3]/", NULL, "http://[1:0:0:2::3]/");
  check_parse("http://[1:0::0:2]/", NULL, "http://[1::2]/");
  check_parse("http://[::ffff:1.2.3.4]/", NULL, "http://[::ffff:102:304]/");
  check_parse("http://[1:2:3:4:5:6:7:8]/", NULL, "http://[1:2:3:4:5:6:7:8]/");
  check_parse("http://[1:2:3:4:5:6:7:8:9]/", NULL, NULL);
  check_parse("http://[::1.2.3]/", NULL, NULL);
  check_parse("http://[:1]/", NULL, NULL);
  check_parse("http://[1::2::3]/", NULL, NULL);
  check_parse("http://[::1/", NULL, NULL);
  check_parse("http://münchen.de/", NULL, "http://xn--mnchen-3ya.de/");
  check_parse("http://M%C3%BCnchen.de/", NULL, "http://xn--mnchen-3ya.de/");
  check_parse("http://xn--mnchen-3ya.de/", NULL, "http://xn--mnchen-3ya.de/");
  check_parse("http://xn--a/", NULL, NULL);
  check_parse("http://a<b/", NULL, NULL);
  check_parse("http://a%00b/", NULL, NULL);
  check_parse("http://a%/", NULL, NULL);
  check_parse("http://\xe2\x80\x8d.example/", NULL, NULL);
  check_parse("http://-x.y-/", NULL, "http://-x.y-/");
  check_parse("sc://a%/", NULL, "sc://a%/");
  check_parse("sc://a b/", NULL, NULL);
  check_parse("sc://é/", NULL, "sc://%C3%A9/");
  check_parse("sc://[::1]/", NULL, "sc://[::1]/");
  /* Non-special and opaque paths */
  check_parse("sc:x y", NULL, "sc:x y");
  check_parse("sc:x ?y", NULL, "sc:x%20?y");
  check_parse("mailto:a@b.c", NULL, "mailto:a@b.c");
  check_parse("sc:///a", NULL, "sc:///a");
  check_parse("sc:/a/../b", NULL, "sc:/b");
  check_parse("sc:/.//a", NULL, "sc:/.//a");
  check_parse("web+demo:/.//not-a-host/", NULL, "web+demo:/.//not-a-host/");
  check_parse("data:text/plain,a b", NULL, "data:text/plain,a b");
  /* Relative */
  check_parse("../x", "http://a/b/c/d", "http://a/b/x");
  check_parse("//y/z", "http://a/b", "http://y/z");
  check_parse("?q", "http://a/b?x#y", "http://a/b?q");
  check_parse("#f", "http://a/b?x#y", "http://a/b?x#f");
  check_parse("", "http://a/b?x#y", "http://a/b?x");
  check_parse("/p", "sc://h/x", "sc://h/p");
  check_parse("#f", "sc:opaque", "sc:opaque#f");
  check_parse("x", "sc:opaque", NULL);
  check_parse("http:x", "http://a/b/c", "http://a/b/x");
  check_parse("https:x", "http://a/b/c", "https://x/");
  /* file */
  check_parse("file:///C:/a/../..", NULL, "file:///C:/");
  check_parse("file://localhost/x", NULL, "file:///x");
  check_parse("file://host/x", NULL, "file://host/x");
  check_parse("file:c:\\x", NULL, "file:///c:/x");
  check_parse("file://C|/x", NULL, "file:///C:/x");
  check_parse("x", "file:///a/b", "file:///a/x");
  check_parse("/x", "file:///C:/a", "file:///C:/x");
  check_parse("..", "file:///C:/", "file:///C:/");
  check_parse("file:", NULL, "file:///");
  check_parse("file:?q", "file:///a/b", "file:///a/b?q");
  /* Lone surrogates become U+FFFD (UTF-16 input built by hand below). */
  {
    uint16_t in[] = {'h', 't', 't', 'p', ':', '/', '/', 'x', '/', 0xD800, 'a'};
    lode_url u;
    lode_url_init(&u);
    checks++;
    lode_url_components c;
    if (lode_url_parse(&u, in, 11, NULL) < 0 ||
        strcmp(href_of(&u, &c), "http://x/%EF%BF%BDa") != 0) {
      printf("FAIL lone surrogate\n");
      failures++;
    }
    lode_url_free(&u);
  }

  /* Setters */
  check_set("http://x/", LODE_URL_SET_PROTOCOL, "https", "https://x/");
  check_set("http://x/", LODE_URL_SET_PROTOCOL, "sc", "http://x/");
  check_set("http://x:443/", LODE_URL_SET_PROTOCOL, "https:foo", "https://x/");
  check_set("http://x/", LODE_URL_SET_USERNAME, "a b@", "http://a%20b%40@x/");
  check_set("http://x/", LODE_URL_SET_PASSWORD, "p:w", "http://:p%3Aw@x/");
  check_set("file:///x", LODE_URL_SET_USERNAME, "a", "file:///x");
  check_set("http://x/p", LODE_URL_SET_HOST, "y.com:81", "http://y.com:81/p");
  check_set("http://x/p", LODE_URL_SET_HOST, "", "http://x/p");
  check_set("http://x/p", LODE_URL_SET_HOSTNAME, "y:81", "http://x/p");
  check_set("http://x:1/p", LODE_URL_SET_PORT, "80", "http://x/p");
  check_set("http://x:1/p", LODE_URL_SET_PORT, "", "http://x/p");
  check_set("http://x:1/p", LODE_URL_SET_PORT, "12ab", "http://x:12/p");
  check_set("http://x:1/p", LODE_URL_SET_PORT, "ab", "http://x:1/p");
  check_set("http://x:1/p", LODE_URL_SET_PORT, "70000", "http://x:1/p");
  check_set("http://x/p", LODE_URL_SET_PATHNAME, "a b/../c?#", "http://x/c%3F%23");
  check_set("sc:opaque", LODE_URL_SET_PATHNAME, "x", "sc:opaque");
  check_set("http://x/p?q", LODE_URL_SET_SEARCH, "", "http://x/p");
  check_set("http://x/p?q", LODE_URL_SET_SEARCH, "??a#b", "http://x/p??a%23b");
  check_set("http://x/p#h", LODE_URL_SET_HASH, "", "http://x/p");
  check_set("http://x/p", LODE_URL_SET_HASH, "#a#b c", "http://x/p#a#b%20c");
  check_set("http://x/p", LODE_URL_SET_HREF, "nope", "(failure)");
  check_set("http://x/p", LODE_URL_SET_HREF, "sc:y", "sc:y");
  check_set("file:///p", LODE_URL_SET_HOST, "h", "file://h/p");
  check_set("file://h/p", LODE_URL_SET_HOST, "localhost", "file:///p");

  /* Component offsets: protocol_end username_end host_start host_end port
   * pathname_start search_start hash_start */
  check_components("https://u:p@h.com:81/a?b#c", 6, 9, 12, 17, 81, 20, 22, 24);
  check_components("https://h/", 6, 8, 8, 9, -1, 9, -1, -1);
  check_components("sc:x?y", 3, 3, 3, 3, -1, 3, 4, -1);
  check_components("sc:/.//p", 3, 3, 3, 3, -1, 5, -1, -1);
  check_components("http://:p@h/", 5, 7, 10, 11, -1, 11, -1, -1);

  /* Segments */
  check_segments("https://example.com/a?b#c", NULL, 1);
  check_segments("https://example.com", NULL, 2);
  check_segments("HTTPS://EXAMPLE.COM/A/./B/../C?Q=1", NULL, 4);
  check_segments("http://x:80/a", NULL, 2);
  check_segments("../up/one", "https://www.example.com/dir/sub/page.html", 2);
  check_segments("?q", "https://www.example.com/dir/page.html?x#y", 2);
  check_segments("http://x/a b", NULL, 3);
  check_segments("http://münchen.de/x", NULL, 8);
  check_segments("  http://x/\ta ", NULL, 3);
  check_segments("https:]]:443:443B@C:", "sc:opaque", 8);
  check_segments("HTTP://U:PW@X.COM/A?B#C", NULL, 8);

  /* Hosts for url.domainToASCII / domainToUnicode */
  {
    uint16_t in[64];
    lode_sbuf out = {0};
    checks++;
    size_t n = u16("xn--mnchen-3ya.de", in);
    if (lode_url_domain_to_unicode(in, n, &out) < 0 || out.len != 11 ||
        memcmp(out.p, "m\xc3\xbcnchen.de", 11) != 0) {
      printf("FAIL domain_to_unicode\n");
      failures++;
    }
    checks++;
    n = u16("1.2.3", in);
    if (lode_url_domain_to_ascii(in, n, &out) < 0 || out.len != 7 || memcmp(out.p, "1.2.0.3", 7)) {
      printf("FAIL domain_to_ascii ipv4\n");
      failures++;
    }
    lode_sbuf_free(&out);
  }

  check_fast("https://www.example.com/");
  check_fast("https://www.google.com/search?q=url+parser&hl=en&source=hp");
  check_fast("http://example.org/path/to/resource.html");
  check_fast("HTTP://EXAMPLE.ORG");
  check_fast("http://x.com:80");
  check_fast("http://x.com:8080");
  check_fast("http://x.com:080/a");
  check_fast("http://x.com:/a");
  check_fast("http://x.com:65536/");
  check_fast("http://x.com:99999999999/");
  check_fast("http://x.com:1a/");
  check_fast("https://x.com:443?q");
  check_fast("ws://x:80#f");
  check_fast("wss://x:443/");
  check_fast("ftp://x:21/y");
  check_fast("http://x/a/./b");
  check_fast("http://x/a/../b");
  check_fast("http://x/%2e/b");
  check_fast("http://x/%2E%2e/b");
  check_fast("http://x/.a/b");
  check_fast("http://x/a.");
  check_fast("http://x/..a");
  check_fast("http://x/a\\b");
  check_fast("http://x\\y");
  check_fast("http://x/ a b?c d#e f");
  check_fast("http://x/é?é#é");
  check_fast("http://x/?'\"<>`{}");
  check_fast("http://x/#'\"<>`{}");
  check_fast("http://x/a?b#c?d#e");
  check_fast("http://1.2.3.4/");
  check_fast("http://1.2.3.4.x/");
  check_fast("http://x.1/");
  check_fast("http://x.0x1/");
  check_fast("http://x.1a/");
  check_fast("http://a.b.");
  check_fast("http://a..b/");
  check_fast("http://.");
  check_fast("http://xn--a.com/");
  check_fast("http://a.xn--zca/");
  check_fast("http://axn--b/");
  check_fast("http://a_b-c.d/");
  check_fast("http://a@b/");
  check_fast("http://a:b@c/");
  check_fast("http://[::1]/");
  check_fast("http://a%41/");
  check_fast("http://a<b/");
  check_fast("http:///x");
  check_fast("http:/x");
  check_fast("http:x");
  check_fast("http://");
  check_fast("http://:80/");
  check_fast("http://x:80:90/");
  check_fast("https://x?");
  check_fast("https://x#");
  check_fast("https://x/?#");
  check_fast("HTTPS://X/Y");
  check_fast("https://x/ð");
  check_fast("file:///x");
  check_fast("sc://x/");
  check_fast("https://x/a//b//");
  check_fast("https://x//");
  check_fast("javascript:alert(1)");
  check_fast("http://x/a?b\\c");
  check_fast("http://x/a#b\\c");
  check_fast("httpx://y/");
  check_fast("ws://y:0/");
  check_fast("http://x.com:8080/");
  check_fast("http://x.com:08080/");
  check_fast("http://x.com:/");
  check_fast("HTTP://x.com/");
  check_fast("http://x.com/\t");
  check_fast("http://x.com/a\tb");
  check_fast("http://x.com/ ");
  check_fast(" http://x.com/");
  check_fast("http://x.com/a%20b");
  check_fast("http://X.com:1/a b");
  check_fast("http://u:p@x/");
  check_fast("http://u@x/");
  check_fast("http://:p@x/");
  check_fast("http://@x/");
  check_fast("http://a@b@c/");
  check_fast("http://a:b:c@d/");
  check_fast("http://u:p@/");
  check_fast("http://a b@c/");
  check_fast("http://1.2.3.4:80/");
  check_fast("http://0x7f.1/");
  check_fast("http://[::1]:8080/x");
  check_fast("http://[::1/");
  check_fast("http://mÃ¼nchen.de/");
  check_fast("http://a%41.com/");
  check_fast("http://xn--zca.com/");
  check_fast("http://x/a/./b/../c");
  check_fast("http://x/a/..");
  check_fast("http://x/a/.");
  check_fast("http://x/..");
  check_fast("http://x/../..");
  check_fast("http://x/a/%2e%2E/b");
  check_fast("http://x/./");
  check_fast("http://x/a/b/../../..");
  check_fast("file:///a/b");
  check_fast("file:///C:/x");
  check_fast("file:///a/../C:/x");
  check_fast("file:///a/./b/../c?q#f");
  check_fast("file://host/x");
  check_fast("file:////x");
  check_fast("file:///");
  check_fast("file:///a\\b");
  check_fast("mailto:a@b");
  check_fast("sc:x y ?q");
  check_fast("sc:x  #f");
  check_fast("sc:");
  check_fast("sc:?");
  check_fast("sc:#");
  check_fast("sc:aÃ©b");
  check_fast("data:,x y");
  check_fast("javascript:void(0)");
  check_fast("sc:/x");
  check_fast("sc://x/");
  check_fast("a1+-.:x");
  check_fast("http://x:99999/");
  check_fast("http://x:1:2/");
  check_fast("http://x:a/");
  check_fast("ws://x/ð?ð#ð");
  printf("%d checks, %d failures\n", checks, failures);
  return failures != 0;
}
