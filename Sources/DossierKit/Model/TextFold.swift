import Foundation

/// Case- and diacritic-insensitive text, the form in which Dossier compares
/// strings and looks up names: "Poetin", "POETIN" and "Poétin" fold alike.
public enum TextFold {
    public static func fold(_ s: String) -> String {
        // Fast path: plain ASCII needs only lower-casing.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            if !s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return s }
            return String(decoding: s.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        // Latin, Greek and Cyrillic letters fold one by one from a table
        // of UTF-8 bytes; only text with other scripts takes the full
        // decomposition.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 4)
        for scalar in s.unicodeScalars {
            guard appendFolded(scalar, to: &out) else { return slowFold(s) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the fold of a scalar below U+0500 to `out` as UTF-8 and
    /// returns true; returns false (appending nothing) for any other
    /// scalar, which only `fold` of a whole string can fold.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) -> Bool {
        let table = common
        let v = Int(scalar.value)
        guard v + 1 < table.start.count else { return false }
        out.append(contentsOf: table.bytes[Int(table.start[v])..<Int(table.start[v + 1])])
        return true
    }

    /// The fold of each scalar below U+0500, computed once by `slowFold`,
    /// as UTF-8: scalar v folds to `bytes[start[v]..<start[v + 1]]`.
    /// Folding a string scalar by scalar gives what folding it whole gives:
    /// these scalars decompose on their own, and the marks a decomposition
    /// would reorder are dropped.
    private static let common: (start: [Int32], bytes: [UInt8]) = {
        var start: [Int32] = [], bytes: [UInt8] = []
        for v in 0..<0x500 {
            start.append(Int32(bytes.count))
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            bytes += Array(slowFold(String(Character(scalar))).utf8)
        }
        start.append(Int32(bytes.count))
        return (start, bytes)
    }()

    /// Canonical decomposition, marks dropped, a few letters that do not
    /// decompose written out, lower case.
    static func slowFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            switch scalar {
            case "ø", "Ø": out.append("o")
            case "æ", "Æ": out.append("a"); out.append("e")
            case "ß": out.append("s"); out.append("s")
            case "đ", "Đ": out.append("d")
            case "ł", "Ł": out.append("l")
            case "ı": out.append("i")
            default:
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lowered) }
            }
        }
        return String(out)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (Unicode's, line ends included).
    func trimmingSpaces() -> String {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// Without leading and trailing full stops.
    func trimmingDots() -> String {
        var s = self[...]
        while s.first == "." { s = s.dropFirst() }
        while s.last == "." { s = s.dropLast() }
        return String(s)
    }
}
