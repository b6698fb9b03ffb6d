import CZlib

/// Writes a zip archive (the container of `.docx` and `.xlsx`) with the system zlib.
///
/// Entries are deflated and carry a fixed timestamp (1980-01-01), so the same entries give
/// the same bytes on every run.
public struct ZipWriter {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    public init() {}

    /// Adds an entry, deflated.
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let compressed = ZipWriter.deflate(data)
        let stored = compressed.count >= data.count
        let body = stored ? data : compressed
        let crc = data.withUnsafeBufferPointer { buffer in UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count))) }
        let nameBytes = Array(name.utf8)
        let offset = output.count
        // Local file header.
        output += ZipWriter.u32(0x0403_4B50) + ZipWriter.u16(20) + ZipWriter.u16(0x0800) + ZipWriter.u16(stored ? 0 : 8)
        output += ZipWriter.u16(0) + ZipWriter.u16(0x0021) + ZipWriter.u32(crc)
        output += ZipWriter.u32(UInt32(body.count)) + ZipWriter.u32(UInt32(data.count)) + ZipWriter.u16(UInt16(nameBytes.count)) + ZipWriter.u16(0)
        output += nameBytes + body
        // Its central directory record.
        directory += ZipWriter.u32(0x0201_4B50) + ZipWriter.u16(20) + ZipWriter.u16(20) + ZipWriter.u16(0x0800) + ZipWriter.u16(stored ? 0 : 8)
        directory += ZipWriter.u16(0) + ZipWriter.u16(0x0021) + ZipWriter.u32(crc) + ZipWriter.u32(UInt32(body.count)) + ZipWriter.u32(UInt32(data.count))
        directory += ZipWriter.u16(UInt16(nameBytes.count)) + ZipWriter.u16(0) + ZipWriter.u16(0) + ZipWriter.u16(0) + ZipWriter.u16(0)
        directory += ZipWriter.u32(0) + ZipWriter.u32(UInt32(offset)) + nameBytes
        count += 1
    }

    /// Adds a text entry, as UTF-8.
    public mutating func add(_ name: String, text: String) { add(name, Array(text.utf8)) }

    /// The archive's bytes: the entries, their central directory and its end record.
    public var bytes: [UInt8] {
        var result = output + directory
        result += ZipWriter.u32(0x0605_4B50) + ZipWriter.u16(0) + ZipWriter.u16(0) + ZipWriter.u16(UInt16(count)) + ZipWriter.u16(UInt16(count))
        result += ZipWriter.u32(UInt32(directory.count)) + ZipWriter.u32(UInt32(output.count)) + ZipWriter.u16(0)
        return result
    }

    /// Raw deflate (no zlib header), as zip stores it.
    static func deflate(_ data: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return data }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(data.count))) + 16)
        var input = data
        let produced: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END ? target.count - Int(stream.avail_out) : -1
            }
        }
        return produced < 0 ? data : Array(output[..<produced])
    }

    static func u16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func u32(_ value: UInt32) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)] }
}
