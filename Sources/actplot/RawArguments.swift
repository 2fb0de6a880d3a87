import Foundation

/// The command line as the bytes the process was given, checked before Swift decodes it.
///
/// `CommandLine.arguments` replaces bytes that are not UTF-8 with U+FFFD, so `--out $'dir\xff'`
/// would silently write into a folder of another name, and a title would show a character the
/// user never typed. actplot takes UTF-8 text only and says which argument is not.
enum RawArguments {
    /// A usage error naming the first argument that is not valid UTF-8, or nil when all are.
    ///
    /// Each argument is validated where it lies, as raw bytes: copying it into an `[Int8]` first
    /// made the runtime build that array type's metadata from its mangled name, 0.19 ms of every
    /// command's start-up (`--version`: 2.20 → 2.02 ms of CPU, 400 runs alternated).
    static func firstInvalidUTF8() -> CommandError? {
        let count = Int(CommandLine.argc)
        for index in 1..<max(count, 1) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            return .usage("argument \(index) (\(shown(Array(bytes)))) is not valid UTF-8 text; actplot takes file names and values in UTF-8")
        }
        return nil
    }

    /// The bytes with every byte that is not printable ASCII shown as `\xFF`.
    static func shown(_ bytes: [UInt8]) -> String {
        bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }
            .joined()
    }
}

extension String {
    /// The string with zeros in front, up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
