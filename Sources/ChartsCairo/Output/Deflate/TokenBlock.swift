/// One block's worth of LZ77 output: literals and matches in order, with the symbol
/// frequencies its Huffman codes are built from, counted as the tokens arrive.
///
/// A token is a `UInt32`: a literal is its byte; a match is its length in the low half and its
/// distance (never zero) in the high half.
struct TokenBlock: ~Copyable {
    /// Tokens the block holds at most; a bound on symbols keeps each block's codes fitted to
    /// its part of the image.
    let capacity: Int
    let tokens: UnsafeMutablePointer<UInt32>
    private(set) var count = 0
    let literalLengthFrequencies: UnsafeMutablePointer<UInt32>
    let distanceFrequencies: UnsafeMutablePointer<UInt32>
    /// The input bytes the tokens stand for, which a stored block would copy instead.
    var inputStart = 0, inputEnd = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        tokens = .allocate(capacity: self.capacity)
        literalLengthFrequencies = .allocate(capacity: DeflateSymbols.literalLengthCount)
        distanceFrequencies = .allocate(capacity: DeflateSymbols.distanceCount)
        clear(from: 0)
    }

    deinit {
        tokens.deallocate()
        literalLengthFrequencies.deallocate()
        distanceFrequencies.deallocate()
    }

    var isFull: Bool { count >= capacity }

    /// Empties the block for the tokens that start at input offset `start`.
    mutating func clear(from start: Int) {
        count = 0
        inputStart = start
        inputEnd = start
        literalLengthFrequencies.initialize(repeating: 0, count: DeflateSymbols.literalLengthCount)
        distanceFrequencies.initialize(repeating: 0, count: DeflateSymbols.distanceCount)
    }

    @inline(__always)
    mutating func literal(_ byte: UInt8) {
        tokens[count] = UInt32(byte)
        count &+= 1
        literalLengthFrequencies[Int(byte)] &+= 1
    }

    /// Records a match of `length` 3...258 bytes, `distance` 1...32768 back.
    @inline(__always)
    mutating func match(length: Int, distance: Int) {
        tokens[count] = UInt32(truncatingIfNeeded: length) | UInt32(truncatingIfNeeded: distance) << 16
        count &+= 1
        literalLengthFrequencies[DeflateSymbols.length(length).symbol] &+= 1
        distanceFrequencies[DeflateSymbols.distance(distance).symbol] &+= 1
    }

    /// The literal/length frequencies with one end-of-block symbol, as the block will use them.
    var literalLengthHistogram: [UInt32] {
        var histogram = Array(UnsafeBufferPointer(start: literalLengthFrequencies, count: DeflateSymbols.literalLengthCount))
        histogram[DeflateSymbols.endOfBlock] = 1
        return histogram
    }

    var distanceHistogram: [UInt32] {
        Array(UnsafeBufferPointer(start: distanceFrequencies, count: DeflateSymbols.distanceCount))
    }
}
