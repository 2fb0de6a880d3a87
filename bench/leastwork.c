/* leastwork: the floor that actplot's speed is measured against (bench/run.sh, row "actplot ÷
 * least-work program").
 *
 * It draws the benchmark's figures with the least work that still produces what actplot
 * produces for them, using the same libraries (Cairo and Pango):
 *
 *   usage: leastwork OUT_DIR ID...      (OUT_DIR must exist; writes OUT_DIR/ID.png and ID.svg)
 *
 * For each id -- one of the 16 of bench/recipe.py, with the same functions and parameters -- it
 *   - samples 1000 points of f and f' on [-20, 20];
 *   - draws, at 1200x480 on a Cairo RGB24 image surface: white background, two panels side by
 *     side (function left, derivative right), each with a frame, a grid (9 vertical lines, 6
 *     horizontal), the curve (2.6 px, round joins), and 28 Pango text runs per figure (2 titles,
 *     4 axis labels, 10 x tick labels, 12 y tick labels), font "Noto Sans CJK SC, DejaVu Sans,
 *     sans-serif" at 14.5 px, each layout measured with pango_layout_get_pixel_extents so labels
 *     are centred or right-aligned;
 *   - converts the Cairo pixels (xRGB 32-bit, native endian) to 8-bit RGB with the PNG "Up"
 *     filter (filter byte 2), in one pass per row;
 *   - compresses each filtered row at once with the speed-first deflate below: one block of
 *     fixed Huffman codes (BTYPE=01), literals and run-length matches of DISTANCE 1 ONLY (a run
 *     of one repeated byte; the zero rows the Up filter makes of rows equal to the row above are
 *     such runs, so no distance = row-bytes match is needed), zlib header and Adler-32 trailer
 *     (the Adler-32 of a run is added in closed form, so the long zero runs cost almost nothing);
 *   - writes the PNG: signature, IHDR, one IDAT, IEND, each chunk with a table-driven CRC-32;
 *   - writes the SVG with fprintf: the same frame, grid and curves as <path d> with 2 decimals,
 *     the texts as <text> elements.
 * The figures are split between two threads (this one and one pthread), alternately.
 *
 * It deliberately does NOT: parse options, validate ids beyond skipping unknown ones, recover
 * from any error other than a failed fopen (reported, exit status 1), choose "nice" tick values
 * (the y ticks split the data range in 5 equal steps), clip, draw legends or the zero axis,
 * look for a better compression than runs of one byte (its PNGs are larger than zlib's), embed
 * glyph outlines in the SVG (it names the font), write a manifest or a report, or draw PDFs.
 *
 * Build (bench/run.sh does):
 *   cc -O2 -march=native leastwork.c $(pkg-config --cflags --libs pangocairo) -lm -lpthread
 * Set LEASTWORK_TIMES=1 to print, per figure, the CPU time of the PNG encoding (filter +
 * deflate + CRC) on stderr.
 */
#include <math.h>
#include <pango/pangocairo.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __SSSE3__
#include <tmmintrin.h>
#endif

enum { W = 1200, H = 480, N = 1000, ROW = 1 + 3 * W };

/* ---- the 16 activations (PyTorch's default parameters, as bench/recipe.py) ---- */
static const double LEAKY = 0.01, PRELU = 0.25, ELU_A = 1.0;
static const double SELU_A = 1.6732632423543772, SELU_S = 1.0507009873554805;

static double sigm(double x) { return 1 / (1 + exp(-x)); }
static double softplus(double x) { return fmax(x, 0) + log1p(exp(-fabs(x))); }

