#!/usr/bin/env bash
# The performance benchmark: actplot against the documents' matplotlib recipe, gnuplot, and a
# least-work C program, in one run.
#
#   bench/run.sh            or   make bench
#
# Times, as whole processes and alternated in rounds so that a busy machine slows all alike
# (hyperfine, one --export-json per round), each with the ids of BENCH_IDS unless said:
#   (a)  python bench/recipe.py DIR IDS                   the documents' matplotlib recipe, PNG + SVG
#   (g)  gnuplot -e "outdir='DIR'; ids='IDS'" bench/gnuplot.gp     one gnuplot process, PNG + SVG
#   (b)  actplot IDS --format png,svg --range=-20:20 --samples 1000 --width 1200 --height 480 --no-report
#   (l)  bench/.build/leastwork DIR IDS                   the floor: bench/leastwork.c
#   (b1) (b) with the first id only        (l1) (l) with the first id only
#   (p)  (b) with --format png,svg,pdf
#   (v)  actplot --version                 (h)  bench/.build/hello, a static Swift program printing a version
#   (c)  actplot --all                     reported, no target
#   (s)  (b1) with --samples 1000000       cheap; kept from the first benchmark
# then peak memory (/usr/bin/time -f %M) of (b), (c), (l) and (a), the bytes written, and the load
# average before and after; bench/summarize.py prints the table with PASS or FAIL per target.
# The exit status is 0 when every command ran, whatever the verdicts.
#
# Environment:
#   BENCH_IDS      the activation ids to draw (default: the documents' 16). Set it to a subset
#                  while the catalogue is incomplete; the table then says the run is partial.
#   BENCH_ROUNDS   alternation rounds (default 5); BENCH_RUNS timed runs per round (default 2).
#   BENCH_ACTPLOT  an actplot binary to time instead of building one with `make build`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
cd "$root"

