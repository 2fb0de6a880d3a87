# The two commands of the README's quick start, and the benchmark.
.PHONY: report test build bench clean

# pipefail: the test run's status survives the tee that keeps its output for the timing table.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

# The Swift runtime and Foundation linked in: the dynamic loader then resolves far fewer
# symbols, which halves the command's start-up (measured: 11.7 ms to 5.0 ms of user time).
# Linked by lld with packed relative relocations (glibc 2.36 reads them): the 77 882 pointers
# the loader fixes up at start-up take 15 kB instead of 1.9 MB, and `--version` keeps 12.7 MB
# resident instead of 14.4 MB.
# libstdc++ linked in as well, from the archive GCC ships beside it (a folder of its own put
# first on the search path, so the toolchain's -lstdc++ finds the archive): the loader then
# looks up none of the 768 C++ type-info and vtable symbols the runtime's C++ refers to
# (measured: `--version` 3.04 → 2.73 ms of CPU, 500 runs alternated; 16 figures 538.5 → 533.8
# million instructions). Without the archive the build links libstdc++.so as before.
STATIC_CXX := $(shell gcc -print-file-name=libstdc++.a 2>/dev/null)
STATIC_CXX_DIR := $(CURDIR)/.build/static-libstdc++
# What the loader does before `main` trimmed further (measured on `actplot --version`, 1 500 runs
# each, alternated, CPU): no $ORIGIN search path, which had the loader look for each library in
# 13 folders beside the binary first (with static libdeflate below: −0.11 ms); no dynamic symbol
# table of the binary's own 4 043 functions, which the Swift runtime's start-up `dladdr` walks
# one by one, and nothing outside needs (−0.05 ms); GCC's unwinder linked in instead of
# libgcc_s.so, whose constructor queries the processor again (−0.11 ms).
# Generic types the code names (`[InputKey: Int]`, `Option<Double?>`) are instantiated by calling
# their metadata accessors with the conformances the compiler already knows, instead of from
# a mangled name that the runtime demangles and whose conformances it then looks up by reading
# all 5 785 conformance records of the binary, for every package and dependency alike (measured:
# one figure 85.5 → 77.7 million instructions and 30.6 → 28.7 ms of CPU, 150 runs alternated;
# the protocol-conformance lookups 16.5 → 10.5 million). The binary grows by 0.9 %.
RELEASE = $(if $(filter /%,$(STATIC_CXX)),mkdir -p $(STATIC_CXX_DIR) && ln -sf $(STATIC_CXX) $(STATIC_CXX_DIR)/libstdc++.a && ) \
	swift build -c release --product actplot --static-swift-stdlib --disable-local-rpath \
	-Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs \
	-Xlinker --no-export-dynamic -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
	-Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
	$(if $(filter /%,$(STATIC_CXX)),-Xswiftc -L$(STATIC_CXX_DIR))

# Installs what is missing, builds, and writes the whole report to output/.
report:
	scripts/setup.sh
	$(RELEASE)
	.build/release/actplot --all --out output/

# Installs what is missing (test tools included), checks the formatting against .swift-format
# (scripts/lint.sh --fix repairs it), and runs the whole test suite; the command-line tests run
# the release binary, built here, which draws about 20 times faster than the debug one.
test:
	scripts/setup.sh --test
	scripts/lint.sh
	swift build --build-tests
	$(RELEASE)
	ACTPLOT_BINARY=$(CURDIR)/.build/release/actplot swift test --skip-build 2>&1 | tee .build/test-output.log
	scripts/test_times.py .build/test-output.log

# Times actplot against the documents' matplotlib recipe and prints the issue's targets
# with PASS or FAIL (installs matplotlib into bench/.venv on first use).
bench:
	bench/run.sh

build:
	$(RELEASE)

clean:
	rm -rf .build
