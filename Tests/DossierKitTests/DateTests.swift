import Testing
@testable import DossierKit

@Suite struct DateTests {
    let day = DDate(literal: "2020-10-09")!
    let month = DDate(literal: "2020-10")!
    let year = DDate(literal: "2020")!

    @Test func literalsAndPrecision() {
        #expect(day.precision == .day && month.precision == .month && year.precision == .year)
        #expect([day.description, month.description, year.description] == ["2020-10-09", "2020-10", "2020"])
        #expect(DDate(literal: "2020-02-30") == nil)
        #expect(DDate(literal: "2024-02-29") != nil)
        #expect(DDate(literal: "2020-1") == nil)
        #expect(DDate(literal: "0000") == nil)
    }

    @Test func sortingPutsAMonthBeforeItsDays() {
        let dates = ["2020-10-09", "2020-10", "2020", "2020-09-30", "2020-10-01"].map { DDate(literal: $0)! }
        #expect(dates.sorted().map(\.description) == ["2020", "2020-09-30", "2020-10", "2020-10-01", "2020-10-09"])
    }

    @Test func comparisonsHoldForEveryDay() {
        let sept30 = DDate(literal: "2020-09-30")!, nov = DDate(literal: "2020-11")!
        #expect(ValueOps.dates(.less, month, nov) == true)
        #expect(ValueOps.dates(.less, day, month) == false)       // a day inside the month is not before it
        #expect(ValueOps.dates(.greater, day, month) == false)
        #expect(ValueOps.dates(.greaterEqual, day, month) == true)
        #expect(ValueOps.dates(.lessEqual, day, month) == true)
        #expect(ValueOps.dates(.greater, month, sept30) == true)
        #expect(ValueOps.dates(.equal, day, month) == false)
        #expect(day.isWithin(month) && month.isWithin(year) && !month.isWithin(day))
    }
}