static void act(int k, double x, double *f, double *d) {
  switch (k) {
  case 0: *f = sigm(x); *d = *f * (1 - *f); break;
  case 1: *f = tanh(x); *d = 1 - *f * *f; break;
  case 2: *f = x > 0 ? x : 0; *d = x > 0; break;
  case 3: *f = x > 0 ? x : LEAKY * x; *d = x > 0 ? 1 : LEAKY; break;
  case 4: *f = x > 0 ? x : PRELU * x; *d = x > 0 ? 1 : PRELU; break;
  case 5: *f = fmin(fmax(x, 0), 6); *d = x > 0 && x < 6; break;
  case 6: *f = x > 0 ? x : ELU_A * expm1(x); *d = x > 0 ? 1 : ELU_A * exp(x); break;
  case 7: *f = SELU_S * (x > 0 ? x : SELU_A * expm1(x)); *d = SELU_S * (x > 0 ? 1 : SELU_A * exp(x)); break;
  case 8: { double s = sigm(x); *f = x * s; *d = s * (1 + x * (1 - s)); } break;
  case 9: *f = x * fmin(fmax(x + 3, 0), 6) / 6; *d = x <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6; break;
  case 10: *f = fmin(fmax(x + 3, 0), 6) / 6; *d = x > -3 && x < 3 ? 1.0 / 6 : 0; break;
  case 11: *f = 0.5 * x * (1 + erf(x / M_SQRT2));
    *d = 0.5 * (1 + erf(x / M_SQRT2)) + x * exp(-x * x / 2) / sqrt(2 * M_PI); break;
  case 12: *f = softplus(x); *d = sigm(x); break;
  case 13: { double t = tanh(softplus(x)), s = sigm(x); *f = x * t; *d = t + x * s * (1 - t * t); } break;
  case 14: *f = x / (1 + fabs(x)); *d = 1 / ((1 + fabs(x)) * (1 + fabs(x))); break;
  default: *f = x; *d = 1; break;
  }
}

static const char *IDS[16] = {"sigmoid", "tanh", "relu", "leaky-relu", "prelu", "relu6", "elu", "selu",
                              "swish", "hard-swish", "hard-sigmoid", "gelu", "softplus", "mish", "softsign", "identity"};
static const char *NAMES[16] = {"Sigmoid", "Tanh", "ReLU", "Leaky ReLU", "PReLU", "ReLU6", "ELU", "SELU",
                                "Swish", "Hard Swish", "Hard Sigmoid", "GELU", "Softplus", "Mish", "Softsign", "Identity"};

/* ---- geometry of one figure, shared by the PNG and the SVG ---- */
typedef struct {
  double left, right, top, bottom; /* plot area in pixels */
  double lo, hi;                   /* y range in data units, padded */
  double tick[6];                  /* y tick values */
  int decimals;                    /* of their labels */
} Panel;

static double px(const Panel *p, double x) { return p->left + (x + 22) * (p->right - p->left) / 44; }
static double py(const Panel *p, double y) { return p->bottom - (y - p->lo) * (p->bottom - p->top) / (p->hi - p->lo); }

static void layout_panels(Panel pan[2], double ys[2][N]) {
  for (int k = 0; k < 2; k++) {
    Panel *p = &pan[k];
    p->left = 90 + 600 * k; p->right = p->left + 480; p->top = 50; p->bottom = 410;
    double lo = ys[k][0], hi = ys[k][0];
    for (int i = 1; i < N; i++) { lo = fmin(lo, ys[k][i]); hi = fmax(hi, ys[k][i]); }
    if (hi - lo < 1e-9) { lo -= 0.5; hi += 0.5; }
    for (int t = 0; t < 6; t++) p->tick[t] = lo + (hi - lo) * t / 5;
    p->decimals = (int)fmin(fmax(ceil(-log10((hi - lo) / 5)) + 1, 0), 6); /* the labels stay within 5% of a step */
    for (int t = 0; t < 6; t++)
      if (fabs(p->tick[t]) < 0.5 * pow(10, -p->decimals)) p->tick[t] = 0; /* no "-0.00" */
    p->lo = lo - 0.05 * (hi - lo); p->hi = hi + 0.05 * (hi - lo);
  }
}

