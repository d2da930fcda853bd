import Crypto

/// SHA-256 (from swift-crypto) as 64 lowercase hex digits: the content hash
/// that tells a changed file from an unchanged one, and the lexicon version.
struct ContentHash {
    private var hasher = Crypto.SHA256()

    mutating func update(_ bytes: [UInt8]) { hasher.update(data: bytes) }

    func finish() -> String { ContentHash.hex(digest: hasher.finalize()) }

    static func hex(_ bytes: [UInt8]) -> String {
        var h = ContentHash()
        h.update(bytes)
        return h.finish()
    }

    private static func hex(digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
