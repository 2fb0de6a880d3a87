import CProcessorFeatures
import Foundation
import Testing

/// The flags that choose the FMA instruction for double-word arithmetic and the AVX2 copies of
/// the scanline kernels. Either choice gives the same bits, so no output can show a wrong flag;
/// without this check the fused multiply-add test would pass against libm alone.
@Suite("Processor features")
struct ProcessorFeaturesTests {
    @Test("FMA and AVX2 are chosen exactly where the processor and the kernel offer them")
    func sameAsTheKernelSays() throws {
        #if os(Linux) && arch(x86_64)
            // The kernel lists an extension only when it also saves the registers it uses.
            let text = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("flags") })
            let flags = Set(line.split(separator: " ").map(String.init))
            #expect(actplot_processor_fma() == flags.contains("fma"))
            #expect(actplot_processor_avx2() == flags.contains("avx2"))
        #endif
    }
}