static const double GRID = 229 / 255.0, FRAME = 153 / 255.0;
static const double CURVE[2][3] = {{0, 114 / 255.0, 178 / 255.0}, {213 / 255.0, 94 / 255.0, 0}};
static const char *CURVE_HEX[2] = {"#0072b2", "#d55e00"};
static const char *YLABEL[2] = {"f(x)", "f\u2032(x)"};

/* ---- text: align 0 = centred horizontally with its top at y, 1 = right edge at x and centred
 * vertically, 2 = rotated -90 degrees and centred on (x, y) ---- */
static void text(cairo_t *cr, PangoLayout *lay, const char *s, double x, double y, int align) {
  PangoRectangle r;
  pango_layout_set_text(lay, s, -1);
  pango_layout_get_pixel_extents(lay, NULL, &r);
  if (align == 2) {
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_rotate(cr, -M_PI / 2);
    pango_cairo_update_layout(cr, lay);
    cairo_move_to(cr, -r.x - r.width / 2.0, -r.y - r.height / 2.0);
    pango_cairo_show_layout(cr, lay);
    cairo_restore(cr);
    pango_cairo_update_layout(cr, lay);
    return;
  }
  if (align == 0) cairo_move_to(cr, x - r.x - r.width / 2.0, y - r.y);
  else cairo_move_to(cr, x - r.x - r.width, y - r.y - r.height / 2.0);
  pango_cairo_show_layout(cr, lay);
}

static void draw(cairo_t *cr, PangoLayout *lay, const Panel pan[2], double xs[N], double ys[2][N], int id) {
  char buf[64];
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  for (int k = 0; k < 2; k++) {
    const Panel *p = &pan[k];
    cairo_set_line_width(cr, 1);
    cairo_set_source_rgb(cr, GRID, GRID, GRID);
    for (int g = -20; g <= 20; g += 5) {
      double x = floor(px(p, g) + 1e-6) + 0.5; /* the same pixel with or without FMA */
      cairo_move_to(cr, x, p->top); cairo_line_to(cr, x, p->bottom);
    }
    for (int t = 0; t < 6; t++) {
      double y = floor(py(p, p->tick[t]) + 1e-6) + 0.5;
      cairo_move_to(cr, p->left, y); cairo_line_to(cr, p->right, y);
    }
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, FRAME, FRAME, FRAME);
    cairo_rectangle(cr, p->left + 0.5, p->top + 0.5, p->right - p->left - 1, p->bottom - p->top - 1);
    cairo_stroke(cr);

    cairo_set_source_rgb(cr, CURVE[k][0], CURVE[k][1], CURVE[k][2]);
    cairo_set_line_width(cr, 2.6);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_move_to(cr, px(p, xs[0]), py(p, ys[k][0]));
    for (int i = 1; i < N; i++) cairo_line_to(cr, px(p, xs[i]), py(p, ys[k][i]));
    cairo_stroke(cr);

    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    snprintf(buf, sizeof buf, "%s %s", NAMES[id], k ? "derivative" : "function");
    text(cr, lay, buf, (p->left + p->right) / 2, 18, 0);
    text(cr, lay, "x", (p->left + p->right) / 2, p->bottom + 26, 0);
    text(cr, lay, YLABEL[k], p->left - 62, (p->top + p->bottom) / 2, 2);
    for (int g = -20; g <= 20; g += 10) {
      snprintf(buf, sizeof buf, "%d", g);
      text(cr, lay, buf, px(p, g), p->bottom + 6, 0);
    }
    for (int t = 0; t < 6; t++) {
      snprintf(buf, sizeof buf, "%.*f", p->decimals, p->tick[t]);
      text(cr, lay, buf, p->left - 6, py(p, p->tick[t]), 1);
    }
  }
}

/* ---- CRC-32 (table-driven) ---- */
static uint32_t crc_table[256];
static void crc_init(void) {
  for (uint32_t n = 0; n < 256; n++) {
    uint32_t c = n;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
    crc_table[n] = c;
  }
}
static uint32_t crc32(uint32_t c, const uint8_t *p, size_t n) {
  c = ~c;
  while (n--) c = crc_table[(c ^ *p++) & 0xff] ^ (c >> 8);
  return ~c;
}

