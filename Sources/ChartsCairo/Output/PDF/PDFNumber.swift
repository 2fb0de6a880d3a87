import Charts

/// Writes the numbers, names and strings of a PDF's content and objects.
///
/// Coordinates are hundredths of a figure unit in the shortest form, as in the SVG writer
/// (`SVGNumber`; PDF reads ".35" and "-3" as SVG does); colour components are thousandths,
/// enough for each to name the same 8-bit value a raster draws.
enum PDFNumber {
    /// Appends `value` rounded to hundredths.
    static func append(_ value: Double, to out: inout [UInt8]) {
        SVGNumber.append(value, to: &out)
    }

    /// Appends a whole number.
    static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        SVGNumber.appendHundredths(value * 100, to: &out)
    }

    /// Appends whole numbers separated by spaces, as an array's elements or a box's corners.
    static func appendIntegers(_ values: some Sequence<Int>, to out: inout [UInt8]) {
        var first = true
        for value in values {
            if !first { out.append(UInt8(ascii: " ")) }
            appendInteger(value, to: &out)
            first = false
        }
    }

    /// Appends a colour component (0…1) as its 8-bit value over 255, in thousandths.
    static func appendComponent(_ value: Double, to out: inout [UInt8]) {
        let byte = (min(max(value.isFinite ? value : 0, 0), 1) * 255).rounded()
        let thousandths = Int((byte / 255 * 1000).rounded())
        if thousandths == 1000 {
            out.append(UInt8(ascii: "1"))
        } else if thousandths == 0 {
            out.append(UInt8(ascii: "0"))
        } else {
            out.append(UInt8(ascii: "."))
            var digits = [thousandths / 100, thousandths / 10 % 10, thousandths % 10]
            while digits.last == 0 { digits.removeLast() }
            for digit in digits { out.append(UInt8(ascii: "0") + UInt8(digit)) }
        }
    }

    /// Appends "r g b" for `color`.
    static func appendRGB(_ color: Charts.Color, to out: inout [UInt8]) {
        appendComponent(color.red, to: &out)
        out.append(UInt8(ascii: " "))
        appendComponent(color.green, to: &out)
        out.append(UInt8(ascii: " "))
        appendComponent(color.blue, to: &out)
    }

    /// `text` as a PDF name ("/DejaVuSans-Bold"): every byte outside the printable ASCII
    /// letters and digits, delimiters and "#" included, written as "#xx", so that a font
    /// family from a user's catalogue cannot end the name or the dictionary around it.
    static func name(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "/")]
        for byte in text.utf8 {
            let plain =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
            if plain {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "#"))
                out.append(hex(byte >> 4))
                out.append(hex(byte & 15))
            }
        }
        if out.count == 1 { out.append(contentsOf: "Unnamed".utf8) }
        return out
    }

    /// `text` as a PDF text string: UTF-16BE with its byte-order mark, in hex, which holds any
    /// character and needs no escapes.
    static func textString(_ text: String) -> [UInt8] {
        var out: [UInt8] = Array("<FEFF".utf8)
        appendUTF16(text, to: &out)
        out.append(UInt8(ascii: ">"))
        return out
    }

    /// Appends `text` as UTF-16BE hex digits, as a ToUnicode map wants them.
    static func appendUTF16(_ text: String, to out: inout [UInt8]) {
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex(UInt8(truncatingIfNeeded: unit >> shift) & 15)) }
        }
    }

    /// Appends a byte as two hex digits.
    static func appendHexByte(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(hex(byte >> 4))
        out.append(hex(byte & 15))
    }

    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }
}
