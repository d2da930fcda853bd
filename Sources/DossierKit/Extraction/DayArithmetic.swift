/// Whole-day arithmetic on dates of day precision (proleptic Gregorian).
enum DayArithmetic {
    /// Days since 1970-01-01.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func date(fromDayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ d: DDate) -> Int? {
        guard let m = d.month, let day = d.day else { return nil }
        let n = dayNumber(year: d.year, month: m, day: day)
        return ((n % 7) + 7 + 3) % 7 + 1  // 1970-01-01 was a Thursday
    }

    static func adding(_ days: Int, to d: DDate) -> DDate? {
        guard let m = d.month, let day = d.day else { return nil }
        let r = date(fromDayNumber: dayNumber(year: d.year, month: m, day: day) + days)
        return DDate(year: r.year, month: r.month, day: r.day)
    }
}
