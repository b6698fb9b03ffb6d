import Foundation

/// Reads a plan file of any supported format into text: plain text in any supported
/// encoding, Word `.docx`, web pages and, where `pdftotext` is installed, PDF.
public enum FormatReader {
    /// Reads `path` according to its format, told by its first bytes and its extension; a
    /// PDF in pdftotext's reading order.
    public static func read(path: String, encoding: TextEncoding? = nil, limits: Limits = .standard) throws -> PlanSource {
        try readings(path: path, encoding: encoding, limits: limits, pdfModes: [.reading])[0]
    }

    /// Every reading of `path` the outline parser may choose from: one for most formats, and
    /// for a PDF one per `pdftotext` mode (its reading order, then its physical layout). The
    /// file is read from disk once.
    public static func readings(path: String, encoding: TextEncoding? = nil, limits: Limits = .standard,
                                pdfModes: [PDFText.Mode] = PDFText.Mode.allCases) throws -> [PlanSource] {
        let bytes = try FileBytes.read(path: path, maxBytes: limits.fileBytes)
        let lowered = path.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return [try nonEmpty(PlanSource(path: path, text: DocxText.text(from: bytes, path: path)))]
        }
        if isPDF(bytes, path: path) {
            return try pdfModes.map { try nonEmpty(PlanSource(path: path, text: PDFText.text(path: path, mode: $0))) }
        }
        if lowered.hasSuffix(".doc") || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw InputError.unreadable(path: path, reason: "a legacy Word .doc file: save it as .docx or plain text first")
        }
        let text = try TextDecoder.decode(bytes, path: path, forcing: encoding)
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || HTMLText.looksLikeHTML(text) {
            return [try nonEmpty(PlanSource(path: path, text: HTMLText.text(from: text)))]
        }
        return [try nonEmpty(PlanSource(path: path, text: text))]
    }

    /// Whether a file is a PDF, by its first bytes or its extension.
    static func isPDF(_ bytes: [UInt8], path: String) -> Bool {
        bytes.starts(with: Array("%PDF".utf8)) || path.lowercased().hasSuffix(".pdf")
    }

    static func nonEmpty(_ source: PlanSource) throws -> PlanSource {
        if source.text.unicodeScalars.allSatisfy(\.isBlank) { throw InputError.emptyFile(path: source.path, expected: "the text of a work plan") }
        return Script.simplified(source)
    }
}

/// Reads a PDF through poppler's `pdftotext`, when it is installed.
public enum PDFText {
    /// How `pdftotext` lays out the text it reads.
    public enum Mode: CaseIterable, Sendable {
        /// Its reading order, with columns and blocks followed.
        case reading
        /// The physical layout of each page (`-layout`).
        case layout
    }

    /// The text of the PDF at `path`, read in `mode`.
    ///
    /// - Throws: `InputError.unreadable` saying how to convert the file when `pdftotext` is missing.
    public static func text(path: String, mode: Mode = .reading) throws -> String {
        guard let tool = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw InputError.unreadable(path: path, reason: "reading PDF needs pdftotext (apt-get install poppler-utils), or convert it first: pdftotext FILE.pdf FILE.txt")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = (mode == .layout ? ["-layout"] : []) + ["-enc", "UTF-8", path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw InputError.unreadable(path: path, reason: "pdftotext could not read it (exit status \(process.terminationStatus))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