all16="sigmoid tanh relu leaky-relu prelu relu6 elu selu swish hard-swish hard-sigmoid gelu softplus mish softsign identity"
ids=${BENCH_IDS:-$all16}
rounds=${BENCH_ROUNDS:-5}
runs=${BENCH_RUNS:-2}
results="$here/results"
venv="$here/.venv"
build="$here/.build"

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[[ -x /usr/bin/time ]] || need_apt+=(time)
command -v gnuplot >/dev/null || need_apt+=(gnuplot-nox)
command -v cc >/dev/null || need_apt+=(gcc libc6-dev)
command -v python3 >/dev/null || need_apt+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || need_apt+=(python3-venv)
if ((${#need_apt[@]})); then
  say "installing ${need_apt[*]}"
  command -v apt-get >/dev/null || die "apt-get not found; install ${need_apt[*]} yourself"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo; as root run: apt-get install -y ${need_apt[*]}"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! "$venv/bin/python" -c 'import matplotlib, numpy' 2>/dev/null; then
  say "creating $venv with matplotlib and numpy from PyPI"
  python3 -m venv "$venv" || die "python3 -m venv failed; install python3-venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check matplotlib numpy \
    || die "pip could not install matplotlib and numpy into $venv"
fi
py="$venv/bin/python"

scripts/setup.sh # Cairo, Pango, fonts: actplot's and leastwork's

# --- the programs -----------------------------------------------------------------------------
if [[ -n ${BENCH_ACTPLOT:-} ]]; then
  [[ -x $BENCH_ACTPLOT ]] || die "BENCH_ACTPLOT=$BENCH_ACTPLOT is not an executable file"
  actplot=$(cd "$(dirname "$BENCH_ACTPLOT")" && pwd)/$(basename "$BENCH_ACTPLOT")
  say "using $actplot (BENCH_ACTPLOT), not building"
else
  say "building actplot (release, as make build does)"
  make -s build >/dev/null || die "make build failed; run it to see why"
  actplot="$root/.build/release/actplot"
fi

mkdir -p "$build"
leastwork="$build/leastwork" hello="$build/hello"
if [[ ! -x $leastwork || $here/leastwork.c -nt $leastwork ]]; then
  say "building $leastwork"
  # shellcheck disable=SC2046  # pkg-config's flags are words
  cc -O2 -march=native "$here/leastwork.c" -o "$leastwork" $(pkg-config --cflags --libs pangocairo) -lm -lpthread \
    || die "could not build bench/leastwork.c"
fi
if [[ ! -x $hello || $here/hello.swift -nt $hello ]]; then
  command -v swiftc >/dev/null || die "swiftc not found; it builds bench/hello.swift"
  say "building $hello"
  swiftc -O -static-stdlib "$here/hello.swift" -o "$hello" || die "could not build bench/hello.swift"
fi

# --- outputs and a first run of each, which also catches unknown ids ---------------------
rm -rf "$results"
mkdir -p "$results"
set -f # ids are words, never globs
first=${ids%% *}
d_a="$results/matplotlib" d_g="$results/gnuplot" d_b="$results/actplot" d_l="$results/leastwork"
d_b1="$results/actplot-1" d_l1="$results/leastwork-1" d_p="$results/actplot-pdf"
d_c="$results/actplot-all" d_s="$results/samples-1m"
mkdir -p "$d_a" "$d_g" "$d_b" "$d_l" "$d_b1" "$d_l1" "$d_p" "$d_c" "$d_s"
fig="--range=-20:20 --samples 1000 --width 1200 --height 480 --no-report"
cmd_a="$py $here/recipe.py $d_a $ids"
cmd_g="gnuplot -e \"outdir='$d_g'; ids='$ids'\" $here/gnuplot.gp" # hyperfine -N splits it as a shell would
cmd_b="$actplot $ids --format png,svg $fig --out $d_b"
cmd_l="$leastwork $d_l $ids"
cmd_b1="$actplot $first --format png,svg $fig --out $d_b1"
cmd_l1="$leastwork $d_l1 $first"
cmd_p="$actplot $ids --format png,svg,pdf $fig --out $d_p"
cmd_v="$actplot --version"
cmd_h="$hello"
cmd_c="$actplot --all --out $d_c"
cmd_s="$actplot $first --format png,svg ${fig/--samples 1000/--samples 1000000} --out $d_s"
set +f

say "first run of each command"
$cmd_a || die "the matplotlib recipe failed (command: $cmd_a)"
gnuplot -e "outdir='$d_g';ids='$ids'" "$here/gnuplot.gp" 2>"$results/gnuplot-stderr.txt" \
  || { cat "$results/gnuplot-stderr.txt" >&2; die "gnuplot failed (bench/gnuplot.gp)"; }
$cmd_b >/dev/null || die "actplot failed on the ids '$ids'; while the catalogue is incomplete, set BENCH_IDS to ids it knows"
LEASTWORK_TIMES=1 $cmd_l 2>"$results/leastwork-encode.txt" \
  || { cat "$results/leastwork-encode.txt" >&2; die "leastwork failed (command: $cmd_l)"; }
for c in cmd_b1 cmd_l1 cmd_p cmd_v cmd_h cmd_c cmd_s; do
  ${!c} >/dev/null || die "a command failed: ${!c}"
done

# --- timing, alternated in rounds -----------------------------------------------------------
say "timing: $rounds rounds x $runs runs of each command, alternated"
cat /proc/loadavg >"$results/load-before.txt"
for ((r = 1; r <= rounds; r++)); do
  hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$results/round-$r.json" \
    -n matplotlib "$cmd_a" -n gnuplot "$cmd_g" -n actplot "$cmd_b" -n leastwork "$cmd_l" \
    -n actplot-1 "$cmd_b1" -n leastwork-1 "$cmd_l1" -n actplot-pdf "$cmd_p" \
    -n version "$cmd_v" -n hello "$cmd_h" -n actplot-all "$cmd_c" -n samples-1m "$cmd_s" >/dev/null \
    || die "hyperfine failed in round $r (a command failed or hyperfine is too old for -N)"
  say "round $r of $rounds done"
done
cat /proc/loadavg >"$results/load-after.txt"

# --- peak memory ------------------------------------------------------------------------------
peak() { /usr/bin/time -f '%M' -o "$results/peak-$1.txt" "${@:2}" >/dev/null 2>&1 || die "a command failed: ${*:2}"; }
set -f
peak actplot $cmd_b
peak actplot-all $cmd_c
peak leastwork $cmd_l
peak matplotlib $cmd_a
set +f
nproc >"$results/cores.txt"

python3 "$here/summarize.py" "$results" "$ids" "$all16"
