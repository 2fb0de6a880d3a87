#!/usr/bin/env bash
# The performance benchmark of issue 6: actplot against the documents' matplotlib recipe.
#
#   bench/run.sh            or   make bench
#
# Times, as whole processes and alternated in rounds so that a busy machine slows both alike:
#   (a) python bench/recipe.py DIR <ids>                       the documents' recipe, PNG + SVG
#   (b) actplot <ids> --format png,svg --range=-20:20 --samples 1000 --width 1200 --height 480 --no-report
#   (c) actplot --all                                          the whole report
# then compares bytes, peak memory, and --samples 1000000 against 1000 for one figure, and
# prints each target of the issue with PASS or FAIL.
#
# Environment:
#   BENCH_IDS     the activation ids to draw (default: the documents' 16). Set it to a subset
#                 while the catalogue is incomplete; the table then says the run is partial.
#   BENCH_ROUNDS  alternation rounds (default 5); BENCH_RUNS timed runs per round (default 2).
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

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------
need_apt=()
command -v hyperfine >/dev/null || need_apt+=(hyperfine)
[[ -x /usr/bin/time ]] || need_apt+=(time)
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

scripts/setup.sh
say "building actplot (release, as make build does)"
make -s build >/dev/null || die "make build failed; run it to see why"
actplot="$root/.build/release/actplot"

# --- outputs and a first run of each, which also catches unknown ids ---------------------
rm -rf "$results"
mkdir -p "$results"
mpl_out="$results/matplotlib" act_out="$results/actplot" all_out="$results/actplot-all"
one_out="$results/samples"
set -f  # ids are words, never globs
cmd_a="$py $here/recipe.py $mpl_out $ids"
cmd_b="$actplot $ids --format png,svg --range=-20:20 --samples 1000 --width 1200 --height 480 --no-report --out $act_out"
cmd_c="$actplot --all --out $all_out"
first=${ids%% *}
cmd_s1="$actplot $first --format png,svg --range=-20:20 --samples 1000 --no-report --out $one_out/1k"
cmd_s2="$actplot $first --format png,svg --range=-20:20 --samples 1000000 --no-report --out $one_out/1m"
set +f

say "first run of each command"
$cmd_a || die "the matplotlib recipe failed (command: $cmd_a)"
$cmd_b >/dev/null || die "actplot failed on the ids '$ids'; while the catalogue is incomplete, set BENCH_IDS to ids it knows"
$cmd_c >/dev/null || die "actplot --all failed"
{ $cmd_s1 && $cmd_s2; } >/dev/null || die "actplot --samples run failed"

# --- timing, alternated in rounds -----------------------------------------------------------
say "timing: $rounds rounds x $runs runs of each command, alternated"
cut -d' ' -f1 /proc/loadavg >"$results/load-before.txt"
for ((r = 1; r <= rounds; r++)); do
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$results/round-$r.json" \
    -n matplotlib "$cmd_a" -n actplot "$cmd_b" -n actplot-all "$cmd_c" \
    -n samples-1k "$cmd_s1" -n samples-1m "$cmd_s2" -n version "$actplot --version" >/dev/null
  say "round $r of $rounds done"
done

cut -d' ' -f1 /proc/loadavg >"$results/load-after.txt"

# --- peak memory ------------------------------------------------------------------------------
peak() { /usr/bin/time -f '%M' -o "$results/peak-$1.txt" "${@:2}" >/dev/null; }
set -f
peak matplotlib $cmd_a
peak actplot $cmd_b
peak actplot-all $cmd_c
peak samples-1m $cmd_s2
set +f

python3 "$here/summarize.py" "$results" "$ids" "$all16"
