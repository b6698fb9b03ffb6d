#if os(Linux)
import CMalloc
#endif

/// How the process's allocator holds memory, set once when a tool starts.
public enum Allocator {
    /// The size from which a block is mapped on its own, and given back to the system
    /// as soon as it is freed.
    public static let mappedBlockSize = 256 << 10

    /// Maps every block of `mappedBlockSize` or more on its own.
    ///
    /// glibc's allocator raises that size to the largest mapped block freed so far, up to
    /// 32 MiB, and keeps twice as much free room at the top of its heap. Once a long plan's
    /// parse has freed its line arrays, the score table, each stretch's rows and the growing
    /// report came from the heap instead, and the room they left there stayed resident: a
    /// 50 MiB report's peak was 14 MiB higher (`planalign-benchmark --large`). Elsewhere
    /// this does nothing.
    public static func mapLargeBlocks() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, Int32(mappedBlockSize))
        #endif
    }
}
