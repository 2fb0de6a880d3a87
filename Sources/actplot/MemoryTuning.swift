import CMalloc

/// Keeps freed memory for reuse instead of handing it back to the kernel after each figure.
///
/// Each figure allocates a few megabytes at once: a 1200×480 surface, the PNG scanlines, the
/// compressor's tables. glibc serves blocks that large with fresh mmap'd pages and unmaps them
/// when freed, so every figure paid again for about a thousand page faults and the zeroing of
/// each page: for 16 figures, 18 800 faults and a fifth of the run's CPU time. With these
/// thresholds the next figure on a thread reuses the memory of the last (3 500 faults).
enum MemoryTuning {
    static func apply() {
        #if os(Linux)
            _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
            _ = mallopt(M_TRIM_THRESHOLD, 128 << 20)
        #endif
    }
}
