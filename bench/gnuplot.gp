# The benchmark's figures drawn by gnuplot, in one process (bench/run.sh, row "gnuplot ÷ actplot").
#
#   gnuplot -e "outdir='DIR'" bench/gnuplot.gp                      all 16 ids
#   gnuplot -e "outdir='DIR'; ids='sigmoid tanh'" bench/gnuplot.gp   a subset (BENCH_IDS)
#
# Each figure as bench/recipe.py draws it: function left, derivative right (multiplot 1,2),
# 1000 samples on [-20, 20], grid, titles, 1200x480, written as DIR/ID.png (pngcairo) and
# DIR/ID.svg (svg). Same functions and parameters (PyTorch's defaults) as recipe.py.

if (!exists("outdir")) outdir = "."
all = "sigmoid tanh relu leaky-relu prelu relu6 elu selu swish hard-swish hard-sigmoid gelu softplus mish softsign identity"
if (!exists("ids")) ids = all
array NAME[16] = ["Sigmoid", "Tanh", "ReLU", "Leaky ReLU", "PReLU", "ReLU6", "ELU", "SELU", \
                  "Swish", "Hard Swish", "Hard Sigmoid", "GELU", "Softplus", "Mish", "Softsign", "Identity"]

leaky = 0.01; prelu = 0.25; elu_a = 1.0
selu_a = 1.6732632423543772; selu_s = 1.0507009873554805
sgm(x) = 1 / (1 + exp(-x))
sp(x) = x > 0 ? x + log(1 + exp(-x)) : log(1 + exp(x))
clip(x, lo, hi) = x < lo ? lo : x > hi ? hi : x

f1(x) = sgm(x);                              d1(x) = sgm(x) * (1 - sgm(x))
f2(x) = tanh(x);                             d2(x) = 1 - tanh(x)**2
f3(x) = x > 0 ? x : 0;                       d3(x) = x > 0 ? 1 : 0
f4(x) = x > 0 ? x : leaky * x;               d4(x) = x > 0 ? 1 : leaky
f5(x) = x > 0 ? x : prelu * x;               d5(x) = x > 0 ? 1 : prelu
f6(x) = clip(x, 0, 6);                       d6(x) = x > 0 && x < 6 ? 1 : 0
f7(x) = x > 0 ? x : elu_a * (exp(x) - 1);    d7(x) = x > 0 ? 1 : elu_a * exp(x)
f8(x) = selu_s * (x > 0 ? x : selu_a * (exp(x) - 1))
d8(x) = selu_s * (x > 0 ? 1 : selu_a * exp(x))
f9(x) = x * sgm(x);                          d9(x) = sgm(x) * (1 + x * (1 - sgm(x)))
f10(x) = x * clip(x + 3, 0, 6) / 6;          d10(x) = x <= -3 ? 0 : x >= 3 ? 1 : (2 * x + 3) / 6.0
f11(x) = clip(x + 3, 0, 6) / 6.0;            d11(x) = x > -3 && x < 3 ? 1 / 6.0 : 0
f12(x) = 0.5 * x * (1 + erf(x / sqrt(2)))
d12(x) = 0.5 * (1 + erf(x / sqrt(2))) + x * exp(-x * x / 2) / sqrt(2 * pi)
f13(x) = sp(x);                              d13(x) = sgm(x)
f14(x) = x * tanh(sp(x))
d14(x) = tanh(sp(x)) + x * sgm(x) * (1 - tanh(sp(x))**2)
f15(x) = x / (1 + abs(x));                   d15(x) = 1 / (1 + abs(x))**2
f16(x) = x;                                  d16(x) = 1

set samples 1000
set xrange [-20:20]
set grid
unset key

# One pass per terminal: every PNG, then every SVG.
do for [ext in "png svg"] {
  if (ext eq "png") { set terminal pngcairo size 1200,480 } else { set terminal svg size 1200,480 }
  do for [id in ids] {
    k = 0
    do for [i = 1:16] { if (word(all, i) eq id) { k = i } }
    if (k == 0) { print "gnuplot.gp: unknown id ", id; exit status 1 }
    eval sprintf("F(x) = f%d(x); D(x) = d%d(x)", k, k)
    set output sprintf("%s/%s.%s", outdir, id, ext)
    set multiplot layout 1,2
    set title NAME[k] . " function"
    plot F(x) lw 2
    set title NAME[k] . " derivative"
    plot D(x) lw 2
    unset multiplot
  }
}
set output
