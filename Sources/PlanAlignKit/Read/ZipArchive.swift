import CZlib

/// Reads entries of a zip archive, such as a Word `.docx`, inflating them with the system zlib.
struct ZipArchive {
    let bytes: [UInt8]
    let path: String

    /// The archive's entries by name, from its central directory.
    let entries: [String: Entry]

    struct Entry {
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeader: Int
    }

    /// Opens an archive held in memory.
    ///
    /// - Throws: `InputError.unreadable` when the bytes are not a zip archive.
    init(bytes: [UInt8], path: String) throws {
        self.bytes = bytes
        self.path = path
        guard bytes.count >= 22 else { throw InputError.unreadable(path: path, reason: "not a zip archive: too short") }
        var end = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while end >= floor, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 0x05 && bytes[end + 3] == 0x06) { end -= 1 }
        guard end >= floor else { throw InputError.unreadable(path: path, reason: "not a zip archive: no central directory") }
        let count = Int(ZipArchive.u16(bytes, end + 10))
        guard count <= Limits.standard.zipEntries else {
            throw InputError.unreadable(path: path, reason: "the zip archive lists \(count) entries, more than the \(Limits.standard.zipEntries) a document may hold")
        }
        var offset = Int(ZipArchive.u32(bytes, end + 16))
        var entries: [String: Entry] = [:]
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, ZipArchive.u32(bytes, offset) == 0x0201_4B50 else {
                throw InputError.unreadable(path: path, reason: "damaged zip central directory")
            }
            let nameLength = Int(ZipArchive.u16(bytes, offset + 28)), extra = Int(ZipArchive.u16(bytes, offset + 30))
            let comment = Int(ZipArchive.u16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw InputError.unreadable(path: path, reason: "damaged zip entry name") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(method: ZipArchive.u16(bytes, offset + 10), compressedSize: Int(ZipArchive.u32(bytes, offset + 20)),
                                  uncompressedSize: Int(ZipArchive.u32(bytes, offset + 24)), localHeader: Int(ZipArchive.u32(bytes, offset + 42)))
            offset += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 { UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8 }
    static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// The uncompressed bytes of the entry `name`, or nil when the archive has none.
    func contents(of name: String) throws -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let header = entry.localHeader
        guard header + 30 <= bytes.count, ZipArchive.u32(bytes, header) == 0x0403_4B50 else {
            throw InputError.unreadable(path: path, reason: "damaged zip entry \(name)")
        }
        let start = header + 30 + Int(ZipArchive.u16(bytes, header + 26)) + Int(ZipArchive.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw InputError.unreadable(path: path, reason: "truncated zip entry \(name)") }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0: return data
        case 8: return try inflate(data, expected: entry.uncompressedSize, name: name)
        default: throw InputError.unreadable(path: path, reason: "zip entry \(name) uses compression method \(entry.method)")
        }
    }

    /// Inflates raw deflate data with zlib, a chunk at a time, never trusting the declared
    /// size: past `Limits.zipExpandedBytes`, or `Limits.zipRatio` times the compressed size
    /// (with a floor of 1 MiB), it stops and reports the entry as a likely zip bomb.
    ///
    /// - Complexity: O(n) in the inflated size, which the limits bound.
    func inflate(_ input: [UInt8], expected: Int, name: String) throws -> [UInt8] {
        let limits = Limits.standard
        let cap = min(limits.zipExpandedBytes, max(input.count.multipliedReportingOverflow(by: limits.zipRatio).partialValue, 1 << 20))
        var output: [UInt8] = []
        output.reserveCapacity(min(max(expected, 1), cap))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        var stream = z_stream()
        let status: Int32 = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return Z_MEM_ERROR }
            defer { inflateEnd(&stream) }
            while true {
                let result: Int32 = chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > cap { return Z_BUF_ERROR - 100 }
                output.append(contentsOf: chunk[0..<produced])
                if result == Z_STREAM_END { return result }
                guard result == Z_OK else { return result }
                if produced == 0 && stream.avail_in == 0 { return Z_DATA_ERROR }
            }
        }
        if status == Z_BUF_ERROR - 100 {
            throw InputError.unreadable(path: path, reason: "zip entry \(name) expands past \(Limits.describe(bytes: cap)) "
                                        + "from \(Limits.describe(bytes: input.count)): a zip bomb, or a document far larger than a plan")
        }
        guard status == Z_STREAM_END else { throw InputError.unreadable(path: path, reason: "zip entry \(name) does not inflate (zlib status \(status))") }
        return output
    }
}
