/// The LZ77 parse: a walk over the input that turns each position into a literal or the
/// longest match among a few candidates, chosen for filtered scanlines.
///
/// - The previous byte (distance 1): a filtered image is mostly long runs of zeros, rows equal
///   to the row above, so a run is measured eight bytes at a time and taken whole when it
///   reaches the longest match deflate allows; no hashing is spent inside it.
/// - The same spot one row up (distance `rowBytes`), where a filtered row often repeats.
/// - The last two positions whose next three bytes hashed alike (`HashBuckets`), for repeated
///   glyphs and curve pieces.
///
/// Only the positions the walk stops at, and the last four bytes of each match, enter the hash
/// table, so long matches cost nothing per byte they cover. A match's last bytes are where the
/// next row's piece of a curve or glyph tends to start again: a run of zeros and the bytes after
/// it then match as one. A candidate is measured only if it agrees at the byte just past the
/// longest match so far. The parse is lazy: a match is put off for a literal when the next
/// position has a longer one, and a short match (under 16 bytes) for two literals when the
/// position after that has one longer by two.
///
/// Measured on the 16 benchmark figures' PNG files (filtered per row, one block per 32 768
/// tokens): one hash candidate and only the stops entered, 390.3 kB; entering matches' last four
/// bytes, 386.7 kB; a second candidate as well, 383.5 kB, and the second lazy byte 383.4 kB.
/// Checking a candidate's byte just past the longest match so far before measuring it keeps
/// the parse at 85 million instructions for the 16 figures (105 million without the check, and
/// 89 million for the one-candidate finder this one replaced). In a C model of this parse,
/// chains 4 and 8 deep saved under 0.1 % more, for twice the parse.
struct MatchFinder: ~Copyable {
    private let input: UnsafeRawPointer?
    private let count: Int
    private let rowBytes: Int
    /// The next input offset to parse.
    private(set) var position = 0
    private let table: HashBuckets

    /// Bytes at the end of each match entered in the hash table.
    private static let matchTail = 4

    /// A finder over `count` bytes at `input`, trying `rowBytes` back as well when it is a
    /// distance deflate can reach.
    init(_ input: UnsafeRawPointer?, count: Int, rowBytes: Int) {
        self.input = input
        self.count = input == nil ? 0 : max(count, 0)
        self.rowBytes = rowBytes > 0 && rowBytes <= DeflateSymbols.window ? rowBytes : 0
        table = HashBuckets()
    }

    deinit { table.deallocate() }

    var isFinished: Bool { position >= count }

    /// Parses on from `position` until the input ends or `block` is full.
    ///
    /// Each position is entered in the table once: `longestMatch` enters the one it looks at,
    /// which is never looked at again (a lookahead's result is kept), and a match's tail starts
    /// three bytes in, past the position and the two it may have looked ahead to.
    mutating func parse(into block: inout TokenBlock) {
        guard let p = input else { return }
        let n = count, rowBytes = rowBytes, table = table
        var i = position
        while i < n && !block.isFull {
            var (length, distance) = Self.longestMatch(p, at: i, count: n, rowBytes: rowBytes, table: table)
            // Two literals and a match must all fit.
            while length >= DeflateSymbols.minMatch && length < DeflateSymbols.maxMatch && i + 2 < n
                && block.count + 3 <= block.capacity
            {
                let next = Self.longestMatch(p, at: i + 1, count: n, rowBytes: rowBytes, table: table)
                if next.length > length {
                    block.literal(p.load(fromByteOffset: i, as: UInt8.self))
                    i += 1
                    (length, distance) = next
                    continue
                }
                guard next.length < length && length < 16 else { break }
                let after = Self.longestMatch(p, at: i + 2, count: n, rowBytes: rowBytes, table: table)
                guard after.length > length + 1 else { break }
                block.literal(p.load(fromByteOffset: i, as: UInt8.self))
                block.literal(p.load(fromByteOffset: i + 1, as: UInt8.self))
                i += 2
                (length, distance) = after
            }
            if length >= DeflateSymbols.minMatch {
                block.match(length: length, distance: distance)
                var j = max(i + length - Self.matchTail, i + 3)
                i += length
                while j < min(i, n - 3) {
                    _ = table.enter(p, j)
                    j += 1
                }
            } else {
                block.literal(p.load(fromByteOffset: i, as: UInt8.self))
                i += 1
            }
        }
        position = i
        block.inputEnd = i
    }

