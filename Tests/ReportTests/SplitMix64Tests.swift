import Testing

@testable import Report

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("the published sequence for seed 0, so the vanishing-gradient figure cannot drift")
    func referenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("serves the standard library as a RandomNumberGenerator, deterministically")
    func standardLibrary() {
        var a = SplitMix64(seed: 0x5EED), b = SplitMix64(seed: 0x5EED)
        #expect((0..<10).map { _ in Int.random(in: 0..<1000, using: &a) } == (0..<10).map { _ in Int.random(in: 0..<1000, using: &b) })
        var c = SplitMix64(seed: 1)
        #expect((0..<1000).map { _ in c.uniform() }.allSatisfy { $0 > 0 && $0 < 1 })
    }
}