/* ---- deflate, fixed Huffman codes, literals and distance-1 runs ---- */
static uint32_t lit_code[288], lit_len[288]; /* codes already bit-reversed for the LSB-first stream */
static uint32_t run_code[259], run_len[259]; /* length L with distance 1: length symbol + extra + distance code 0 */

static uint32_t reverse(uint32_t c, int n) {
  uint32_t r = 0;
  for (int i = 0; i < n; i++) r = r << 1 | ((c >> i) & 1);
  return r;
}
static void deflate_init(void) {
  for (int s = 0; s < 288; s++) {
    uint32_t c, n;
    if (s < 144) c = 0x30 + s, n = 8;
    else if (s < 256) c = 0x190 + s - 144, n = 9;
    else if (s < 280) c = s - 256, n = 7;
    else c = 0xc0 + s - 280, n = 8;
    lit_code[s] = reverse(c, n); lit_len[s] = n;
  }
  static const int base[29] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  static const int extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  for (int L = 3; L <= 258; L++) {
    int s = 28;
    while (base[s] > L) s--;
    if (L == 258) s = 28;
    uint32_t n = lit_len[257 + s];
    run_code[L] = lit_code[257 + s] | (uint32_t)(L - base[s]) << n; /* then 5 zero bits: distance code 0 */
    run_len[L] = n + extra[s] + 5;
  }
}

typedef struct {
  uint8_t *out;
  uint64_t bits;
  int nbits;
  uint64_t a, b; /* Adler-32 sums, reduced after each row */
} Z;

static inline void put(Z *z, uint32_t code, int n) {
  z->bits |= (uint64_t)code << z->nbits;
  z->nbits += n;
  if (z->nbits >= 32) {
    uint32_t w = (uint32_t)z->bits;
    memcpy(z->out, &w, 4); /* little-endian machine */
    z->out += 4; z->bits >>= 32; z->nbits -= 32;
  }
}
static inline void literal(Z *z, uint8_t c) {
  put(z, lit_code[c], lit_len[c]);
  z->a += c; z->b += z->a;
}
/* r more copies of the byte c just written */
static inline void run(Z *z, uint8_t c, size_t r) {
  z->b += r * z->a + (uint64_t)c * r * (r + 1) / 2;
  z->a += (uint64_t)c * r;
  for (; r >= 258; r -= 258) put(z, run_code[258], run_len[258]);
  if (r >= 3) put(z, run_code[r], run_len[r]);
  else while (r--) put(z, lit_code[c], lit_len[c]);
}
static void deflate_row(Z *z, const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    literal(z, c);
    size_t j = ++i;
    uint64_t pat = 0x0101010101010101ull * c, w;
    while (j + 8 <= n && (memcpy(&w, p + j, 8), w == pat)) j += 8;
    while (j < n && p[j] == c) j++;
    if (j > i) { run(z, c, j - i); i = j; }
  }
  z->a %= 65521; z->b %= 65521;
}

static void be32(uint8_t *p, uint32_t v) { p[0] = v >> 24; p[1] = v >> 16; p[2] = v >> 8; p[3] = v; }

