/// Every diagnostic Dossier can report, with its stable code.
///
/// Codes never change meaning once released: scripts and `.dqt` files match
/// on them. E01 lexical and syntax, E02 names, E03 types and arity, E04
/// evaluation, E05 input files, W01 warnings.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // Lexical and syntax
    case unexpectedCharacter = "E0101"
    case unterminatedString = "E0102"
    case invalidEscape = "E0103"
    case numberOutOfRange = "E0104"
    case invalidDate = "E0105"
    case expectedToken = "E0110"
    case expectedExpression = "E0111"
    case expectedStage = "E0112"
    case nestingTooDeep = "E0113"
    case unclosedBracket = "E0114"
    case inputTooLarge = "E0115"
    // Names
    case unknownField = "E0201"
    case unknownCollection = "E0202"
    case unknownFunction = "E0203"
    case duplicateColumn = "E0205"
    case reservedName = "E0206"
    case unknownCategory = "E0207"
    // Types and arity
    case typeMismatch = "E0301"
    case argumentCount = "E0302"
    case argumentType = "E0303"
    case aggregateOutsideGroup = "E0304"
    case notBoolean = "E0305"
    case notNumeric = "E0306"
    case invalidRegex = "E0307"
    case notNavigable = "E0309"
    case invalidCount = "E0311"
    case nestedAggregate = "E0312"
    // Evaluation
    case cancelled = "E0402"
    // Input files
    case invalidJSON = "E0501"
    case invalidRecord = "E0502"
    case invalidFieldValue = "E0503"
    case unreadableFile = "E0504"
    case unknownArticle = "E0505"
    case duplicateID = "E0506"
    case invalidTestFile = "E0507"
    case invalidLexicon = "E0510"
    // Warnings
    case unknownEntity = "W0101"
}

public enum Severity: String, Sendable {
    case error, warning, note
}
