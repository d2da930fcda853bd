/// Unicode property lookups kept out of line. A function that reads
/// `Unicode.Scalar.properties` sets up the library's resilient property
/// types on entry, whether or not it reaches the lookup; the hot loops
/// answer ASCII and other common letters themselves and call these only
/// for the rest.
enum ScalarClass {
    @inline(never)
    static func isWhitespace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    @inline(never)
    static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }

    @inline(never)
    static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    @inline(never)
    static func isAlphabetic(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }

    /// A letter, a number or a combining mark.
    @inline(never)
    static func isWordScalar(_ c: Unicode.Scalar, spacingMarks: Bool) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || (spacingMarks && p.generalCategory == .spacingMark)
    }
}