static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Encodes the surface as a PNG in buf (which holds the worst case); returns its length. */
static size_t encode_png(cairo_surface_t *s, uint8_t *buf, uint8_t *row) {
  static const uint32_t zero[W];
  const uint8_t *data = cairo_image_surface_get_data(s);
  int stride = cairo_image_surface_get_stride(s);
  static const uint8_t sig[8] = {137, 'P', 'N', 'G', 13, 10, 26, 10};
  uint8_t *p = buf;
  memcpy(p, sig, 8); p += 8;
  be32(p, 13); memcpy(p + 4, "IHDR", 4);
  be32(p + 8, W); be32(p + 12, H);
  p[16] = 8; p[17] = 2; p[18] = 0; p[19] = 0; p[20] = 0; /* 8-bit RGB, deflate, adaptive filters, no interlace */
  be32(p + 21, crc32(0, p + 4, 17)); p += 25;
  uint8_t *idat = p;
  Z z = {.out = p + 8, .a = 1};
  *z.out++ = 0x78; *z.out++ = 0x01;
  put(&z, 3, 3); /* BFINAL = 1, BTYPE = 01 */
  for (int y = 0; y < H; y++) {
    const uint32_t *cur = (const uint32_t *)(data + (size_t)y * stride);
    const uint32_t *up = y ? (const uint32_t *)(data + (size_t)(y - 1) * stride) : zero;
    uint8_t *o = row;
    *o++ = 2;
    int x = 0;
#ifdef __SSSE3__
    /* 4 pixels at a time: subtract bytewise, keep R, G, B of each (12 of the 16 bytes stored) */
    const __m128i pick = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    for (; x + 4 <= W; x += 4, o += 12) {
      __m128i d = _mm_sub_epi8(_mm_loadu_si128((const __m128i *)(cur + x)), _mm_loadu_si128((const __m128i *)(up + x)));
      _mm_storeu_si128((__m128i *)o, _mm_shuffle_epi8(d, pick));
    }
#endif
    for (; x < W; x++, o += 3) {
      uint32_t c = cur[x], u = up[x];
      uint32_t d = ((c | 0x80808080u) - (u & 0x7f7f7f7fu)) ^ ((c ^ ~u) & 0x80808080u); /* c - u per byte */
      uint32_t rgb = __builtin_bswap32(d) >> 8;  /* bytes R, G, B, 0 in memory */
      memcpy(o, &rgb, 4);                        /* the 4th byte is overwritten next (row has spare bytes) */
    }
    deflate_row(&z, row, ROW);
  }
  put(&z, lit_code[256], lit_len[256]);
  while (z.nbits > 0) { *z.out++ = (uint8_t)z.bits; z.bits >>= 8; z.nbits -= 8; }
  be32(z.out, (uint32_t)(z.b << 16 | z.a)); z.out += 4;
  uint32_t len = (uint32_t)(z.out - (idat + 8));
  be32(idat, len); memcpy(idat + 4, "IDAT", 4);
  be32(z.out, crc32(0, idat + 4, len + 4));
  p = z.out + 4;
  be32(p, 0); memcpy(p + 4, "IEND", 4); be32(p + 8, crc32(0, p + 4, 4));
  return (size_t)(p + 12 - buf);
}

static void write_svg(FILE *f, const Panel pan[2], double xs[N], double ys[2][N], int id) {
  fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n"
             "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n"
             "<g font-family=\"DejaVu Sans, Noto Sans CJK SC, sans-serif\" font-size=\"14.5\" fill=\"#1a1a1a\">\n",
          W, H, W, H, W, H);
  for (int k = 0; k < 2; k++) {
    const Panel *p = &pan[k];
    fprintf(f, "<path stroke=\"#e5e5e5\" fill=\"none\" d=\"");
    for (int g = -20; g <= 20; g += 5) fprintf(f, "M%.2f %.2fV%.2f", px(p, g), p->top, p->bottom);
    for (int t = 0; t < 6; t++) fprintf(f, "M%.2f %.2fH%.2f", p->left, py(p, p->tick[t]), p->right);
    fprintf(f, "\"/>\n<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" stroke=\"#999\" fill=\"none\"/>\n",
            p->left, p->top, p->right - p->left, p->bottom - p->top);
    fprintf(f, "<path stroke=\"%s\" stroke-width=\"2.6\" stroke-linejoin=\"round\" stroke-linecap=\"round\" fill=\"none\" d=\"M",
            CURVE_HEX[k]);
    for (int i = 0; i < N; i++) fprintf(f, "%s%.2f %.2f", i ? " " : "", px(p, xs[i]), py(p, ys[k][i]));
    fprintf(f, "\"/>\n");
    double cx = (p->left + p->right) / 2, cy = (p->top + p->bottom) / 2;
    fprintf(f, "<text x=\"%.2f\" y=\"32\" text-anchor=\"middle\">%s %s</text>\n", cx, NAMES[id], k ? "derivative" : "function");
    fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">x</text>\n", cx, p->bottom + 40);
    fprintf(f, "<text transform=\"translate(%.2f %.2f) rotate(-90)\" text-anchor=\"middle\">%s</text>\n",
            p->left - 57, cy, YLABEL[k]);
    for (int g = -20; g <= 20; g += 10)
      fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\">%d</text>\n", px(p, g), p->bottom + 21, g);
    for (int t = 0; t < 6; t++)
      fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"end\">%.*f</text>\n", p->left - 6, py(p, p->tick[t]) + 5,
              p->decimals, p->tick[t]);
  }
  fprintf(f, "</g>\n</svg>\n");
}

