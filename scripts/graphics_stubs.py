#!/usr/bin/env python3
"""Writes Sources/CGraphicsLoader/stubs.c: one forwarding function per Cairo, Pango, GLib, HarfBuzz and
fontconfig function that actplot calls, so that the command does not link those libraries and
loads them only when it first draws.

    scripts/graphics_stubs.py [BINARY] [--also NAME ...] [--without NAME ...]

BINARY (default .build/release/actplot, built without the stubs' effect being needed) is read
with `nm` for the functions it takes from those libraries; the stubs already in stubs.c are kept
too, so a function is never dropped by regenerating from a binary that had it stubbed; --also
adds functions, --without drops one the code no longer calls. Each
function's prototype is read from the libraries' own headers with clang's JSON AST, so every
stub has the exact signature, and the compiler checks it against the header again when the
package builds. Run it after calling a new function of those libraries; the test
`StartupTests` fails until then, because the binary would name the library as NEEDED again.

Why generated and committed rather than written at build time: the package's build must not
depend on clang's AST output, and the file is small and reviewable.
"""
import argparse
import json
import re
import subprocess
import tempfile
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STUBS = ROOT / "Sources/CGraphicsLoader/stubs.c"
PREFIXES = re.compile(r"^(cairo_|pango_|g_|hb_|Fc[A-Z])")
HEADER = """#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <fontconfig/fontconfig.h>
"""


def wanted_functions(binary, also, without):
    names = set(also)
    if STUBS.exists():
        names.update(re.findall(r"^ACTPLOT_STUB\(\d+, (\w+)\)", STUBS.read_text(), re.M))
    if binary.exists():
        output = subprocess.run(["nm", "-D", "--undefined-only", str(binary)], capture_output=True,
                                text=True, check=True).stdout
        for line in output.splitlines():
            name = line.split()[-1].split("@")[0]
            if PREFIXES.match(name):
                names.add(name)
    return sorted(names - set(without))


def prototypes(names):
    cflags = subprocess.run(["pkg-config", "--cflags", "pangocairo", "fontconfig"], capture_output=True,
                            text=True, check=True).stdout.split()
    folder = tempfile.TemporaryDirectory()
    source = Path(folder.name) / "headers.c"
    source.write_text(HEADER)
    found = {}
    for name in names:
        dump = subprocess.run(["clang", "-Xclang", "-ast-dump=json", "-Xclang", f"-ast-dump-filter={name}",
                               "-fsyntax-only", *cflags, str(source)], capture_output=True, text=True,
                              check=True).stdout
        decoder = json.JSONDecoder()
        position = 0
        while position < len(dump):
            while position < len(dump) and dump[position].isspace():
                position += 1
            if position >= len(dump):
                break
            node, position = decoder.raw_decode(dump, position)
            if node.get("kind") == "FunctionDecl" and node.get("name") == name:
                found[name] = node
                break
        if name not in found:
            sys.exit(f"graphics_stubs: no prototype of {name} in the headers")
    return found


def stub(index, name, node):
    signature = node["type"]["qualType"]
    if signature.rstrip().endswith("...)"):
        sys.exit(f"graphics_stubs: {name} takes a variable argument list and cannot be forwarded; "
                 "call its fixed-argument form instead")
    result = signature[: signature.index("(")].strip()
    if "(" in result or "[" in result:
        sys.exit(f"graphics_stubs: {name} returns {result}, which this generator does not write")
    params = [inner["type"]["qualType"] for inner in node.get("inner", []) if inner["kind"] == "ParmVarDecl"]
    declared = ", ".join(
        (f"__typeof__({kind}) a{i}" if "(" in kind or "[" in kind else f"{kind} a{i}") for i, kind in enumerate(params)
    ) or "void"
    passed = ", ".join(f"a{i}" for i in range(len(params)))
    # The name in parentheses: GLib also defines some of its functions as function-like macros
    # (g_once_init_enter), which a parenthesised name does not expand.
    call = f"((__typeof__(&({name})))actplot_graphics_symbol({index}))({passed})"
    body = f"{call};" if result == "void" else f"return {call};"
    return f"ACTPLOT_STUB({index}, {name})\n{result} ({name})({declared}) {{ {body} }}\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", nargs="?", type=Path, default=ROOT / ".build/release/actplot")
    parser.add_argument("--also", nargs="*", default=[])
    parser.add_argument("--without", nargs="*", default=[])
    arguments = parser.parse_args()
    names = wanted_functions(arguments.binary, arguments.also, arguments.without)
    nodes = prototypes(names)
    lines = [
        "// Generated by scripts/graphics_stubs.py; edit that script, not this file.",
        "//",
        "// Each function forwards to the library's own, looked up on first use by graphics_loader.c.",
        "// ACTPLOT_STUB(index, name) only marks the stub for the generator and the name table.",
        '#include "graphics_loader_private.h"',
        "",
        f"#define ACTPLOT_GRAPHICS_FUNCTION_COUNT_CHECK {len(names)}",
        "_Static_assert(ACTPLOT_GRAPHICS_FUNCTION_COUNT_CHECK == ACTPLOT_GRAPHICS_FUNCTION_COUNT, "
        '"graphics_loader_private.h names as many functions as stubs.c forwards");',
        "",
        "const char *const actplot_graphics_function_names[ACTPLOT_GRAPHICS_FUNCTION_COUNT] = {",
        *[f'    "{name}",' for name in names],
        "};",
        "",
    ]
    lines += [stub(index, name, nodes[name]) for index, name in enumerate(names)]
    STUBS.write_text("\n".join(lines))
    header = STUBS.with_name("graphics_loader_private.h")
    text = header.read_text()
    text = re.sub(r"#define ACTPLOT_GRAPHICS_FUNCTION_COUNT \d+", f"#define ACTPLOT_GRAPHICS_FUNCTION_COUNT {len(names)}", text)
    header.write_text(text)
    print(f"graphics_stubs: {len(names)} functions written to {STUBS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
