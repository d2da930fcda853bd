import Testing
@testable import DossierKit

@Suite struct OutputTests {
    let table = Table(columns: [ColumnInfo(name: "name", type: .string), ColumnInfo(name: "n", type: .int)],
                      data: [[.string("Лавров"), .string("a, \"b\"\nc"), .string("東京")], [.int(3), .null, .int(12)]])

    func render(_ f: OutputFormat, width: Int? = nil) -> String {
        ResultRenderer(format: f, width: width).render(.table(table), corpus: .empty)
    }

    @Test func tableAlignsByDisplayWidth() {
        #expect(render(.table) == """
            name         n
            Лавров       3
            a, "b" c  null
            東京        12

            """)
    }

    @Test func tableCutsToTheTerminalWidth() {
        let out = render(.table, width: 12)
        #expect(out.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 12 })
        #expect(out.contains("a, \"b…  null"))
    }

    @Test func csvFollowsRFC4180() {
        #expect(render(.csv) == "name,n\r\nЛавров,3\r\n\"a, \"\"b\"\"\nc\",\r\n東京,12\r\n")
    }

    @Test func tsvEscapes() {
        #expect(render(.tsv) == "name\tn\nЛавров\t3\na, \"b\"\\nc\t\n東京\t12\n")
    }

    @Test func markdown() {
        #expect(render(.markdown) == "| name | n |\n| --- | ---: |\n| Лавров | 3 |\n| a, \"b\" c |  |\n| 東京 | 12 |\n")
    }

    @Test func json() {
        #expect(render(.ndjson) == "{\"name\":\"Лавров\",\"n\":3}\n{\"name\":\"a, \\\"b\\\"\\nc\",\"n\":null}\n{\"name\":\"東京\",\"n\":12}\n")
        #expect(render(.json).hasPrefix("[\n  {\"name\":\"Лавров\",\"n\":3},\n"))
    }

    @Test func decimalsPrintWithoutNoise() {
        #expect(ValueText.decimal(0.85) == "0.85")
        #expect(ValueText.decimal(2) == "2.0")
        #expect(ValueText.decimal(1.0 / 3) == "0.333333")
    }
}