    /// The longest match at `i` among the candidates (length 0 when none has three bytes),
    /// entering `i` in the hash table. Among equally long ones the first tried wins: one byte
    /// back, then the hash candidates newest first, then one row up.
    @inline(__always)
    private static func longestMatch(
        _ p: UnsafeRawPointer, at i: Int, count: Int, rowBytes: Int, table: HashBuckets
    ) -> (length: Int, distance: Int) {
        let limit = min(DeflateSymbols.maxMatch, count - i)
        var length = 0, distance = 0
        if i > 0 && limit >= DeflateSymbols.minMatch {
            length = matchLength(p + i, p + i - 1, limit: limit)
            distance = 1
        }
        guard length < limit && limit >= 4 else { return (length, distance) }
        // Every candidate is checked against the bytes, so a stale or wrapped entry can only
        // cost a comparison.
        let entries = table.enter(p, i)
        let here = UInt32(truncatingIfNeeded: i)
        for k in 0..<2 {
            let candidate = k == 0 ? entries.newer : entries.older
            guard candidate != 0 else { break }
            let back = Int(here &- (candidate &- 1))
            guard back <= DeflateSymbols.window && back <= i else { break }
            if back > 1 && isLonger(p + i, p + i - back, than: length) {
                let found = matchLength(p + i, p + i - back, limit: limit)
                if found > length { length = found; distance = back }
                if length == limit { return (length, distance) }
            }
        }
        if rowBytes > 1 && i >= rowBytes && distance != rowBytes && isLonger(p + i, p + i - rowBytes, than: length) {
            let found = matchLength(p + i, p + i - rowBytes, limit: limit)
            if found > length { length = found; distance = rowBytes }
        }
        return (length, distance)
    }

    /// Whether the bytes from `b` can match those from `a` for longer than `length`, judged by
    /// the byte just past it alone (the caller knows `length` is below the limit): most
    /// candidates differ there, and are turned down without a scan from the start. A candidate
    /// that matches that byte is measured in full.
    @inline(__always)
    private static func isLonger(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, than length: Int) -> Bool {
        a.load(fromByteOffset: length, as: UInt8.self) == b.load(fromByteOffset: length, as: UInt8.self)
    }

    /// How many bytes from `a` equal those from `b`, up to `limit`; `b` may overlap `a`.
    @inline(__always)
    static func matchLength(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, limit: Int) -> Int {
        var k = 0
        while k + 8 <= limit {
            let difference =
                a.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                ^ b.loadUnaligned(fromByteOffset: k, as: UInt64.self)
            if difference != 0 { return k + UInt64(littleEndian: difference).trailingZeroBitCount >> 3 }
            k += 8
        }
        while k < limit && a.load(fromByteOffset: k, as: UInt8.self) == b.load(fromByteOffset: k, as: UInt8.self) {
            k += 1
        }
        return k
    }
}

/// Where three-byte sequences were last seen: for each hash, the last two positions entered,
/// newest first, side by side so that a lookup reads one cache line.
///
/// Entries are positions plus one (0: none), modulo 2^32, and every candidate is checked
/// against the bytes. The two entries of a bucket are what chaining each position to the one
/// entered before it would give two deep, without a second, window-sized table.
struct HashBuckets {
    private static let hashBits = 15

    private let buckets: UnsafeMutablePointer<UInt32>

    init() {
        buckets = .allocate(capacity: 2 << Self.hashBits)
        buckets.initialize(repeating: 0, count: 2 << Self.hashBits)
    }

    func deallocate() { buckets.deallocate() }

    /// Enters position `i`, which has four bytes to read, and returns its bucket as it was: the
    /// last two earlier positions whose three bytes hashed alike, newest first.
    @inline(__always)
    func enter(_ p: UnsafeRawPointer, _ i: Int) -> (newer: UInt32, older: UInt32) {
        let sequence = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt32.self)) & 0xFF_FFFF
        let bucket = buckets + 2 * Int(truncatingIfNeeded: (sequence &* 0x9E37_79B1) >> (32 - UInt32(Self.hashBits)))
        let entries = (newer: bucket[0], older: bucket[1])
        bucket[1] = entries.newer
        bucket[0] = UInt32(truncatingIfNeeded: i + 1)
        return entries
    }
}
