/// "Did you mean" suggestions: the candidates closest to a misspelt name.
public enum Suggest {
    /// The nearest candidate within a distance that fits the word's length.
    public static func nearest(_ word: String, among candidates: [String]) -> String? {
        nearest(word, among: candidates, limit: 1).first
    }

    /// Up to `limit` candidates, nearest first (ties in the candidates' order).
    public static func nearest(_ word: String, among candidates: [String], limit: Int) -> [String] {
        let w = Array(TextFold.fold(word).unicodeScalars)
        guard !w.isEmpty else { return [] }
        let maxDistance = max(1, min(3, w.count / 3 + 1))
        var scored: [(Int, Int, String)] = []
        for (index, candidate) in candidates.enumerated() {
            let c = Array(TextFold.fold(candidate).unicodeScalars)
            if abs(c.count - w.count) > maxDistance && !c.starts(with: w) { continue }
            var d = distance(w, c, cap: maxDistance)
            if d > maxDistance, c.count > w.count, w.count >= 3, c.starts(with: w) { d = maxDistance }
            if d <= maxDistance { scored.append((d, index, candidate)) }
        }
        scored.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        // Only the near ties: a distant candidate next to a close one is noise.
        if let best = scored.first?.0 { scored.removeAll { $0.0 > best + 1 } }
        var seen = Set<String>()
        return scored.map(\.2).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// Optimal string alignment distance (edits with adjacent swaps), capped.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > cap { return cap + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
