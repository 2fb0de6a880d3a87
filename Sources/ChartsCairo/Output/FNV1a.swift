/// The 64-bit FNV-1a hash, for names that must follow from a file's contents alone (the SVG's
/// id prefix, a PDF font subset's tag): the same input gives the same name on every run,
/// unlike Swift's `Hasher`, which is seeded per process.
struct FNV1a {
    /// The hash of what was added so far.
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds one byte.
    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Adds `bytes` in order.
    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { add(byte) }
    }
}