/* ---- the two threads ---- */
typedef struct {
  const char *out;
  char **ids;
  int n, first, failed;
} Job;

static int times_wanted;

static void *work(void *arg) {
  Job *j = arg;
  cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create(s);
  PangoLayout *lay = pango_cairo_create_layout(cr);
  PangoFontDescription *font = pango_font_description_from_string("DejaVu Sans, Noto Sans CJK SC, sans-serif");
  pango_font_description_set_absolute_size(font, 14.5 * PANGO_SCALE);
  pango_layout_set_font_description(lay, font);
  size_t cap = 64 + (size_t)H * ROW * 9 / 8 + 1024; /* every byte a 9-bit literal at worst */
  uint8_t *png = malloc(cap), *row = malloc(ROW + 16);
  double xs[N], ys[2][N];
  char path[4096];

  for (int i = 0; i < N; i++) xs[i] = -20 + 40.0 * i / (N - 1);
  for (int n = j->first; n < j->n; n += 2) {
    int id = 0;
    while (id < 16 && strcmp(IDS[id], j->ids[n])) id++;
    if (id == 16) { fprintf(stderr, "leastwork: unknown id %s\n", j->ids[n]); j->failed = 1; continue; }
    for (int i = 0; i < N; i++) act(id, xs[i], &ys[0][i], &ys[1][i]);
    Panel pan[2];
    layout_panels(pan, ys);
    draw(cr, lay, pan, xs, ys, id);
    cairo_surface_flush(s);
    double t0 = times_wanted ? cpu_now() : 0;
    size_t len = encode_png(s, png, row);
    if (times_wanted) fprintf(stderr, "leastwork: %s PNG encoding %.3f ms CPU, %zu bytes\n", IDS[id], (cpu_now() - t0) * 1e3, len);

    snprintf(path, sizeof path, "%s/%s.png", j->out, IDS[id]);
    FILE *f = fopen(path, "wb");
    if (!f) { perror(path); j->failed = 1; continue; }
    fwrite(png, 1, len, f);
    fclose(f);
    snprintf(path, sizeof path, "%s/%s.svg", j->out, IDS[id]);
    f = fopen(path, "w");
    if (!f) { perror(path); j->failed = 1; continue; }
    write_svg(f, pan, xs, ys, id);
    fclose(f);
  }
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 3) { fprintf(stderr, "usage: leastwork OUT_DIR ID...\n"); return 2; }
  times_wanted = getenv("LEASTWORK_TIMES") != NULL;
  crc_init();
  deflate_init();
  Job jobs[2] = {{argv[1], argv + 2, argc - 2, 0, 0}, {argv[1], argv + 2, argc - 2, 1, 0}};
  pthread_t t;
  int threaded = argc - 2 > 1 && pthread_create(&t, NULL, work, &jobs[1]) == 0;
  work(&jobs[0]);
  if (threaded) pthread_join(t, NULL);
  else if (argc - 2 > 1) work(&jobs[1]);
  return jobs[0].failed || jobs[1].failed;
}
